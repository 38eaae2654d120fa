// Tests for parser/extract/written_degree.h.
#include "extract/written_degree.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace cvparse {
namespace {

struct Row {
  std::string line, degree, area, written;
};

TEST_CASE("WrittenDegree: degree and area together on a line", "[written_degree]") {
  const std::vector<Row> rows = {
      {"Bachelor of Science in Business Administration, 2009", "Bachelor of Science", "Business Administration",
       "Bachelor of Science in Business Administration"},
      {"MASTER IN ENGINEERING MANAGEMENT", "MASTER", "ENGINEERING MANAGEMENT", "MASTER IN ENGINEERING MANAGEMENT"},
      {"Masters of Law (LL.M) in International Law", "Masters of Law", "International Law",
       "Masters of Law (LL.M) in International Law"},
      {"BSc (Hons) Physics", "BSc", "Physics", "BSc (Hons) Physics"},
      {"B.E. (Information Science), 2012", "B.E.", "Information Science", "B.E. (Information Science)"},
      {"MSc Computer Science, Harbor University", "MSc", "Computer Science", "MSc Computer Science"},
      {"Masters of Science, Cinema Production", "Masters of Science", "Cinema Production",
       "Masters of Science, Cinema Production"},
      {"BA - History", "BA", "History", "BA - History"},
      {"Diploma: Nursing", "Diploma", "Nursing", "Diploma: Nursing"},
      {"M.Sc. in  Computer Security", "M.Sc.", "Computer Security", "M.Sc. in  Computer Security"},
      // Not together.
      {"BSc", "BSc", "Physics", ""},
      {"Computer Science, BSc", "BSc", "Computer Science", ""},  // the area before the degree
      {"BSc, Honours: Physics", "BSc", "Physics", ""},           // something else between
      {"BSc (Honours degree) Physics", "BSc", "Physics", ""},    // a note of several words
      {"B.E. (Information Science", "B.E.", "Information Science", ""},  // the bracket never closes
      {"BS Information", "BS", "Information Systems", ""},       // the area is longer than the line
      {"BS", "", "Physics", ""},
      {"BS Physics", "BS", "", ""},
  };
  for (const Row& row : rows) {
    INFO(row.line);
    CHECK(WrittenDegree(row.line, row.degree, row.area) == row.written);
  }
}

}  // namespace
}  // namespace cvparse
