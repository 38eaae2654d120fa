// Tests for parser/extract/compound_roles.h: a position => the roles it joins.
#include "extract/compound_roles.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/experience.h"
#include "shared_lexicons.h"

namespace cvparse {
namespace {

const RoleLexicon& TheRoles() { return SharedCreated<ExperienceExtractor>().roles(); }

struct Row {
  std::string position;
  std::vector<std::string> roles;  // empty: one position, not cut
};

void CheckRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    INFO(row.position);
    CHECK(SplitCompoundRoles(TheRoles(), row.position) == row.roles);
  }
}

TEST_CASE("SplitCompoundRoles: two titles held in one job", "[compound_roles]") {
  CheckRows({
      {"Founder and CEO", {"Founder", "CEO"}},
      {"Executive Director and CEO", {"Executive Director", "CEO"}},
      {"Senior Business Analyst and Procurement Lead", {"Senior Business Analyst", "Procurement Lead"}},
      {"FOUNDER AND CEO", {"FOUNDER", "CEO"}},
      {"Game Programmer & Flash Developer", {"Game Programmer", "Flash Developer"}},
      {"Senior Programmer / Analyst", {"Senior Programmer", "Analyst"}},
      {"Owner/Consultant", {"Owner", "Consultant"}},
      {"Web Developer/Help Desk Technician", {"Web Developer", "Help Desk Technician"}},
      {"Paralegal/Bookkeeper/Office Manager", {"Paralegal", "Bookkeeper", "Office Manager"}},
      {"Maitre d / Head Waitress", {"Maitre d", "Head Waitress"}},
      {"Principal Investigator and Project Director", {"Principal Investigator", "Project Director"}},
      {"Research Assistant; Teaching Assistant", {"Research Assistant", "Teaching Assistant"}},
  });
}

TEST_CASE("SplitCompoundRoles: a list ending \", and\"", "[compound_roles]") {
  CheckRows({
      {"Personal Trainer, Nutritionist, and Head Boxing Coach", {"Personal Trainer", "Nutritionist", "Head Boxing Coach"}},
      {"Editor, Writer, & Translator", {"Editor", "Writer", "Translator"}},
      // Without ", and" a comma parts title from employer or place: never cut there.
      {"Teaching Assistant, Chiquita Mosciski", {}},
      {"Research Assistant and Teaching Assistant, Stanford", {}},
  });
}

TEST_CASE("SplitCompoundRoles: one position, not cut", "[compound_roles]") {
  CheckRows({
      {"Software Engineer", {}},
      {"", {}},
      // An area of work or a shared modifier on one side.
      {"Sales & Marketing Engineer", {}},
      {"Research and Development Engineer", {}},
      {"Vice President of Sales and Marketing", {}},
      {"Manager of Academic Technology and Finance", {}},
      {"Drug and Crisis Intervention Rehabilitation Counselor", {}},
      {"English and Drama Teacher", {}},
      {"PR/Special Events Intern", {}},
      {"Data Migration/Conversion Specialist", {}},
      {"Medical Assistant/Dermatology", {}},
      {"Senior A/P Project Leader", {}},
      // Separators inside brackets.
      {"Senior Developer (A/P)", {}},
      {"Freelance developer (C++/Qt, Android)", {}},
      {"Support Engineer (Tier 1 and Tier 2)", {}},
      // Empty parts.
      {"Engineer /", {}},
      {"/ Manager", {}},
      {"Manager and", {}},
  });
}

}  // namespace
}  // namespace cvparse
