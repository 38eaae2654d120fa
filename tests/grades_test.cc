// Grades and ranks: raw text => kind, value, scale, normalised value.
// Inputs go through NormalizeLine first, as in the pipeline ("：" => ":").
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "extract/grades.h"
#include "lexicon/lexicons.h"
#include "text/normalize.h"

namespace cvparse {
namespace {

const GradeParser& Grades() {
  static const std::unique_ptr<GradeParser> parser = [] {
    std::string text, error;
    REQUIRE(LoadLexiconFile("grade_scales.tsv", &text, &error));
    std::unique_ptr<GradeParser> p = GradeParser::Create(text, &error);
    INFO(error);
    REQUIRE(p);
    return p;
  }();
  return *parser;
}

std::string Norm(std::string_view raw) { return NormalizeLine(raw, 0).norm; }

struct GradeRow {
  const char* input;
  const char* raw;  // the matched text
  const char* kind;
  double value;
  double scale;
  double normalized;
  bool guessed;
};

const GradeRow kGrades[] = {
    // GPA with a written scale.
    {"GPA: 3.50/4.0", "GPA: 3.50/4.0", "gpa", 3.5, 4, 0.875, false},
    {"– GPA: 3.55/5.0 (Rank: 3/130)", "GPA: 3.55/5.0", "gpa", 3.55, 5, 0.71, false},
    {"GPA 3.8/4.0", "GPA 3.8/4.0", "gpa", 3.8, 4, 0.95, false},
    {"GPA 3.72/4.00 (rank 5/86)", "GPA 3.72/4.00", "gpa", 3.72, 4, 0.93, false},
    {"GPA: 3.7 / 4.0", "GPA: 3.7 / 4.0", "gpa", 3.7, 4, 0.925, false},
    {"Cumulative GPA: 3.9/4.0", "Cumulative GPA: 3.9/4.0", "gpa", 3.9, 4, 0.975, false},
    {"GPA 4.1/4.3", "GPA 4.1/4.3", "gpa", 4.1, 4.3, 4.1 / 4.3, false},
    {"GPA 4.2/4.5", "GPA 4.2/4.5", "gpa", 4.2, 4.5, 4.2 / 4.5, false},
    {"GPA 3.71/4.00 · Dean's List", "GPA 3.71/4.00", "gpa", 3.71, 4, 0.9275, false},
    {"CGPA 8.6/10", "CGPA 8.6/10", "gpa", 8.6, 10, 0.86, false},
    {"CGPA 9.4/10", "CGPA 9.4/10", "gpa", 9.4, 10, 0.94, false},
    {"GPA 3.6 out of 4", "GPA 3.6 out of 4", "gpa", 3.6, 4, 0.9, false},
    {"平均绩点：3.6/4.0", "平均绩点:3.6/4.0", "gpa", 3.6, 4, 0.9, false},
    {"GPA 3.7/4.0（专业排名前10%）", "GPA 3.7/4.0", "gpa", 3.7, 4, 0.925, false},
    // GPA with a guessed scale.
    {"GPA 3.5", "GPA 3.5", "gpa", 3.5, 4, 0.875, true},
    {"(GPA 3.5)", "GPA 3.5", "gpa", 3.5, 4, 0.875, true},
    {"GPA of 3.6", "GPA of 3.6", "gpa", 3.6, 4, 0.9, true},
    {"GPA: 4.2", "GPA: 4.2", "gpa", 4.2, 5, 0.84, true},
    {"CGPA 8.25", "CGPA 8.25", "gpa", 8.25, 10, 0.825, true},
    {"绩点 3.7", "绩点 3.7", "gpa", 3.7, 4, 0.925, true},
    {"GPA 86", "GPA 86", "gpa", 86, 100, 0.86, true},
    // Percentages and marks.
    {"92%", "92%", "percentage", 92, 100, 0.92, false},
    {"2011 – 2015 (72%)", "72%", "percentage", 72, 100, 0.72, false},
    {"Percentage: 85", "Percentage: 85", "percentage", 85, 100, 0.85, false},
    {"Percentage: 85%", "Percentage: 85%", "percentage", 85, 100, 0.85, false},
    {"Aggregate 78.5%", "Aggregate 78.5%", "percentage", 78.5, 100, 0.785, false},
    {"加权平均分 88", "加权平均分 88", "percentage", 88, 100, 0.88, false},
    {"均分：91.5", "均分:91.5", "percentage", 91.5, 100, 0.915, false},
    {"Marks: 450/500", "Marks: 450/500", "points", 450, 500, 0.9, false},
    // Other written scales.
    {"8.1 / 10", "8.1 / 10", "gpa", 8.1, 10, 0.81, false},
    {"7.6/10", "7.6/10", "gpa", 7.6, 10, 0.76, false},
    {"110/110 cum laude", "110/110", "points", 110, 110, 1.0, false},
    {"16/20", "16/20", "points", 16, 20, 0.8, false},
    {"14,5/20", "14,5/20", "points", 14.5, 20, 0.725, false},
    {"92/100", "92/100", "points", 92, 100, 0.92, false},
    // German marks: 1.0 best, (5 - x) / 4.
    {"Note 1,7", "Note 1,7", "german", 1.7, 5, 0.825, false},
    {"Abschlussnote: 1,3 – Masterarbeit", "Abschlussnote: 1,3", "german", 1.3, 5, 0.925, false},
    {"Gesamtnote 2.0", "Gesamtnote 2.0", "german", 2.0, 5, 0.75, false},
    {"Abitur, Holbein-Gymnasium Augsburg (Note 1,9)", "Note 1,9", "german", 1.9, 5, 0.775, false},
    {"Note: 1,0", "Note: 1,0", "german", 1.0, 5, 1.0, false},
    {"Note 4,0", "Note 4,0", "german", 4.0, 5, 0.25, false},
    // UK classes.
    {"BSc (Hons) Computer Science, 2:1", "2:1", "uk_class", 2, 0, 0.8, false},
    {"2:2", "2:2", "uk_class", 4, 0, 0.6, false},
    {"First Class Honours", "First Class Honours", "uk_class", 1, 0, 1.0, false},
    {"2011 — First Class", "First Class", "uk_class", 1, 0, 1.0, false},
    {"\"Predicting bus arrival times\" (First)", "First", "uk_class", 1, 0, 1.0, false},
    {"Upper Second Class Honours", "Upper Second Class Honours", "uk_class", 2, 0, 0.8, false},
    {"2012 - 2017 (Second Class Upper)", "Second Class Upper", "uk_class", 2, 0, 0.8, false},
    {"Lower Second", "Lower Second", "uk_class", 4, 0, 0.6, false},
    {"Third Class Honours", "Third Class Honours", "uk_class", 5, 0, 0.4, false},
    {"MSc Cloud Computing (Distinction)", "Distinction", "uk_class", 1, 0, 1.0, false},
    {"2018 (Merit)", "Merit", "uk_class", 2, 0, 0.8, false},
    {"Pass with Merit", "Pass with Merit", "uk_class", 2, 0, 0.8, false},
    {"BEng (First Class)", "First Class", "uk_class", 1, 0, 1.0, false},
    // French mentions.
    {"Baccalauréat scientifique, mention « très bien »", "mention « très bien »", "fr_mention", 16, 20, 0.8, false},
    {"mention bien", "mention bien", "fr_mention", 14, 20, 0.7, false},
    // Latin labels start a word; after a word the next label still counts.
    {"xGPA 3.1, GPA 3.6/4.0", "GPA 3.6/4.0", "gpa", 3.6, 4, 0.9, false},
    {"xGPA 3.6/4.0", "3.6/4.0", "gpa", 3.6, 4, 0.9, false},  // the fraction alone, no label
    {"ÉtudeGPA 3.2, GPA 3.4/4.0", "GPA 3.4/4.0", "gpa", 3.4, 4, 0.85, false},
    {"_Merit, (Merit)", "Merit", "uk_class", 2, 0, 0.8, false},
    // CJK labels need no word start.
    {"本科平均绩点3.6/4.0", "平均绩点3.6/4.0", "gpa", 3.6, 4, 0.9, false},
};

// Text that holds no grade.
const char* const kNotGrades[] = {
    // A Latin label glued to a letter, digit or '_' before it is no label.
    "xGPA 3.6",
    "9GPA 3.6",
    "_GPA 3.6",
    "ÉtudeGPA 3.6",
    "DemeritMerit",
    "Commention bien",
    "3.10 Python",
    "Python 3.10",
    "Rank 3",
    "Rank: 3/130",
    "top 5%",
    "专业排名前10%",
    "2021.9- 2024.6",
    "Sep 2019 - May 2021",
    "15/09/2019 – 30/06/2021",
    "09/2021",
    "3/4",
    "version 2.1 released",
    "First Prize in the regional olympiad",
    "Harbor Merit Scholarship",
    "Pass the ball",
    "ISO 9001",
    "IELTS 7.5",
    "raised revenue by 20% in 2019",
    "GPA",
    "Note: available on request",
    "Note 7",
    "ranked 1st of 63 teams",
    "+86 173-2603-1722",
    "meeting at 2:15 pm",
    "CS 2110",
    "GPA 3.8/4.0/5.0",
    "GPA 5.5/5",
};

struct RankRow {
  const char* input;
  const char* raw;
  int position;
  int total;
  double top_percent;
};

const RankRow kRanks[] = {
    {"GPA: 3.55/5.0 (Rank: 3/130)", "Rank: 3/130", 3, 130, 0},
    {"GPA 3.72/4.00 (rank 5/86)", "rank 5/86", 5, 86, 0},
    {"排名 3/130", "排名 3/130", 3, 130, 0},
    {"专业排名：2/95", "专业排名:2/95", 2, 95, 0},
    {"ranked 3rd of 130", "ranked 3rd of 130", 3, 130, 0},
    {"Class Rank: 12 out of 250", "Class Rank: 12 out of 250", 12, 250, 0},
    {"top 5%", "top 5%", 0, 0, 5},
    {"Top 10% of the class", "Top 10%", 0, 0, 10},
    {"Rank: top 2%", "Rank: top 2%", 0, 0, 2},
    {"GPA 3.7/4.0（专业排名前10%）", "专业排名前10%", 0, 0, 10},
    {"Stop 5%, top 3%", "top 3%", 0, 0, 3},
    {"xRank 9/10; Rank 2/10", "Rank 2/10", 2, 10, 0},
};

const char* const kNotRanks[] = {
    "Rank 3", "ranked highly by students", "top-notch", "3/130", "Rank: 130/3", "laptop 5%", "Top of the class", "xRank 2/10",
};

}  // namespace

TEST_CASE("grades: raw text to kind, value, scale, normalized", "[grades]") {
  for (const GradeRow& row : kGrades) {
    std::string norm = Norm(row.input);
    INFO(row.input << "  (norm: " << norm << ")");
    std::vector<GradeMatch> found = Grades().FindGrades(norm);
    REQUIRE(!found.empty());
    const Grade& g = found.front().grade;
    CHECK(g.raw == row.raw);
    CHECK(norm.substr(found.front().begin, found.front().end - found.front().begin) == row.raw);
    CHECK(g.kind == row.kind);
    CHECK(g.value == Approx(row.value));
    CHECK(g.scale == Approx(row.scale));
    CHECK(g.normalized == Approx(row.normalized).epsilon(1e-6));
    CHECK(g.scale_guessed == row.guessed);
  }
}

TEST_CASE("grades: negatives", "[grades]") {
  for (const char* input : kNotGrades) {
    std::string norm = Norm(input);
    INFO(input);
    std::vector<GradeMatch> found = Grades().FindGrades(norm);
    CHECK(found.empty());
    if (!found.empty()) WARN("found " << found.front().grade.raw << " kind " << found.front().grade.kind);
  }
}

TEST_CASE("grades: ranks", "[grades]") {
  for (const RankRow& row : kRanks) {
    std::string norm = Norm(row.input);
    INFO(row.input);
    std::vector<RankMatch> found = Grades().FindRanks(norm);
    REQUIRE(!found.empty());
    CHECK(found.front().rank.raw == row.raw);
    CHECK(found.front().rank.position == row.position);
    CHECK(found.front().rank.total == row.total);
    CHECK(found.front().rank.top_percent == Approx(row.top_percent));
  }
  for (const char* input : kNotRanks) {
    INFO(input);
    CHECK(Grades().FindRanks(Norm(input)).empty());
  }
}

TEST_CASE("grades: scale guess and normalisation rules", "[grades]") {
  CHECK(GuessGpaScale(3.5) == 4.0);
  CHECK(GuessGpaScale(4.0) == 4.0);
  CHECK(GuessGpaScale(4.01) == 5.0);
  CHECK(GuessGpaScale(5.0) == 5.0);
  CHECK(GuessGpaScale(8.6) == 10.0);
  CHECK(GuessGpaScale(85) == 100.0);
  CHECK(GuessGpaScale(120) == 0);
  CHECK(NormalizeGrade("german", 1.7, 5) == Approx(0.825));
  CHECK(NormalizeGrade("german", 5.0, 5) == Approx(0.0));
  CHECK(NormalizeGrade("german", 0.5, 5) == -1);
  CHECK(NormalizeGrade("gpa", 3.55, 5) == Approx(0.71));
  CHECK(NormalizeGrade("gpa", 3.5, 0) == -1);
}

TEST_CASE("grades: bad data files are reported with file and line", "[grades]") {
  std::string error;
  CHECK_FALSE(GradeParser::Create("label_gpa\tGPA\t-\t-\tGPA\nbogus\tX\t1\t1\tX\n", &error));
  CHECK(error.rfind("grade_scales.tsv:2:", 0) == 0);
  CHECK_FALSE(GradeParser::Create("uk_class\tFirst\tone\t1.0\tFirst\n", &error));
  CHECK(error.rfind("grade_scales.tsv:1:", 0) == 0);
  CHECK_FALSE(GradeParser::Create("uk_class\tFirst\t1\t1.5\tFirst\n", &error));
  CHECK(error.find("normalized") != std::string::npos);
}

}  // namespace cvparse
