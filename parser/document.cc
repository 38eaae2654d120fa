#include "cvparse/document.h"

#include <algorithm>

namespace cvparse {

std::pair<size_t, size_t> VisibleLines(const Document& doc, const Section& section) {
  size_t last = section.end_line;
  while (last > section.first_line + 1 && doc.lines[last - 1].blank()) --last;
  size_t first = section.first_line;
  if (section.heading.empty()) {
    while (first + 1 < last && doc.lines[first].blank()) ++first;
  }
  return {first + 1, last};
}

}  // namespace cvparse
