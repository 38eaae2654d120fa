// Tests for scoring/include/cvparse/profile.h (YAML profiles) and jd.h
// (deriving a profile from a job description). Table-driven: YAML inputs
// with the fields they give, YAML inputs with the error (and its line:column)
// they must give, job-description lines with what they must derive, and a
// negative list of lines that must derive nothing of a kind.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "cvparse/jd.h"
#include "cvparse/parse.h"
#include "cvparse/profile.h"

namespace cvparse {
namespace {

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

const ProfileDeriver& TheDeriver() {
  static std::unique_ptr<ProfileDeriver> deriver = [] {
    std::string error;
    auto d = ProfileDeriver::Create(TheParser(), &error);
    INFO(error);
    REQUIRE(d);
    return d;
  }();
  return *deriver;
}

std::vector<std::string> Names(const std::vector<ProfileSkill>& skills) {
  std::vector<std::string> out;
  for (const ProfileSkill& s : skills) out.push_back(s.name);
  return out;
}

const ProfileSkill* Find(const std::vector<ProfileSkill>& skills, const std::string& name) {
  for (const ProfileSkill& s : skills) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

// -- YAML: valid profiles ---------------------------------------------------------

TEST_CASE("LoadProfileYaml reads every field", "[profile]") {
  const std::string yaml = R"(# a comment
title: Data Analyst
title_keywords: [data analyst, business analyst]
experience: {min_years: 3, required: true}
education:
  level: bachelor
  fields: [Statistics, Economics]
  required: true
location: Toronto, ON
required:
  - SQL
  - name: Python
    weight: 2
    min_years: 2
    synonyms: [py3, "python 3"]
  - name: Tableau
    alternatives: [Power BI, Looker]
preferred:
  - dbt
weights: {required: 50, preferred: 10, experience: 10, education: 20, title: 10}
)";
  JobProfile p;
  Status s = LoadProfileYaml(yaml, "p.yaml", &p);
  INFO(s.message());
  REQUIRE(s.ok());
  CHECK(p.title == "Data Analyst");
  CHECK(p.title_keywords == std::vector<std::string>{"data analyst", "business analyst"});
  CHECK(p.experience.min_years == 3);
  CHECK(p.experience.required);
  CHECK(p.education.level == "bachelor");
  CHECK(p.education.fields == std::vector<std::string>{"Statistics", "Economics"});
  CHECK(p.education.required);
  CHECK(p.location == "Toronto, ON");
  CHECK(Names(p.required) == std::vector<std::string>{"SQL", "Python", "Tableau"});
  CHECK(p.required[1].weight == 2);
  CHECK(p.required[1].min_years == 2);
  CHECK(p.required[1].synonyms == std::vector<std::string>{"py3", "python 3"});
  CHECK(p.required[2].alternatives == std::vector<std::string>{"Power BI", "Looker"});
  CHECK(Names(p.preferred) == std::vector<std::string>{"dbt"});
  CHECK(p.weights.required == 50);
  CHECK(p.weights.education == 20);
}

TEST_CASE("LoadProfileYaml: small profiles", "[profile]") {
  struct Row {
    std::string yaml;
    size_t required, preferred;
    std::string level;
  };
  const std::vector<Row> rows = {
      {"required: [Go]", 1, 0, ""},
      {"preferred: [Go, Rust]", 0, 2, ""},
      {"title_keywords: registered nurse", 0, 0, ""},  // a single phrase is a list of one
      {"education: {level: master}", 0, 0, "master"},
      {"education: {level: doctorate, fields: [Physics]}", 0, 0, "doctorate"},
      {"experience: {min_years: 5}", 0, 0, ""},
      {"required:\n  - \"C++\"\n  - \"C#\"\n  - .NET\n", 3, 0, ""},
      {"required:\n  - name: \"(?i).*\"\n", 1, 0, ""},  // any text is a literal keyword
      {"required: [SQL]\npreferred: []\nlocation: ''\n", 1, 0, ""},
  };
  for (const Row& row : rows) {
    INFO(row.yaml);
    JobProfile p;
    Status s = LoadProfileYaml(row.yaml, "p.yaml", &p);
    INFO(s.message());
    REQUIRE(s.ok());
    CHECK(p.required.size() == row.required);
    CHECK(p.preferred.size() == row.preferred);
    CHECK(p.education.level == row.level);
  }
}

// -- YAML: errors name the line and column ------------------------------------------

TEST_CASE("LoadProfileYaml: errors with line and column", "[profile]") {
  struct Row {
    std::string yaml;
    std::string error;  // a substring of the message
  };
  const std::vector<Row> rows = {
      {"", "p.yaml: the profile is empty"},
      {"# only a comment\n", "p.yaml: the profile is empty"},
      {"title: x\n", "asks for nothing"},
      {"required:\n  - name: Go\n    wieght: 2\n", "p.yaml:3:5: unknown key 'wieght' in a skill"},
      {"requird: [Go]\n", "p.yaml:1:1: unknown key 'requird' in the profile"},
      {"required:\n  - name: Go\n    weight: heavy\n", "p.yaml:3:13: weight must be a number, got 'heavy'"},
      {"required:\n  - name: Go\n    weight: -1\n", "p.yaml:3:13: weight must be between"},
      {"required:\n  - name: Go\n    min_years: 2.5\n", "p.yaml:3:16: min_years must be a whole number"},
      {"required:\n  - weight: 2\n", "p.yaml:2:5: a skill needs a name"},
      {"required:\n  - name: ''\n", "p.yaml:2:11: name must not be empty"},
      {"required: Go\n", "p.yaml:1:11: required must be a list of skills, got 'Go'"},
      {"required:\n  - [Go, Java]\n", "p.yaml:2:5: a skill must be a mapping, got a list"},
      {"education: {level: masters}\n", "p.yaml:1:20: unknown degree level 'masters'"},
      {"education: {required: maybe, level: master}\n", "p.yaml:1:23: required must be true or false"},
      {"experience: 5\n", "p.yaml:1:13: experience must be a mapping"},
      {"weights: {required: 0, preferred: 0, experience: 0, education: 0, title: 0}\nrequired: [Go]\n",
       "p.yaml:1:10: the category weights must not all be 0"},
      {"required: [Go\n", "p.yaml:2:1: end of sequence flow not found"},
      {"required:\n  - Go\n required: [Java]\n", "p.yaml:3:"},
      {"title: x\ntitle: y\nrequired: [Go]\n", "p.yaml:2:1: key 'title' appears twice"},
      {"required:\n  - \"a\\x01b\"\n", "control character"},
  };
  for (const Row& row : rows) {
    INFO(row.yaml);
    JobProfile p;
    Status s = LoadProfileYaml(row.yaml, "p.yaml", &p);
    CHECK_FALSE(s.ok());
    CHECK(s.code() == Status::Code::kInvalidInput);
    CHECK_THAT(s.message(), Catch::Contains(row.error));
  }
}

TEST_CASE("LoadProfileYaml: hostile input ends with an error, not a crash", "[profile]") {
  std::string deep(5000, '[');
  std::string many = "required:\n";
  for (int i = 0; i < 600; ++i) many += "  - skill" + std::to_string(i) + "\n";
  std::string aliases = "a: &x [1, 2]\nrequired: [*x, *x]\n";
  for (const std::string& yaml : {deep, many, aliases, std::string(2u << 20, 'x'), std::string("\0\0", 2)}) {
    JobProfile p;
    CHECK_FALSE(LoadProfileYaml(yaml, "p.yaml", &p).ok());
  }
}

TEST_CASE("ProfileToYaml reads back to the same profile", "[profile]") {
  JobProfile p;
  p.title = "Senior Engineer: \"Payments\" #1";
  p.title_keywords = {"backend engineer", "yes", "null", "3.5", "- dash"};
  p.location = " Kraków, Poland ";
  p.experience = {5, true, "line 3: 5+ years"};
  p.education = {"master", {"Computer Science", "Math, Applied"}, true, "line 9"};
  ProfileSkill go;
  go.name = "Go";
  go.alternatives = {"Java", "Kotlin"};
  go.min_years = 3;
  go.source = "line 12: 3+ years of Go or Java\nsecond line";
  ProfileSkill odd;
  odd.name = "[weird]: {key} # not a comment";
  odd.weight = 0.5;
  odd.synonyms = {"a|b", "\\back\\slash", "tab\there"};
  p.required = {go, odd};
  ProfileSkill plain;
  plain.name = "true";
  p.preferred = {plain};
  p.weights.title = 0;

  std::string yaml = ProfileToYaml(p);
  INFO(yaml);
  JobProfile q;
  Status s = LoadProfileYaml(yaml, "round.yaml", &q);
  INFO(s.message());
  REQUIRE(s.ok());
  CHECK(q.title == p.title);
  CHECK(q.title_keywords == p.title_keywords);
  CHECK(q.location == "Kraków, Poland");  // values are trimmed
  CHECK(q.experience.min_years == 5);
  CHECK(q.experience.required);
  CHECK(q.education.level == "master");
  CHECK(q.education.fields == p.education.fields);
  REQUIRE(q.required.size() == 2);
  CHECK(q.required[0].name == "Go");
  CHECK(q.required[0].alternatives == go.alternatives);
  CHECK(q.required[0].min_years == 3);
  CHECK(q.required[1].name == odd.name);
  CHECK(q.required[1].weight == 0.5);
  CHECK(q.required[1].synonyms == odd.synonyms);
  REQUIRE(q.preferred.size() == 1);
  CHECK(q.preferred[0].name == "true");
  CHECK(q.weights.title == 0);
  CHECK(q.weights.required == 45);
}

// Found by profile_fuzzer in CI: numbers were written with "%g", six digits.
TEST_CASE("ProfileToYaml writes every weight so it reads back exactly", "[profile]") {
  struct Row {
    double weight;
    double category;
  };
  const Row rows[] = {
      {0.5888888888, 45.123456789},  // more than six significant digits
      {12.3456789, 1.0 / 3},         // a repeating fraction
      {0.01, 0},                     // the smallest skill weight, a zero category
      {100, 1000},                   // the largest of each
      {1.0000001, 0.0001234},        // next to a round number; a tiny category weight
  };
  for (const Row& row : rows) {
    JobProfile p;
    ProfileSkill skill;
    skill.name = "Ray";
    skill.weight = row.weight;
    p.required = {skill};
    p.weights.title = row.category;
    std::string yaml = ProfileToYaml(p);
    INFO(yaml);
    JobProfile q;
    REQUIRE(LoadProfileYaml(yaml, "round.yaml", &q).ok());
    REQUIRE(q.required.size() == 1);
    CHECK(q.required[0].weight == row.weight);
    CHECK(q.weights.title == row.category);
  }
}

// -- Job descriptions ------------------------------------------------------------------

JobProfile Derive(const std::string& jd) {
  JobProfile p;
  Status s = TheDeriver().Derive(jd, &p);
  INFO(jd);
  INFO(s.message());
  REQUIRE(s.ok());
  return p;
}

TEST_CASE("Derive: sections decide required and preferred", "[jd]") {
  JobProfile p = Derive(
      "Senior Backend Engineer (Payments)\n\n"
      "About us\nWe use Ruby and Elixir everywhere.\n\n"
      "Responsibilities\n- Operate our Kubernetes clusters.\n\n"
      "Requirements\n- 5+ years of professional backend experience.\n- PostgreSQL and Kafka in production.\n"
      "- Experience with gRPC is a plus.\n\n"
      "Nice to have\n- Terraform\n\nBenefits\n- Free Python courses\n");
  CHECK(p.title == "Senior Backend Engineer (Payments)");
  CHECK(p.title_keywords == std::vector<std::string>{"Backend Engineer"});
  CHECK(Find(p.required, "PostgreSQL"));
  CHECK(Find(p.required, "Kafka"));
  CHECK(Find(p.preferred, "gRPC"));       // "is a plus" on a requirement line
  CHECK(Find(p.preferred, "Terraform"));  // under "Nice to have"
  const ProfileSkill* k8s = Find(p.preferred, "Kubernetes");  // duties: preferred, half weight
  REQUIRE(k8s);
  CHECK(k8s->weight == 0.5);
  CHECK_FALSE(Find(p.required, "Ruby"));  // "About us" and "Benefits" are ignored
  CHECK_FALSE(Find(p.preferred, "Ruby"));
  CHECK_FALSE(Find(p.preferred, "Python"));
  CHECK_FALSE(Find(p.required, "Python"));
  CHECK(p.experience.min_years == 5);
  CHECK(p.experience.required);
}

TEST_CASE("Derive: requirement lines", "[jd]") {
  struct Row {
    std::string line;          // under a "Requirements" heading
    std::string skill;         // a required skill it must give ("" for none)
    int skill_years;           // its min_years
    std::vector<std::string> alternatives;
    int overall_years;         // experience.min_years
    std::string level;         // education.level
    std::vector<std::string> fields;
  };
  const std::vector<Row> rows = {
      {"- 3+ years of Python", "Python", 3, {}, 0, "", {}},
      {"- At least 4 years of experience with Java", "Java", 4, {}, 4, "", {}},
      {"- 2-4 years of SQL experience", "SQL", 2, {}, 2, "", {}},  // N years of X experience: overall too
      {"- Python (3+ years)", "Python", 3, {}, 0, "", {}},
      {"- 5+ years of professional experience", "", 0, {}, 5, "", {}},
      {"- 7+ years of accounting experience, including external audit", "Auditing", 0, {}, 7, "", {}},
      {"- Strong experience with Go or Java", "Go", 0, {"Java"}, 0, "", {}},
      {"- Tableau, Power BI or Looker", "Tableau", 0, {"Power BI", "Looker"}, 0, "", {}},
      {"- Proficiency with Salesforce or another CRM", "Salesforce", 0, {"CRM"}, 0, "", {}},
      {"- Kubernetes and Docker", "Kubernetes", 0, {}, 0, "", {}},
      {"- Master's degree in Computer Science, Statistics or a related field", "", 0, {}, 0, "master",
       {"Computer Science", "Statistics"}},
      {"- Bachelor's or Master's degree in Mechanical Engineering", "", 0, {}, 0, "bachelor",
       {"Mechanical Engineering"}},
      {"- Bachelor of Science in Nursing (BSN)", "", 0, {}, 0, "bachelor", {"Nursing"}},
      {"- BSN required", "", 0, {}, 0, "bachelor", {}},
      {"- PhD in Physics", "", 0, {}, 0, "doctorate", {"Physics"}},
      {"- A degree in Accounting or Finance", "", 0, {}, 0, "bachelor", {"Accounting", "Finance"}},
      {"- Advanced degree in Economics", "", 0, {}, 0, "master", {"Economics"}},
      {"- High school diploma or GED", "", 0, {}, 0, "secondary", {}},
  };
  for (const Row& row : rows) {
    JobProfile p = Derive("Job title: Analyst\nRequirements\n" + row.line + "\n");
    INFO(row.line);
    if (!row.skill.empty()) {
      const ProfileSkill* s = Find(p.required, row.skill);
      REQUIRE(s);
      CHECK(s->min_years == row.skill_years);
      CHECK(s->alternatives == row.alternatives);
    }
    CHECK(p.experience.min_years == row.overall_years);
    CHECK(p.education.level == row.level);
    CHECK(p.education.fields == row.fields);
  }
}

TEST_CASE("Derive: lines that give nothing of a kind", "[jd]") {
  struct Row {
    std::string line;
    bool no_degree, no_years, no_skills;
  };
  const std::vector<Row> rows = {
      {"- Work as a team on data such as logs", true, true, false},  // "as" is not A.S.
      {"- Founded in 2019, we serve 40 countries", true, true, true},
      {"- Ships 10 releases a year", true, true, true},
      {"- Go above and beyond for our customers", true, true, true},  // "Go" is a context-only name
      {"- A master of detail", true, true, true},
  };
  for (const Row& row : rows) {
    JobProfile p;
    Status s = TheDeriver().Derive("Job title: Analyst\nRequirements\n" + row.line + "\n", &p);
    INFO(row.line);
    REQUIRE(s.ok());  // the title alone makes a profile
    if (row.no_degree) CHECK(p.education.level.empty());
    if (row.no_years) CHECK(p.experience.min_years == 0);
    if (row.no_skills) CHECK(p.required.size() + p.preferred.size() == 0);
  }
}

TEST_CASE("Derive: title, location and acronyms", "[jd]") {
  JobProfile p = Derive(
      "Teacher of English (Secondary)\nLocation: Cardiff, Wales\n\nEssential criteria\n"
      "- Qualified Teacher Status (QTS)\n- Experience teaching learners with EAL.\n");
  CHECK(p.title_keywords == std::vector<std::string>{"Teacher of English"});
  CHECK(p.location == "Cardiff, Wales");
  const ProfileSkill* qts = Find(p.preferred, "QTS");
  REQUIRE(qts);
  CHECK(qts->weight == 0.5);
  CHECK(Find(p.preferred, "EAL"));

  p = Derive("Sr. Machine Learning Research Engineer II - Search\n\nRequirements\n- PyTorch\n");
  CHECK(p.title_keywords == std::vector<std::string>{"Machine Learning Research Engineer", "Research Engineer"});
}

TEST_CASE("Derive: errors", "[jd]") {
  JobProfile p;
  CHECK(TheDeriver().Derive("", &p).code() == Status::Code::kNotText);
  CHECK(TheDeriver().Derive(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), &p).code() == Status::Code::kNotText);
  CHECK(TheDeriver().Derive("We are a friendly company.\nWe offer lunch.\n", &p).code() ==
        Status::Code::kInvalidInput);
}

TEST_CASE("Derive: every corpus job gives a profile that reads back", "[jd]") {
  for (const char* job : {"ml-research", "backend", "data-analyst", "nursing", "accounting", "mechanical", "sales",
                          "teaching"}) {
    std::string path = std::string(CVPARSE_SOURCE_DIR) + "/corpus/jobs/" + job + ".txt";
    FILE* f = std::fopen(path.c_str(), "rb");
    REQUIRE(f);
    std::string text;
    char buffer[4096];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);
    std::fclose(f);
    JobProfile p = Derive(text);
    INFO(job);
    CHECK_FALSE(p.title.empty());
    CHECK(p.required.size() >= 1);
    JobProfile q;
    CHECK(LoadProfileYaml(ProfileToYaml(p), job, &q).ok());
    CHECK(Names(q.required) == Names(p.required));
  }
}

}  // namespace
}  // namespace cvparse
