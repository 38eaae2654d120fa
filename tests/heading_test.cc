// Tests for parser/layout/heading_lexicon.h and line_classifier.h.
//
// Tables: HeadingKey rows {line → key}; lexicon rows {key → kind} for exact,
// fuzzy (one typo) and suffix lookups; and ClassifyHeading rows, each a small
// document with the line under test marked by a leading ">>" (the marker is
// removed before the document is split). Negative rows are lines that must
// not be headings.
#include "layout/heading_lexicon.h"
#include "layout/line_classifier.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "lexicon/lexicons.h"
#include "shared_lexicons.h"
#include "text/normalize.h"

namespace cvparse {
namespace {

const Lexicons& TheLexicons() { return SharedLexicons(); }

const HeadingLexicon& Headings() { return TheLexicons().headings(); }

// -- HeadingKey ---------------------------------------------------------------

TEST_CASE("HeadingKey", "[heading]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      // The header's examples.
      {"## 2. WORK EXPERIENCE:", "work experience"},
      {"一、教育背景", "教育背景"},
      {"E D U C A T I O N", "education"},
      {"=== Awards & Honors ===", "awards and honors"},
      // Case, colon, whitespace.
      {"EDUCATION", "education"},
      {"Education:", "education"},
      {"EDUCATION :", "education"},
      {"Work   Experience", "work experience"},
      {"Work\tExperience", "work experience"},
      // Numbering.
      {"1. Education", "education"},
      {"1 Education", "education"},
      {"(2) Skills", "skills"},
      {"3) Projects", "projects"},
      {"12. Publications", "publications"},
      {"1.2. Research", "research"},
      {"IV. Publications", "publications"},
      {"ii) Awards", "awards"},
      {"A. Awards", "awards"},
      {"VIII. Honors", "honors"},
      {"h) Hobbies", "h) hobbies"},          // only A-H in capitals are numbering
      {"十、其他", "其他"},
      {"Ph.D. Research", "ph.d. research"},  // letters and a dot, but not numbering
      {"I) Skills", "skills"},
      {"二、工作经历", "工作经历"},
      {"(三)项目经历", "项目经历"},  // norm of "（三）项目经历"
      {"1.2 Research", "research"},
      {"Awards + Honors", "awards and honors"},
      {"3、专业技能", "专业技能"},
      // Markdown and decorations.
      {"### Projects", "projects"},
      {"# Education #", "education"},
      {"> Summary", "summary"},
      {"[Education]", "education"},
      {"__EDUCATION__", "education"},
      {"--- Skills ---", "skills"},
      {"Work Experience |", "work experience"},
      {"<Skills>", "skills"},
      // Letter spacing.
      {"S K I L L S", "skills"},
      {"W O R K  E X P E R I E N C E", "workexperience"},
      {"A B C", "a b c"},  // too short to be letter-spaced
      // "&" reads as "and".
      {"Skills & Tools", "skills and tools"},
      {"Skills&Tools", "skills and tools"},
      {"Honors & Awards:", "honors and awards"},
      // Case folding beyond ASCII, and mixed scripts.
      {"ÉDUCATION", "éducation"},
      {"BERUFSERFAHRUNG", "berufserfahrung"},
      {"教育背景 Education", "教育背景 education"},
      // Left alone: a trailing full stop (a sentence), inner punctuation.
      {"Education.", "education."},
      {"Languages (Spoken)", "languages (spoken)"},
      {"Other Language(s)", "other language(s)"},
      {"", ""},
      {"###", ""},
  };
  for (const auto& [line, key] : rows) {
    INFO("line: \"" << line << "\"");
    CHECK(HeadingKey(line) == key);
  }
}

// -- HeadingLexicon -----------------------------------------------------------

TEST_CASE("HeadingLexicon::Lookup", "[heading]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"education", "education"},
      {"work experience", "work"},
      {"experience", "work"},
      {"professional experience", "work"},
      {"教育背景", "education"},
      {"工作经历", "work"},
      {"工作/实习经历", "work"},
      {"educational summary", "education"},  // not a summary: the suffix rule would say so
      {"scholastic profile", "education"},
      {"skills and tools", "skills"},
      {"technical skills", "skills"},
      {"awards and honors", "awards"},
      {"honours", "awards"},
      {"other language(s)", "languages"},
      {"research experience", "research"},
      {"research interests", "interests"},
      {"publications and patents", "publications"},
      {"patents and publications", "patents"},
      {"contact", "basics"},
      {"个人信息", "basics"},
      {"profile", "summary"},
      {"selected courses", "courses"},
      {"project experience", "projects"},
      {"declaration", "other"},
      {"references", "references"},
      {"berufserfahrung", "work"},
      {"compétences", "skills"},
      {"experiencia laboral", "work"},
      {"extra-curricular activities", "activities"},
      {"invited talks", "talks"},
      {"academic studies", "education"},  // "5. Academic Studies:" in Latin American CVs
      {"studies", "education"},
      {"past posts", "work"},  // "Last Post:", "Past Posts:" in Commonwealth CVs
      {"summary of qualification", "summary"},
      {"key strengths", "skills"},
      {"peer-reviewed papers", "publications"},
      {"student activities", "activities"},
      // Unknown keys, and keys that were not folded.
      {"teaching and outreach", ""},
      {"experiance", ""},
      {"Education", ""},
      {"education:", ""},
      {"jane doe", ""},
      {"", ""},
  };
  const HeadingLexicon& lexicon = Headings();
  CHECK(lexicon.size() > 300);
  for (const auto& [key, kind] : rows) {
    INFO("key: \"" << key << "\"");
    CHECK(lexicon.Lookup(key) == kind);
  }
}

