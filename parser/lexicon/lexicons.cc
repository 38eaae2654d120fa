#include "lexicon/lexicons.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace cvparse {

// Defined in the generated lexicon_data.cc.
std::string_view EmbeddedFile(std::string_view name);

bool LoadLexiconFile(std::string_view name, std::string* contents, std::string* error) {
  if (const char* dir = std::getenv("CVPARSE_LEXICON_DIR"); dir != nullptr && *dir != '\0') {
    std::string path = std::string(dir) + "/" + std::string(name);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      *error = path + ": cannot open lexicon (CVPARSE_LEXICON_DIR is set)";
      return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    *contents = buffer.str();
    return true;
  }
  std::string_view data = EmbeddedFile(name);
  if (data.empty()) {
    *error = std::string(name) + ": lexicon not embedded in this build";
    return false;
  }
  contents->assign(data);
  return true;
}

std::unique_ptr<Lexicons> Lexicons::Create(std::string* error) {
  auto lexicons = std::unique_ptr<Lexicons>(new Lexicons());
  std::string text;
  if (!LoadLexiconFile("headings.tsv", &text, error)) return nullptr;
  lexicons->headings_ = HeadingLexicon::Create(text, error);
  if (!lexicons->headings_) return nullptr;
  if (!LoadLexiconFile("regions.tsv", &text, error)) return nullptr;
  lexicons->places_ = PlaceLexicon::Create(text, error);
  if (!lexicons->places_) return nullptr;
  std::string months, date_words;
  if (!LoadLexiconFile("months.tsv", &months, error)) return nullptr;
  if (!LoadLexiconFile("date_words.tsv", &date_words, error)) return nullptr;
  lexicons->dates_ = DateParser::Create(months, date_words, error);
  if (!lexicons->dates_) return nullptr;
  // The date rules compiled on first need were checked with the bundled
  // lexicons (dates_test.cc); with other words (CVPARSE_LEXICON_DIR) they are
  // compiled now, so that a bad word fails here, not as a rule that never matches.
  if ((months != EmbeddedFile("months.tsv") || date_words != EmbeddedFile("date_words.tsv")) &&
      !lexicons->dates_->CheckDeferredRules(error)) {
    return nullptr;
  }
  std::string not_name_words, job_titles;
  if (!LoadLexiconFile("not_name_words.tsv", &not_name_words, error)) return nullptr;
  if (!LoadLexiconFile("job_titles.tsv", &job_titles, error)) return nullptr;
  lexicons->name_filter_ = NameFilter::Create(not_name_words, job_titles, error);
  if (!lexicons->name_filter_) return nullptr;
  if (!LoadLexiconFile("action_verbs.tsv", &text, error)) return nullptr;
  lexicons->action_verbs_ = ActionVerbs::Create(text, error);
  if (!lexicons->action_verbs_) return nullptr;
  return lexicons;
}

}  // namespace cvparse
