// A DateRange as the date module writes it, for test tables.
#ifndef CVPARSE_TESTS_DATE_RANGES_H_
#define CVPARSE_TESTS_DATE_RANGES_H_

#include <string>
#include <utility>

#include "cvparse/entities.h"

namespace cvparse {

// Range("2019-01", "2021-12"); an open range ending "Present" holds the as-of month in `end`.
inline DateRange Range(std::string start, std::string end, bool present = false) {
  DateRange r;
  r.start = std::move(start);
  r.end = std::move(end);
  r.present = present;
  return r;
}

}  // namespace cvparse

#endif  // CVPARSE_TESTS_DATE_RANGES_H_
