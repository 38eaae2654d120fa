// Tests for the scorer (scoring/include/cvparse/score.h): word matching for
// titles and fields, the formula on small résumés (evidence, recency, the
// cap, literal keywords), and the corpus jobs: for every corpus/jobs/NAME.txt
// the résumés listed in NAME.expected.txt rank at or above the rank written
// beside them. The reference month is fixed (2026-11) so results do not
// change with the calendar.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cvparse/jd.h"
#include "cvparse/parse.h"
#include "cvparse/profile.h"
#include "cvparse/score.h"
#include "cvparse/score_report.h"
#include "title_match.h"

namespace cvparse {
namespace {

const ScoreOptions kAsOf{2026, 11};

const Parser& TheParser() {
  static std::unique_ptr<Parser> parser = [] {
    std::string error;
    auto p = Parser::Create(&error);
    INFO(error);
    REQUIRE(p);
    return p;
  }();
  return *parser;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

JobProfile ProfileFromYaml(const std::string& yaml) {
  JobProfile p;
  Status s = LoadProfileYaml(yaml, "test.yaml", &p);
  INFO(s.message());
  REQUIRE(s.ok());
  return p;
}

ScoreResult ScoreText(const JobProfile& profile, const std::string& text, Document* doc_out = nullptr) {
  std::string error;
  auto scorer = Scorer::Create(TheParser(), profile, &error);
  INFO(error);
  REQUIRE(scorer);
  Document doc;
  ParseOptions options;
  options.as_of_year = kAsOf.as_of_year;
  options.as_of_month = kAsOf.as_of_month;
  REQUIRE(TheParser().Parse(text, options, &doc).ok());
  ScoreResult r = scorer->Score(doc, kAsOf);
  if (doc_out) *doc_out = std::move(doc);
  return r;
}

const ItemScore* Item(const ScoreResult& r, const std::string& name) {
  for (const ItemScore& item : r.items) {
    if (item.item == name) return &item;
  }
  return nullptr;
}

// -- words ------------------------------------------------------------------------------

TEST_CASE("SameWord", "[scoring]") {
  const std::vector<std::pair<std::string, std::string>> same = {
      {"engineer", "engineer"}, {"engineer", "engineers"}, {"researcher", "research"}, {"analyst", "analysis"},
      {"nurse", "nursing"},     {"teacher", "teaching"},   {"account", "accountant"}, {"developer", "develop"}};
  const std::vector<std::pair<std::string, std::string>> different = {
      {"data", "database"}, {"sales", "salesforce"}, {"manager", "management"}, {"go", "google"},
      {"art", "artist"},    {"java", "javascript"}};
  for (const auto& [a, b] : same) {
    INFO(a << " ~ " << b);
    CHECK(scoring::SameWord(a, b));
  }
  for (const auto& [a, b] : different) {
    INFO(a << " !~ " << b);
    CHECK_FALSE(scoring::SameWord(a, b));
  }
}

TEST_CASE("TitleCredit and FieldCredit", "[scoring]") {
  struct Row {
    std::string keyword, line;
    double credit;
  };
  const std::vector<Row> titles = {
      {"data analyst", "Senior Data Analyst, Maplewave Subscriptions", 1.0},
      {"Registered Nurse", "Registered Nurse, Cardiac Step-Down Unit", 1.0},
      {"Teacher of English", "Teacher of English", 1.0},
      {"machine learning research engineer", "Machine Learning Researcher", 0.6},
      {"backend engineer", "Senior Backend Engineer · Vistula Pay", 1.0},
      {"account executive", "Enterprise Account Executive — SaaS", 1.0},
      {"registered nurse", "Nursing Assistant (STNA)", 0.4},
      {"registered nurse", "Software Engineer", 0.0},
      {"data analyst", "Database Administrator", 0.0},
      {"", "anything", 0.0},
  };
  for (const Row& row : titles) {
    INFO(row.keyword << " in " << row.line);
    CHECK(scoring::TitleCredit(row.keyword, row.line) == Approx(row.credit));
  }
  CHECK(scoring::FieldCredit("Computer Science", "M.E. in Computer Science and Technology") == 1.0);
  CHECK(scoring::FieldCredit("Computer Science", "Ph.D., Computer Engineering") == 0.5);
  CHECK(scoring::FieldCredit("Nursing", "B.A. in Communication") == 0.0);
}

// -- the formula on small résumés ------------------------------------------------------

const char kResume[] =
    "Ann Example\n"                                          // 1
    "Data Engineer\n"                                        // 2
    "ann@example.com\n"                                      // 3
    "\n"                                                     // 4
    "Experience\n"                                           // 5
    "Data Engineer, Acme Corp, Jan 2022 - Present\n"         // 6
    "- Built streaming pipelines with Kafka and Python.\n"   // 7
    "Analyst, Old Corp, Jan 2008 - Dec 2010\n"               // 8
    "- Reports in Fortran.\n"                                // 9
    "\n"                                                     // 10
    "Education\n"                                            // 11
    "B.Sc. in Computer Science, Example University, 2007\n"  // 12
    "\n"                                                     // 13
    "Skills\n"                                               // 14
    "SQL, Scala, a.c, C++\n";                                // 15

TEST_CASE("Score: evidence names line, span and section", "[scoring]") {
  JobProfile p = ProfileFromYaml("required: [Kafka, SQL, Rust]\npreferred: [Fortran]\n");
  Document doc;
  ScoreResult r = ScoreText(p, kResume, &doc);
  const ItemScore* kafka = Item(r, "Kafka");
  REQUIRE(kafka);
  CHECK(kafka->found);
  REQUIRE_FALSE(kafka->evidence.empty());
  CHECK(kafka->evidence[0].line == 7);
  CHECK(kafka->evidence[0].section == "work");
  CHECK(kafka->evidence[0].context == "experience");
  CHECK(doc.Text(kafka->evidence[0].span) == "Kafka");
  CHECK(kafka->credit == Approx(1.0));

  const ItemScore* sql = Item(r, "SQL");
  REQUIRE(sql);
  REQUIRE_FALSE(sql->evidence.empty());
  CHECK(sql->evidence[0].line == 15);
  CHECK(sql->evidence[0].context == "skills");
  CHECK(sql->credit == Approx(0.6));  // a bare skills list counts less than use in a job
  CHECK(sql->note == "skills list only");

  // Old use counts less than recent use: Fortran ended 2010, 16 years before as-of.
  const ItemScore* fortran = Item(r, "Fortran");
  REQUIRE(fortran);
  CHECK(fortran->credit == Approx(0.6));

  const ItemScore* rust = Item(r, "Rust");
  REQUIRE(rust);
  CHECK_FALSE(rust->found);
  CHECK(rust->points == 0);
  CHECK(std::find(r.flags.begin(), r.flags.end(), "missing required skill: Rust") != r.flags.end());
  // One of three equal required items missing: cap min(89, 100 - 50/3).
  CHECK(r.cap == Approx(83.3));
  CHECK(r.total <= r.cap);
}

TEST_CASE("Score: keywords are literal, never patterns", "[scoring]") {
  struct Row {
    std::string keyword;
    bool found;
  };
  const std::vector<Row> rows = {
      {"a.c", true},      // written "a.c" in the skills list
      {"abc", false},     // "a.c" as a pattern would have matched "abc"
      {"a*c", false},     {".*", false},     {"(?i)kafka", false}, {"[Kk]afka", false},
      {"C++", true},      {"Scala", true},   {"scal", false},      // whole tokens only
      {"pipeline", true},  // plural "pipelines" accepted
      {"streaming pipelines", true}, {"Acme", true},
  };
  for (const Row& row : rows) {
    INFO(row.keyword);
    JobProfile p;
    ProfileSkill s;
    s.name = row.keyword;
    p.required.push_back(s);
    ScoreResult r = ScoreText(p, kResume);
    REQUIRE(!r.items.empty());
    CHECK(r.items[0].found == row.found);
  }
}

TEST_CASE("Score: synonyms and alternatives", "[scoring]") {
  ScoreResult r = ScoreText(ProfileFromYaml("required:\n  - name: Flink\n    synonyms: [Scala]\n"), kResume);
  CHECK(r.items[0].found);
  r = ScoreText(ProfileFromYaml("required:\n  - name: Rust\n    alternatives: [Kafka]\n"), kResume);
  CHECK(r.items[0].found);
  CHECK(r.items[0].item == "Rust / Kafka");
  r = ScoreText(ProfileFromYaml("required:\n  - name: Rust\n    alternatives: [Zig]\n"), kResume);
  CHECK_FALSE(r.items[0].found);
}

TEST_CASE("Score: experience, education and title", "[scoring]") {
  JobProfile p = ProfileFromYaml(
      "title_keywords: [data engineer]\nexperience: {min_years: 10, required: true}\n"
      "education: {level: master, fields: [Computer Science], required: true}\nrequired: [Kafka]\n");
  ScoreResult r = ScoreText(p, kResume);
  const ItemScore* years = Item(r, "10+ years of experience");
  REQUIRE(years);
  // Jan 2022 - Nov 2026 (59 months) and Jan 2008 - Dec 2010 (36 months).
  CHECK(r.years == Approx(7.9));
  CHECK(years->credit == Approx(95.0 / 12 / 10).epsilon(0.01));
  const ItemScore* education = Item(r, "master in Computer Science");
  REQUIRE(education);
  CHECK(r.degree == "bachelor");
  CHECK(education->credit == Approx(0.7 * 0.5 + 0.3 * 1.0));
  REQUIRE_FALSE(education->evidence.empty());
  CHECK(education->evidence[0].line == 12);
  const ItemScore* title = Item(r, "data engineer");
  REQUIRE(title);
  CHECK(title->credit == Approx(1.0));
  CHECK(title->evidence[0].line == 2);
  // A required level not met and too few years cap the score and are flagged.
  CHECK(r.cap < 89);
  CHECK(r.flags.size() == 2);
}

TEST_CASE("Score: a résumé with no title line", "[scoring]") {
  JobProfile p = ProfileFromYaml("title_keywords: [data engineer]\nrequired: [Kafka]\n");
  // Flattened into one line: no headline or position, the keyword is in the text.
  ScoreResult r = ScoreText(p, std::string(200, ' ') + "Ann Example. Worked as a data engineer with Kafka at Acme. " +
                                   std::string(100, 'x') + "\n");
  const ItemScore* title = Item(r, "data engineer");
  REQUIRE(title);
  CHECK(title->credit == Approx(0.6));
  CHECK(r.categories.size() == 2);
  // Nothing names a title: the category is left out, not counted as a miss.
  r = ScoreText(p, "Ann Smith\nann@example.com\n\nSkills\nKafka\n");
  CHECK(r.categories.size() == 1);
  title = Item(r, "data engineer");
  REQUIRE(title);
  CHECK(title->max_points == 0);
}

TEST_CASE("Score: categories scale to 100 and a perfect match scores 100", "[scoring]") {
  JobProfile p = ProfileFromYaml("required: [Kafka, Python]\n");
  ScoreResult r = ScoreText(p, kResume);
  REQUIRE(r.categories.size() == 1);
  CHECK(r.categories[0].max_points == Approx(100));
  CHECK(r.total == Approx(100));
  CHECK(r.cap == 100);
}

// -- the corpus jobs ---------------------------------------------------------------------

struct Ranked {
  std::string file;
  ScoreResult result;
};

std::vector<Ranked> RankCorpus(const JobProfile& profile) {
  std::string error;
  auto scorer = Scorer::Create(TheParser(), profile, &error);
  INFO(error);
  REQUIRE(scorer);
  std::vector<Ranked> out;
  ParseOptions options;
  options.as_of_year = kAsOf.as_of_year;
  options.as_of_month = kAsOf.as_of_month;
  for (int i = 0; i < 1000; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "%03d.txt", i);
    std::string path = std::string(CVPARSE_SOURCE_DIR) + "/corpus/" + name;
    std::ifstream probe(path);
    if (!probe) break;
    Document doc;
    if (!TheParser().Parse(ReadFile(path), options, &doc).ok()) continue;
    out.push_back({name, scorer->Score(doc, kAsOf)});
  }
  std::stable_sort(out.begin(), out.end(), [](const Ranked& a, const Ranked& b) {
    if (a.result.total != b.result.total) return a.result.total > b.result.total;
    if (a.result.raw != b.result.raw) return a.result.raw > b.result.raw;
    return a.file < b.file;
  });
  return out;
}

JobProfile CorpusJob(const std::string& job) {
  std::string error;
  auto deriver = ProfileDeriver::Create(TheParser(), &error);
  INFO(error);
  REQUIRE(deriver);
  JobProfile profile;
  REQUIRE(deriver->Derive(ReadFile(std::string(CVPARSE_SOURCE_DIR) + "/corpus/jobs/" + job + ".txt"), &profile).ok());
  return profile;
}

TEST_CASE("Corpus jobs rank the résumés of their field on top", "[scoring][corpus-jobs]") {
  const std::vector<std::string> jobs = {"ml-research", "backend",    "data-analyst", "nursing",
                                         "accounting",  "mechanical", "sales",        "teaching"};
  for (const std::string& job : jobs) {
    std::vector<Ranked> ranked = RankCorpus(CorpusJob(job));
    REQUIRE(ranked.size() >= 40);
    std::ostringstream table;
    for (size_t i = 0; i < ranked.size() && i < 8; ++i) {
      table << "  #" << i + 1 << " " << ranked[i].file << " " << ranked[i].result.total << "\n";
    }
    std::istringstream expected(ReadFile(std::string(CVPARSE_SOURCE_DIR) + "/corpus/jobs/" + job + ".expected.txt"));
    std::string line;
    int checked = 0;
    while (std::getline(expected, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream fields(line);
      std::string file;
      size_t max_rank = 0;
      fields >> file >> max_rank;
      size_t rank = 0;
      for (size_t i = 0; i < ranked.size(); ++i) {
        if (ranked[i].file == file) rank = i + 1;
      }
      INFO(job << ": " << file << " must rank at or above #" << max_rank << ", ranks #" << rank << "\n"
               << table.str());
      CHECK(rank >= 1);
      CHECK(rank <= max_rank);
      ++checked;
    }
    INFO(job);
    CHECK(checked >= 1);
    // Every score stays within 0..100.
    for (const Ranked& r : ranked) {
      CHECK(r.result.total >= 0);
      CHECK(r.result.total <= 100);
    }
  }
}

TEST_CASE("ML research job: 000 first, explained line by line", "[scoring][corpus-jobs]") {
  JobProfile profile = CorpusJob("ml-research");
  std::vector<Ranked> ranked = RankCorpus(profile);
  REQUIRE(!ranked.empty());
  CHECK(ranked[0].file == "000.txt");
  const ScoreResult* r = nullptr;
  for (const Ranked& x : ranked) {
    if (x.file == "000.txt") r = &x.result;
  }
  REQUIRE(r);
  struct Want {
    std::string item;
    size_t line;          // the strongest place in corpus/000.txt (an entry, else the skills table)
    std::string text;
  };
  const std::vector<Want> wants = {
      {"Recommender Systems", 35, "recommender system"},  // the research entry's title line
      {"Knowledge Graphs", 39, "Knowledge graph"},
      {"Contrastive Learning", 42, "contrastive learning"},
      {"PyTorch", 111, "Pytorch"},
  };
  std::string explanation = ExplainScore(*r, "corpus/000.txt", 1);
  INFO(explanation);
  for (const Want& want : wants) {
    const ItemScore* item = Item(*r, want.item);
    INFO(want.item);
    REQUIRE(item);
    CHECK(item->found);
    REQUIRE_FALSE(item->evidence.empty());
    CHECK(item->evidence[0].line == want.line);
    CHECK(item->evidence[0].text == want.text);
    CHECK_THAT(explanation, Catch::Contains(want.item) && Catch::Contains("line " + std::to_string(want.line)));
  }
  const ItemScore* degree = nullptr;
  for (const ItemScore& item : r->items) {
    if (item.category == "education") degree = &item;
  }
  REQUIRE(degree);
  CHECK(degree->found);
  CHECK(r->degree == "master");
  REQUIRE_FALSE(degree->evidence.empty());
  CHECK(degree->evidence[0].line == 15);
  CHECK_THAT(explanation, Catch::Contains("master") && Catch::Contains("line 15"));
  CHECK(r->flags.empty());

  // The JSON carries the same evidence.
  nlohmann::ordered_json j = ScoreToJson(*r, "corpus/000.txt", 1);
  CHECK(j["score"] == ranked[0].result.total);
  bool found = false;
  for (const auto& item : j["items"]) {
    if (item["item"] == "PyTorch") {
      found = true;
      CHECK(item["evidence"][0]["line"] == 111);
      CHECK(item["evidence"][0]["span"].size() == 2);
    }
  }
  CHECK(found);
}

}  // namespace
}  // namespace cvparse
