#include "floor.h"

#include "bench_util.h"
#include "lexicon/lexicons.h"
#include "lexicon_forms.h"

namespace cvparse::bench {

StageRun RunFloor(const std::vector<std::string>& files, const MatchPass& pass) {
  StageRun run;
  std::string bytes;
  Stopwatch clock;
  double cpu_start = ThreadCpuSeconds();
  for (const std::string& path : files) {
    if (!ReadFile(path, &bytes)) {
      ++run.failed;
      continue;
    }
    run.checksum += pass(bytes);
    ++run.parsed;
  }
  run.seconds = clock.Seconds();
  run.cpu_seconds = ThreadCpuSeconds() - cpu_start;
  return run;
}

std::unique_ptr<PhraseMatcherFloor> PhraseMatcherFloor::Create(std::string* error) {
  auto floor = std::unique_ptr<PhraseMatcherFloor>(new PhraseMatcherFloor());
  std::string tsv;
  if (!LoadLexiconFile("skills.tsv", &tsv, error)) return nullptr;
  floor->skills_ = SkillTaxonomy::Create(tsv, error);
  std::vector<Form> headings;
  if (!floor->skills_ || !LoadHeadingForms(&headings, error)) return nullptr;
  int id = 0;
  for (const Form& form : headings) floor->headings_.Add(form.text, id++, form.case_sensitive);  // clashes: harmless
  floor->headings_.Compile();
  return floor;
}

uint64_t PhraseMatcherFloor::Pass(std::string_view bytes) const {
  return skills_->FindAll(bytes).size() + headings_.FindAll(bytes).size();
}

}  // namespace cvparse::bench
