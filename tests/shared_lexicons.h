// The shipped lexicons, and anything else made by a `static
// std::unique_ptr<T> T::Create(std::string* error)`, loaded once for the unit
// tests that need them.
#ifndef CVPARSE_TESTS_SHARED_LEXICONS_H_
#define CVPARSE_TESTS_SHARED_LEXICONS_H_

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "cvparse/document.h"
#include "layout/sectioner.h"
#include "lexicon/lexicons.h"
#include "text/normalize.h"

namespace cvparse {

template <typename T>
const T& SharedCreated() {
  static const std::unique_ptr<T> instance = [] {
    std::string error;
    std::unique_ptr<T> created = T::Create(&error);
    INFO(error);
    REQUIRE(created != nullptr);
    return created;
  }();
  return *instance;
}

inline const Lexicons& SharedLexicons() { return SharedCreated<Lexicons>(); }

// `text` (UTF-8, not decoded) cut into lines and sections by the shipped
// heading lexicon, with the sectioner's optional tests.
inline Document Sectioned(const std::string& text, const PositionTest& names_position = {},
                          const PositionTest& names_skill = {}) {
  Document doc;
  doc.text = text;
  doc.lines = SplitLines(doc.text);
  FindSections(SharedLexicons().headings(), &doc, names_position, names_skill);
  return doc;
}

// The kinds of doc's sections, in order: {"basics", "work", ...}.
inline std::vector<std::string> KindsOf(const Document& doc) {
  std::vector<std::string> kinds;
  for (const Section& section : doc.sections) kinds.push_back(section.kind);
  return kinds;
}

}  // namespace cvparse

#endif  // CVPARSE_TESTS_SHARED_LEXICONS_H_
