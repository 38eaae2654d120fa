// Tests for parser/extract/name_filter.h, on the real lexicon files: header
// lines that are not a person's name, and names that must survive.
#include "extract/name_filter.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "lexicon/lexicons.h"

namespace cvparse {
namespace {

std::unique_ptr<NameFilter> RealFilter() {
  std::string words, titles, error;
  REQUIRE(LoadLexiconFile("not_name_words.tsv", &words, &error));
  REQUIRE(LoadLexiconFile("job_titles.tsv", &titles, &error));
  std::unique_ptr<NameFilter> filter = NameFilter::Create(words, titles, &error);
  INFO(error);
  REQUIRE(filter);
  return filter;
}

TEST_CASE("NameFilter: template banners and titles are not names", "[name_filter]") {
  std::unique_ptr<NameFilter> filter = RealFilter();
  const std::vector<std::string> not_names = {
      "Sample",                 "Editor Resume Template", "Education Resume Example",
      "Example of a",           "CURRICULUM",             "VITA",
      "Medical Assistant",      "Assistant Bank Manager", "EXECUTIVE CHEF",
      "Career Centre",          "CIVIL ENGINEERING",      "Family Name",
      "Head of Marketing",      "Software Intern",        "Senior Data Analyst",
      "University of Leeds",    "Personal Details",       "高级工程师",
      "Civil status",           "Terry Applicant",        "Home",
      "Cell",
  };
  for (const std::string& text : not_names) {
    INFO(text);
    CHECK(filter->Rejects(text));
  }
}

TEST_CASE("NameFilter: names, including surnames that are also job words", "[name_filter]") {
  std::unique_ptr<NameFilter> filter = RealFilter();
  const std::vector<std::string> names = {
      "Emory Wiza",       "Jane Baker",          "Tom Cook",         "Anna Porter",
      "Kevin O'Malley",   "Jean-Luc Tremblay",   "Michael T. Brennan", "PRIYA RAMASWAMY",
      "王思远",            "José Andrés Muñoz Peña", "Ruth Judge",     "Sam Head",
  };
  for (const std::string& text : names) {
    INFO(text);
    CHECK_FALSE(filter->Rejects(text));
  }
}

TEST_CASE("NameFilter: malformed lexicon rows are errors with their line", "[name_filter]") {
  std::string error;
  CHECK_FALSE(NameFilter::Create("word\tresume\nbogus\tx\n", "", &error));
  CHECK(error == "not_name_words.tsv:2: unknown kind 'bogus' (word or allow)");
  error.clear();
  CHECK_FALSE(NameFilter::Create("word\n", "", &error));
  CHECK(error.rfind("not_name_words.tsv:1:", 0) == 0);
}

}  // namespace
}  // namespace cvparse
