// Tests for parser/layout/sectioner.h: whole small documents → the list of
// sections, each {kind, heading, first_line, end_line, last text line}.
//
// Every test also checks the invariant the header promises: the sections
// are contiguous and every non-blank line belongs to exactly one of them
// (only blank lines before the first section may be left out).
#include "layout/sectioner.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "lexicon/lexicons.h"
#include "shared_lexicons.h"
#include "text/normalize.h"

#ifndef CVPARSE_SOURCE_DIR
#error "define CVPARSE_SOURCE_DIR as the path of the source tree"
#endif

namespace cvparse {
namespace {

// The kinds of the sections of `text`, found with the given tests.
std::vector<std::string> SectionKinds(const std::string& text, const PositionTest& names_position,
                                      const PositionTest& names_skill) {
  return KindsOf(Sectioned(text, names_position, names_skill));
}

struct Expected {
  std::string kind;
  std::string heading;
  size_t first_line;
  size_t end_line;
  std::string last;  // the text of the section's last non-blank line
};

// No text dropped, no line in two sections, spans inside their lines.
void CheckCoverage(const Document& doc) {
  std::vector<int> owners(doc.lines.size(), 0);
  size_t previous_end = 0;
  for (size_t s = 0; s < doc.sections.size(); ++s) {
    const Section& section = doc.sections[s];
    INFO("section " << s << " (" << section.kind << ")");
    CHECK(section.first_line < section.end_line);
    CHECK(section.end_line <= doc.lines.size());
    if (s > 0) CHECK(section.first_line == previous_end);
    previous_end = section.end_line;
    for (size_t i = section.first_line; i < section.end_line && i < owners.size(); ++i) ++owners[i];
    CHECK(section.span.begin <= section.span.end);
    CHECK(section.span.end <= doc.text.size());
    if (!section.heading.empty()) {
      CHECK(section.span.begin == doc.lines[section.first_line].span.begin);
      CHECK(section.heading_span.begin >= doc.lines[section.first_line].span.begin);
      CHECK(section.heading_span.end <= doc.lines[section.first_line].span.end);
    }
  }
  if (!doc.sections.empty()) CHECK(doc.sections.back().end_line == doc.lines.size());
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    INFO("line " << i << ": \"" << doc.lines[i].norm << "\"");
    if (doc.lines[i].blank()) {
      CHECK(owners[i] <= 1);
    } else {
      CHECK(owners[i] == 1);
    }
  }
}

void CheckSections(const std::string& text, const std::vector<Expected>& expected) {
  INFO("doc: \"" << text << "\"");
  Document doc = Sectioned(text);
  CheckCoverage(doc);
  REQUIRE(doc.sections.size() == expected.size());
  for (size_t s = 0; s < expected.size(); ++s) {
    INFO("section " << s);
    const Section& got = doc.sections[s];
    const Expected& want = expected[s];
    CHECK(got.kind == want.kind);
    CHECK(got.heading == want.heading);
    CHECK(got.first_line == want.first_line);
    CHECK(got.end_line == want.end_line);
    std::string_view span_text = doc.Text(got.span);
    size_t last_break = span_text.find_last_of("\r\n");
    std::string_view last = last_break == std::string_view::npos ? span_text : span_text.substr(last_break + 1);
    CHECK(last == want.last);
  }
}

struct DocRow {
  std::string name;
  std::string text;
  std::vector<Expected> sections;
};

TEST_CASE("FindSections: small documents", "[sectioner]") {
  const std::vector<DocRow> rows = {
      {"the header's example",
       "Jane Doe\njane@example.com\n\nEDUCATION\nMIT\n\nSKILLS\nC++",
       {{"basics", "", 0, 3, "jane@example.com"},
        {"education", "EDUCATION", 3, 6, "MIT"},
        {"skills", "SKILLS", 6, 8, "C++"}}},
      {"no headings: one basics section",
       "Jane Doe\nSoftware Engineer\nLondon, UK\n",
       {{"basics", "", 0, 3, "London, UK"}}},
      {"no headings, only prose",
       "I am an engineer.\n\nI like building things.",
       {{"basics", "", 0, 3, "I like building things."}}},
      {"a heading on the first line: no empty header",
       "EDUCATION\nMIT\nSKILLS\nC++",
       {{"education", "EDUCATION", 0, 2, "MIT"}, {"skills", "SKILLS", 2, 4, "C++"}}},
      {"blank lines before the header",
       "\n\nJane Doe\n\nEXPERIENCE\nAcme",
       {{"basics", "", 0, 4, "Jane Doe"}, {"work", "EXPERIENCE", 4, 6, "Acme"}}},
      {"trailing blank lines stay in the last section",
       "Jane Doe\n\nSKILLS\nPython\n\n\n",
       {{"basics", "", 0, 2, "Jane Doe"}, {"skills", "SKILLS", 2, 6, "Python"}}},
      {"an inline heading",
       "Jane Doe\n\nSkills: Python, SQL\nLanguages: English\n",
       {{"basics", "", 0, 2, "Jane Doe"}, {"skills", "Skills", 2, 4, "Languages: English"}}},
      {"a heading directly after a heading",
       "Jane Doe\n\nEDUCATION\nSKILLS\nC++",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"education", "EDUCATION", 2, 3, "EDUCATION"},
        {"skills", "SKILLS", 3, 5, "C++"}}},
      {"Markdown: entry titles below the section level are not sections",
       "# Jane Doe\n\n## Experience\n\n### Engineer - Acme\nDid things\n\n## Education\n\n### MIT\nBSc",
       {{"basics", "", 0, 2, "# Jane Doe"},
        {"work", "## Experience", 2, 7, "Did things"},
        {"education", "## Education", 7, 11, "BSc"}}},
      {"Chinese",
       "张伟\n电话：138 0013 8000\n\n教育背景\n电子科技大学 2021-2024\n\n工作经历\n阿里巴巴",
       {{"basics", "", 0, 3, "电话：138 0013 8000"},
        {"education", "教育背景", 3, 6, "电子科技大学 2021-2024"},
        {"work", "工作经历", 6, 8, "阿里巴巴"}}},
      {"Chinese numbering",
       "张伟\n\n一、教育背景\n电子科技大学\n二、项目经历\n推荐系统",
       {{"basics", "", 0, 2, "张伟"},
        {"education", "一、教育背景", 2, 4, "电子科技大学"},
        {"projects", "二、项目经历", 4, 6, "推荐系统"}}},
      {"bilingual headings",
       "张伟\n\n教育背景 Education\n浙江大学\n\nWork Experience 工作经历\n阿里巴巴",
       {{"basics", "", 0, 2, "张伟"},
        {"education", "教育背景 Education", 2, 5, "浙江大学"},
        {"work", "Work Experience 工作经历", 5, 7, "阿里巴巴"}}},
      {"an unknown heading is a section of kind other",
       "Jane Doe\njane@x.com\n\nPUBLIC OUTREACH\nTA for CS101\n\nSKILLS\nPython",
       {{"basics", "", 0, 3, "jane@x.com"},
        {"other", "PUBLIC OUTREACH", 3, 6, "TA for CS101"},
        {"skills", "SKILLS", 6, 8, "Python"}}},
      {"a contact heading later in the document",
       "Jane Doe\n\nSUMMARY\nEngineer\n\nCONTACT\njane@x.com",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"summary", "SUMMARY", 2, 5, "Engineer"},
        {"basics", "CONTACT", 5, 7, "jane@x.com"}}},
      {"only a heading", "EDUCATION", {{"education", "EDUCATION", 0, 1, "EDUCATION"}}},
      {"typos in headings",
       "Jane Doe\n\nEXPERIANCE\nAcme\n\nEDUCATON\nMIT",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIANCE", 2, 5, "Acme"},
        {"education", "EDUCATON", 5, 7, "MIT"}}},
      {"numbered headings without blank lines",
       "Jane Doe\n\n1. Education\nMIT\n2. Experience\nAcme\n3. Skills\nC++",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"education", "1. Education", 2, 4, "MIT"},
        {"work", "2. Experience", 4, 6, "Acme"},
        {"skills", "3. Skills", 6, 8, "C++"}}},
      {"CRLF line breaks",
       "Jane Doe\r\n\r\nEDUCATION\r\nMIT\r\n\r\nSKILLS\r\nC++\r\n",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"education", "EDUCATION", 2, 5, "MIT"},
        {"skills", "SKILLS", 5, 7, "C++"}}},
      {"decorated headings and glyphs",
       "✉ jane@x.com\n\n■ EDUCATION\nMIT\n\n=== Awards & Honors ===\nDean's list",
       {{"basics", "", 0, 2, "✉ jane@x.com"},
        {"education", "EDUCATION", 2, 5, "MIT"},
        {"awards", "=== Awards & Honors ===", 5, 7, "Dean's list"}}},
      {"a company in capitals and a table row are not headings",
       "Jane Doe\n\nEXPERIENCE\n\nACME CORP INC\nEngineer\n\nSKILLS\nLanguages\tChinese, IELTS 7.0",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 7, "Engineer"},
        {"skills", "SKILLS", 7, 9, "Languages\tChinese, IELTS 7.0"}}},
      {"list items that name sections stay items",
       "Jane Doe\n\nINTERESTS\n\n- Leadership\n- Hiking\n- Teaching",
       {{"basics", "", 0, 2, "Jane Doe"}, {"interests", "INTERESTS", 2, 7, "- Teaching"}}},
      {"job titles in capitals inside a section are not sections",
       "Jane Doe\njane@x.com\n\nEXPERIENCE\n\nSENIOR SOFTWARE ENGINEER\nGoogle, 2019 - 2021\n- Built things\n\n"
       "SOFTWARE ENGINEER\nAmazon, 2017 - 2019",
       {{"basics", "", 0, 3, "jane@x.com"}, {"work", "EXPERIENCE", 3, 11, "Amazon, 2017 - 2019"}}},
      {"Title Case headings on their own lines",
       "Jane Doe\njane@x.com\n\nEducation\nMIT\n\nExperience\nAcme\n\nVolunteer Work\nRed Cross",
       {{"basics", "", 0, 3, "jane@x.com"},
        {"education", "Education", 3, 6, "MIT"},
        {"work", "Experience", 6, 9, "Acme"},
        {"volunteer", "Volunteer Work", 9, 11, "Red Cross"}}},
      {"a heading with its content on the same line",
       "Jane Doe\n\nEDUCATION: MIT, 2019\n\nLanguages: English, French",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"education", "EDUCATION", 2, 4, "EDUCATION: MIT, 2019"},
        {"languages", "Languages", 4, 5, "Languages: English, French"}}},
      {"a sentence after a heading",
       "Jane Doe\n\nREFERENCES\nAvailable upon request.",
       {{"basics", "", 0, 2, "Jane Doe"}, {"references", "REFERENCES", 2, 4, "Available upon request."}}},
      {"a part heading inside a job, more jobs after it: still work",
       "Jane Doe\n\nEXPERIENCE\nTest Lead, Acme 2019 - 2021\nResponsibilities:\nRan the test team\n\n"
       "Achievements\nCut defects by half\n\nQA Engineer, Beta 2016 - 2019\nWrote tests\n\nSKILLS\nC++",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 13, "Wrote tests"},
        {"skills", "SKILLS", 13, 15, "C++"}}},
      {"Achievements after the last job is a section",
       "Jane Doe\n\nEXPERIENCE\nTest Lead, Acme 2019 - 2021\nRan the test team\n\nAchievements\nCut defects by half",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 6, "Ran the test team"},
        {"awards", "Achievements", 6, 8, "Cut defects by half"}}},
      {"a part heading written as a label after the last job: still work",
       "Jane Doe\n\nEXPERIENCE\nTest Lead, Acme 2019 - 2021\nAchievements:\nCut defects by half\n\nSKILLS\nC++",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 7, "Cut defects by half"},
        {"skills", "SKILLS", 7, 9, "C++"}}},
      {"a part label after a blank line, which the section lexicon does not know: still work",
       "Jane Doe\n\nEXPERIENCE\nTest Lead, Acme 2019 - 2021\n\nResponsibilities:\nRan the test team\n\n"
       "QA Engineer, Beta 2016 - 2019\n\nDuties:\nWrote tests\n\nEDUCATION\nBSc",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 13, "Wrote tests"},
        {"education", "EDUCATION", 13, 15, "BSc"}}},
      {"a part label after the last job, after a blank line: still work",
       "Jane Doe\n\nEXPERIENCE\nTest Lead, Acme 2019 - 2021\n\nKey Responsibilities:\nRan the test team\n\n"
       "SKILLS\nC++",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 8, "Ran the test team"},
        {"skills", "SKILLS", 8, 10, "C++"}}},
      {"JOB PROFILE under a job, more jobs after it: still work",
       "Jane Doe\n\nEXPERIENCE\nSite Engineer, Acme 2019 - 2021\n\nJOB PROFILE\nSupervised works\n\n"
       "Project Engineer, Beta 2016 - 2019\nDesigned slabs\n\nEDUCATION\nBSc",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 11, "Designed slabs"},
        {"education", "EDUCATION", 11, 13, "BSc"}}},
      {"an employer in capitals inside work, its date right after it",
       "Jane Doe\n\nEXPERIENCE\nEngineer, Acme 2019 - 2021\nBuilt things\n\nHALDANE WORLDWIDE (PACIFIC)\n"
       "Senior Analyst Programmer\nMay 2015 - March 2019\n\nEDUCATION\nBSc",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 10, "May 2015 - March 2019"},
        {"education", "EDUCATION", 10, 12, "BSc"}}},
      {"an unknown Title Case label inside work is a section, even with a date after it",
       "Jane Doe\n\nEXPERIENCE\nEngineer, Acme 2019 - 2021\nBuilt things\n\nCurrent Research:\nRiver models, 2020",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 6, "Built things"},
        {"other", "Current Research:", 6, 8, "River models, 2020"}}},
      {"an unknown heading with no date close after it is a section",
       "Jane Doe\n\nEXPERIENCE\nEngineer, Acme 2019 - 2021\nBuilt things\n\nPUBLIC OUTREACH\nTalks at schools\n"
       "Science fairs\nLibrary visits\nMentoring\nJudge at the 2020 fair",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 6, "Built things"},
        {"other", "PUBLIC OUTREACH", 6, 12, "Judge at the 2020 fair"}}},
      {"an employer in capitals whose date is far below it, more jobs after it: still work",
       "Jane Doe\n\nEXPERIENCE\nEngineer, Acme 2019 - 2021\nBuilt things\n\nHALDANE\n\n&\n\nMOSS,\n\n"
       "Boston\nMA\nSenior Analyst\n2018\n\nORTON LABS, Boston\n2015 - 2017\n\nEDUCATION\nBSc",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 20, "2015 - 2017"},
        {"education", "EDUCATION", 20, 22, "BSc"}}},
      {"an unknown heading in capitals, one dated line far below it: a section",
       "Jane Doe\n\nEXPERIENCE\nEngineer, Acme 2019 - 2021\nBuilt things\n\nCLUBS AND SOCIETIES\nChess club\n"
       "Rowing club\nDrama society\nDebating society\nChair of the Rowing club, 2010\n\nEDUCATION\nBSc 2012",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 6, "Built things"},
        {"other", "CLUBS AND SOCIETIES", 6, 13, "Chair of the Rowing club, 2010"},
        {"education", "EDUCATION", 13, 15, "BSc 2012"}}},
      {"known risk: an unknown heading in capitals with two dated items below it is taken for an employer",
       "Jane Doe\n\nEXPERIENCE\nEngineer, Acme 2019 - 2021\nBuilt things\n\nCLUBS AND SOCIETIES\nChess club\n"
       "Rowing club\nDrama society\nDebating society\nChair of the Rowing club, 2010\nTreasurer, 2012",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 13, "Treasurer, 2012"}}},
      {"two misspelt known headings joined: the kind of their first part",
       "Jane Doe\n\nEXPERIENCE\nEngineer, Acme 2019 - 2021\n\nPROFESSIONAL AFFLIATIONS AND MEMBERSHPS\n"
       "Reading Association\nTreasurer 2010-2012\nChair 2008",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 5, "Engineer, Acme 2019 - 2021"},
        {"activities", "PROFESSIONAL AFFLIATIONS AND MEMBERSHPS", 5, 9, "Chair 2008"}}},
      {"one misspelt part alone names no heading: a table header inside work",
       "Jane Doe\n\nEXPERIENCE\nAcme 2019 - 2021\n\nProject/Rol\nBilling, Lead 2020\nLedger, Dev 2019",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 8, "Ledger, Dev 2019"}}},
      {"a Title Case suffix heading next to a blank line (flattened text)",
       "Jane Doe\n\nHighlights of Employment\nAcme Inc, 1998 to 2008\n\nAcademic Positions\nLecturer, 1990",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "Highlights of Employment", 2, 5, "Acme Inc, 1998 to 2008"},
        {"work", "Academic Positions", 5, 7, "Lecturer, 1990"}}},
      {"Details: and Tools: under each client engagement: still work",
       "Jane Doe\n\nEXPERIENCE\nSoftware Engineer, Acme 2019 - 2021\nDetails:\nBuilt the billing service\nTools:\n"
       "Java, Oracle\n\nTeam Lead, Beta 2016 - 2019\nDetails:\nLed four testers\n\nEDUCATION\nBSc",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 13, "Led four testers"},
        {"education", "EDUCATION", 13, 15, "BSc"}}},
      {"Tools: written as a label after the last job: still work",
       "Jane Doe\n\nEXPERIENCE\nSoftware Engineer, Acme 2019 - 2021\nBuilt the billing service\nTools:\nJava, Oracle"
       "\n\nEDUCATION\nBSc",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 8, "Java, Oracle"},
        {"education", "EDUCATION", 8, 10, "BSc"}}},
      {"TOOLS in capitals, no colon, after the last job: a skills section",
       "Jane Doe\n\nEXPERIENCE\nSoftware Engineer, Acme 2019 - 2021\nBuilt the billing service\n\nTOOLS\nJava, Oracle",
       {{"basics", "", 0, 2, "Jane Doe"},
        {"work", "EXPERIENCE", 2, 6, "Built the billing service"},
        {"skills", "TOOLS", 6, 8, "Java, Oracle"}}},
      {"the labels of each project stay in the projects section",
       "Jane\n\nProjects\nFreight Ordering System\nRole: Development Lead\n\nTools:\nPHP, MySQL\n\nDetails:\n"
       "A web based system.\n\nSKILLS\nJava",
       {{"basics", "", 0, 2, "Jane"},
        {"projects", "Projects", 2, 12, "A web based system."},
        {"skills", "SKILLS", 12, 14, "Java"}}},
      {"a title line before the name",
       "RESUME\n\nJANE DOE\njane@x.com\n\nSUMMARY\nEngineer",
       {{"basics", "", 0, 5, "jane@x.com"}, {"summary", "SUMMARY", 5, 7, "Engineer"}}},
      {"lone bullets that name known headings (flattened text marks each heading with one)",
       "Jane Doe\njane@x.com\n■ Qualifications Profile\nJava developer\n■ Professional Experience\n"
       "BG Computer Technologies\n2008 - Present",
       {{"basics", "", 0, 2, "jane@x.com"},
        {"summary", "Qualifications Profile", 2, 4, "Java developer"},
        {"work", "Professional Experience", 4, 7, "2008 - Present"}}},
      {"a heading word that is an item of a bulleted list stays an item",
       "Jane\n\nSKILLS\n■ Java\n■ Education\n■ Python",
       {{"basics", "", 0, 2, "Jane"}, {"skills", "SKILLS", 2, 6, "■ Python"}}},
      {"a company named \"... Technologies\" is no skills heading",
       "Jane\n\nEXPERIENCE\nBG Computer Technologies\n\nPrinceton, NJ 2008 - Present",
       {{"basics", "", 0, 2, "Jane"}, {"work", "EXPERIENCE", 2, 6, "Princeton, NJ 2008 - Present"}}},
      {"headings of flattened exports: singular, \"Skill Set\", \"... Undertaken\"",
       "Jane\n\nSummary of Qualification\nJava developer\n\nTechnical Skill Set\nJava, SQL\n\n"
       "Key Projects Undertaken\nBilling system",
       {{"basics", "", 0, 2, "Jane"},
        {"summary", "Summary of Qualification", 2, 5, "Java developer"},
        {"skills", "Technical Skill Set", 5, 8, "Java, SQL"},
        {"projects", "Key Projects Undertaken", 8, 10, "Billing system"}}},
  };
  for (const DocRow& row : rows) {
    INFO("row: " << row.name);
    CheckSections(row.text, row.sections);
  }
}

