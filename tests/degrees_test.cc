// Degree lexicon: text => the first degree found (as written) and its level,
// plus text that holds no degree, and institution words.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "extract/degrees.h"
#include "extract/post_nominals.h"
#include "lexicon/lexicons.h"
#include "text/normalize.h"

namespace cvparse {
namespace {

const DegreeLexicon& Degrees() {
  static const std::unique_ptr<DegreeLexicon> lexicon = [] {
    std::string text, error;
    REQUIRE(LoadLexiconFile("degrees.tsv", &text, &error));
    std::unique_ptr<DegreeLexicon> d = DegreeLexicon::Create(text, &error);
    INFO(error);
    REQUIRE(d);
    return d;
  }();
  return *lexicon;
}

std::string Norm(std::string_view raw) { return NormalizeLine(raw, 0).norm; }

struct DegreeRow {
  const char* input;
  const char* matched;  // the degree as written
  const char* level;
};

const DegreeRow kDegrees[] = {
    {"M.E. in Computer Science and Technology", "M.E.", "master"},
    {"B.S.W., North Carolina Central University", "B.S.W.", "bachelor"},  // not "B.S." + "W"
    {"M.L.S., North Carolina Central University", "M.L.S.", "master"},
    {"Post graduate in commerce, University of New Jersey", "Post graduate", "master"},
    {"Master of Library and Information Science", "Master of Library and Information Science", "master"},
    {"B.E. in Computer Science and Technology", "B.E.", "bachelor"},
    {"B.Tech (CSE)", "B.Tech", "bachelor"},
    {"B.Tech., Metallurgical and Materials Engineering", "B.Tech.", "bachelor"},
    {"MSc Computer Engineering", "MSc", "master"},
    {"M.Sc., Computer Engineering", "M.Sc.", "master"},
    {"PhD in Biostatistics", "PhD", "doctorate"},
    {"Ph.D., Materials Science", "Ph.D.", "doctorate"},
    {"Ph. D. in Physics", "Ph. D.", "doctorate"},
    {"MBA, Finance", "MBA", "master"},
    {"BSc (Hons) Computer Science, 2:1", "BSc", "bachelor"},
    {"BEng Electrical & Electronic Engineering", "BEng", "bachelor"},
    {"M.Eng. in Electronic Engineering", "M.Eng.", "master"},
    {"B.Com", "B.Com", "bachelor"},
    {"LL.M. in International Law", "LL.M.", "master"},
    {"MPhil, Economics", "MPhil", "master"},
    {"DPhil in History", "DPhil", "doctorate"},
    {"统计学 硕士 M.S. in Statistics", "硕士", "master"},
    {"软件工程    本科", "本科", "bachelor"},
    {"博士研究生", "博士研究生", "doctorate"},
    {"大专", "大专", "associate"},
    {"BASc, Mechanical Engineering", "BASc", "bachelor"},  // not "BA" + "Sc"
    {"M.A.Sc. in Civil Engineering", "M.A.Sc.", "master"},
    {"Ed.S. Educational Leadership", "Ed.S.", "master"},
    {"Diplomado en Derecho Laboral", "Diplomado", "diploma"},
    {"A-levels: Mathematics (A*), Physics (B)", "A-levels", "secondary"},
    {"GCSEs: 10 GCSEs at grades 9–6", "GCSEs", "secondary"},
    {"12th (HSC)", "12th", "secondary"},
    {"10th (SSC)", "10th", "secondary"},
    {"High School Diploma", "High School Diploma", "secondary"},
    {"High school diploma", "High school diploma", "secondary"},
    {"Abitur, Holbein-Gymnasium Augsburg", "Abitur", "secondary"},
    {"Baccalauréat scientifique", "Baccalauréat scientifique", "secondary"},
    {"VWO (Natuur & Techniek)", "VWO", "secondary"},
    {"Leaving Certificate 2016", "Leaving Certificate", "secondary"},
    {"West African Senior School Certificate (WASSCE)", "West African Senior School Certificate", "secondary"},
    {"Associate of Science, Columbus Community College", "Associate of Science", "associate"},
    {"Associate in Supply Chain Management", "Associate", "associate"},
    {"HND Business", "HND", "associate"},
    {"Bachelor of Science in Nursing (BSN)", "Bachelor of Science", "bachelor"},
    {"Bachelor's degree in Applied Mathematics", "Bachelor's degree", "bachelor"},
    {"Master's degree in Computer Science", "Master's degree", "master"},
    {"Masters in Data Science", "Masters", "master"},
    {"Master of Science Wirtschaftsinformatik", "Master of Science", "master"},
    {"Diplôme d'ingénieur – INSA Strasbourg", "Diplôme d'ingénieur", "master"},
    {"Dipl.-Ing. Maschinenbau", "Dipl.-Ing.", "master"},
    {"PGCE Secondary English with QTS", "PGCE", "master"},
    {"BEd (Hons) Secondary English", "BEd", "bachelor"},
    {"Doctor of Philosophy", "Doctor of Philosophy", "doctorate"},
    {"Juris Doctor (J.D.)", "Juris Doctor", "doctorate"},
    {"Postdoctoral Fellow, Stanford", "Postdoctoral Fellow", "postdoc"},
    {"Bachelor of Computing (Computer Science)", "Bachelor of Computing", "bachelor"},
    // Short aliases in a degree context.
    {"MS in Computer Science", "MS", "master"},
    {"M.S. Computer Science", "M.S.", "master"},
    {"BS Mechanical Engineering", "BS", "bachelor"},
    {"BA (Hons) Marketing Management", "BA", "bachelor"},
    {"MA", "MA", "master"},
    {"BE, Electronics", "BE", "bachelor"},
    {"2015\tMS Statistics", "MS", "master"},
    {"ME in VLSI Design", "ME", "master"},
    {"Bachelor in Economics", "Bachelor", "bachelor"},
    {"Postgraduate:", "Postgraduate", "master"},
    // A verb of study opening the line, or "degree" after the alias.
    {"Pursuing BS Degree in Software Engineering", "BS", "bachelor"},
    {"Completed MS in Computer Science", "MS", "master"},
    {"Earned BA (Hons) in History", "BA", "bachelor"},
    {"Currently a BS degree student", "BS", "bachelor"},
    // A long title-case alias written in capitals reads like it.
    {"POSTGRADUATE IN POLITICAL SCIENCE", "POSTGRADUATE", "master"},
    {"MASTER IN COMPANY MANAGEMENT", "MASTER", "master"},
    {"DIPLOMA IN CIVIL ENGINEERING", "DIPLOMA", "diploma"},
    {"POST GRADUATE IN COMMERCE", "POST GRADUATE", "master"},
    {"ASSOCIATE, Applied Science", "ASSOCIATE", "associate"},
    // "Graduate in X": a first degree.
    {"Graduate in Commerce, Daffodils College of Arts", "Graduate in", "bachelor"},
    {"Post graduate in commerce", "Post graduate", "master"},
    // Postgraduate studies below a master's: especialización, DAS / CAS, DEA.
    {"Diploma of Advanced Studies in Data Science", "Diploma of Advanced Studies", "master"},
    {"Diplôme d'études approfondies en physique", "Diplôme d'études approfondies", "master"},
};

// Text that holds no degree.
const char* const kNotDegrees[] = {
    "MS Office",
    "Listed 40 homes on the MLS every quarter",
    "Proficient in MS Excel and MS Word",
    "worked as a BA analyst",
    "Smith J, Doe K (eds.) Handbook of Reading",  // editors, not an Education Specialist
    "BA Analyst at Deloitte",
    "Boston, MA",
    "Orono, ME 04469",
    "Jackson, MS",
    "Bethesda, MD 20814",
    "I will be there",
    "bed and breakfast",
    "me and my team",
    "Certified Scrum Master",
    "Center for Advanced Studies in Engineering",       // an institute: "Advanced Studies in" is no alias
    "Institute of Advanced Studies in Education",
    "master the craft",
    "Bachelor party planning",
    "MD5 hashes",
    "March 2019",
    "Deng Xiaoping",
    "ab 2019 in München",
    "a diploma",
    "Mastered Python",
    "a postgraduate student",
    "ranked 12th in the state",
    "MA-based startup",
    "He completed MS Office training",  // the verb is not first in its cell
    "Completed MS Office training",     // a product after the alias
    "Received BA approval",             // not a degree context on the right
    // Capitals of a mixed-case abbreviation are another word.
    "MARCH 2019",
    "BED AND BREAKFAST",
    // A job or product after the alias, in any case.
    "ASSOCIATE DIRECTOR",
    "Associate Professor",
    "MS OFFICE",
    // "Graduate" alone, or in prose, is no degree.
    "Graduate Research Assistant",
    "graduate in May",
};

struct InstitutionRow {
  const char* input;
  const char* word;
};

const InstitutionRow kInstitutions[] = {
    {"University of Leeds", "University"},
    {"UNIVERSITY OF WASHINGTON", "University"},
    {"华中理工科技大学", "大学"},
    {"武汉东湖工程学院", "学院"},
    {"Holbein-Gymnasium Augsburg", "Gymnasium"},
    {"TU Delft-Zuid", "TU"},
    {"Politecnico di Milano", "Politecnico"},
    {"Université du Québec à Montréal", "Université"},
    {"Hogeschool Rotterdam-Oost", "Hogeschool"},
    {"Kendriya Vidyalaya No. 2", "Vidyalaya"},
    {"Lehigh Valley Polytechnic", "Polytechnic"},
    {"UNC Asheville", "UNC"},
    {"TAFE, Australia", "TAFE"},
};

const char* const kNotInstitutions[] = {"Harbor Merit Scholarship", "Schooling options", "Dean's List", "tu es"};

}  // namespace

TEST_CASE("degrees: text to degree and level", "[degrees]") {
  for (const DegreeRow& row : kDegrees) {
    std::string norm = Norm(row.input);
    INFO(row.input);
    std::vector<DegreeMatch> found = Degrees().FindDegrees(norm);
    REQUIRE(!found.empty());
    CHECK(norm.substr(found.front().begin, found.front().end - found.front().begin) == row.matched);
    CHECK(found.front().level == row.level);
  }
}

TEST_CASE("degrees: negatives", "[degrees]") {
  for (const char* input : kNotDegrees) {
    std::string norm = Norm(input);
    INFO(input);
    std::vector<DegreeMatch> found = Degrees().FindDegrees(norm);
    CHECK(found.empty());
    if (!found.empty()) WARN("found " << norm.substr(found.front().begin, found.front().end - found.front().begin));
  }
}

TEST_CASE("degrees: exact lookup ignores the context rule", "[degrees]") {
  DegreeMatch m;
  REQUIRE(Degrees().LookupExact("Undergraduate:", &m));
  CHECK(m.level == "bachelor");
  REQUIRE(Degrees().LookupExact("(B.Des.)", &m));
  CHECK(m.canonical == "Bachelor of Design");
  REQUIRE(Degrees().LookupExact("MS", &m));
  CHECK(m.level == "master");
  CHECK_FALSE(Degrees().LookupExact("CSE", &m));
  CHECK_FALSE(Degrees().LookupExact("Graduate:", &m));  // a course label for the master's (TargetEntry)
  CHECK_FALSE(Degrees().LookupExact("Computer Science", &m));
}

TEST_CASE("degrees: institution words", "[degrees]") {
  for (const InstitutionRow& row : kInstitutions) {
    INFO(row.input);
    std::vector<InstitutionWord> found = Degrees().FindInstitutionWords(Norm(row.input));
    REQUIRE(!found.empty());
    CHECK(found.front().word == row.word);
  }
  for (const char* input : kNotInstitutions) {
    INFO(input);
    CHECK(Degrees().FindInstitutionWords(Norm(input)).empty());
  }
}

// The text after a name => the post-nominal degrees, "|"-joined as written.
struct PostNominalRow {
  const char* after_name;
  const char* degrees;
};

const PostNominalRow kPostNominals[] = {
    {", PhD", "PhD"},
    {", MBA, PMP", "MBA"},
    {", PMP, MBA", "MBA"},                       // a credential before the degree
    {", MS (CS), MS (TPP), CSM, PMP", "MS|MS"},  // the bracketed subject is left out
    {", M.Ed.", "M.Ed."},
    {", Ed. D.", "Ed. D."},
    {", Ph.D., CRC, Associate Professor, School of Education", "Ph.D."},
    {", Associate Professor, PhD", ""},  // a headline ends the post-nominals
    {" PhD", ""},                        // no comma: not a post-nominal
    {", Senior Java Developer", ""},
};

TEST_CASE("degrees: post-nominals after the name", "[degrees]") {
  for (const PostNominalRow& row : kPostNominals) {
    INFO(row.after_name);
    std::string joined;
    for (const PostNominal& p : FindPostNominals(Degrees(), row.after_name)) {
      if (!joined.empty()) joined += "|";
      joined += std::string(p.text);
    }
    CHECK(joined == row.degrees);
  }
}

TEST_CASE("degrees: levels and bad data", "[degrees]") {
  CHECK(DegreeLexicon::LevelRank("secondary") < DegreeLexicon::LevelRank("bachelor"));
  CHECK(DegreeLexicon::LevelRank("master") < DegreeLexicon::LevelRank("doctorate"));
  CHECK(DegreeLexicon::LevelRank("vocational") == 0);
  std::string error;
  CHECK_FALSE(DegreeLexicon::Create("degree\tX\tbachelor\tany\tBX\ndegree\tY\tgrad\tany\tBY\n", &error));
  CHECK(error.rfind("degrees.tsv:2:", 0) == 0);
  CHECK_FALSE(DegreeLexicon::Create("degree\tX\tbachelor\tsometimes\tBX\n", &error));
  CHECK(error.rfind("degrees.tsv:1:", 0) == 0);
  CHECK_FALSE(DegreeLexicon::Create("degree\tX\tbachelor\tany\n", &error));
}

// A long run of separators is read right. (It is walked once, not at every
// position: 2 MB of dashes took minutes when SecondChar ran at each one. The
// hostile input education_dashes.txt holds that time to the hostile suite's
// limit; no unit test fails on timing.)
TEST_CASE("degrees: a line of separators", "[degrees]") {
  const std::string dashes(64 * 1024, '-');
  CHECK(Degrees().FindDegrees(dashes).empty());
  CHECK(Degrees().FindDegrees(std::string(64 * 1024, ' ') + "MSc").size() == 1);
  CHECK(Degrees().FindInstitutionWords(dashes).empty());
}

}  // namespace cvparse
