// Tests for parser/text/normalize.h: line splitting, Line::norm and the
// offset map back to the original bytes.
//
// Rows are {raw line → expected norm, bulleted?}; the negative rows at the
// end hold lines that must normalise to nothing at all.
#include "text/normalize.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cvparse {
namespace {

struct NormRow {
  std::string raw;
  std::string norm;
  bool bulleted;
};

// Invariants every normalised line keeps, whatever its text: one offset per
// norm byte, non-decreasing, inside the line; the extra last element is the
// end of the last source character kept (the line's end when none was).
void CheckOffsets(const Line& line) {
  REQUIRE(line.offsets.size() == line.norm.size() + 1);
  for (size_t i = 0; i + 1 < line.offsets.size(); ++i) {
    CHECK(line.offsets[i] <= line.offsets[i + 1]);
    CHECK(line.offsets[i] >= line.span.begin);
    CHECK(line.offsets[i] < line.span.end);
  }
  if (line.norm.empty()) {
    CHECK(line.offsets.back() == line.span.end);
  } else {
    CHECK(line.offsets.back() > line.offsets[line.norm.size() - 1]);
    CHECK(line.offsets.back() <= line.span.end);
  }
}

TEST_CASE("NormalizeLine: raw line to norm", "[normalize]") {
  const std::vector<NormRow> rows = {
      // The header's examples.
      {"☎ (+86) 173‐2603‐1722", "(+86) 173-2603-1722", false},
      {"– GPA： 3.50／4.0", "GPA: 3.50/4.0", true},
      {"2021.9 – 2024.6", "2021.9 - 2024.6", false},
      {"Skills\t\tPython,  Java", "Skills\tPython, Java", false},
      {"● **Work:** done", "Work: done", true},
      {"Python • Java • SQL", "Python | Java | SQL", false},
      // Symbol / Wingdings bullets exported into the private use area (U+F0FC, U+F06C).
      {"\xEF\x83\xBC Earned the regional award", "Earned the regional award", true},
      {"\xEF\x81\xAC Led the kitchen team", "Led the kitchen team", true},

      // Dashes and tildes → '-'.
      {"2019—2023", "2019-2023", false},
      {"2019 ― 2023", "2019 - 2023", false},
      {"2019 ～ 2023", "2019 - 2023", false},
      {"2019〜2023", "2019-2023", false},
      {"2019~2023", "2019-2023", false},
      {"Jan 2020 − Mar 2021", "Jan 2020 - Mar 2021", false},
      {"Full－width－dash", "Full-width-dash", false},
      {"−5% churn", "-5% churn", false},  // a minus sign, not a bullet: no space follows
      {"-5 to +5", "-5 to +5", false},
      {"⸺ two-em dash", "two-em dash", true},

      // Full-width forms → ASCII.
      {"１７３２６０３１７２２", "17326031722", false},
      {"ＧＰＡ：３．８／４．０", "GPA:3.8/4.0", false},
      {"（＋86）173", "(+86)173", false},
      {"Ｃ＋＋，Ｐｙｔｈｏｎ", "C++,Python", false},
      {"ＡＢＣ　ｄｅｆ", "ABC def", false},  // ideographic space
      {"电话：１３８", "电话:138", false},
      {"Ｃ＊", "C", false},  // a full-width asterisk is emphasis too

      // Unicode spaces, tabs and column gaps.
      {"Jane\u00A0Doe", "Jane Doe", false},
      {"Jane\u2003Doe", "Jane Doe", false},
      {"Jane\u202FDoe", "Jane Doe", false},
      {"Jane  Doe", "Jane Doe", false},
      {"Name   Jane Doe", "Name\tJane Doe", false},
      {"Name\tJane Doe", "Name\tJane Doe", false},
      {"a \t b", "a\tb", false},
      {"Jane\u00A0\u00A0\u00A0Doe", "Jane\tDoe", false},
      {"   Leading and trailing   ", "Leading and trailing", false},
      {"Work\u2028Experience", "Work Experience", false},
      {"Jane\x01" "Doe", "Jane Doe", false},  // stray control character

      // Emoji and decorative glyphs are dropped.
      {"✉ jane@example.com", "jane@example.com", false},
      {"🌐 <https://github.com/jdoe/>", "<https://github.com/jdoe/>", false},
      {"📧 jane@x.com | 📱 +1 555 0100", "jane@x.com | +1 555 0100", false},
      {"Python 🐍", "Python", false},
      {"Heart ❤️ emoji", "Heart emoji", false},
      {"Thumbs 👍🏽 up", "Thumbs up", false},
      {"\uF0E0 jane@x.com", "jane@x.com", false},  // an icon font's private-use glyph
      {"Zero\u200Bwidth", "Zerowidth", false},
      {"Soft\u00ADhyphen", "Softhyphen", false},
      {"\uFEFFJane", "Jane", false},
      {"Ⓒ 2024 Jane", "2024 Jane", false},

      // Bullets at the start of a line.
      {"• Led a team of five", "Led a team of five", true},
      {"- Skills", "Skills", true},
      {"* Item", "Item", true},
      {"+ Item", "Item", true},
      {"◦ Sub item", "Sub item", true},
      {"▪ Item", "Item", true},
      {"➢ Item", "Item", true},
      {"✔ Done", "Done", true},
      {"\uF0B7 Symbol-font bullet", "Symbol-font bullet", true},
      {"  · Indented dot", "Indented dot", true},
      {"■ EDUCATION", "EDUCATION", true},
      {"–\u3000Wide gap", "Wide gap", true},
      {"•Tight bullet", "Tight bullet", true},

      // Inline bullets separate items.
      {"Python · Java · SQL", "Python | Java | SQL", false},
      {"Python•Java•SQL", "Python | Java | SQL", false},
      {"Jane Doe • Engineer •", "Jane Doe | Engineer", false},

      // Quotes.
      {"“Smart” ‘quotes’", "\"Smart\" 'quotes'", false},
      {"Don’t stop", "Don't stop", false},
      {"„Zitat“", "\"Zitat\"", false},
      {"5′11″", "5'11\"", false},

      // Markdown emphasis.
      {"**Bold** and *italic*", "Bold and italic", false},
      {"*Keywords:* Recommendation", "Keywords: Recommendation", false},
      {"– *Keywords:* Recommendation", "Keywords: Recommendation", true},
      {"- **Background:** Prevailing", "Background: Prevailing", true},

      // Left alone.
      {"E D U C A T I O N", "E D U C A T I O N", false},
      {"Bogotá, Colombia", "Bogotá, Colombia", false},
      {"1. Item", "1. Item", false},
      {"-- Jane", "-- Jane", false},
      {"Etc…", "Etc…", false},
      {"Languages\tChinese, IELTS 7.0", "Languages\tChinese, IELTS 7.0", false},
      {"教育背景", "教育背景", false},
      {"C# and F#", "C# and F#", false},
      {"bad \xC3 byte", "bad \uFFFD byte", false},
  };
  for (const NormRow& row : rows) {
    INFO("raw: \"" << row.raw << "\"");
    Line line = NormalizeLine(row.raw, 0);
    CHECK(line.norm == row.norm);
    CHECK(line.bulleted == row.bulleted);
    CHECK(line.span == Span{0, static_cast<uint32_t>(row.raw.size())});
    CheckOffsets(line);
  }
}

// Negative list: these lines hold nothing to match.
TEST_CASE("NormalizeLine: lines that normalise to nothing", "[normalize]") {
  const std::vector<std::string> rows = {
      "", " ", "   ", "\t\t", "\u00A0", "\u3000", "✉", "☎ 📞", "🌐", "•", "- ", "* ", "**",
      "\u200B", "\uFE0F", "● ■ ◆", "\uF0B7",
  };
  for (const std::string& raw : rows) {
    INFO("raw: \"" << raw << "\"");
    Line line = NormalizeLine(raw, 7);
    CHECK(line.norm.empty());
    CHECK(line.blank());
    CHECK(line.span == Span{7, static_cast<uint32_t>(7 + raw.size())});
    CheckOffsets(line);
  }
}

TEST_CASE("NormalizeLine: indent", "[normalize]") {
  const std::vector<std::pair<std::string, int>> rows = {
      {"Jane", 0}, {"  Jane", 2}, {"\tJane", 4}, {"\t  Jane", 6}, {"    • Item", 4}, {"\u3000Jane", 1},
  };
  for (const auto& [raw, indent] : rows) {
    INFO("raw: \"" << raw << "\"");
    CHECK(NormalizeLine(raw, 0).indent == indent);
  }
}

// -- Line::RawSpan maps a norm range back to the original bytes. ------------

struct SpanRow {
  std::string raw;     // one line
  std::string needle;  // a substring of its norm
  std::string source;  // the bytes of `raw` it must map to
};

TEST_CASE("Line::RawSpan maps norm ranges to original bytes", "[normalize]") {
  const std::vector<SpanRow> rows = {
      {"☎ (+86) 173‐2603‐1722", "(+86) 173-2603-1722", "(+86) 173‐2603‐1722"},
      {"☎ (+86) 173‐2603‐1722", "173-2603", "173‐2603"},
      {"☎ (+86) 173‐2603‐1722", "1722", "1722"},
      {"✉ jiayang.barrygu@gmail.com", "jiayang.barrygu@gmail.com", "jiayang.barrygu@gmail.com"},
      {"🌐 <https://github.com/jdoe/>", "https://github.com/jdoe/", "https://github.com/jdoe/"},
      {"ＧＰＡ：３．８／４．０", "3.8/4.0", "３．８／４．０"},
      {"ＧＰＡ：３．８／４．０", "GPA", "ＧＰＡ"},
      {"– GPA： 3.50／4.0", "GPA: 3.50", "GPA： 3.50"},
      {"2021.9 – 2024.6", "2021.9 - 2024.6", "2021.9 – 2024.6"},
      {"Skills\t\tPython,  Java", "Python, Java", "Python,  Java"},
      {"Skills\t\tPython,  Java", "Skills", "Skills"},
      {"“Quoted” text", "Quoted", "Quoted"},
      {"“Quoted” text", "\"Quoted\"", "“Quoted”"},
      {"● **Work:** done", "Work", "Work"},
      {"● **Work:** done", "done", "done"},
      {"Python • Java • SQL", "Java", "Java"},
      {"Python 🐍", "Python", "Python"},
      {"Zoë  Müller", "Zoë Müller", "Zoë  Müller"},
      {"Jane\u00A0Doe", "Jane Doe", "Jane\u00A0Doe"},
      {"   Jane Doe   ", "Jane Doe", "Jane Doe"},
      {"Heart ❤️ emoji", "emoji", "emoji"},
      {"电话：１３８ ００１３ ８０００", "138 0013 8000", "１３８ ００１３ ８０００"},
      {"Soft\u00ADhyphen", "Softhyphen", "Soft\u00ADhyphen"},
      {"- Skills", "Skills", "Skills"},
  };
  for (const SpanRow& row : rows) {
    INFO("raw: \"" << row.raw << "\" needle: \"" << row.needle << "\"");
    // Put the line after another one so that offsets are document offsets.
    const std::string prefix = "First line\r\n";
    const std::string text = prefix + row.raw + "\n";
    std::vector<Line> lines = SplitLines(text);
    REQUIRE(lines.size() == 2);
    const Line& line = lines[1];
    size_t at = line.norm.find(row.needle);
    REQUIRE(at != std::string::npos);
    Span span = line.RawSpan(at, at + row.needle.size());
    CHECK(std::string_view(text).substr(span.begin, span.end - span.begin) == row.source);
  }
}

TEST_CASE("Line::RawSpan edge cases", "[normalize]") {
  const std::string text = "xx\n  ☎ (+86) 173‐2603  \n";
  std::vector<Line> lines = SplitLines(text);
  REQUIRE(lines.size() == 2);
  const Line& line = lines[1];
  REQUIRE(line.norm == "(+86) 173-2603");
  auto source = [&](Span s) { return text.substr(s.begin, s.end - s.begin); };

  SECTION("the whole norm excludes dropped leading glyphs and trailing spaces") {
    CHECK(source(line.RawSpan(0, line.norm.size())) == "(+86) 173‐2603");
  }
  SECTION("an empty range is empty and inside the line") {
    Span s = line.RawSpan(6, 6);
    CHECK(s.empty());
    CHECK(s.begin == line.offsets[6]);
  }
  SECTION("ranges past the end are clamped to the line") {
    Span s = line.RawSpan(6, 1000);
    CHECK(source(s) == "173‐2603");
    CHECK(s.end <= line.span.end);
    s = line.RawSpan(1000, 2000);
    CHECK(s.empty());
    CHECK(s.begin <= line.span.end);
  }
  SECTION("a reversed range is empty") {
    CHECK(line.RawSpan(8, 3).empty());
  }
  SECTION("a blank line maps to its own span") {
    Line blank = NormalizeLine("  ✉  ", 40);
    Span s = blank.RawSpan(0, 0);
    CHECK(s.begin >= 40);
    CHECK(s.end <= 45 + 3);
    CHECK(s.empty());
  }
}

// -- SplitLines: \n, \r\n and \r all end a line. -----------------------------

struct SplitRow {
  std::string text;
  std::vector<std::string> lines;  // the source text of each line
};

TEST_CASE("SplitLines", "[normalize]") {
  const std::vector<SplitRow> rows = {
      {"a", {"a"}},
      {"a\n", {"a"}},
      {"a\nb", {"a", "b"}},
      {"a\nb\n", {"a", "b"}},
      {"a\r\nb\r\n", {"a", "b"}},
      {"a\rb\r", {"a", "b"}},
      {"a\r\nb\nc\rd", {"a", "b", "c", "d"}},
      {"a\n\nb", {"a", "", "b"}},
      {"a\r\n\r\nb", {"a", "", "b"}},
      {"a\n\rb", {"a", "", "b"}},  // "\n\r" is two breaks, not one
      {"a\r\rb", {"a", "", "b"}},
      {"\na", {"", "a"}},
      {"a\n\n", {"a", ""}},
      {"\n", {""}},
      {"", {""}},
      {"  indented\n\ttabbed", {"  indented", "\ttabbed"}},
      {"Zoë\r\n教育背景\r\n", {"Zoë", "教育背景"}},
  };
  for (const SplitRow& row : rows) {
    INFO("text: \"" << row.text << "\"");
    std::vector<Line> lines = SplitLines(row.text);
    REQUIRE(lines.size() == row.lines.size());
    uint32_t previous_end = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
      INFO("line " << i);
      const Span& s = lines[i].span;
      CHECK(row.text.substr(s.begin, s.end - s.begin) == row.lines[i]);
      CHECK(s.begin >= previous_end);
      previous_end = s.end;
      CheckOffsets(lines[i]);
    }
  }
}

TEST_CASE("SplitLines normalises every line", "[normalize]") {
  const std::string text = "☎ (+86) 173‐2603‐1722\r\n\r\n• Python • Java\r\n  ＧＰＡ：３．８";
  std::vector<Line> lines = SplitLines(text);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].norm == "(+86) 173-2603-1722");
  CHECK(lines[1].blank());
  CHECK(lines[2].norm == "Python | Java");
  CHECK(lines[2].bulleted);
  CHECK(lines[3].norm == "GPA:3.8");
  CHECK(lines[3].indent == 2);
  CHECK(lines[3].span.end == text.size());
}

}  // namespace
}  // namespace cvparse
