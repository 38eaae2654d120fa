// The shipped lexicons, and anything else made by a `static
// std::unique_ptr<T> T::Create(std::string* error)`, loaded once for the unit
// tests that need them.
#ifndef CVPARSE_TESTS_SHARED_LEXICONS_H_
#define CVPARSE_TESTS_SHARED_LEXICONS_H_

#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "lexicon/lexicons.h"

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

}  // namespace cvparse

#endif  // CVPARSE_TESTS_SHARED_LEXICONS_H_