TEST_CASE("FindSections: documents with no text have no sections", "[sectioner]") {
  for (const std::string& text : {std::string(), std::string("\n\n"), std::string("  \t\n✉\n")}) {
    INFO("doc: \"" << text << "\"");
    CHECK(Sectioned(text).sections.empty());
  }
}

TEST_CASE("FindSections: heading spans point at the heading", "[sectioner]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"Jane\n\n■ EDUCATION\nMIT", "EDUCATION"},
      {"Jane\n\nSkills: Python, SQL", "Skills"},
      {"Jane\n\n  Work Experience:  \nAcme", "Work Experience:"},
      {"Jane\n\nＥＤＵＣＡＴＩＯＮ\nMIT", "ＥＤＵＣＡＴＩＯＮ"},
      {"Jane\n\n一、教育背景\n大学", "一、教育背景"},
  };
  for (const auto& [text, heading] : rows) {
    INFO("doc: \"" << text << "\"");
    Document doc = Sectioned(text);
    REQUIRE(doc.sections.size() == 2);
    CHECK(doc.Text(doc.sections[1].heading_span) == heading);
  }
}

TEST_CASE("FindSections: corpus/000.txt", "[sectioner]") {
  std::ifstream in(CVPARSE_SOURCE_DIR "/corpus/000.txt", std::ios::binary);
  REQUIRE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  Document doc = Sectioned(buffer.str());
  CheckCoverage(doc);
  std::vector<std::string> kinds;
  std::vector<std::string> headings;
  for (const Section& section : doc.sections) {
    kinds.push_back(section.kind);
    headings.push_back(section.heading);
  }
  CHECK(kinds == std::vector<std::string>{"basics", "education", "research", "projects",
                                          "publications", "courses", "awards", "skills"});
  CHECK(headings == std::vector<std::string>{"", "EDUCATION", "RESEARCH EXPERIENCE",
                                             "PROJECT EXPERIENCE", "PUBLICATIONS", "SELECTED COURSES",
                                             "AWARDS & HONORS", "SKILLS"});
  for (const Section& section : doc.sections) {
    CHECK(section.from_lexicon == !section.heading.empty());  // the header has no heading
  }
}