TEST_CASE("HeadingLexicon::LookupFuzzy", "[heading]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"experiance", "work"},        // substitution
      {"educaton", "education"},     // deletion
      {"educcation", "education"},   // insertion
      {"eduaction", "education"},    // transposition
      {"projetcs", "projects"},
      {"publicatons", "publications"},
      {"certifcations", "certificates"},
      {"refrences", "references"},
      {"skillz", "skills"},
      {"honers", "awards"},
      {"work experiance", "work"},
      {"techincal skills", "skills"},
      {"educationn", "education"},
      {"education", "education"},    // an exact key is found too
      // Not one edit from a long key.
      {"skil", ""},          // shorter than 6
      {"skils", ""},         // "skills" is long enough, but the key is not
      {"exprence", ""},      // two edits
      {"experimental", ""},
      {"jane doe", ""},
      {"acme corp inc", ""},
      {"teaching and outreach", ""},
      {"", ""},
  };
  for (const auto& [key, kind] : rows) {
    INFO("key: \"" << key << "\"");
    CHECK(Headings().LookupFuzzy(key) == kind);
  }
}

TEST_CASE("HeadingLexicon::LookupSuffix", "[heading]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"clinical experience", "work"},
      {"lab skills", "skills"},
      {"leadership experiences", "work"},
      {"community projects", "projects"},
      {"teaching experience", "work"},  // the suffix alone; Lookup knows better
      {"research publications", "publications"},
      {"selected honors", "awards"},
      {"medical education", "education"},
      {"programming languages", "languages"},
      {"industry certifications", "certificates"},
      {"executive profile", "summary"},
      // No suffix row, or a single word. "Technologies" ends company names
      // ("BG Computer Technologies") more often than headings.
      {"cloud technologies", ""},
      {"skills", ""},
      {"experience", ""},
      {"selected talks", ""},
      {"teaching and outreach", ""},
      {"jane doe", ""},
      {"", ""},
  };
  for (const auto& [key, kind] : rows) {
    INFO("key: \"" << key << "\"");
    CHECK(Headings().LookupSuffix(key) == kind);
  }
}

TEST_CASE("HeadingLexicon::IsEntryPart", "[heading]") {
  const std::vector<std::tuple<std::string, std::string, bool>> rows = {
      {"work", "responsibilities", true},
      {"work", "achievements", true},
      {"work", "responsibilities/achievements", true},
      {"work", "roles and responsibilities", true},
      {"work", "description", true},
      // Not parts: elsewhere, unknown, or a part mixed with something else.
      {"awards", "achievements", false},
      {"education", "responsibilities", false},
      {"work", "education", false},
      {"work", "responsibilities/education", false},
      {"work", "", false},
  };
  for (const auto& [kind, key, part] : rows) {
    INFO(kind << " / \"" << key << "\"");
    CHECK(Headings().IsEntryPart(kind, key) == part);
  }
}

TEST_CASE("HeadingLexicon::Create rejects bad data", "[heading]") {
  std::string error;
  CHECK(HeadingLexicon::Create("education\ten\n", &error) == nullptr);
  CHECK(error.find("headings.tsv:1") != std::string::npos);
  error.clear();
  CHECK(HeadingLexicon::Create("education\ten\teducation\nwork\ten\tEducation:\n", &error) == nullptr);
  CHECK(error.find("headings.tsv:2") != std::string::npos);
  CHECK(error.find("both education and work") != std::string::npos);
  error.clear();
  auto ok = HeadingLexicon::Create("# comment\nskills\ten\tskills|Tech Stack\n", &error);
  REQUIRE(ok != nullptr);
  CHECK(ok->size() == 2);
  CHECK(ok->Lookup("tech stack") == "skills");
}

