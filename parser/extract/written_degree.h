// A qualification as the résumé writes it, when its degree and its area
// stand together on one line:
//
//   "Bachelor of Science in Business Administration, 2009"
//       degree "Bachelor of Science", area "Business Administration"
//       => "Bachelor of Science in Business Administration"
//   "B.E. (Information Science)"            => "B.E. (Information Science)"
//   "MSc Computer Science"                  => "MSc Computer Science"
//   "Masters of Science, Cinema Production" => "Masters of Science, Cinema Production"
//   "Computer Science" / "BSc" on two lines => "" (not together)
//
// Between the degree and the area only spaces, a one-word note in brackets
// ("(LL.M)", "(Hons)") and one of "in", "of", ",", "-", "–", ":" or "("
// (closed right after the area) may stand; the degree
// must be found as written (the first occurrence on a line), so a degree
// read from a level word or an area from another line give "".
#ifndef CVPARSE_EXTRACT_WRITTEN_DEGREE_H_
#define CVPARSE_EXTRACT_WRITTEN_DEGREE_H_

#include <string>
#include <string_view>

namespace cvparse {

// The span of `line` from `degree` to the end of `area`, or "" when they do
// not stand together there.
std::string WrittenDegree(std::string_view line, std::string_view degree, std::string_view area);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_WRITTEN_DEGREE_H_
