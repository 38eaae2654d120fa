// Recovers the lines of a résumé whose line breaks were flattened into runs
// of spaces: some exports (and the whole dotin set) hold a résumé as one
// physical line, "Objective  Looking for ...  Education  2003-2004  Masters".
//
// A physical line counts as flattened when it is long (kMinFlattenedBytes or
// more) and cut by many runs of two or more spaces into pieces of line
// length. Such a line is split at every run of 2+ spaces; a run of four or
// more spaces also stands for a blank line, as it usually marked a paragraph
// or table gap. Ordinary lines, including the wide gaps of two-column
// layouts, are left alone.
#ifndef CVPARSE_TEXT_UNFLATTEN_H_
#define CVPARSE_TEXT_UNFLATTEN_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace cvparse {

// A recovered line: bytes [begin, end) of the physical line it came from.
// An empty piece (begin == end) is a recovered blank line.
struct LinePiece {
  size_t begin = 0, end = 0;
};

inline constexpr size_t kMinFlattenedBytes = 400;

// True when `line` (one physical line, no line break in it) looks flattened.
bool LooksFlattened(std::string_view line);

// True when `line`, a shorter line of a document in which LooksFlattened
// found a line, was flattened too: it holds a run of two or more spaces and
// its pieces are of line length. Exports that flatten a résumé often keep its
// header apart: "CURRICULUM VITAE    Jane Doe  Denver, CO  Cell: ...", then
// the whole body on the next line.
bool LooksFlattenedBeside(std::string_view line);

// The lines recovered from a flattened physical line, in order; empty pieces
// mark blank lines. Never drops a non-space byte.
std::vector<LinePiece> SplitFlattened(std::string_view line);

}  // namespace cvparse

#endif  // CVPARSE_TEXT_UNFLATTEN_H_