// -- ClassifyHeading ------------------------------------------------------------

struct ClassifyRow {
  std::string doc;  // the line under test starts with ">>"
  bool is_heading;
  std::string kind;
  bool from_lexicon;
};

struct Classified {
  HeadingMatch match;
  std::string norm;
};

Classified ClassifyMarked(const std::string& doc) {
  size_t marker = doc.find(">>");
  REQUIRE(marker != std::string::npos);
  std::string text = doc.substr(0, marker) + doc.substr(marker + 2);
  std::vector<Line> lines = SplitLines(text);
  size_t index = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].span.begin <= marker && marker <= lines[i].span.end) {
      index = i;
      break;
    }
  }
  return {ClassifyHeading(lines, index, Headings()), lines[index].norm};
}

TEST_CASE("ClassifyHeading: headings", "[heading]") {
  const std::vector<ClassifyRow> rows = {
      {"Jane Doe\njane@x.com\n\n>>EDUCATION\nMIT", true, "education", true},
      {"Jane Doe\n\n>>Work Experience:\nAcme", true, "work", true},
      {"Jane Doe\n\n>>Professional Work History;\nAcme", true, "work", true},  // ';' typed for ':'
      {"Jane Doe\n\n>>## Projects\nfoo", true, "projects", true},
      {"张伟\n\n>>一、教育背景\n电子科技大学", true, "education", true},
      {"Jane Doe\n\n>>1. Education\nMIT", true, "education", true},
      // Title Case known by its last word, a blank line on one side (flattened text keeps no more).
      {"Jane Doe\n\n>>Technical Proficiencies\nGo, Rust", true, "skills", true},
      {"Jane Doe\n\n>>Clinical Experience\nMercy Hospital", true, "work", true},
      {"Jane Doe\n\n>>Highlights of Employment\nAcme Inc", true, "work", true},
      {"张伟\n\n>>教育背景 Education\n电子科技大学", true, "education", true},
      {"张伟\n\n>>Education 教育背景\n电子科技大学", true, "education", true},
      {"张伟\n\n>>工作经历/Work Experience\n阿里巴巴", true, "work", true},
      {"张伟\n\n>>Projects 项目经历：\n推荐系统", true, "projects", true},
      {"Jane Doe\n\n>>EXPERIANCE\nAcme", true, "work", true},
      {"Jane Doe\n\n>>Experiance:\nAcme", true, "work", true},
      {"Jane Doe\n\n>>E D U C A T I O N\nMIT", true, "education", true},
      {"Jane Doe\n\n>>=== Awards & Honors ===\nDean's list", true, "awards", true},
      {"Jane Doe\n\n>>CLINICAL EXPERIENCE\nRN at St. Mary's", true, "work", true},
      {"Jane Doe\n\n>>Lab Skills:\nPCR", true, "skills", true},
      {"Jane Doe\n\n>>Skills\nPython", true, "skills", true},
      {"Jane Doe\njane@x.com\n>>SKILLS\nPython", true, "skills", true},
      {"Jane Doe\n\n>>■ EDUCATION\nMIT", true, "education", true},
      {"Jane Doe\n\n>>Professional Summary\nEngineer.", true, "summary", true},
      {"Jane Doe\n\n>>IV. PUBLICATIONS\n[1] Paper", true, "publications", true},
      {"Max Mustermann\n\n>>BERUFSERFAHRUNG\nSiemens AG", true, "work", true},
      // Two headings written as one: the first part the lexicon knows names it.
      {"Jane Doe\n\n>>Career Experience/Job History\n2004-2007", true, "work", true},
      {"Jane Doe\n\n>>Education & Qualifications\nPGCE", true, "education", true},
      // Academic CV headings, and a "(Selected)" note after a known one.
      {"Jane Doe\n\nPublications\nPaper, 2001\n>>Funded Projects and Grants (Selected)\nNSF, 2004", true, "awards", true},
      {"Jane Doe\n\nPublications\nPaper, 2001\n>>Professional Conference Participation\nChair, 2005", true, "talks",
       true},
      {"Jane Doe\n\nTalks\nPanel, 2001\n>>Other University Service (Selected)\nSenate, 2004", true, "service", true},
      {"Jane Doe\n\nService\nSenate, 2001\n>>Community Leadership and Participation\nBoard, 2004", true,
       "activities", true},
      {"Jane Doe\n\nService\nSenate, 2001\n>>Manuscripts Reviewed for\nSAGE", true, "service", true},
      {"Jane Doe\n\n>>PUBLICATIONS (SELECTED)\nPaper, 2001", true, "publications", true},
      {"Jane Doe\n\nEXPERIENCE\nTutor, 2014\n\n>>CAMPUS LEADERSHIP\nChess Club, 2015", true, "activities", true},
      // Negative: the note does not make an unknown line a heading.
      {"Jane Doe\n\nEXPERIENCE\nEngineer, 2001\n>>Kestrel Freight (selected)\nBuilt, 2004", false, "", false},
      // Jobs and unpaid work under one heading: work, whichever comes first.
      {"Jane Doe\n\n>>Volunteer Work and Job History:\nRed Cross", true, "work", true},
      {"Jane Doe\n\n>>VOLUNTEER & WORK EXPERIENCE\nRed Cross", true, "work", true},
      {"Jane Doe\n\n>>Work Experience & Volunteering\nRed Cross", true, "work", true},
      {"Jane Doe\n\n>>Volunteering / Community Service\nRed Cross", true, "volunteer", true},
      {"Jane Doe\n\n>>Volunteer Work and Awards\nRed Cross", true, "volunteer", true},
      // Both parts one edit away from known headings, in a heading's layout.
      {"Jane Doe\n\n>>PROFESSIONAL AFFLIATIONS AND MEMBERSHPS\nIEEE", true, "activities", true},
      {"Jane Doe\n\nEXPERIENCE\nAcme 2019\n\n>>PROJECT/ROL\nBilling", true, "other", false},  // one part fuzzy
      {"Jane Doe\n\n>>TEACHING & OUTREACH\nTA for CS101", true, "teaching", true},
      // One part known and no heading layout: a list item or a duty, not a heading.
      {"Jane Doe\n\nSales Associate, Acme 2019\n>>Training and overseeing performance of staff\nBudgets", false, "",
       false},
      {"Jane Doe\n\nCore Strengths\n>>Employee Leadership & Training\nPublic speaking", false, "", false},
      {"Jane Doe\n\nCore Qualifications\n>>Training/Mentoring\nNetworking", false, "", false},
      {"Jane Doe\n\nCore Strengths\n>>Leadership;\nTeamwork;", false, "", false},  // a list item
      {"Jean Dupont\n\n>>Compétences\nC++", true, "skills", true},
      {"Jane Doe\n\n>>Volunteering:\nRed Cross", true, "volunteer", true},
      {"RESUME\n>>EDUCATION\nMIT", true, "education", true},
      {"Jane Doe\n\n>>Education & Training\nMIT", true, "education", true},
      {"Jane Doe\n\n>>RESEARCH INTERESTS\nNLP", true, "interests", true},
      {"张伟\n\n>>工作经历\n阿里巴巴", true, "work", true},
      {"Jane Doe\n\n>>HONORS\nDean's list", true, "awards", true},
      {"Jane Doe\n\n>>**Experience**\nAcme", true, "work", true},
      {"Jane Doe\n\n>>WORK   EXPERIENCE\nAcme", false, "", false},  // a column gap: a table row
      // Inline content after the colon.
      {"Jane Doe\n\n>>Skills: Python, SQL\n", true, "skills", true},
      {"Jane Doe\n\n>>Languages: English (native), French (B2)\n", true, "languages", true},
      {"Jane Doe\n\n>>Technical Skills:\tPython, C++\n", true, "skills", true},
      {"Jane Doe\n\n>>Interests: hiking, chess\n", true, "interests", true},
      // Unknown headings, by layout: "other".
      {"Jane Doe\n\n>>PUBLIC OUTREACH\nTA for CS101", true, "other", false},
      {"Jane Doe\n\n>>## Outreach\nSchools", true, "other", false},
      {"Jane Doe\n\n>>Outreach:\n\nSchool visits", true, "other", false},
      {"Jane Doe\n\n>>MEDIA COVERAGE\n\nThe Times", true, "other", false},
      {"Jane Doe\n\n>>MISC\n\nChess club", true, "other", false},
      {"Jane Doe\n\nEDUCATION\n\n>>MIT\n\nBS in Physics", false, "", false},  // an organisation, not a heading
      {"Jane Doe\n\nEXPERIENCE\n\n>>IBM\nAnalyst, 2019", false, "", false},
      // A school qualification labels an education entry; it opens no section.
      {"Jane Doe\n\n>>A levels:\nMaths (A) English (B)", false, "", false},
      {"Jane Doe\n\n>>GCSEs:\n\n9 subjects", false, "", false},
      {"Jane Doe\n\n>>AS-Level:\nHistory", false, "", false},
  };
  for (const ClassifyRow& row : rows) {
    INFO("doc: \"" << row.doc << "\"");
    Classified c = ClassifyMarked(row.doc);
    CHECK(c.match.is_heading == row.is_heading);
    CHECK(c.match.kind == row.kind);
    CHECK(c.match.from_lexicon == row.from_lexicon);
  }
}

