// Post-nominal degrees: "Maria Lindqvist, PhD, PMP", "Jane Doe, M.Ed." — a
// degree written after the candidate's name on the name line. Each one that
// the education sections did not already yield becomes an education entry
// with only the degree and its level.
#ifndef CVPARSE_EXTRACT_POST_NOMINALS_H_
#define CVPARSE_EXTRACT_POST_NOMINALS_H_

#include <string_view>
#include <vector>

#include "cvparse/document.h"
#include "extract/degrees.h"

namespace cvparse {

// The degrees after the name: the comma-separated pieces that follow it,
// read until a piece is neither a degree nor a short credential ("PMP").
// "MS (CS)" is read as "MS". Returns the pieces as written, with their match.
struct PostNominal {
  std::string_view text;
  DegreeMatch match;
};
std::vector<PostNominal> FindPostNominals(const DegreeLexicon& degrees, std::string_view after_name);

void AddPostNominalDegrees(const DegreeLexicon& degrees, Document* doc);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_POST_NOMINALS_H_
