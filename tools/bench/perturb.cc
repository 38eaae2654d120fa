#include "perturb.h"

#include <array>

namespace cvparse::bench {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Bullet glyphs the corpus uses at the start of a line.
constexpr std::array<std::string_view, 13> kBullets = {"•", "●", "▪", "■", "➤", "◦", "‣", "·", "★",
                                                      "–", "-", "*", "○"};

}  // namespace

std::string ShiftYears(std::string_view line, int delta) {
  std::string out;
  out.reserve(line.size());
  size_t i = 0;
  while (i < line.size()) {
    if (!IsDigit(line[i])) {
      out += line[i++];
      continue;
    }
    size_t j = i;
    while (j < line.size() && IsDigit(line[j])) ++j;
    std::string_view run = line.substr(i, j - i);
    int value = run.size() == 4 ? std::stoi(std::string(run)) : 0;
    if (value >= 1970 && value <= 2030) {
      out += std::to_string(value + delta);
    } else {
      out += run;
    }
    i = j;
  }
  return out;
}

std::string RestyleBullet(std::string_view line, std::string_view bullet) {
  size_t indent = line.find_first_not_of(" \t");
  if (indent == std::string_view::npos) return std::string(line);
  std::string_view rest = line.substr(indent);
  for (std::string_view glyph : kBullets) {
    if (rest.size() > glyph.size() && rest.substr(0, glyph.size()) == glyph && rest[glyph.size()] == ' ') {
      return std::string(line.substr(0, indent)) + std::string(bullet) + std::string(rest.substr(glyph.size()));
    }
  }
  return std::string(line);
}

std::string JitterSpacing(std::string_view line, SplitMix* rng) {
  std::string out(line);
  if (out.empty()) return out;
  if (rng->Percent(4)) out.insert(0, "  ");
  if (rng->Percent(6)) {
    size_t space = out.find(' ', out.size() / 2);
    if (space != std::string::npos) out.insert(space, " ");
  }
  if (rng->Percent(6)) out.append(1 + rng->Below(3), ' ');
  return out;
}

std::string ToUtf16Le(std::string_view utf8) {
  std::string out = "\xFF\xFE";
  auto put = [&out](char32_t unit) {
    out += static_cast<char>(unit & 0xFF);
    out += static_cast<char>((unit >> 8) & 0xFF);
  };
  size_t i = 0;
  while (i < utf8.size()) {
    unsigned char b = static_cast<unsigned char>(utf8[i]);
    size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    char32_t cp = 0xFFFD;
    if (len == 0 || i + len > utf8.size()) {
      len = 1;
    } else {
      cp = len == 1 ? b : b & (0x7F >> len);
      for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    }
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      put(0xD800 + (cp >> 10));
      put(0xDC00 + (cp & 0x3FF));
    } else {
      put(cp);
    }
  }
  return out;
}

}  // namespace cvparse::bench