TEST_CASE("FindSections: a position in capitals below a job's date is its title", "[sectioner]") {
  // A stand-in for the job-title lexicon: the head noun decides.
  PositionTest names_position = [](std::string_view line) {
    return line.ends_with("EXECUTIVE") || line.ends_with("MANAGER");
  };
  struct Row {
    std::string name, text;
    std::vector<std::string> kinds;
  };
  const std::vector<Row> rows = {
      {"company and dates, then the title in capitals, then prose",
       "Jane Doe\n\nEXPERIENCE\nJackson Associates\nPalatine, IL 2006 to 2009\nLeading provider of HR services.\n\n"
       "SENIOR DIVISION OPERATIONS EXECUTIVE\nDoubled sales performance.\n\nEDUCATION\nBSc",
       {"basics", "work", "education"}},
      // Negative: no date above it in the section; a heading that names no position.
      {"no dated line above it",
       "Jane Doe\n\nEXPERIENCE\nJackson Associates\n\nSENIOR DIVISION OPERATIONS EXECUTIVE\nDoubled sales.",
       {"basics", "work", "other"}},
      {"no position named",
       "Jane Doe\n\nEXPERIENCE\nAcme, 2006 to 2009\nBuilt things.\n\nPUBLIC OUTREACH\nTalks at schools",
       {"basics", "work", "other"}},
  };
  for (const Row& row : rows) {
    INFO("row: " << row.name);
    CHECK(SectionKinds(row.text, names_position, {}) == row.kinds);
  }
}

