// Perturbations that make a mixed résumé differ from its sources without
// changing what kind of document it is.
//
//   ShiftYears("2019 – 2021, tel 173-2603-1722", -3) => "2016 – 2018, tel 173-2603-1722"
//   RestyleBullet("  • Led a team", "▪")             => "  ▪ Led a team"
//   JitterSpacing("Led a team of five", rng)        => "Led a team  of five  " (sometimes)
//   ToUtf16Le("Zoë")                                => "\xFF\xFE" "Z\0o\0\xEB\0"
#ifndef CVPARSE_TOOLS_BENCH_PERTURB_H_
#define CVPARSE_TOOLS_BENCH_PERTURB_H_

#include <string>
#include <string_view>

#include "split_mix.h"

namespace cvparse::bench {

// Adds `delta` to every standalone 4-digit number in 1970..2030 (a year).
std::string ShiftYears(std::string_view line, int delta);

// Replaces a leading bullet glyph ("•", "●", "▪", "-", "*", ...) followed by
// a space with `bullet`; other lines are returned unchanged.
std::string RestyleBullet(std::string_view line, std::string_view bullet);

// Now and then: trailing spaces, one doubled space, a 2-space indent.
std::string JitterSpacing(std::string_view line, SplitMix* rng);

// UTF-8 => UTF-16LE with a byte order mark (invalid bytes become U+FFFD).
std::string ToUtf16Le(std::string_view utf8);

}  // namespace cvparse::bench

#endif  // CVPARSE_TOOLS_BENCH_PERTURB_H_
