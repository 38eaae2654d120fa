// Tests for parser/text/unflatten.h: which physical lines count as flattened
// résumés, and the lines recovered from them.
#include "text/unflatten.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/normalize.h"

namespace cvparse {
namespace {

// A flattened résumé: original lines joined by two spaces, paragraphs by six.
std::string Flattened(const std::vector<std::string>& lines, const std::string& joint = "  ") {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) out += (i ? joint : "") + lines[i];
  return out;
}

const std::vector<std::string> kResumeLines = {
    "Emory Wiza",          "Francis Road",      "San Francisco",   "Phone: 65-337-55",
    "Objective",           "Looking for a position as a senior or deputy editor to showcase my skills.",
    "Career Experience",   "2004-2007",         "Bay Journal",     "Editor",
    "Edited incoming news and analysed them for repeats from agencies.",
    "2007-Present",        "Daily Mail",        "Deputy Editor",
    "Supervise and re-edit articles to make them feasible according to the paper standards.",
    "Education",           "2003-2004",         "Masters in Mass Communication, Mediacom College"};

TEST_CASE("LooksFlattened: which physical lines are flattened résumés", "[unflatten]") {
  struct Row {
    std::string name;
    std::string line;
    bool flattened;
  };
  const std::string prose(600, 'x');
  std::string sentence_run;
  for (int i = 0; i < 12; ++i) sentence_run += "A long sentence of ordinary prose that goes on and on without pause. ";
  const std::vector<Row> rows = {
      {"a résumé joined by double spaces", Flattened(kResumeLines), true},
      {"the same with paragraph gaps", Flattened(kResumeLines, "      "), true},
      {"short: a normal header line", "Jane Doe  |  jane@example.com  |  +1 555 0100", false},
      {"two-column line under the length floor", "Python, Go        2019 - 2021        Acme Corp", false},
      {"one long word", prose, false},
      {"long prose with single spaces", sentence_run, false},
      {"long prose with a few double spaces", sentence_run + "  end  of  it", false},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(LooksFlattened(row.line) == row.flattened);
  }
}

TEST_CASE("LooksFlattenedBeside: the shorter lines of a flattened document", "[unflatten]") {
  struct Row {
    std::string line;
    bool flattened;
  };
  const std::vector<Row> rows = {
      {"CURRICULUM VITAE    Jane Doe  Denver, CO  Cell: (720) 555-0119", true},
      {"Jane Doe  jane@example.com", true},
      {"Python, Go        2019 - 2021        Acme Corp", true},
      {"Jane Doe", false},
      {"one space only between words", false},
      {"trailing gap only  ", false},
      {"", false},
      {std::string(200, 'x') + "  " + std::string(200, 'y'), false},  // pieces longer than lines
  };
  for (const Row& row : rows) {
    INFO(row.line);
    CHECK(LooksFlattenedBeside(row.line) == row.flattened);
  }
}

TEST_CASE("SplitFlattened: recovered lines and blank lines", "[unflatten]") {
  struct Row {
    std::string text;
    std::vector<std::string> pieces;  // "" is a recovered blank line
  };
  const std::vector<Row> rows = {
      {"Objective  Looking for work", {"Objective", "Looking for work"}},
      {"Objective   Looking", {"Objective", "Looking"}},
      {"Summary      Good network", {"Summary", "", "Good network"}},
      {"one space only", {"one space only"}},
      {"  leading and trailing  ", {"leading and trailing"}},
      {"a  b  c", {"a", "b", "c"}},
      {"", {}},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    std::vector<std::string> got;
    for (const LinePiece& piece : SplitFlattened(row.text)) got.push_back(row.text.substr(piece.begin, piece.end - piece.begin));
    CHECK(got == row.pieces);
  }
}

TEST_CASE("SplitLines: a flattened résumé becomes lines with spans into the original", "[unflatten]") {
  const std::string text = Flattened(kResumeLines);
  std::vector<Line> lines = SplitLines(text);
  std::vector<std::string> norms;
  for (const Line& line : lines) {
    norms.push_back(line.norm);
    CHECK(text.substr(line.span.begin, line.span.end - line.span.begin) == line.norm);
  }
  CHECK(norms == kResumeLines);
}

TEST_CASE("SplitLines: a header line kept apart from a flattened body is split too", "[unflatten]") {
  const std::string header = "CURRICULUM VITAE    Emory Wiza  Cell: 65-337-55";
  const std::vector<std::string> body(kResumeLines.begin() + 4, kResumeLines.end());
  std::vector<std::string> norms;
  for (const Line& line : SplitLines(header + "\n" + Flattened(body))) norms.push_back(line.norm);
  REQUIRE(norms.size() >= 4);
  CHECK(norms[0] == "CURRICULUM VITAE");
  CHECK(norms[1] == "");  // four spaces: a blank line
  CHECK(norms[2] == "Emory Wiza");
  CHECK(norms[3] == "Cell: 65-337-55");
  // Without a flattened line in the document, the same header stays whole.
  const Line first = SplitLines(header + "\nObjective\n").front();
  CHECK(first.span.begin == 0);
  CHECK(first.span.end == header.size());
}

}  // namespace
}  // namespace cvparse
