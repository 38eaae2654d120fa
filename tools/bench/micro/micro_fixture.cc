#include "micro_fixture.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "bench_util.h"
#include "cvparse/jd.h"

namespace cvparse::bench {
namespace {

[[noreturn]] void Die(const std::string& why) {
  std::fprintf(stderr, "cvparse_microbench: %s\n", why.c_str());
  std::exit(2);
}

MicroCorpus* Build() {
  auto* c = new MicroCorpus();
  std::string error;
  c->parser = Parser::Create(&error);
  if (!c->parser) Die(error);
  std::string dir = std::string(CVPARSE_SOURCE_DIR) + "/corpus";
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  ParseOptions options;
  options.as_of_year = kMicroAsOf.year;
  options.as_of_month = kMicroAsOf.month;
  for (const auto& path : paths) {
    std::string bytes;
    Document doc;
    if (!ReadFile(path.string(), &bytes) || !c->parser->Parse(bytes, options, &doc).ok()) continue;
    c->names.push_back(path.filename().string());
    c->raw_bytes += bytes.size();
    c->line_count += doc.lines.size();
    c->raw.push_back(std::move(bytes));
    c->docs.push_back(std::move(doc));
  }
  if (c->docs.empty()) Die("no résumé parsed under " + dir);

  std::string jd;
  if (!ReadFile(std::string(CVPARSE_SOURCE_DIR) + "/corpus/jobs/backend.txt", &jd)) Die("no corpus/jobs/backend.txt");
  auto deriver = ProfileDeriver::Create(*c->parser, &error);
  JobProfile profile;
  if (!deriver || !deriver->Derive(jd, &profile).ok()) Die("cannot derive the backend profile: " + error);
  c->scorer = Scorer::Create(*c->parser, profile, &error);
  c->skills = SkillsExtractor::Create(&error);
  if (!c->scorer || !c->skills) Die(error);
  return c;
}

}  // namespace

const MicroCorpus& Corpus() {
  static const MicroCorpus* corpus = Build();  // never freed: lives as long as the process
  return *corpus;
}

size_t CorpusIndex(const std::string& name) {
  const MicroCorpus& c = Corpus();
  auto it = std::find(c.names.begin(), c.names.end(), name);
  if (it == c.names.end()) Die("no corpus/" + name);
  return static_cast<size_t>(it - c.names.begin());
}

}  // namespace cvparse::bench
