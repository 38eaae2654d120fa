#include "extract/name_filter.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "lexicon/tsv.h"

namespace cvparse {
namespace {

// Folded words of `text`: runs of letters, digits, '-' and '\'' ("o'malley").
std::vector<std::string> FoldedWords(std::string_view text) {
  std::string folded = FoldCase(text);
  std::vector<std::string> words;
  std::string word;
  int32_t i = 0;
  const int32_t length = static_cast<int32_t>(folded.size());
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(folded.data(), i, length, c);
    if (c >= 0 && (u_isalnum(c) || c == '-' || c == '\'')) {
      word.append(folded, static_cast<size_t>(start), static_cast<size_t>(i - start));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool HasCjk(std::string_view text) {
  int32_t i = 0;
  const int32_t length = static_cast<int32_t>(text.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    if (c >= 0 && (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) || ublock_getCode(c) == UBLOCK_HANGUL_SYLLABLES)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::unique_ptr<NameFilter> NameFilter::Create(std::string_view not_name_words_tsv,
                                               std::string_view job_titles_tsv, std::string* error) {
  auto filter = std::unique_ptr<NameFilter>(new NameFilter());
  std::vector<TsvRow> rows;
  if (!ParseTsv(not_name_words_tsv, "not_name_words.tsv", 2, &rows, error)) return nullptr;
  std::unordered_set<std::string> allowed;
  for (const TsvRow& row : rows) {
    bool allow = row.fields[0] == "allow";
    if (!allow && row.fields[0] != "word") {
      *error = "not_name_words.tsv:" + std::to_string(row.line) + ": unknown kind '" +
               std::string(row.fields[0]) + "' (word or allow)";
      return nullptr;
    }
    for (std::string_view term : SplitAlternatives(row.fields[1])) {
      (allow ? allowed : filter->words_).insert(FoldCase(term));
    }
  }
  rows.clear();
  if (!ParseTsv(job_titles_tsv, "job_titles.tsv", 3, &rows, error)) return nullptr;
  for (const TsvRow& row : rows) {
    if (row.fields[0] != "title") continue;
    for (std::string_view term : SplitAlternatives(row.fields[2])) {
      if (HasCjk(term)) {
        filter->cjk_terms_.push_back(FoldCase(term));
        continue;
      }
      std::vector<std::string> words = FoldedWords(term);
      if (words.size() == 1 && !allowed.count(words[0])) filter->words_.insert(words[0]);
      if (words.size() > 1) filter->phrases_.push_back(std::move(words));
    }
  }
  return filter;
}

bool NameFilter::Rejects(std::string_view text) const {
  if (HasCjk(text)) {
    std::string folded = FoldCase(text);
    for (const std::string& term : cjk_terms_) {
      if (folded.find(term) != std::string::npos) return true;
    }
  }
  std::vector<std::string> words = FoldedWords(text);
  for (const std::string& word : words) {
    if (words_.count(word)) return true;
  }
  for (const std::vector<std::string>& phrase : phrases_) {
    if (std::search(words.begin(), words.end(), phrase.begin(), phrase.end()) != words.end()) return true;
  }
  return false;
}

}  // namespace cvparse
