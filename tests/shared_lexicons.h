// The shipped lexicons, loaded once for the unit tests that need them.
#ifndef CVPARSE_TESTS_SHARED_LEXICONS_H_
#define CVPARSE_TESTS_SHARED_LEXICONS_H_

#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "lexicon/lexicons.h"

namespace cvparse {

inline const Lexicons& SharedLexicons() {
  static const std::unique_ptr<Lexicons> lexicons = [] {
    std::string error;
    std::unique_ptr<Lexicons> l = Lexicons::Create(&error);
    INFO(error);
    REQUIRE(l != nullptr);
    return l;
  }();
  return *lexicons;
}

}  // namespace cvparse

#endif  // CVPARSE_TESTS_SHARED_LEXICONS_H_