TEST_CASE("FindSections: a line that names a skill is an item, not a heading", "[sectioner]") {
  // A stand-in for the skills taxonomy.
  PositionTest names_skill = [](std::string_view line) {
    return line == "GIT" || line == "JIRA" || line == "MATLAB";
  };
  struct Row {
    std::string name, text;
    std::vector<std::string> kinds;
  };
  const std::vector<Row> rows = {
      {"acronyms between the blank lines of a flattened skills list",
       "Jane Doe\n\nSKILLS\nEclipse (CDT)\n\nJIRA\n\nGIT\n\nPC assembling\n\nEXPERIENCE\nAcme 2019 - 2021",
       {"basics", "skills", "work"}},
      {"a skill in capitals after the work section's last job",
       "Jane Doe\n\nEXPERIENCE\nAcme 2019 - 2021\n\nMATLAB\n\nSimulink models",
       {"basics", "work"}},
      // Negative: an unknown heading that names no skill still opens a section;
      // a known heading is never vetoed.
      {"an unknown heading that is no skill",
       "Jane Doe\n\nSKILLS\nEclipse\n\nCOMMUNITY\n\nFood bank volunteer",
       {"basics", "skills", "other"}},
  };
  for (const Row& row : rows) {
    INFO("row: " << row.name);
    CHECK(SectionKinds(row.text, {}, names_skill) == row.kinds);
    // Without the test, the skills open sections of their own ("GIT" never
    // does: three capitals alone are an organisation's name before a heading).
    if (row.kinds.back() != "other") CHECK(SectionKinds(row.text, {}, {}).size() > row.kinds.size());
  }
}

}  // namespace
}  // namespace cvparse
