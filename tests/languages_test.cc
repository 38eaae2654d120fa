// Tests for parser/extract/languages.h.
//
//   1. Test scores in a line: text → test, score, sub-scores, language; then
//      text that holds no test (out of a language context).
//   2. Row labels and language items (shared with the skills extractor).
//   3. Languages sections and language rows in whole documents: text → the
//      languages with their fluency, in order; then documents with none.
//   4. Corpus files 000, 011, 013, 018, 026, 028, 034.
//   5. Bad lexicon data.
#include "extract/languages.h"

#include <catch2/catch.hpp>

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

const LanguagesExtractor& Extractor() {
  static std::unique_ptr<LanguagesExtractor> extractor = [] {
    std::string error;
    auto e = LanguagesExtractor::Create(&error);
    INFO(error);
    REQUIRE(e);
    return e;
  }();
  return *extractor;
}

const LanguageLexicon& Lexicon() { return Extractor().lexicon(); }

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

Document ParseLanguages(const std::string& text) {
  Document doc;
  Status status = TheParser().Parse(text, ParseOptions{}, &doc);
  INFO(status.message());
  REQUIRE(status.ok());
  doc.entities = Entities();
  Extractor().Extract(SharedLexicons(), {2026, 11}, &doc);
  return doc;
}

std::string ReadCorpus(const std::string& name) {
  std::ifstream in(std::string(CVPARSE_SOURCE_DIR) + "/corpus/" + name, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// "English/Fluent", "English/IELTS 7.0/inferred": a compact form for tables.
std::vector<std::string> Summary(const Document& doc) {
  std::vector<std::string> out;
  for (const Language& l : doc.entities.languages) {
    std::string s = l.language + "/" + l.fluency;
    if (l.inferred) s += "/inferred";
    out.push_back(s);
  }
  return out;
}

// -- 1. Test scores ---------------------------------------------------------------------

TEST_CASE("test scores", "[languages]") {
  struct Row {
    std::string text;
    std::string test, score;
    std::vector<std::string> subs;
    std::string language;
    std::string span;  // the text of the match
  };
  const std::vector<Row> rows = {
      {"IELTS 7.0 (7.5 7.5 6.0 6.5)", "IELTS", "7.0", {"7.5", "7.5", "6.0", "6.5"}, "English", "IELTS 7.0 (7.5 7.5 6.0 6.5)"},
      {"IELTS Academic 7.5 (L 8.0  R 7.5  W 6.5  S 7.0), Jan 2025", "IELTS", "7.5", {"L 8.0", "R 7.5", "W 6.5", "S 7.0"}, "English",
       "IELTS Academic 7.5 (L 8.0  R 7.5  W 6.5  S 7.0)"},
      {"TOEFL iBT 105 (Reading 28, Listening 27, Speaking 24, Writing 26)", "TOEFL", "105",
       {"Reading 28", "Listening 27", "Speaking 24", "Writing 26"}, "English",
       "TOEFL iBT 105 (Reading 28, Listening 27, Speaking 24, Writing 26)"},
      {"TOEFL: 110/120", "TOEFL", "110", {}, "English", "TOEFL: 110/120"},
      {"toefl ibt 98", "TOEFL", "98", {}, "English", "toefl ibt 98"},
      {"IELTS: 7", "IELTS", "7", {}, "English", "IELTS: 7"},
      {"IELTS overall 6.5", "IELTS", "6.5", {}, "English", "IELTS overall 6.5"},
      {"CET-6: 560", "CET-6", "560", {}, "English", "CET-6: 560"},
      {"CET-6(532)", "CET-6", "532", {}, "English", "CET-6(532)"},
      {"CET6 590", "CET-6", "590", {}, "English", "CET6 590"},
      {"英语六级 560", "CET-6", "560", {}, "English", "英语六级 560"},
      {"TOEIC 935", "TOEIC", "935", {}, "English", "TOEIC 935"},
      {"PTE Academic 65", "PTE Academic", "65", {}, "English", "PTE Academic 65"},
      {"JLPT N2 (passed, 2023)", "JLPT", "N2", {}, "Japanese", "JLPT N2"},
      {"日本语能力测试 N1", "JLPT", "N1", {}, "Japanese", "日本语能力测试 N1"},
      {"HSK 5", "HSK", "5", {}, "Chinese", "HSK 5"},
      {"HSK5", "HSK", "5", {}, "Chinese", "HSK5"},
      {"HSK Level 6", "HSK", "6", {}, "Chinese", "HSK Level 6"},
      {"TOPIK I Level 2", "TOPIK", "2", {}, "Korean", "TOPIK I Level 2"},
      {"DELF B2 (2024)", "DELF", "B2", {}, "French", "DELF B2"},
      {"DALF C1", "DALF", "C1", {}, "French", "DALF C1"},
      {"TestDaF 4x4", "TestDaF", "4x4", {}, "German", "TestDaF 4x4"},
      {"TestDaF TDN 4", "TestDaF", "TDN 4", {}, "German", "TestDaF TDN 4"},
      {"Goethe-Zertifikat C1", "Goethe-Zertifikat", "C1", {}, "German", "Goethe-Zertifikat C1"},
      {"DELE C2", "DELE", "C2", {}, "Spanish", "DELE C2"},
      {"GRE General: 326 (V 158, Q 168, AW 4.0)", "GRE", "326", {"V 158", "Q 168", "AW 4.0"}, "",
       "GRE General: 326 (V 158, Q 168, AW 4.0)"},
      {"GMAT 720", "GMAT", "720", {}, "", "GMAT 720"},
  };
  for (const Row& row : rows) {
    INFO("text: \"" << row.text << "\"");
    std::vector<FoundTest> tests = Lexicon().FindTests(row.text, false);
    REQUIRE(tests.size() == 1);
    const FoundTest& t = tests[0];
    CHECK(t.test == row.test);
    CHECK(t.score == row.score);
    CHECK(t.sub_scores == row.subs);
    CHECK(t.language == row.language);
    CHECK(row.text.substr(t.begin, t.end - t.begin) == row.span);
  }
}

TEST_CASE("test scores: two in a line", "[languages]") {
  std::vector<FoundTest> tests = Lexicon().FindTests("CET-6: 560 (CET-4: 603)", false);
  REQUIRE(tests.size() == 2);
  CHECK(tests[0].test == "CET-6");
  CHECK(tests[0].score == "560");
  CHECK(tests[0].sub_scores.empty());  // "(CET-4: 603)" is not a list of sub-scores
  CHECK(tests[1].test == "CET-4");
  CHECK(tests[1].score == "603");
}

TEST_CASE("test scores: only in a language context", "[languages]") {
  struct Row {
    std::string text;
    std::string test, score;
  };
  const std::vector<Row> rows = {
      {"Cambridge English: Advanced (CAE), grade A", "Cambridge C1 Advanced", "A"},
      {"CAE grade B", "Cambridge C1 Advanced", "B"},
      {"Duolingo English Test 125", "Duolingo English Test", "125"},
      {"CET-6", "CET-6", ""},
      {"IELTS", "IELTS", ""},
  };
  for (const Row& row : rows) {
    INFO("text: \"" << row.text << "\"");
    CHECK(Lexicon().FindTests(row.text, false).empty());
    std::vector<FoundTest> tests = Lexicon().FindTests(row.text, true);
    REQUIRE(tests.size() == 1);
    CHECK(tests[0].test == row.test);
    CHECK(tests[0].score == row.score);
  }
}

TEST_CASE("test scores: not tests", "[languages]") {
  const std::vector<std::string> rows = {
      "GRE tunnels between the sites",  // a network protocol: no score
      "CAD/CAE: SolidWorks",            // computer-aided engineering
      "CET time zone",
      "Goethe University Frankfurt",
      "Cambridge, MA",
      "TOEFL 2019",        // a year
      "IELTS 10",          // bands stop at 9
      "IELTS 7.3",         // bands go in halves
      "TOEFL 105.5",
      "TOEIC 2000",
      "JLPT N6",
      "DELF C1",           // DELF stops at B2 (DALF is C1-C2)
      "GRE 170",           // a section score alone
      "HSK",
      "preparing for the IELTS exam",
      "HSKA",
      "CET-60 players",
      "",
  };
  for (const std::string& text : rows) {
    INFO("text: \"" << text << "\"");
    CHECK(Lexicon().FindTests(text, false).empty());
  }
}

// -- 2. Labels and items ------------------------------------------------------------------

TEST_CASE("language rows and items", "[languages]") {
  struct Row {
    std::string text;
    bool row, item;
  };
  const std::vector<Row> rows = {
      {"Languages\tChinese, IELTS 7.0 (7.5 7.5 6.0 6.5)", true, true},  // holds a test
      {"Languages: Vietnamese (native), English (IELTS 7.0)", true, true},
      {"Languages Known : English, Hindi, Marathi", true, false},
      {"语言:中文、英语", true, false},
      {"英语:CET-6(532),可熟练阅读英文技术文档", true, true},
      {"Welsh language: conversational (Lefel Canolradd)", true, true},
      {"Sprachkenntnisse: Deutsch, Englisch", true, false},
      {"Languages\tGo, Python, Bash", false, false},
      {"Languages: Python, Go, TypeScript", false, false},
      {"Frameworks: React, Vue", false, false},
      {"English (fluent)", false, true},
      {"IELTS 7.5", false, true},
      {"Python", false, false},
      {"Englishman", false, false},
  };
  for (const Row& row : rows) {
    INFO("text: \"" << row.text << "\"");
    CHECK(Lexicon().IsLanguageRow(row.text) == row.row);
    CHECK(Lexicon().IsLanguageItem(row.text) == row.item);
  }
  CHECK(Lexicon().LanguageNamed("Welsh language") == "Welsh");
  CHECK(Lexicon().LanguageNamed("普通话") == "Chinese");
  CHECK(Lexicon().LanguageNamed("Mandarin") == "Chinese");
  CHECK(Lexicon().LanguageNamed("Englisch") == "English");
  CHECK(Lexicon().LanguageNamed("Java") == "");
  CHECK(Lexicon().FluencyNamed("Muttersprache") == "Native");
  CHECK(Lexicon().FluencyNamed("流利") == "Fluent");
  CHECK(Lexicon().FluencyNamed("fluently") == "Fluent");
}

TEST_CASE("row labels", "[languages]") {
  struct Row {
    std::string text;
    std::string label;  // "" for none
    std::string rest;
  };
  const std::vector<Row> rows = {
      {"Languages: English, French", "Languages", "English, French"},
      {"Languages\tChinese", "Languages", "Chinese"},
      {"Languages ........ Go, Java", "Languages", "Go, Java"},
      {"Web Technologies\t: HTML5", "Web Technologies", "HTML5"},
      {"CAD/CAE: SolidWorks", "CAD/CAE", "SolidWorks"},
      {"See https://example.org", "", ""},
      {"English, French: fluent", "", ""},
      {"IFRS 9 / 15 / 16 implementation\t| Statutory audits", "", ""},
      {"A very long label that has far too many words: x", "", ""},
      {"Languages:", "", ""},
  };
  for (const Row& row : rows) {
    INFO("text: \"" << row.text << "\"");
    std::string_view label;
    size_t begin = 0;
    bool ok = SplitRowLabel(row.text, &label, &begin);
    CHECK(ok == !row.label.empty());
    if (ok) {
      CHECK(label == row.label);
      CHECK(row.text.substr(begin) == row.rest);
    }
  }
}

// -- 3. Documents ------------------------------------------------------------------------

TEST_CASE("languages sections and rows", "[languages]") {
  struct Row {
    std::string text;
    std::vector<std::string> languages;
  };
  const std::vector<Row> rows = {
      {"Jane Doe\n\nLANGUAGES\nEnglish (fluent), Urdu (native), Arabic (basic)\n",
       {"English/Fluent", "Urdu/Native", "Arabic/Basic"}},
      {"Jane Doe\n\nLANGUAGES\nEnglish, Portuguese (native), Spanish (intermediate)\n",
       {"English/", "Portuguese/Native", "Spanish/Intermediate"}},
      {"Jane Doe\n\nLanguages\nDutch\tnative\nEnglish\tC2\nGerman\tB1\n", {"Dutch/Native", "English/C2", "German/B1"}},
      {"Jane Doe\n\nLANGUAGES\nSpanish - native; English - C1 (TOEFL iBT 104); Portuguese - B1\n",
       {"Spanish/Native", "English/C1", "Portuguese/B1"}},
      {"Jane Doe\n\nLANGUAGES\nEnglish - fluent\nFrench - fluent\n", {"English/Fluent", "French/Fluent"}},
      // An inline heading: the heading line is the section's first row.
      {"Jane Doe\n\nLanguages: English (native), French (fluent)\n\nEXPERIENCE\nAcme 2019 - 2021\n",
       {"English/Native", "French/Fluent"}},
      {"Jane Doe\n\nLANGUAGES\nFluent in English and French; basic German\n",
       {"English/Fluent", "French/Fluent", "German/Basic"}},
      {"Jane Doe\n\nLANGUAGES\nNative: Chinese; Fluent: English\n", {"Chinese/Native", "English/Fluent"}},
      {"Jane Doe\n\nLANGUAGES\nFluent: English, French\n", {"English/Fluent", "French/Fluent"}},
      {"Jane Doe\n\nLANGUAGES\nEnglish (Full professional proficiency), Hindi (Native or bilingual proficiency)\n",
       {"English/Full professional proficiency", "Hindi/Native"}},
      {"Jane Doe\n\nLANGUAGES\nEnglish | Mandarin | Malay (basic)\n", {"English/", "Chinese/", "Malay/Basic"}},
      {"Jane Doe\n\nLANGUAGES\nChinese (Mandarin)\tNative\nEnglish\tIELTS Academic 7.5\n",
       {"Chinese/Native", "English/IELTS 7.5"}},
      {"Jane Doe\n\nLANGUAGES\nJapanese\tJLPT N2 (passed, 2023)\nKorean\tElementary (TOPIK I Level 2)\n",
       {"Japanese/JLPT N2", "Korean/Elementary"}},
      {"Jane Doe\n\nLANGUAGES\nEnglish\tC1\tC2\tC1\tC1\tC1\nGerman\tB2\tB2\tB1\tB1\tB1\n", {"English/C1", "German/B1"}},
      {"Jane Doe\n\nSprachkenntnisse\nDeutsch\tMuttersprache\nEnglisch\tverhandlungssicher (C1)\n",
       {"German/Native", "English/Professional working proficiency"}},
      {"Jane Doe\n\nLANGUES\nFrançais - langue maternelle\nAnglais - courant (TOEIC 935)\n",
       {"French/Native", "English/Fluent"}},
      {"张三\n\n语言能力\n中文(母语);英语(CET-6 560);日语(JLPT N3)\n", {"Chinese/Native", "English/CET-6 560", "Japanese/JLPT N3"}},
      {"Jane Doe\n\nMother tongue(s)\nCroatian\n", {"Croatian/Native"}},
      // Rows of a skills table.
      {"Jane Doe\n\nSKILLS\nDeveloper Tools\tPython, Java\nLanguages\tChinese, IELTS 7.0 (7.5 7.5 6.0 6.5)\n",
       {"Chinese/", "English/IELTS 7.0/inferred"}},
      {"Jane Doe\n\nSKILLS\nC, Go, Python\nLanguages: Vietnamese (native), English (IELTS 7.0)\n",
       {"Vietnamese/Native", "English/IELTS 7.0"}},
      {"Jane Doe\n\nSKILLS\n- Welsh language: conversational (Lefel Canolradd)\n", {"Welsh/Conversational"}},
      {"Jane Doe\n\nSKILLS\nPython, Java, English (fluent)\n", {"English/Fluent"}},
      // A labelled row anywhere.
      {"Jane Doe\nLanguages Known : English, Hindi, Marathi\n", {"English/", "Hindi/", "Marathi/"}},
      // Known only from a test elsewhere.
      {"Jane Doe\n\nEDUCATION\nBSc Physics, 2020. IELTS 8.0\n", {"English/IELTS 8.0/inferred"}},
      // Listed without a level: the test elsewhere gives it one.
      {"Jane Doe\n\nEDUCATION\nBSc Physics, 2020. TOEFL 112\n\nLANGUAGES\nEnglish, Spanish\n", {"English/TOEFL 112", "Spanish/"}},
  };
  for (const Row& row : rows) {
    INFO("text: \"" << row.text << "\"");
    Document doc = ParseLanguages(row.text);
    CHECK(Summary(doc) == row.languages);
    for (const Language& l : doc.entities.languages) {
      CHECK(l.span_begin < l.span_end);
      CHECK(l.span_end <= doc.text.size());
    }
  }
}

TEST_CASE("no languages", "[languages]") {
  const std::vector<std::string> texts = {
      "Jane Doe\n\nEXPERIENCE\nProduced monthly reports in Arabic and English.\n",  // prose elsewhere
      "Jane Doe\n\nSKILLS\nLanguages: Python, Go, TypeScript\n",                    // programming languages
      "Jane Doe\n\nSKILLS\nLanguages\tGo, Python, Bash\n",
      "Jane Doe\n\nSKILLS\nCAD/CAE: SolidWorks, ANSYS\n",
      "Jane Doe\n\nEXPERIENCE\nGRE tunnels and IPsec VPNs\n",
      "Jane Doe\n\nLANGUAGES\nLevels: A1 and A2: Basic user - B1 and B2: Independent user\n",
      "Jane Doe\n\nLANGUAGES\nCommon European Framework of Reference for Languages\n",
      "Jane Doe\n\nEDUCATION\nGRE 170 in the quantitative section\n",
  };
  for (const std::string& text : texts) {
    INFO("text: \"" << text << "\"");
    Document doc = ParseLanguages(text);
    CHECK(doc.entities.languages.empty());
    CHECK(doc.entities.test_scores.empty());
  }
}

// -- 4. Corpus ---------------------------------------------------------------------------

TEST_CASE("corpus 000: Chinese and English from IELTS", "[languages]") {
  Document doc = ParseLanguages(ReadCorpus("000.txt"));
  CHECK(Summary(doc) == std::vector<std::string>{"Chinese/", "English/IELTS 7.0/inferred"});
  REQUIRE(doc.entities.test_scores.size() == 1);
  const TestScore& t = doc.entities.test_scores[0];
  CHECK(t.test == "IELTS");
  CHECK(t.score == "7.0");
  CHECK(t.sub_scores == std::vector<std::string>{"7.5", "7.5", "6.0", "6.5"});
  CHECK(t.language == "English");
  CHECK(doc.Text({t.span_begin, t.span_end}) == "IELTS 7.0 (7.5 7.5 6.0 6.5)");
  const Language& chinese = doc.entities.languages[0];
  CHECK(doc.Text({chinese.span_begin, chinese.span_end}) == "Chinese");
}

TEST_CASE("corpus 011: Europass CEFR grid and mother tongue", "[languages]") {
  Document doc = ParseLanguages(ReadCorpus("011.txt"));
  CHECK(Summary(doc) == std::vector<std::string>{"Croatian/Native", "English/C1", "German/B1", "Italian/A2"});
  REQUIRE(doc.entities.test_scores.size() == 1);
  CHECK(doc.entities.test_scores[0].test == "Cambridge C1 Advanced");
  CHECK(doc.entities.test_scores[0].score == "A");
}

TEST_CASE("corpus 013, 018, 026, 028", "[languages]") {
  CHECK(Summary(ParseLanguages(ReadCorpus("013.txt"))) ==
        std::vector<std::string>{"Chinese/Native", "English/IELTS 7.5", "Japanese/JLPT N3"});
  CHECK(Summary(ParseLanguages(ReadCorpus("018.txt"))) ==
        std::vector<std::string>{"Dutch/Native", "English/C2", "German/B1"});
  CHECK(Summary(ParseLanguages(ReadCorpus("026.txt"))) ==
        std::vector<std::string>{"Ukrainian/Native", "Russian/Native", "English/C1", "Polish/B2"});
  CHECK(Summary(ParseLanguages(ReadCorpus("028.txt"))) ==
        std::vector<std::string>{"German/Native", "English/Professional working proficiency", "French/Good"});
}

TEST_CASE("corpus 034: test scores", "[languages]") {
  Document doc = ParseLanguages(ReadCorpus("034.txt"));
  CHECK(Summary(doc) == std::vector<std::string>{"Chinese/Native", "English/IELTS 7.5", "Japanese/JLPT N2",
                                                 "French/DELF B2", "Korean/Elementary"});
  std::vector<std::string> tests;
  for (const TestScore& t : doc.entities.test_scores) tests.push_back(t.test + " " + t.score);
  CHECK(tests == std::vector<std::string>{"IELTS 7.5", "TOEFL 105", "CET-6 560", "CET-4 603", "JLPT N2", "DELF B2",
                                          "TOPIK 2", "GRE 326"});
  for (const TestScore& t : doc.entities.test_scores) {
    if (t.test == "GRE") CHECK(t.sub_scores == std::vector<std::string>{"V 158", "Q 168", "AW 4.0"});
    if (t.test == "IELTS") CHECK(t.sub_scores == std::vector<std::string>{"L 8.0", "R 7.5", "W 6.5", "S 7.0"});
  }
}

// -- 5. Data errors ----------------------------------------------------------------------

TEST_CASE("languages lexicon: bad data is refused with file:line", "[languages]") {
  struct Bad {
    std::string tsv;
    std::string error_start;
  };
  const std::vector<Bad> rows = {
      {"language\tEnglish\tEnglisch\ten\t\n", ""},
      {"language\tEnglish\tEnglisch\ten\n", "languages.tsv:1: expected 5"},
      {"dialect\tEnglish\t\ten\t\n", "languages.tsv:1: unknown kind"},
      {"test\tIELTS\t\tEnglish\tband\n", "languages.tsv:1: unknown test language"},
      {"language\tEnglish\t\ten\t\ntest\tIELTS\t\tEnglish\tstars\n", "languages.tsv:2: unknown score grammar"},
      {"language\tEnglish\t\ten\t\ntest\tTOEFL\t\tEnglish\tpoints\n", "languages.tsv:2: score grammar"},
      {"language\tEnglish\t\ten\t\ntest\tTOEFL\t\tEnglish\tpoints:120-0\n", "languages.tsv:2: range"},
      {"language\tEnglish\t\ten\t\ntest\tTOEFL\t\tEnglish\tpoints:0-120,loud\n", "languages.tsv:2: unknown flag"},
      {"language\tEnglish\t\ten\t\nlanguage\tAnglo\tenglish\t\t\n", "languages.tsv:2: form 'english'"},
      {"fluency\tNative\t\t\tband\n", "languages.tsv:1: only tests"},
  };
  for (const Bad& row : rows) {
    INFO(row.tsv);
    std::string error;
    std::unique_ptr<LanguageLexicon> lexicon = LanguageLexicon::Create(row.tsv, &error);
    if (row.error_start.empty()) {
      CHECK(lexicon != nullptr);
    } else {
      CHECK(lexicon == nullptr);
      CHECK(error.rfind(row.error_start, 0) == 0);
    }
  }
}

}  // namespace
}  // namespace cvparse
