// The accuracy evaluator (cvparse eval): normalisation, matching, P/R/F1
// aggregation, gold files, the Document mapping and the baseline check, as
// the dotin-dev README defines them.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tools/cvparse/eval_gold.h"
#include "tools/cvparse/eval_match.h"
#include "tools/cvparse/eval_predict.h"
#include "tools/cvparse/eval_predict_json.h"
#include "tools/cvparse/eval_report.h"
#include "tools/cvparse/eval_score.h"

namespace cvparse::tools::eval {
namespace {

using Strings = std::vector<std::string>;

// ---------------------------------------------------------------------------
// Normalisation: NFKC, case folding, & => and, dots between letters dropped,
// other punctuation => space (except + and #), whitespace collapsed.

struct NormalizeRow {
  const char* input;
  const char* expected;
};

const NormalizeRow kNormalize[] = {
    {"Senior Java Developer", "senior java developer"},
    {"  SENIOR\tJava \n Developer ", "senior java developer"},
    {"B.Tech", "btech"},
    {"B.Tech in Computer Sci.", "btech in computer sci"},
    {"Ph.D.", "phd"},
    {"U.S.A.", "usa"},
    {"M.Sc. (Hons)", "msc hons"},
    {"C++, C#, .NET", "c++ c# net"},
    {"R&D", "randd"},
    {"Communications & Mass Media", "communications and mass media"},
    {"Node.js", "nodejs"},
    {"3.5 years", "3 5 years"},              // dots between digits are punctuation
    {"Kunze-Smith / O'Neil", "kunze smith o neil"},
    {"ＳＱＬ　Server", "sql server"},          // NFKC: full-width letters and space
    {"Straße", "strasse"},                   // full case folding
    {"ﬁnance", "finance"},                   // NFKC: ligature
    {"• Excel | Word", "excel word"},
    {"Zürich", "zürich"},
    {"...", ""},
    {"", ""},
};

TEST_CASE("eval: NormalizeText follows the README", "[eval]") {
  for (const NormalizeRow& row : kNormalize) {
    INFO(row.input);
    CHECK(NormalizeText(row.input) == row.expected);
  }
}

TEST_CASE("eval: Dice over word sets", "[eval]") {
  CHECK(Dice("senior java developer", "java developer") == Approx(0.8));
  CHECK(Dice("senior java developer", "developer") == Approx(0.5));
  CHECK(Dice("senior java developer", "java engineer") == Approx(0.4));
  CHECK(Dice("java java", "java") == Approx(1.0));  // sets: duplicates count once
  CHECK(Dice("", "") == 0.0);
  CHECK(Dice("a", "") == 0.0);
}

// ---------------------------------------------------------------------------
// One gold value against one prediction: exact and fuzzy match.

struct MatchRow {
  MatchKind kind;
  const char* gold;
  const char* predicted;
  bool exact;
  bool fuzzy;
};

const MatchRow kMatches[] = {
    // Text: the README's examples.
    {MatchKind::kText, "Senior Java Developer", "senior  JAVA developer", true, true},
    {MatchKind::kText, "Senior Java Developer", "Java Developer", false, true},
    {MatchKind::kText, "Senior Java Developer", "Developer", false, true},
    {MatchKind::kText, "Senior Java Developer", "Java Engineer", false, false},
    {MatchKind::kText, "B.Tech in Computer Science", "BTech in computer science", true, true},
    {MatchKind::kText, "B.Tech in Computer Science", "B.Tech", false, false},  // 2/5
    {MatchKind::kText, "B.Tech in Computer Science", "B.Tech Computer Science", false, true},
    {MatchKind::kText, "AT&T", "AT and T", false, false},  // "atandt" vs "at and t"
    {MatchKind::kText, "Procter & Gamble", "Procter and Gamble", true, true},
    {MatchKind::kText, "C++", "C", false, false},
    {MatchKind::kText, "C#", "C#", true, true},
    {MatchKind::kText, "Kunze", "Kunze XXXXX", false, true},  // masked names: fuzzy
    // E-mails: lower-cased, spaces and mailto: removed, exact only.
    {MatchKind::kEmail, "Ann.Lee@Example.com", "ann.lee@example.com", true, true},
    {MatchKind::kEmail, "ann.lee@example.com", "mailto: ann.lee @example.com", true, true},
    {MatchKind::kEmail, "ann.lee@example.com", "ann.le@example.com", false, false},
    {MatchKind::kEmail, "Raye.O'Connell@vl.io", "Connell@vl.io", false, false},
    // Graduation years: the latest 4-digit year.
    {MatchKind::kYear, "2014", "Oct. 2009 - Jan. 2014", true, true},
    {MatchKind::kYear, "2014", "2013", false, false},
    {MatchKind::kYear, "May 2016", "2016-05", true, true},
    // Employment dates: START-END; fuzzy needs the same start year.
    {MatchKind::kDates, "Jan 2015 - Present", "2015-01 - present", true, true},
    {MatchKind::kDates, "May 2016 to present", "2016 - current", true, true},
    {MatchKind::kDates, "2000 till date", "2000-03 - present", true, true},
    {MatchKind::kDates, "2003-2005", "2003-01 - 2005-06", true, true},
    {MatchKind::kDates, "2003-2005", "2003 - present", false, true},
    {MatchKind::kDates, "2003-2005", "2004 - 2005", false, false},
    {MatchKind::kDates, "11/1/2007 - 2/1/2011", "2007-11 - 2011-02", true, true},
    {MatchKind::kDates, "1/09 to Present", "2009-01 - present", true, true},
    {MatchKind::kDates, "Jan '15 - Mar '17", "2015 - 2017", true, true},
    {MatchKind::kDates, "Feb 2008", "2008-02", true, true},
    {MatchKind::kDates, "May 2013 Aug 2013", "2013-05 - 2013-08", true, true},
    {MatchKind::kDates, "1989-90", "1989 - 1990", false, true},  // "YYYY-YY" reads one year
    // Years of experience: first number (or word one..ten), months when only months.
    {MatchKind::kYears, "10+ years of experience", "10 years", true, true},
    {MatchKind::kYears, "Six years", "6", true, true},
    {MatchKind::kYears, "8.5+ years of experience", "8 years", false, true},
    {MatchKind::kYears, "5 years", "66 months", false, true},    // 5.5 years: within 0.5
    {MatchKind::kYears, "5 years", "67 months", false, false},
    {MatchKind::kYears, "18 months", "1.5 years", true, true},
    {MatchKind::kYears, "5 Years 6 Months", "5 years", true, true},  // first number, as years
    {MatchKind::kYears, "5 years", "5.6 years", false, false},
    // Extensions.
    {MatchKind::kUrl, "https://www.GitHub.com/ann/", "github.com/ann", true, true},
    {MatchKind::kUrl, "github.com/ann", "github.com/bob", false, false},
    {MatchKind::kPhone, "(650) 555-0100", "650.555.0100", true, true},
    {MatchKind::kPhone, "+1 650 555 0100", "650-555-0100", false, true},
    {MatchKind::kPhone, "650 555 0100", "650 555 0199", false, false},
};

TEST_CASE("eval: one gold value against one prediction", "[eval]") {
  for (const MatchRow& row : kMatches) {
    INFO(row.gold << " vs " << row.predicted);
    FieldResult result = ScoreField(row.kind, {row.gold}, {row.predicted});
    REQUIRE(result.scored);
    CHECK((result.exact.tp == 1) == row.exact);
    CHECK((result.fuzzy.tp == 1) == row.fuzzy);
  }
}

// Values that cannot be scored: no key, so they are dropped (a gold list of
// only such values leaves the document unscored on the field).
struct UnscorableRow {
  MatchKind kind;
  const char* value;
};

const UnscorableRow kUnscorable[] = {
    {MatchKind::kDates, "Mar. to Apr."},
    {MatchKind::kDates, "July till date"},
    {MatchKind::kDates, "Present"},
    {MatchKind::kYear, "May"},
    {MatchKind::kYear, "'15"},            // only 4-digit years count
    {MatchKind::kYears, "New York, NY"},
    {MatchKind::kYears, "Over twenty years experience"},
    {MatchKind::kText, " -- "},
    {MatchKind::kEmail, "  "},
    {MatchKind::kPhone, "123"},
    {MatchKind::kUrl, "https://"},
};

TEST_CASE("eval: values that cannot be scored", "[eval]") {
  for (const UnscorableRow& row : kUnscorable) {
    INFO(row.value);
    CHECK_FALSE(NormalizeValue(row.kind, row.value).has_value());
  }
  CHECK(NormalizeValue(MatchKind::kDates, "Jan 2015 - Present") == std::optional<std::string>("2015-present"));
  CHECK(NormalizeValue(MatchKind::kDates, "2015") == std::optional<std::string>("2015-"));
  CHECK(NormalizeValue(MatchKind::kYears, "18 months") == std::optional<std::string>("1.5"));
  CHECK(NormalizeValue(MatchKind::kYears, "2+ Years experience") == std::optional<std::string>("2"));
}

// ---------------------------------------------------------------------------
// One field of one document: one-to-one pairing and the counts.

struct FieldRow {
  const char* what;
  MatchKind kind;
  Strings gold;
  Strings predicted;
  Counts exact;
  Counts fuzzy;
  bool scored = true;
};

const FieldRow kFieldRows[] = {
    {"all found", MatchKind::kText, {"Java", "SQL"}, {"sql", "JAVA"}, {2, 0, 0}, {2, 0, 0}},
    {"one missed, one wrong", MatchKind::kText, {"Java", "SQL"}, {"Java", "Cobol"}, {1, 1, 1}, {1, 1, 1}},
    {"nothing predicted", MatchKind::kText, {"Java", "SQL"}, {}, {0, 0, 2}, {0, 0, 2}},
    {"empty gold: not scored", MatchKind::kText, {}, {"Java"}, {0, 0, 0}, {0, 0, 0}, false},
    {"only blanks: not scored", MatchKind::kText, {"", "  "}, {"Java"}, {0, 0, 0}, {0, 0, 0}, false},
    {"no-year dates: not scored", MatchKind::kDates, {"Mar. to Apr."}, {"2015"}, {0, 0, 0}, {0, 0, 0}, false},
    {"duplicates after normalisation count once", MatchKind::kText,
     {"Java", "JAVA", " java "}, {"java", "Java."}, {1, 0, 0}, {1, 0, 0}},
    // One-to-one: two predictions cannot both pair with one gold value.
    {"each value used once", MatchKind::kText,
     {"Senior Java Developer"}, {"Java Developer", "Senior Developer"}, {0, 2, 1}, {1, 1, 0}},
    // Greedy best first: "java developer" (0.8) pairs with the gold, not "developer" (0.5).
    {"best pair first", MatchKind::kText,
     {"Senior Java Developer", "Developer"}, {"Developer", "Java Developer"}, {1, 1, 1}, {2, 0, 0}},
    {"dates: same start year is fuzzy", MatchKind::kDates,
     {"Jan 2015 - Present", "2012 - 2014"}, {"2015-01 - 2016-03", "2012-05 - 2014-01"},
     {1, 1, 1}, {2, 0, 0}},
};

TEST_CASE("eval: scoring one field of one document", "[eval]") {
  for (const FieldRow& row : kFieldRows) {
    INFO(row.what);
    FieldResult result = ScoreField(row.kind, row.gold, row.predicted);
    CHECK(result.scored == row.scored);
    CHECK(result.exact.tp == row.exact.tp);
    CHECK(result.exact.fp == row.exact.fp);
    CHECK(result.exact.fn == row.exact.fn);
    CHECK(result.fuzzy.tp == row.fuzzy.tp);
    CHECK(result.fuzzy.fp == row.fuzzy.fp);
    CHECK(result.fuzzy.fn == row.fuzzy.fn);
  }
}

TEST_CASE("eval: the name matches any alternative", "[eval]") {
  Strings alts = {"Kunze", "Kunze Demarco"};
  FieldResult exact = ScoreField(MatchKind::kName, alts, {"KUNZE DEMARCO"});
  CHECK(exact.exact.tp == 1);
  CHECK(exact.fuzzy.tp == 1);
  FieldResult fuzzy = ScoreField(MatchKind::kName, alts, {"Kunze XXXXX"});
  CHECK(fuzzy.exact.tp == 0);
  CHECK(fuzzy.exact.fp == 1);
  CHECK(fuzzy.exact.fn == 1);
  CHECK(fuzzy.fuzzy.tp == 1);
  CHECK(fuzzy.fuzzy.fp == 0);
  FieldResult wrong = ScoreField(MatchKind::kName, alts, {"Curriculum Vitae"});
  CHECK(wrong.fuzzy.tp == 0);
  CHECK(wrong.fuzzy.fp == 1);
  CHECK(wrong.fuzzy.fn == 1);
  FieldResult none = ScoreField(MatchKind::kName, alts, {});
  CHECK(none.fuzzy.fp == 0);
  CHECK(none.fuzzy.fn == 1);
  // Only the first prediction counts.
  FieldResult two = ScoreField(MatchKind::kName, alts, {"Kunze", "Somebody Else"});
  CHECK(two.predicted.size() == 1);
  CHECK(two.fuzzy.tp == 1);
}

// ---------------------------------------------------------------------------
// Aggregation over documents (micro-average) on a tiny synthetic set.

GoldDoc Gold(const std::string& id, FieldValues fields) {
  GoldDoc gold;
  gold.id = id;
  gold.fields = std::move(fields);
  return gold;
}

TEST_CASE("eval: P/R/F1 over a tiny gold set", "[eval]") {
  std::vector<DocResult> docs;
  // 0001: titles 1 of 2 found, one wrong; employers not labelled (empty list).
  docs.push_back(ScoreDocument(Gold("0001", {{"titles", {"Java Developer", "Team Lead"}}, {"employers", {}}}),
                               {{"titles", {"java developer", "Curriculum Vitae"}}, {"employers", {"Acme"}}}));
  // 0002: titles not labelled at all; its predictions must not count.
  docs.push_back(ScoreDocument(Gold("0002", {{"employers", {"Acme Corp"}}}),
                               {{"titles", {"Manager", "Clerk"}}, {"employers", {"ACME Corp."}}}));
  // 0003: nothing predicted.
  docs.push_back(ScoreDocument(Gold("0003", {{"titles", {"Clerk"}}, {"employers", {"Globex", "Initech"}}}), {}));

  Report report = Aggregate(std::move(docs));
  CHECK(report.documents == 3);
  const FieldTotals* titles = report.Find("titles");
  REQUIRE(titles != nullptr);
  CHECK(titles->docs == 2);
  CHECK(titles->gold == 3);
  CHECK(titles->predicted == 2);
  CHECK(titles->fuzzy.tp == 1);
  CHECK(titles->fuzzy.fp == 1);
  CHECK(titles->fuzzy.fn == 2);
  CHECK(titles->fuzzy.Precision() == Approx(0.5));
  CHECK(titles->fuzzy.Recall() == Approx(1.0 / 3));
  CHECK(titles->fuzzy.F1() == Approx(0.4));

  const FieldTotals* employers = report.Find("employers");
  REQUIRE(employers != nullptr);
  CHECK(employers->docs == 2);  // 0001's empty list is "not labelled"
  CHECK(employers->fuzzy.tp == 1);
  CHECK(employers->fuzzy.fp == 0);
  CHECK(employers->fuzzy.fn == 2);
  CHECK(employers->fuzzy.Precision() == Approx(1.0));
  CHECK(employers->fuzzy.Recall() == Approx(1.0 / 3));
  CHECK(employers->fuzzy.F1() == Approx(0.5));

  // Fields nobody labelled score no document and stay out of the mean.
  CHECK(report.Find("skills")->docs == 0);
  CHECK(report.ScoredFields() == 2);
  CHECK(report.MeanF1(true) == Approx((0.4 + 0.5) / 2));
}

TEST_CASE("eval: _available limits the scored fields", "[eval]") {
  GoldDoc gold = Gold("0001", {{"titles", {"Clerk"}}, {"urls", {"github.com/ann"}}});
  gold.available = {"titles"};
  DocResult result = ScoreDocument(gold, {{"urls", {"github.com/ann"}}});
  CHECK(result.fields.at("titles").scored);
  CHECK_FALSE(result.fields.at("urls").scored);
}

TEST_CASE("eval: ratios with nothing to count are 0", "[eval]") {
  Counts none;
  CHECK(none.Precision() == 0.0);
  CHECK(none.Recall() == 0.0);
  CHECK(none.F1() == 0.0);
  Report empty = Aggregate({});
  CHECK(empty.MeanF1(true) == 0.0);
}

// ---------------------------------------------------------------------------
// Gold files.

TEST_CASE("eval: reading a gold file", "[eval]") {
  nlohmann::json document = nlohmann::json::parse(R"({
    "id": "0001", "name": "Demarcus Ledner", "name_alts": ["Demarcus Ledner", "Demarcus"],
    "emails": ["a@b.co"], "urls": [], "phones": null, "category": null,
    "graduation_years": ["2014", 2015],
    "_available": ["name", "emails", "graduation_years"], "_raw": {"Name": ["x"]}
  })");
  GoldDoc gold;
  std::string error;
  REQUIRE(GoldFromJson(document, "0001", &gold, &error));
  CHECK(gold.fields.at("name") == Strings{"Demarcus Ledner"});
  CHECK(gold.fields.at("emails") == Strings{"a@b.co"});
  CHECK(gold.fields.at("graduation_years") == Strings{"2014", "2015"});
  CHECK(gold.fields.count("urls") == 0);
  CHECK(gold.fields.count("phones") == 0);
  CHECK(gold.name_alts.size() == 2);
  CHECK(gold.available.count("emails") == 1);

