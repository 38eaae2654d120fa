#include "text/unflatten.h"

#include <algorithm>

namespace cvparse {
namespace {

// A run of this many spaces or more is a line break; of kBlankRun or more, a
// blank line too.
constexpr size_t kBreakRun = 2;
constexpr size_t kBlankRun = 4;

// Typed lines are rarely longer than this; text between space runs that is
// mostly longer was never a stack of lines.
constexpr size_t kLongestTypicalLine = 160;

size_t SpaceRunEnd(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

}  // namespace

std::vector<LinePiece> SplitFlattened(std::string_view line) {
  std::vector<LinePiece> pieces;
  size_t start = 0;
  size_t pos = 0;
  while (pos < line.size()) {
    if (line[pos] != ' ') {
      ++pos;
      continue;
    }
    size_t run_end = SpaceRunEnd(line, pos);
    size_t run = run_end - pos;
    if (run >= kBreakRun) {
      if (pos > start) pieces.push_back({start, pos});
      if (run >= kBlankRun && !pieces.empty()) pieces.push_back({pos, pos});
      start = run_end;
    }
    pos = run_end;
  }
  if (start < line.size()) pieces.push_back({start, line.size()});
  return pieces;
}

namespace {

// The lengths of the non-empty pieces SplitFlattened makes of `line`.
std::vector<size_t> PieceLengths(std::string_view line) {
  std::vector<size_t> lengths;
  for (const LinePiece& piece : SplitFlattened(line)) {
    if (piece.end > piece.begin) lengths.push_back(piece.end - piece.begin);
  }
  return lengths;
}

bool MedianIsLineLength(std::vector<size_t> lengths) {
  std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
  return lengths[lengths.size() / 2] <= kLongestTypicalLine;
}

}  // namespace

bool LooksFlattened(std::string_view line) {
  if (line.size() < kMinFlattenedBytes) return false;
  std::vector<size_t> lengths = PieceLengths(line);
  // At least one break per ~150 bytes, and most pieces of line length.
  if (lengths.size() < 3 || lengths.size() * 150 < line.size()) return false;
  return MedianIsLineLength(std::move(lengths));
}

bool LooksFlattenedBeside(std::string_view line) {
  if (line.find("  ") == std::string_view::npos) return false;
  std::vector<size_t> lengths = PieceLengths(line);
  return lengths.size() >= 2 && MedianIsLineLength(std::move(lengths));
}

}  // namespace cvparse
