#include "extract/stated_experience.h"

#include <cctype>
#include <cstdlib>
#include <map>
#include <utility>

#include "lexicon/tsv.h"
#include "regex/pattern.h"
#include "text/ascii_search.h"

namespace cvparse {
namespace {

// Words around a duration that make it a statement of experience.
const Pattern& ExperienceContext() {
  static const StaticPattern p(
      R"((?i)\b(?:experience[ds]?|expertise|industry|field|career|professional|working|worked|work|employment|position|service|teaching|as an?)\b)");
  return *p;
}

// What right after a duration says it is something else: an age, a time ago,
// a course length.
const Pattern& NotExperienceAfter() {
  static const StaticPattern p(R"((?i)^\s*(?:old|ago|of age|degree|course|program|programme|diploma|warranty|contract|term)\b)");
  return *p;
}

constexpr size_t kContextBefore = 40;
constexpr size_t kContextAfter = 60;

}  // namespace

struct StatedExperienceFinder::Impl {
  std::map<std::string, double> number_words;  // folded word => value
  std::unique_ptr<Pattern> duration;

  double Number(std::string_view written) const {
    auto it = number_words.find(FoldCase(written));
    if (it != number_words.end()) return it->second;
    return std::strtod(std::string(written).c_str(), nullptr);
  }
};

StatedExperienceFinder::StatedExperienceFinder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
StatedExperienceFinder::~StatedExperienceFinder() = default;

std::unique_ptr<StatedExperienceFinder> StatedExperienceFinder::Create(std::string_view number_words_tsv,
                                                                       std::string* error) {
  auto impl = std::make_unique<Impl>();
  std::vector<TsvRow> rows;
  if (!ParseTsv(number_words_tsv, "number_words.tsv", 3, &rows, error)) return nullptr;
  std::string words;
  for (const TsvRow& row : rows) {
    double value = std::strtod(std::string(row.fields[1]).c_str(), nullptr);
    if (value <= 0) {
      *error = "number_words.tsv:" + std::to_string(row.line) + ": value must be a positive number";
      return nullptr;
    }
    for (std::string_view word : SplitAlternatives(row.fields[2])) {
      for (char c : word) {
        if (!(std::isalpha(static_cast<unsigned char>(c)) || c == ' ' || c == '-')) {
          *error = "number_words.tsv:" + std::to_string(row.line) + ": words may hold letters, spaces and '-' only";
          return nullptr;
        }
      }
      impl->number_words[FoldCase(word)] = value;
      words += (words.empty() ? "" : "|") + std::string(word);
    }
  }
  // groups: 1 qualifier, 2 number, 3 "+", 4 months, 5 "+"/"plus" after
  impl->duration = std::make_unique<Pattern>(
      R"((?i)(?:\b(over|more than|nearly|almost|about|around|approximately|approx\.?|close to|above)\s+)?\b(\d{1,2}(?:\.\d{1,2})?|)" +
      words + R"()\s*(\+)?\s*(?:years?|yrs?)\b(?:\s*(?:and\s+)?(\d{1,2})\s*months?\b)?(?:\s*(\+|plus)\b)?)");
  return std::unique_ptr<StatedExperienceFinder>(new StatedExperienceFinder(std::move(impl)));
}

std::vector<StatedDuration> StatedExperienceFinder::Find(std::string_view norm) const {
  std::vector<StatedDuration> out;
  for (const Match& m : impl_->duration->FindAll(norm)) {
    if (m.begin > 0 && norm[m.begin - 1] == '(') continue;  // "Java (3 years)": a skill note
    std::string_view after = norm.substr(m.end, kContextAfter);
    if (NotExperienceAfter().Contains(after)) continue;
    size_t before_start = m.begin > kContextBefore ? m.begin - kContextBefore : 0;
    std::string_view before = norm.substr(before_start, m.begin - before_start);
    if (!ExperienceContext().Contains(before) && !ExperienceContext().Contains(after)) continue;
    StatedDuration d;
    d.begin = m.groups[1].matched ? m.groups[1].begin : m.begin;
    d.end = m.end;
    d.text = std::string(norm.substr(d.begin, d.end - d.begin));
    d.years = impl_->Number(m.groups[1].In(norm));
    if (m.groups[3].matched) d.years += std::strtod(std::string(m.groups[3].In(norm)).c_str(), nullptr) / 12.0;
    d.at_least = m.groups[0].matched || m.groups[2].matched || m.groups[4].matched;
    if (d.years <= 0 || d.years > 60) continue;
    out.push_back(std::move(d));
  }
  return out;
}

void StatedExperienceFinder::Extract(Document* doc) const {
  for (const Line& line : doc->lines) {
    // The duration pattern needs "yr" or "year" (any case).
    if (!ContainsNoCase(line.norm, "yr") && !ContainsNoCase(line.norm, "year")) continue;
    for (StatedDuration& d : Find(line.norm)) {
      Span span = line.RawSpan(d.begin, d.end);
      doc->entities.stated_experience.push_back({std::move(d.text), d.years, d.at_least, span.begin, span.end});
    }
  }
}

}  // namespace cvparse