  const char* kBad[] = {R"([1, 2])", R"({"titles": {"a": 1}})", R"({"skills": [["Java"]]})",
                        R"({"_available": 3})"};
  for (const char* bad : kBad) {
    INFO(bad);
    CHECK_FALSE(GoldFromJson(nlohmann::json::parse(bad), "x", &gold, &error));
    CHECK_FALSE(error.empty());
  }
}

// ---------------------------------------------------------------------------
// Document => predicted fields.

DateRange Dates(std::string start, std::string end, bool present = false) {
  DateRange dates;
  dates.start = std::move(start);
  dates.end = std::move(end);
  dates.present = present;
  return dates;
}

TEST_CASE("eval: a Document's predicted fields", "[eval]") {
  Document doc;
  doc.contact.name = Found{"Ann Lee", {}};
  doc.contact.emails.push_back(Found{"ann@x.io", {}});
  Location home;
  home.city = "Pune";
  home.region = "Maharashtra";
  doc.contact.location = home;

  Education education;
  education.degree = "B.Tech";
  education.area = "Computer Science";
  education.institution = "IIT Bombay";
  education.location = "Mumbai";
  education.dates = Dates("2010-07", "2014-05");
  doc.entities.education.push_back(education);
  Education school;
  school.level = "secondary";
  school.dates = Dates("2008", "");
  doc.entities.education.push_back(school);
  Education ongoing;  // "2021 - Present": no graduation year (the JSON has no endDate either)
  ongoing.dates = Dates("2021-09", "2026-11", true);
  doc.entities.education.push_back(ongoing);
  Education major;  // "Major Special Education": an area and no degree still names a course
  major.area = "Special Education";
  doc.entities.education.push_back(major);

  Experience job;
  job.kind = "work";
  job.organization = "Acme";
  job.position = "Engineer";
  job.location = "Berlin";
  job.dates = Dates("2015-01", "2026-11", true);
  doc.entities.experience.push_back(job);
  Experience project;
  project.kind = "project";
  project.position = "Lead";
  project.organization = "Hackathon";
  doc.entities.experience.push_back(project);

  SkillMention java;
  java.name = "JavaScript";
  java.raw = "JS";
  java.category = "programming_language";
  doc.entities.skill_mentions.push_back(java);
  SkillMention talk;
  talk.name = "Communication";
  talk.raw = "communication";
  talk.category = "soft_skill";
  doc.entities.skill_mentions.push_back(talk);
  doc.entities.total_experience_months = 30;  // counted, not stated: not a prediction
  StatedExperience stated;
  stated.text = "2.5 years";
  stated.years = 2.5;
  doc.entities.stated_experience.push_back(stated);

  FieldValues fields = PredictedFields(doc);
  CHECK(fields["name"] == Strings{"Ann Lee"});
  CHECK(fields["emails"] == Strings{"ann@x.io"});
  CHECK(fields["locations"] == Strings{"Pune, Maharashtra", "Berlin", "Mumbai"});
  CHECK(fields["degrees"] == Strings{"B.Tech Computer Science", "secondary", "Special Education"});
  CHECK(fields["institutions"] == Strings{"IIT Bombay"});
  CHECK(fields["graduation_years"] == Strings{"2014", "2008"});
  CHECK(fields["employers"] == Strings{"Acme"});
  CHECK(fields["titles"] == Strings{"Engineer"});
  CHECK(fields["employment_dates"] == Strings{"2015-01 - present"});
  CHECK(fields["skills"] == Strings{"JS", "communication"});
  CHECK(fields["skills_tech"] == Strings{"JS"});
  REQUIRE(fields["years_of_experience"] == Strings{"2.5 years"});
  CHECK(NormalizeValue(MatchKind::kYears, fields["years_of_experience"][0]) ==
        std::optional<std::string>("2.5"));
}

// ---------------------------------------------------------------------------
// The recorded figures and the baseline check.

Report TitlesReport(Strings predicted) {
  std::vector<DocResult> docs;
  docs.push_back(ScoreDocument(Gold("0001", {{"titles", {"Clerk", "Manager", "Driver", "Cook"}}}),
                               {{"titles", std::move(predicted)}}));
  return Aggregate(std::move(docs));
}

TEST_CASE("eval: the baseline check", "[eval]") {
  Report good = TitlesReport({"Clerk", "Manager"});  // F1 2*2/(4+2) = 0.667
  nlohmann::json recorded = ToJson(good, "tiny");
  CHECK(recorded["fields"]["titles"]["fuzzy"]["f1"].get<double>() == Approx(0.6667));
  CHECK(recorded["fields"].contains("skills") == false);  // unscored fields are left out

  BaselineCheck same = CompareWithBaseline(good, recorded, 0.02, "");
  CHECK(same.error.empty());
  CHECK(same.regressions.empty());
  // Compared at the precision recorded: 0.66667 against its own record 0.6667
  // is neither a drop nor a gain, even with no tolerance.
  BaselineCheck exact = CompareWithBaseline(good, recorded, 0, "");
  CHECK(exact.regressions.empty());
  CHECK(exact.notes.empty());

  Report worse = TitlesReport({"Clerk"});  // F1 0.4
  BaselineCheck dropped = CompareWithBaseline(worse, recorded, 0.02, "");
  REQUIRE(dropped.regressions.size() == 2);  // the field and the mean
  CHECK(dropped.regressions[0].rfind("titles: F1 0.400, recorded 0.667", 0) == 0);

  Report better = TitlesReport({"Clerk", "Manager", "Driver"});
  BaselineCheck improved = CompareWithBaseline(better, recorded, 0.02, "");
  CHECK(improved.regressions.empty());
  CHECK_FALSE(improved.notes.empty());

  // Within the tolerance: 0.667 recorded as 0.68 is a drop of 0.013.
  recorded["fields"]["titles"]["fuzzy"]["f1"] = 0.68;
  recorded["mean_f1"]["fuzzy"] = 0.68;
  CHECK(CompareWithBaseline(good, recorded, 0.02, "").regressions.empty());
  CHECK(CompareWithBaseline(good, recorded, 0.01, "").regressions.size() == 2);

  // A recorded field nobody scores any more is a regression.
  recorded["fields"]["employers"] = {{"docs", 3}, {"fuzzy", {{"f1", 0.5}}}};
  CHECK(CompareWithBaseline(good, recorded, 0.02, "employers").regressions.size() == 1);

  CHECK_FALSE(CompareWithBaseline(good, nlohmann::json::parse("{}"), 0.02, "").error.empty());
  CHECK_FALSE(CompareWithBaseline(good, nlohmann::json::parse(R"({"fields": {"titles": {}}})"), 0.02, "")
                  .error.empty());
}

TEST_CASE("eval: the worst documents list", "[eval]") {
  Report report = TitlesReport({"Clerk", "Curriculum Vitae"});
  std::string worst = FormatWorst(report, 3, "");
  CHECK(worst.find("titles: worst 1 of 1 documents") != std::string::npos);
  CHECK(worst.find("3 missed, 1 wrong, 1 matched") != std::string::npos);
  CHECK(worst.find("\"Curriculum Vitae\"") != std::string::npos);
  CHECK(FormatWorst(report, 0, "").empty());
  CHECK(FormatWorst(report, 3, "skills").empty());
  CHECK(FormatWorst(TitlesReport({"Clerk", "Manager", "Driver", "Cook"}), 3, "").empty());
  std::string table = FormatTable(report, "");
  CHECK(table.find("mean F1 over 1 scored fields") != std::string::npos);
}

}  // namespace
}  // namespace cvparse::tools::eval