TEST_CASE("ClassifyHeading: the label of inline headings", "[heading]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"Jane Doe\n\n>>Skills: Python, SQL\n", "Skills:"},
      {"Jane Doe\n\n>>Technical Skills:\tPython, C++\n", "Technical Skills:"},
      {"Jane Doe\n\n>>EDUCATION\nMIT", "EDUCATION"},
      {"Jane Doe\n\n>>Work Experience:\nAcme", "Work Experience:"},
  };
  for (const auto& [doc, label] : rows) {
    INFO("doc: \"" << doc << "\"");
    Classified c = ClassifyMarked(doc);
    REQUIRE(c.match.is_heading);
    CHECK(c.norm.substr(0, c.match.label_end) == label);
    CHECK(c.match.inline_content == (label.size() < c.norm.size()));
  }
}

// Negative list: none of the marked lines is a heading.
TEST_CASE("ClassifyHeading: not headings", "[heading]") {
  const std::vector<std::string> rows = {
      // The first line is the candidate's name.
      ">>JANE DOE\njane@x.com",
      ">>JANE DOE\n\nEDUCATION",
      "RESUME\n\n>>JANE DOE\nSoftware Engineer",
      // A name line above contact details, even when it is not the first line.
      "Curriculum Vitae\nUpdated in 2024\n\n>>JANE DOE\njane@x.com | +1 555 010 4477",
      "Curriculum Vitae\nUpdated in 2024\n\n>>JANE DOE\n\nlinkedin.com/in/janedoe",
      // A row of a table (a column gap).
      "Jane Doe\n\nSKILLS\n>>Languages\tChinese, IELTS 7.0",
      "Jane Doe\n\nSKILLS\n>>Skills\tPython, SQL",
      "Jane Doe\n\n>>EDUCATION\t\t2019 - 2023",
      // List items.
      "Jane Doe\n\nSKILLS\n- Python\n>>- Skills\n- SQL",
      "Jane Doe\n\nSKILLS\n• Python\n>>• Leadership\n• SQL",
      "Jane Doe\n\nINTERESTS\n\n>>- Leadership\n- Hiking",
      "Jane Doe\n\nSKILLS\n\n>>- Skills\n- SQL",
      // Company, school and dated lines.
      "Jane Doe\n\nEXPERIENCE\n>>ACME CORP INC\nEngineer",
      "Jane Doe\n\nEXPERIENCE\n\n>>ACME CORP INC\nEngineer",
      "Jane Doe\n\nEDUCATION\n\n>>STANFORD UNIVERSITY\nBSc",
      "Jane Doe\n\nEXPERIENCE\n\n>>GOOGLE 2019\nEngineer",
      "Jane Doe\n\nEXPERIENCE\n\n>>2019 - 2023\nEngineer",
      // Sentences and lists.
      "Jane Doe\n\n>>Education.\nMIT",
      "Jane Doe\n\n>>I love teaching.\n\nMore",
      "Jane Doe\n\n>>PYTHON, JAVA, SQL\n\nMore",
      "Jane Doe\n\n>>Note: references are available on request\n",
      // Certificates with numbers, long lines.
      "Jane Doe\n\nCERTIFICATES\n\n>>OSHA 10\n\nCPR",
      "Jane Doe\n\n>>WORK EXPERIENCE AT GOOGLE AND AT MICROSOFT AND AMAZON\n",
      "Jane Doe\n\n>>Skills that I have learned over many years of hard work at several companies\n",
      // Not headings at all.
      "Jane Doe\n\n>>| | |\n",
      "Jane Doe\n\n>>:\n",
      "Jane Doe\n\nSUMMARY\n>>Engineer\nwith ten years",
      "Jane Doe\nEmail: jane@x.com\n>>Phone: 555 010 4477\n",
      // "Skills: ..." inside a block of header lines stays content: an inline
      // heading needs a blank line (or the start of the text) before it.
      "Jane Doe\njane@x.com\n>>Skills: Python, SQL\n",
      "Jane Doe\n\n>>- Skills: Python, SQL\n",
  };
  for (const std::string& doc : rows) {
    INFO("doc: \"" << doc << "\"");
    Classified c = ClassifyMarked(doc);
    CHECK_FALSE(c.match.is_heading);
  }
}

}  // namespace
}  // namespace cvparse
