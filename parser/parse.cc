// Parser: runs the stages in order on one document.
//
//   bytes ─Decode─▶ text ─SplitLines─▶ lines ─FindSections─▶ sections
//         ─ExtractContact─▶ contact ─entity extractors─▶ entities
#include "cvparse/parse.h"

#include <ctime>

#include "extract/awards.h"
#include "extract/contact.h"
#include "extract/dates.h"
#include "extract/education.h"
#include "extract/experience.h"
#include "extract/languages.h"
#include "extract/place_check.h"
#include "extract/post_nominals.h"
#include "extract/publications.h"
#include "extract/skills.h"
#include "extract/stated_experience.h"
#include "extract/tech_language_sections.h"
#include "layout/sectioner.h"
#include "lexicon/lexicons.h"
#include "text/decode.h"
#include "text/normalize.h"
#include "threads/background.h"

namespace cvparse {

// Order matters: publications need the owner's name (contact), skills
// count months from the dated experience entries.
struct Parser::Extractors {
  std::unique_ptr<EducationExtractor> education;
  std::unique_ptr<ExperienceExtractor> experience;
  std::unique_ptr<PublicationsExtractor> publications;
  std::unique_ptr<AwardsExtractor> awards;
  std::unique_ptr<SkillsExtractor> skills;
  std::unique_ptr<LanguagesExtractor> languages;
  std::unique_ptr<StatedExperienceFinder> stated_experience;
};

Parser::Parser(std::unique_ptr<Lexicons> lexicons, std::unique_ptr<Extractors> extractors)
    : lexicons_(std::move(lexicons)), extractors_(std::move(extractors)) {}
Parser::~Parser() {
  if (warm_up_.valid()) warm_up_.wait();
}

// Each extractor's own tables; none needs the shared lexicons to be built.
std::unique_ptr<Parser::Extractors> Parser::CreateExtractors(std::string* error) {
  auto x = std::make_unique<Parser::Extractors>();
  const bool ok = [&] {
    if (!(x->education = EducationExtractor::Create(error))) return false;
    if (!(x->experience = ExperienceExtractor::Create(error))) return false;
    if (!(x->awards = AwardsExtractor::Create(error))) return false;
    std::shared_ptr<const LanguageLexicon> languages = LanguageLexicon::Load(error);
    if (!languages) return false;
    if (!(x->skills = SkillsExtractor::Create(languages, error))) return false;
    x->languages = LanguagesExtractor::Create(std::move(languages));
    std::string number_words;
    if (!LoadLexiconFile("number_words.tsv", &number_words, error)) return false;
    if (!(x->stated_experience = StatedExperienceFinder::Create(number_words, error))) return false;
    return (x->publications = PublicationsExtractor::Create(error)) != nullptr;
  }();
  return ok ? std::move(x) : nullptr;
}

std::unique_ptr<Parser> Parser::Create(std::string* error) {
  // Start-up is mostly pattern compilation (RE2), and it is most of the time
  // of a one-file run. The shared lexicons (the date grammar above all) and
  // the extractors' tables are independent, so the extractors are built on
  // other threads (see CreateExtractors), threads that do not exit
  // (threads/background.h says why).
  std::string extractors_error;
  std::unique_ptr<Extractors> extractors;
  std::future<void> extractors_built =
      RunInBackground([&] { extractors = CreateExtractors(&extractors_error); });
  // The first résumé's parse starts with the contact reader: its patterns are
  // compiled now, beside the rest, rather than then.
  std::future<void> contact_compiled = RunInBackground(CompileContactPatterns);
  std::string lexicons_error;
  std::unique_ptr<Lexicons> lexicons = Lexicons::Create(&lexicons_error);
  extractors_built.get();
  contact_compiled.get();
  if (!lexicons || !extractors) {
    if (error) *error = !lexicons ? lexicons_error : extractors_error;
    return nullptr;
  }
  auto parser = std::unique_ptr<Parser>(new Parser(std::move(lexicons), std::move(extractors)));
  // While the first résumé is parsed, another thread compiles what its later
  // stages would compile on first use: their patterns and the venue lexicon.
  const PublicationsExtractor* publications = parser->extractors_->publications.get();
  const AwardsExtractor* awards = parser->extractors_->awards.get();
  parser->warm_up_ = RunInBackground([publications, awards] {
    publications->CompilePatterns();
    awards->CompilePatterns();
  });
  return parser;
}

Status Parser::Parse(std::string_view bytes, const ParseOptions& options, Document* doc) const {
  *doc = Document();
  DateParser::ForgetTexts();  // what the date parser remembers is per document
  if (bytes.size() > options.max_bytes) {
    return Status::TooLarge("input is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                            std::to_string(options.max_bytes) + " (see --max-bytes)");
  }
  Decoded decoded;
  Status status = Decode(bytes, &decoded);
  if (!status.ok()) return status;
  doc->text = std::move(decoded.text);
  doc->encoding = std::move(decoded.encoding);
  for (std::string& warning : decoded.warnings) doc->warnings.push_back({std::move(warning), {}});

  doc->lines = SplitLines(doc->text);
  bool any_text = false;
  for (const Line& line : doc->lines) {
    if (!line.blank()) {
      any_text = true;
      break;
    }
  }
  if (!any_text) return Status::NotText("no text (the file holds only whitespace or symbols)");

  const RoleLexicon& roles = extractors_->experience->roles();
  const SkillTaxonomy& skills = extractors_->skills->taxonomy();
  FindSections(
      lexicons_->headings(), doc, [&roles](std::string_view line) { return NamesPosition(roles, line); },
      [&skills](std::string_view line) { return skills.Lookup(line) >= 0; });
  RetypeTechLanguageSections(extractors_->languages->lexicon(), skills, doc);
  ExtractContact(lexicons_->places(), lexicons_->name_filter(), doc);

  YearMonth as_of{options.as_of_year, options.as_of_month};
  if (as_of.year == 0) {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    as_of = {local.tm_year + 1900, local.tm_mon + 1};
  }
  const Lexicons& base = *lexicons_;
  extractors_->education->Extract(base, as_of, doc);
  AddPostNominalDegrees(extractors_->education->degrees(), doc);
  extractors_->experience->Extract(base, as_of, doc);
  extractors_->publications->Extract(base, as_of, doc);
  extractors_->awards->Extract(base, as_of, doc);
  extractors_->skills->Extract(base, as_of, doc);
  extractors_->languages->Extract(base, as_of, doc);
  extractors_->stated_experience->Extract(doc);
  DropImplausiblePlaces({base.places(), base.dates(), extractors_->skills->taxonomy(),
                         extractors_->education->degrees()},
                        doc);
  return Status::Ok();
}

}  // namespace cvparse