namespace cvparse::tools::eval {

// JSON Resume output => the fields an outside scorer reads (the dotin README's
// "How JSON Resume output is read").
struct JsonPredictionRow {
  const char* json;
  const char* field;
  std::vector<std::string> expected;
};

const JsonPredictionRow kJsonPredictions[] = {
    {R"({"basics": {"name": "Ann Lee", "email": "ann@x.org"}})", "name", {"Ann Lee"}},
    {R"({"basics": {"name": "Ann Lee", "email": "ann@x.org"}})", "emails", {"ann@x.org"}},
    {R"({"basics": {"location": {"city": "Austin", "region": "TX", "countryCode": "US"}},
        "work": [{"location": "Round Rock, TX"}]})", "locations", {"Austin, TX, US", "Round Rock, TX"}},
    {R"({"education": [{"studyType": "B.Tech", "area": "Computer Science"},
                       {"studyType": "MSc Physics", "area": "Physics"}, {"area": "Law"}]})",
     "degrees", {"B.Tech Computer Science", "MSc Physics", "Law"}},
    {R"({"education": [{"institution": "UESTC", "endDate": "2024-06"}]})", "graduation_years", {"2024-06"}},
    {R"({"work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-01"},
                  {"name": "Initech", "startDate": "2015", "endDate": "2018-12"}, {"name": "NoDates"}]})",
     "employment_dates", {"2019-01 - present", "2015 - 2018-12"}},
    {R"({"work": [{"name": "Acme", "position": "Engineer"}]})", "titles", {"Engineer"}},
    {R"({"projects": [{"name": "Research", "roles": ["RA"]}]})", "titles", {}},
    {R"({"skills": [{"name": "Technical Skills", "keywords": ["Python", "SQL"]},
                    {"name": "Soft Skills", "keywords": ["Teamwork"]}]})",
     "skills", {"Technical Skills", "Python", "SQL", "Soft Skills", "Teamwork"}},
    {R"({"skills": [{"name": "Technical Skills", "keywords": ["Python", "SQL"]},
                    {"name": "Soft Skills", "keywords": ["Teamwork"]}]})",
     "skills_tech", {"Python", "SQL"}},
    {R"({"x-cvparse": {"years_of_experience": "12+ years"}})", "years_of_experience", {"12+ years"}},
    {R"({"years_of_experience": 7})", "years_of_experience", {"7"}},
    {R"({"meta": {"months_of_experience": 18}})", "years_of_experience", {"18 months"}},
    {R"({"x-cvparse": {"totalExperienceMonths": 40}})", "years_of_experience", {}},
    {R"([1, 2])", "name", {}},
};

TEST_CASE("eval: predictions read from JSON Resume output", "[eval]") {
  for (const JsonPredictionRow& row : kJsonPredictions) {
    INFO(row.json << "  field " << row.field);
    FieldValues fields = PredictedFieldsFromJson(nlohmann::json::parse(row.json));
    auto it = fields.find(row.field);
    std::vector<std::string> got = it == fields.end() ? std::vector<std::string>() : it->second;
    CHECK(got == row.expected);
  }
}

}  // namespace cvparse::tools::eval
