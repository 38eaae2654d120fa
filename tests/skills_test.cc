// Tests for parser/extract/skill_taxonomy.h and parser/extract/skills.h.
//
//   1. The matcher in running text: line → the canonical skills, in order
//      (aliases, longest match, token boundaries, ctx forms), then lines that
//      must give nothing.
//   2. The same in a skills section, where ctx forms count.
//   3. Skills-list rows: row → group and items.
//   4. Skills-list rows → mentions, unknown items included.
//   5. Whole documents: corpus files and hand-made ones, with experience
//      entries filled by hand for months and last_used.
//   6. Bad taxonomy data, and a speed check (hidden: run with "[.skills-bench]").
#include "extract/skills.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cvparse/parse.h"
#include "lexicon/lexicons.h"
#include "shared_lexicons.h"

namespace cvparse {
namespace {

const SkillsExtractor& Skills() {
  static std::unique_ptr<SkillsExtractor> skills = [] {
    std::string error;
    auto s = SkillsExtractor::Create(&error);
    INFO(error);
    REQUIRE(s);
    return s;
  }();
  return *skills;
}

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

// Parses `text` and runs the skills extractor alone on it.
Document ParseSkills(const std::string& text, const std::vector<Experience>& experience = {}) {
  Document doc;
  ParseOptions options;
  options.as_of_year = 2026;
  options.as_of_month = 11;
  Status status = TheParser().Parse(text, options, &doc);
  INFO(status.message());
  REQUIRE(status.ok());
  doc.entities = Entities();
  doc.entities.experience = experience;
  Skills().Extract(SharedLexicons(), {2026, 11}, &doc);
  return doc;
}

std::string ReadCorpus(const std::string& name) {
  std::ifstream in(std::string(CVPARSE_SOURCE_DIR) + "/corpus/" + name, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> Names(const std::vector<RowMention>& mentions) {
  std::vector<std::string> out;
  for (const RowMention& m : mentions) out.push_back(m.name);
  return out;
}

const SkillSummary* FindSkill(const Document& doc, const std::string& name) {
  for (const SkillSummary& s : doc.entities.skills) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

struct Row {
  std::string text;
  std::vector<std::string> skills;
};

// -- 1. Running text ----------------------------------------------------------------

TEST_CASE("skills in running text", "[skills]") {
  const std::vector<Row> rows = {
      // Plain names and aliases → canonical.
      {"Built services in Python and Java.", {"Python", "Java"}},
      {"JS, Pytorch and k8s", {"JavaScript", "PyTorch", "Kubernetes"}},
      {"K8s operators", {"Kubernetes"}},
      {"Node.js and NodeJS services", {"Node.js", "Node.js"}},
      {"React.js front end with Redux", {"React", "Front-End Development", "Redux"}},
      {"Vue.js 3", {"Vue.js"}},
      {"HTML5/CSS3", {"HTML", "CSS"}},
      {"ROS2 robots", {"ROS"}},
      {"REST APIs", {"REST"}},
      {"Python3 scripts", {"Python"}},
      {"ECMAScript modules", {"JavaScript"}},
      {"Golang, Python", {"Go", "Python"}},
      // Longest match wins.
      {"JavaScript and TypeScript", {"JavaScript", "TypeScript"}},
      {"Deployed jobs on Apache Spark", {"Apache Spark"}},
      {"Spring Boot microservices", {"Spring Boot", "Microservices"}},
      {"Microsoft SQL Server, MySQL and SQL", {"Microsoft SQL Server", "MySQL", "SQL"}},
      {"PyTorch Lightning", {"PyTorch Lightning"}},
      {"Ruby on Rails", {"Ruby on Rails"}},
      {"ASP.NET Core APIs with .NET", {"ASP.NET Core", ".NET"}},
      {"AWS Lambda + SQS", {"AWS Lambda", "Amazon SQS"}},
      {"Salesforce CRM", {"Salesforce"}},
      // Symbols kept, token boundaries.
      {"C++ and C# code", {"C++", "C#"}},
      {"Objective-C and Swift apps", {"Objective-C", "Swift"}},
      {"CI/CD with GitHub Actions", {"CI/CD", "GitHub Actions"}},
      {"TCP/IP networking", {"TCP/IP"}},  // Networking is ctx; a space is no list
      {"A/B testing of prices", {"A/B Testing"}},
      {"T-SQL procedures", {"T-SQL"}},
      {"TensorFlow/Keras models", {"TensorFlow", "Keras"}},
      {"scikit-learn and pandas", {"scikit-learn", "Pandas"}},
      {"Docker & Kubernetes", {"Docker", "Kubernetes"}},
      {"Python-based tooling", {"Python"}},
      {"GD&T-driven stack-ups", {"GD&T"}},
      {"Power BI (DAX)", {"Power BI", "DAX"}},
      {"Linux (Ubuntu)", {"Linux", "Ubuntu"}},
      {"Kotlin (Ktor) services", {"Kotlin", "Ktor"}},
      {"PostgreSQL 14 on RDS", {"PostgreSQL", "Amazon RDS"}},
      {"Terraform modules for AWS", {"Terraform", "AWS"}},
      {"machine learning and Machine Learning", {"Machine Learning", "Machine Learning"}},
      {"deep learning", {"Deep Learning"}},
      {"Git and GitHub", {"Git", "GitHub"}},
      {"AutoCAD and SolidWorks", {"AutoCAD", "SolidWorks"}},
      {"Hadoop MapReduce", {"Hadoop", "MapReduce"}},
      {"Tableau dashboards.", {"Tableau"}},
      {"I write C++.", {"C++"}},
      // CJK text has no spaces.
      {"熟练掌握Java、Python", {"Java", "Python"}},
      {"基于 Redis 实现缓存", {"Redis"}},
      // ctx forms: in a run of skills with a non-ctx one, or spelled out.
      {"Spark, Kafka", {"Apache Spark", "Kafka"}},
      {"Go, Rust and Python", {"Go", "Rust", "Python"}},
      {"Used R and Python", {"R", "Python"}},
      {"Pipelines (Spark, Kafka)", {"Apache Spark", "Kafka"}},
      {"Wrote it in the Go language", {"Go"}},
      {"Advanced Microsoft Excel", {"Microsoft Excel"}},
      // Soft skills (ctx) named as skills.
      {"Excellent communication skills", {"Communication"}},
      {"excellent communication and interpersonal skills", {"Communication", "Interpersonal Skills"}},
      {"Strong analytical skills.", {"Analytical Skills"}},
      {"Proven leadership abilities", {"Leadership"}},
      {"good leadership skill", {"Leadership"}},
      // A skills label makes the line a list.
      {"Tools: Excel, Word, Jenkins", {"Microsoft Excel", "Microsoft Word", "Jenkins"}},
      {"Tech stack: Go, Ray", {"Go", "Ray"}},
      {"Keywords: Recommendation, Knowledge graph", {"Recommender Systems", "Knowledge Graphs"}},
      {"Environment: Swift, Xcode", {"Swift", "Xcode"}},
      // URLs and e-mails hide what is in them.
      {"Code at https://github.com/me/python-tools in Python", {"Python"}},
      {"Tableau at public.tableau.com/profile", {"Tableau"}},
  };
  for (const Row& row : rows) {
    INFO("text: \"" << row.text << "\"");
    CHECK(Names(Skills().ReadTextLine(row.text, {})) == row.skills);
  }
}

TEST_CASE("skills in running text: nothing", "[skills]") {
  const std::vector<std::string> rows = {
      "go to the store",                        // "Go" is case-sensitive and ctx
      "Go to market strategy",                  // ctx: no list, not confirmed
      "I am a C student",                       // "C" is ctx
      "Ray and Julia joined the team",          // names: two ctx forms, no anchor
      "We won the contract with Oracle",        // the employer, not the database
      "Excel and Word",                         // ctx, no anchor
      "R&D budget",                             // "R" not in "R&D"
      "C-suite stakeholders",                   // "C" not in "C-suite"
      "JavaBeans are tasty",                    // "Java" not in "JavaBeans"
      "the swift response",                     // "Swift" is case-sensitive
      "a rust-coloured jacket",                 // ctx and lower case
      "Strong problem solving and communication",  // soft skills only in skills sections
      "Irwell Beverages plc",                   // "PLC" is case-sensitive
      "ran a hospice charity shop",
      "Make it happen",                         // "Make" is ctx
      "Access to the building",
      "Spring 2021 internship",
      "See www.python.org/about",               // inside a URL
      "mail me at java@example.com",            // inside an e-mail
      "node-based approach",                    // "Node" is cs ("Node.js")
      "Sales grew 20%",                         // "Sales" is ctx
      "Leadership of the team",                 // soft skill
      "Took a leadership role in the project",  // soft skill, not named as a skill
      "Communication and Leadership Skillset",  // "Skillset" is not "skills"
      "Node.js-like",                           // not a suffix word after a '-' glue? (see below)
  };
  for (const std::string& text : rows) {
    INFO("text: \"" << text << "\"");
    std::vector<std::string> names = Names(Skills().ReadTextLine(text, {}));
    if (text == "Node.js-like") {
      // "-like" is a suffix word: Node.js is found. Kept here to pin the rule down.
      CHECK(names == std::vector<std::string>{"Node.js"});
      continue;
    }
    CHECK(names.empty());
  }
}

TEST_CASE("which sections are read for skills in running text", "[skills]") {
  struct Row {
    std::string name;
    std::string text;
    bool found;  // is PostgreSQL among the mentions?
  };
  std::string long_header = "Jane Doe\njane@example.com\n";
  for (int i = 0; i < 12; ++i) long_header += "Built reporting tools for team " + std::to_string(i) + "\n";
  const std::vector<Row> rows = {
      {"a certificates section", "Jane Doe\n\nCertifications\nPostgreSQL Associate, 2021\n", true},
      {"an unknown section", "Jane Doe\n\nTECHNICAL HIGHLIGHTS\nTuned PostgreSQL for billing\n", true},
      {"a header that long means the headings were missed", long_header + "Tuned PostgreSQL for billing\n", true},
      {"a short header is contact details, not prose", "Jane Doe\nPostgreSQL fan club\n\nEducation\nBSc\n", false},
      {"a line labelled as skills in a short header", "Jane Doe\nSkills: PostgreSQL, Redis\n\nEducation\nBSc\n", true},
      {"a line labelled as skills in education",
       "Jane Doe\n\nEducation\nBSc Computer Science, MIT, 2019\nSoftware: PostgreSQL, Excel\n", true},
      {"an unlabelled line in education", "Jane Doe\n\nEducation\nThesis on PostgreSQL tuning, MIT, 2019\n", false},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    Document doc = ParseSkills(row.text);
    bool found = false;
    for (const SkillMention& m : doc.entities.skill_mentions) found = found || m.name == "PostgreSQL";
    CHECK(found == row.found);
  }
}

TEST_CASE("ctx skills count in text when the skills section lists them", "[skills]") {
  int go = Skills().taxonomy().Lookup("Go");
  REQUIRE(go >= 0);
  CHECK(Names(Skills().ReadTextLine("Designed the gateway in Go (8k TPS)", {})).empty());
  CHECK(Names(Skills().ReadTextLine("Designed the gateway in Go (8k TPS)", {go})) ==
        std::vector<std::string>{"Go"});
}

TEST_CASE("taxonomy lookups", "[skills]") {
  const SkillTaxonomy& t = Skills().taxonomy();
  struct Lookup {
    std::string form;
    std::string canonical;  // "" when not a form
  };
  const std::vector<Lookup> rows = {
      {"k8s", "Kubernetes"}, {"JS", "JavaScript"},   {"Pytorch", "PyTorch"}, {"golang", "Go"},
      {"Go", "Go"},          {"go", ""},             {"C", "C"},             {"c", ""},
      {"  Python  ", "Python"}, {"Apache  Spark", "Apache Spark"}, {"Python 3", "Python"}, {"Pythons", ""},
      {"", ""},              {"Object–relational mapping", "ORM"},  // en dash in the data, '-' here
  };
  for (const Lookup& row : rows) {
    INFO("form: \"" << row.form << "\"");
    int index = t.Lookup(row.form == "Object–relational mapping" ? "Object-relational mapping" : row.form);
    if (row.canonical.empty()) {
      CHECK(index < 0);
    } else {
      REQUIRE(index >= 0);
      CHECK(t.skill(index).name == row.canonical);
    }
  }
  CHECK(t.size() > 1500);
}

// -- 2. Rows of a skills section: ctx forms count -----------------------------------

TEST_CASE("skills in a skills list", "[skills]") {
  const std::vector<Row> rows = {
      {"Python, Go, Rust", {"Python", "Go", "Rust"}},
      {"Excel, Word, Access", {"Microsoft Excel", "Microsoft Word", "Microsoft Access"}},
      {"C, C++, C#", {"C", "C++", "C#"}},
      {"C/C++", {"C", "C++"}},
      {"MATLAB/Simulink", {"MATLAB", "Simulink"}},
      {"Ray", {"Ray"}},
      {"Communication, Leadership", {"Communication", "Leadership"}},
      {"Spark", {"Apache Spark"}},
      {"R (tidyverse, ggplot2)", {"R", "tidyverse", "ggplot2"}},
      {"AWS (EKS, EC2, RDS, IAM)", {"AWS", "Amazon EKS", "Amazon EC2", "Amazon RDS", "Identity and Access Management"}},
      {"Java、Go、Python", {"Java", "Go", "Python"}},
  };
  for (const Row& row : rows) {
    INFO("row: \"" << row.text << "\"");
    std::vector<std::string> names;
    for (const RowMention& m : Skills().ReadSkillsRow(row.text, "", &SharedLexicons().dates())) {
      if (m.skill >= 0) names.push_back(m.name);
    }
    CHECK(names == row.skills);
  }
}

TEST_CASE("skills of an inline heading: the heading line is the first row", "[skills]") {
  const std::vector<Row> rows = {
      {"Jane Doe\njane@example.com\n\nSkills: Python, SQL, Docker\n\nEXPERIENCE\nAcme 2019 - 2021\n",
       {"Python", "SQL", "Docker"}},
      {"Jane Doe\n\nTechnical Skills: Java, Spring\nTools: Maven, Jenkins\n", {"Java", "Spring Framework", "Maven", "Jenkins"}},
  };
  for (const Row& row : rows) {
    INFO("doc: \"" << row.text << "\"");
    Document doc = ParseSkills(row.text);
    std::vector<std::string> names;
    for (const SkillMention& m : doc.entities.skill_mentions) {
      names.push_back(m.name);
      // The section's own label is no group; a row's label below it is.
      CHECK((m.group.empty() || m.group == "Tools"));
    }
    CHECK(names == row.skills);
  }
}

// -- 3. Row splitting -----------------------------------------------------------------

TEST_CASE("skills rows: group and items", "[skills]") {
  struct SplitRowCase {
    std::string row;
    std::string group;
    std::vector<std::string> items;
  };
  const std::vector<SplitRowCase> rows = {
      {"Developer Tools\tPython, Java, C++", "Developer Tools", {"Python", "Java", "C++"}},
      {"Frameworks\tPytorch, ROS(Robotic Operation System), Ray, Matlab",
       "Frameworks",
       {"Pytorch", "ROS(Robotic Operation System)", "Ray", "Matlab"}},
      {"Languages: Python, Go, TypeScript", "Languages", {"Python", "Go", "TypeScript"}},
      {"Languages ........ Go, Java, Kotlin", "Languages", {"Go", "Java", "Kotlin"}},
      {"Infrastructure ... Kubernetes, Helm", "Infrastructure", {"Kubernetes", "Helm"}},
      {"Web Technologies\t: HTML5, CSS3", "Web Technologies", {"HTML5", "CSS3"}},
      {"Programming Languages : Java, C", "Programming Languages", {"Java", "C"}},
      {"SAP:\tS/4HANA Finance, FI/CO", "SAP", {"S/4HANA Finance", "FI/CO"}},
      {"CAD/CAE: SolidWorks (CSWP), AutoCAD", "CAD/CAE", {"SolidWorks (CSWP)", "AutoCAD"}},
      {"Cloud & DevOps: AWS (Lambda, S3), Docker", "Cloud & DevOps", {"AWS (Lambda, S3)", "Docker"}},
      {"Qualité : IATF 16949, ISO 9001", "Qualité", {"IATF 16949", "ISO 9001"}},
      {"Python, Java | Kafka, Flink", "", {"Python", "Java", "Kafka", "Flink"}},
      {"Python\tJava\tC++", "", {"Python", "Java", "C++"}},  // columns of skills, no group
      {"Epic and Cerner EHR | Wound care", "", {"Epic", "Cerner EHR", "Wound care"}},
      {"Patient and family education", "", {"Patient and family education"}},
      {"Agile and waterfall delivery", "", {"Agile", "waterfall delivery"}},
      {"MATLAB/Simulink, DFMEA/PFMEA", "", {"MATLAB", "Simulink", "DFMEA", "PFMEA"}},  // both FMEA forms
      {"SEM/EDS, FI/CO", "", {"SEM/EDS", "FI/CO"}},  // unknown both sides: one item
      {"SAP FI/CO and S/4HANA", "", {"SAP FI/CO", "S/4HANA"}},
      {"IFRS 9 / 15 / 16 implementation", "", {"IFRS 9 / 15 / 16 implementation"}},
      {"IFRS 9 / 15 / 16 implementation\t| Statutory audits", "", {"IFRS 9 / 15 / 16 implementation", "Statutory audits"}},
      {"CI/CD, TCP/IP", "", {"CI/CD", "TCP/IP"}},
      {"了解 Docker、Kubernetes 及 CI/CD 流程", "", {"了解 Docker", "Kubernetes", "CI/CD 流程"}},
      {"Excel (Power Query, VBA), Power BI", "", {"Excel (Power Query, VBA)", "Power BI"}},
      {"Design: Figma, Sketch, prototyping, design systems", "Design", {"Figma", "Sketch", "prototyping", "design systems"}},
      {".NET 6, C#", "", {".NET 6", "C#"}},
  };
  for (const SplitRowCase& row : rows) {
    INFO("row: \"" << row.row << "\"");
    SkillRow split = Skills().SplitRow(row.row);
    CHECK(split.group == row.group);
    std::vector<std::string> items;
    for (const auto& [b, e] : split.items) items.push_back(row.row.substr(b, e - b));
    CHECK(items == row.items);
  }
}

// -- 4. Rows → mentions, unknown items --------------------------------------------------

TEST_CASE("skills rows: mentions and unknown items", "[skills]") {
  struct MentionCase {
    std::string row;
    std::vector<std::string> names;  // in order; unknown items as written
    std::vector<std::string> groups;  // per name, "" for none (empty list: all "")
  };
  const std::vector<MentionCase> rows = {
      {"Developer Tools\tPython, Java, C++", {"Python", "Java", "C++"}, {"Developer Tools", "Developer Tools", "Developer Tools"}},
      {"Frameworks\tPytorch, ROS(Robotic Operation System), Ray, Matlab",
       {"PyTorch", "ROS", "Ray", "MATLAB"}, {"Frameworks", "Frameworks", "Frameworks", "Frameworks"}},
      {"SQL: PostgreSQL, BigQuery (CTEs)", {"SQL", "PostgreSQL", "BigQuery"}, {"SQL", "SQL", "SQL"}},
      {"Design: Figma, card sorting, design systems", {"Figma", "card sorting", "design systems"}, {"Design", "Design", "Design"}},
      {"Forklift (8 years), Inventory Management (6 years)", {"Forklift", "Inventory Management"}, {}},
      {"Patient and family education | Sepsis bundles", {"Patient and family education", "Sepsis bundles"}, {}},
      {"Tableau (Desktop Certified Associate), Looker Studio", {"Tableau", "Looker Studio"}, {}},
      {"familiar with Dubbo, Redis", {"Dubbo", "Redis"}, {}},
      {"熟悉 Spring Boot、MyBatis、Dubbo 等框架", {"Spring Boot", "MyBatis", "Dubbo"}, {}},
      {"多线程与并发编程", {"多线程与并发编程"}, {}},
      {"Python (basic), spaCy", {"Python", "spaCy"}, {}},
      // Not skills: sentences, dates, numbers, fluency phrases, sub-headings.
      {"Good communication skills gained as a teaching assistant for two years", {"Communication", "Teaching"}, {}},
      {"Proficient user\tProficient user Proficient user\tIndependent user", {}, {}},
      {"SELF-ASSESSMENT", {}, {}},
      {"Jan 2020, 2021", {}, {}},
      {"and more.", {}, {}},
      {"15 / 16 implementation", {}, {}},
      {"See https://example.org/skills", {}, {}},
      // Language rows are not skills.
      {"Languages\tChinese, IELTS 7.0 (7.5 7.5 6.0 6.5)", {}, {}},
      {"Languages: Vietnamese (native), English (IELTS 7.0)", {}, {}},
      {"英语:CET-6(532),可熟练阅读英文技术文档", {}, {}},
      {"Languages\tGo, Python, Bash", {"Go", "Python", "Bash"}, {"Languages", "Languages", "Languages"}},
      {"Python, English (fluent)", {"Python"}, {}},
  };
  for (const MentionCase& row : rows) {
    INFO("row: \"" << row.row << "\"");
    std::vector<RowMention> mentions = Skills().ReadSkillsRow(row.row, "", &SharedLexicons().dates());
    CHECK(Names(mentions) == row.names);
    if (!row.groups.empty() && mentions.size() == row.groups.size()) {
      for (size_t i = 0; i < mentions.size(); ++i) CHECK(mentions[i].group == row.groups[i]);
    }
    for (const RowMention& m : mentions) {
      CHECK(m.end <= row.row.size());
      CHECK(m.begin < m.end);
      if (m.skill < 0) CHECK(row.row.substr(m.begin, m.end - m.begin) == m.name);
    }
  }
}

TEST_CASE("a carried group names the rows below a label line", "[skills]") {
  std::vector<RowMention> m = Skills().ReadSkillsRow("Python, Java", "Programming", &SharedLexicons().dates());
  REQUIRE(m.size() == 2);
  CHECK(m[0].group == "Programming");
  CHECK(m[1].group == "Programming");
}

// -- 5. Documents -----------------------------------------------------------------------

TEST_CASE("corpus 000: the skills table", "[skills]") {
  std::string text = ReadCorpus("000.txt");
  REQUIRE(!text.empty());
  Document doc = ParseSkills(text);
  struct Expect {
    std::string name, group;
  };
  const std::vector<Expect> expected = {{"Python", "Developer Tools"}, {"Java", "Developer Tools"},
                                        {"C++", "Developer Tools"},    {"PyTorch", "Frameworks"},
                                        {"ROS", "Frameworks"},         {"Ray", "Frameworks"},
                                        {"MATLAB", "Frameworks"}};
  REQUIRE(doc.entities.skills.size() >= expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    INFO(expected[i].name);
    CHECK(doc.entities.skills[i].name == expected[i].name);
    CHECK(doc.entities.skills[i].group == expected[i].group);
  }
  // The Languages row gave no skill.
  CHECK(FindSkill(doc, "Chinese") == nullptr);
  for (const SkillMention& m : doc.entities.skill_mentions) {
    CHECK(m.group != "Languages");
    CHECK(m.span_end <= doc.text.size());
  }
  // Spans point at the text as written.
  for (const SkillMention& m : doc.entities.skill_mentions) {
    if (m.name == "PyTorch") CHECK(doc.Text({m.span_begin, m.span_end}) == "Pytorch");
    if (m.name == "MATLAB" && m.section == "skills") CHECK(m.raw == "Matlab");
  }
}

TEST_CASE("corpus 018: tab tables; Languages row of programming languages", "[skills]") {
  Document doc = ParseSkills(ReadCorpus("018.txt"));
  const SkillSummary* go = FindSkill(doc, "Go");
  REQUIRE(go != nullptr);
  CHECK(go->group == "Languages");
  const SkillSummary* helm = FindSkill(doc, "Helm");
  REQUIRE(helm != nullptr);
  CHECK(helm->group == "Containers");
  CHECK(FindSkill(doc, "Dutch") == nullptr);
  REQUIRE(FindSkill(doc, "Amazon EKS") != nullptr);
  CHECK(FindSkill(doc, "Amazon EKS")->group == "Cloud");
}

TEST_CASE("corpus 025 and 026: labelled rows and dot leaders", "[skills]") {
  Document d25 = ParseSkills(ReadCorpus("025.txt"));
  REQUIRE(FindSkill(d25, "Snowflake") != nullptr);
  CHECK(FindSkill(d25, "Snowflake")->group == "SQL");
  REQUIRE(FindSkill(d25, "R") != nullptr);
  CHECK(FindSkill(d25, "R")->group == "Programming");
  REQUIRE(FindSkill(d25, "cohort analysis") != nullptr);
  CHECK(FindSkill(d25, "cohort analysis")->category.empty());
  Document d26 = ParseSkills(ReadCorpus("026.txt"));
  REQUIRE(FindSkill(d26, "Go") != nullptr);
  CHECK(FindSkill(d26, "Go")->group == "Languages");
  CHECK(FindSkill(d26, "Go")->mentions == 2);  // the skills row, and "in Go" in the first job
  REQUIRE(FindSkill(d26, "Prometheus") != nullptr);
  CHECK(FindSkill(d26, "Prometheus")->group == "Practices");
}

TEST_CASE("corpus 020, 021, 022: bullets, wrapped rows, label groups", "[skills]") {
  Document d20 = ParseSkills(ReadCorpus("020.txt"));
  CHECK(FindSkill(d20, "Sepsis bundles") != nullptr);
  CHECK(FindSkill(d20, "Wound Care") != nullptr);
  Document d21 = ParseSkills(ReadCorpus("021.txt"));
  CHECK(FindSkill(d21, "VBA") != nullptr);  // "(Power Query, pivot\ntables, XLOOKUP, VBA)" wraps
  CHECK(FindSkill(d21, "CaseWare") != nullptr);
  CHECK(FindSkill(d21, "English") == nullptr);
  Document d22 = ParseSkills(ReadCorpus("022.txt"));
  REQUIRE(FindSkill(d22, "SolidWorks") != nullptr);
  CHECK(FindSkill(d22, "SolidWorks")->group == "CAD/CAE");
  CHECK(FindSkill(d22, "SolidWorks")->mentions >= 3);
  REQUIRE(FindSkill(d22, "Simulink") != nullptr);
}

TEST_CASE("months and last_used come from the dated entries that mention a skill", "[skills]") {
  const std::string text =
      "Jane Doe\n"
      "\n"
      "EXPERIENCE\n"
      "Engineer, Acme\n"
      "2019.1 - 2020.6\n"
      "- Built services in Python and Go\n"
      "Engineer, Beta\n"
      "2020.3 - 2021.2\n"
      "- More Python, some Rust\n"
      "Intern, Gamma\n"
      "2016\n"
      "- Python notebooks\n"
      "\n"
      "SKILLS\n"
      "Languages: Python, Go, Rust\n";
  auto entry = [&](const std::string& first, const std::string& last, const std::string& start,
                   const std::string& end) {
    Experience e;
    e.kind = "work";
    e.span_begin = static_cast<uint32_t>(text.find(first));
    e.span_end = static_cast<uint32_t>(text.find(last) + last.size());
    DateRange d;
    d.start = start;
    d.end = end;
    e.dates = d;
    return e;
  };
  std::vector<Experience> experience = {
      entry("Engineer, Acme", "Python and Go", "2019-01", "2020-06"),
      entry("Engineer, Beta", "some Rust", "2020-03", "2021-02"),
      entry("Intern, Gamma", "Python notebooks", "2016", ""),
  };
  Document doc = ParseSkills(text, experience);
  const SkillSummary* python = FindSkill(doc, "Python");
  REQUIRE(python != nullptr);
  CHECK(python->group == "Languages");
  CHECK(python->mentions == 4);
  CHECK(python->months == 26 + 12);  // 2019-01..2021-02 merged, plus 2016 as a whole year
  CHECK(python->last_used == "2021-02");
  const SkillSummary* go = FindSkill(doc, "Go");
  REQUIRE(go != nullptr);
  CHECK(go->months == 18);  // "Go" in prose counts: the skills section lists it
  CHECK(go->last_used == "2020-06");
  const SkillSummary* rust = FindSkill(doc, "Rust");
  REQUIRE(rust != nullptr);
  CHECK(rust->months == 12);
  CHECK(rust->last_used == "2021-02");
  // Grouped skills come first, in the order of the skills section.
  REQUIRE(doc.entities.skills.size() >= 3);
  CHECK(doc.entities.skills[0].name == "Python");
  CHECK(doc.entities.skills[1].name == "Go");
  CHECK(doc.entities.skills[2].name == "Rust");
}

TEST_CASE("skills: empty and odd documents never crash", "[skills]") {
  const std::vector<std::string> texts = {
      "x",
      "SKILLS\n",
      "SKILLS\n,,,,;;;|||\n",
      "SKILLS\n((((((((((Python\n",
      "SKILLS\nLanguages:\n",
      "SKILLS\n" + std::string(20000, 'a') + "\n",
      "SKILLS\n" + std::string(3000, '(') + "Python, Java\n",
      "SKILLS\nC++" + std::string(5000, '+') + "\n",
      "EXPERIENCE\n\xE4\xB8\xAD\xE6\x96\x87\xE2\x80\x8B Java\n",
      "SKILLS\n\xFF\xFE Python \xC3\n",
  };
  for (const std::string& text : texts) {
    INFO("length " << text.size());
    Document doc = ParseSkills(text);
    for (const SkillMention& m : doc.entities.skill_mentions) {
      CHECK(m.span_begin <= m.span_end);
      CHECK(m.span_end <= doc.text.size());
    }
  }
}

// -- 6. Data errors and speed -------------------------------------------------------------

TEST_CASE("skills taxonomy: bad data is refused with file:line", "[skills]") {
  struct Bad {
    std::string tsv;
    std::string error_start;
  };
  const std::vector<Bad> rows = {
      {"Python\tprogramming_language\t\t\n", ""},  // fine
      {"Python\tprogramming_language\t\n", "skills.tsv:1: expected 4"},
      {"Python\tlanguages\t\t\n", "skills.tsv:1: unknown category"},
      {"Python\tprogramming_language\t\tfast\n", "skills.tsv:1: unknown flag"},
      {"Python\tprogramming_language\tPy\t\n# c\nPyPy\tprogramming_language\tpy\t\n", "skills.tsv:3: form 'py'"},
      {"Swift\tprogramming_language\t\tcs\nSWIFT\tfinance_accounting\t\tcs\n", ""},  // two cs spellings
      {"Swift\tprogramming_language\t\tcs\nswift\tfinance_accounting\t\t\n", "skills.tsv:2: form 'swift'"},
      {"\tprogramming_language\t\t\n", "skills.tsv:1: empty canonical"},
  };
  for (const Bad& row : rows) {
    INFO(row.tsv);
    std::string error;
    std::unique_ptr<SkillTaxonomy> t = SkillTaxonomy::Create(row.tsv, &error);
    if (row.error_start.empty()) {
      CHECK(t != nullptr);
    } else {
      CHECK(t == nullptr);
      CHECK(error.rfind(row.error_start, 0) == 0);
    }
  }
}

TEST_CASE("phrase matcher: leftmost-longest, whole tokens", "[skills]") {
  PhraseMatcher m;
  CHECK(m.Add("new york", 1, false) == -1);
  CHECK(m.Add("new york city", 2, false) == -1);
  CHECK(m.Add("york", 3, false) == -1);
  CHECK(m.Add("NEW", 4, true) == -1);
  CHECK(m.Add("New York", 5, false) == 1);  // folds like "new york"
  CHECK(m.FindAll("new york").empty());     // not compiled yet
  m.Compile();
  CHECK(m.Add("boston", 6, false) == -2);   // too late
  auto hits = m.FindAll("I love New  York City and york, not NEWS or new");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].id == 2);
  CHECK(hits[1].id == 3);
  CHECK(m.MatchWhole(" new york ") == 1);
  CHECK(m.MatchWhole("NEW") == 4);
  CHECK(m.MatchWhole("new") == -1);
  CHECK(m.FindAll("").empty());
}

TEST_CASE("skills matcher speed", "[.skills-bench]") {
  // Real résumé text (the UTF-8 corpus files) repeated to 8 MB.
  std::string corpus;
  for (int i = 0; i <= 40; ++i) {
    if (i == 7 || i == 8) continue;  // UTF-16 and cp1252 on disk
    char name[16];
    std::snprintf(name, sizeof name, "%03d.txt", i);
    corpus += ReadCorpus(name);
  }
  REQUIRE(corpus.size() > 10000);
  std::string text;
  while (text.size() < (8u << 20)) text += corpus;
  double best = 0;
  size_t found = 0;
  for (int run = 0; run < 3; ++run) {
    // CPU time, not wall time: the machine may be busy.
    std::clock_t start = std::clock();
    found = Skills().taxonomy().FindAll(text).size();
    double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    best = std::max(best, static_cast<double>(text.size()) / (1 << 20) / seconds);
  }
  WARN("matched " << found << " forms in " << text.size() / (1 << 20) << " MB: " << best << " MB/s (best of 3)");
  CHECK(best > 50);
}

}  // namespace
}  // namespace cvparse

namespace cvparse {

// The skills[] group names made from categories: technical ones say so.
TEST_CASE("skills: category display names", "[skills]") {
  const std::pair<const char*, const char*> kNames[] = {
      {"programming_language", "Programming Languages"},
      {"framework_library", "Software Frameworks and Libraries"},
      {"database", "Database Software"},
      {"cloud_devops", "Cloud and DevOps Tools"},
      {"tool", "Tools"},
      {"data_ml", "Data and ML Tools"},
      {"os_platform", "Operating Systems and Software Platforms"},
      {"design_engineering", "Design and Engineering Software"},
      {"soft_skill", "Soft Skills"},
      {"methodology", "Methodologies"},
      {"no_such_category", "Other"},
  };
  for (const auto& [category, name] : kNames) {
    INFO(category);
    CHECK(CategoryDisplayName(category) == name);
  }
}

}  // namespace cvparse
