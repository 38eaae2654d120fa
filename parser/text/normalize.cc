#include "text/normalize.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstring>

#include "text/unflatten.h"

namespace cvparse {
namespace {

// What one source character becomes in the normalised line.
enum class CharClass { kKeep, kSpace, kTab, kDash, kDrop, kBullet, kMapped };

bool IsBulletGlyph(UChar32 c) {
  switch (c) {
    // Symbol and Wingdings bullets that word processors export into the
    // private use area (● ■ ◆ ❖ ▪ ✓ ➢ ...); other private-use glyphs are icons.
    case 0xF06C: case 0xF06E: case 0xF06F: case 0xF070: case 0xF071: case 0xF075: case 0xF076:
    case 0xF095: case 0xF097: case 0xF098: case 0xF09F: case 0xF0A7: case 0xF0A8: case 0xF0B7:
    case 0xF0D8: case 0xF0FC:
    case 0x2022: case 0x2023: case 0x2043: case 0x2219: case 0x25AA: case 0x25AB:
    case 0x25A0: case 0x25A1: case 0x25CF: case 0x25CB: case 0x25E6: case 0x25C6:
    case 0x25C7: case 0x25B6: case 0x25BA: case 0x27A2: case 0x27A4: case 0x2794:
    case 0x2713: case 0x2714: case 0x2605: case 0x2606: case 0x00B7: case 0x30FB:
    case 0x2756: case 0x25D8:
    case 0x2666: case 0x2192: case 0x21D2: case 0x25B8: case 0x25B9: case 0x2B9A:
      return true;
    default:
      return false;
  }
}

// Classifies `c`; for kMapped, *mapped receives the ASCII replacement.
CharClass Classify(UChar32 c, char* mapped) {
  if (c < 0x80) {
    if (c == '\t') return CharClass::kTab;
    if (c == ' ' || c == '\f' || c == '\v') return CharClass::kSpace;
    if (c == '~') return CharClass::kDash;
    if (c == '*') return CharClass::kDrop;
    if (c < 0x20 || c == 0x7F) return CharClass::kSpace;  // stray control characters
    return CharClass::kKeep;
  }
  if (c == 0xFFFD) return CharClass::kKeep;
  if (IsBulletGlyph(c)) return CharClass::kBullet;
  // Full-width ASCII variants (U+FF01..U+FF5E) → ASCII; U+FF5E is a tilde → dash.
  if (c >= 0xFF01 && c <= 0xFF5E) {
    if (c == 0xFF5E || c == 0xFF0D) return CharClass::kDash;
    if (c == 0xFF0A) return CharClass::kDrop;
    *mapped = static_cast<char>(c - 0xFEE0);
    return CharClass::kMapped;
  }
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      *mapped = '\'';
      return CharClass::kMapped;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      *mapped = '"';
      return CharClass::kMapped;
    case 0x2212: case 0x301C: case 0x2053: case 0x223C:
      return CharClass::kDash;
    case 0x2026:  // horizontal ellipsis: keep it as is
      return CharClass::kKeep;
    case 0x3000:
      return CharClass::kSpace;
    case 0xFE0E: case 0xFE0F: case 0x200B: case 0x200C: case 0x200D: case 0x2060:
    case 0xFEFF: case 0x00AD: case 0x200E: case 0x200F:
      return CharClass::kDrop;
    default:
      break;
  }
  int8_t type = u_charType(c);
  if (type == U_DASH_PUNCTUATION) return CharClass::kDash;
  if (type == U_SPACE_SEPARATOR) return CharClass::kSpace;
  if (type == U_LINE_SEPARATOR || type == U_PARAGRAPH_SEPARATOR) return CharClass::kSpace;
  if (type == U_FORMAT_CHAR) return CharClass::kDrop;
  // Emoji and decorative symbols (☎ ✉ 🌐 📧 ...): Extended_Pictographic or So.
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || type == U_OTHER_SYMBOL ||
      (c >= 0xE000 && c <= 0xF8FF)) {  // private use: icon fonts
    return CharClass::kDrop;
  }
  if (c >= 0x1F3FB && c <= 0x1F3FF) return CharClass::kDrop;  // skin-tone modifiers
  return CharClass::kKeep;
}

// Builds norm and offsets while collapsing whitespace. Beside offsets it
// records where each norm byte's source character ends, so that the final
// offsets element can be the end of the last source character kept.
class LineBuilder {
 public:
  LineBuilder(Line* line, size_t source_size) : line_(line) { ends_.reserve(source_size); }

  // Appends `bytes` made from the source character [source, source_end).
  void Append(std::string_view bytes, uint32_t source, uint32_t source_end) {
    FlushGap();
    for (char ch : bytes) {
      line_->norm.push_back(ch);
      line_->offsets.push_back(source);
      ends_.push_back(source_end);
    }
  }
  // Appends ASCII characters kept as they are, the first one at `source`:
  // the same as one Append per character, in one go.
  void AppendAscii(std::string_view run, uint32_t source) {
    FlushGap();
    line_->norm.append(run);
    std::vector<uint32_t>& offsets = line_->offsets;
    const size_t at = offsets.size(), ends_at = ends_.size();
    offsets.resize(at + run.size());
    ends_.resize(ends_at + run.size());
    for (uint32_t k = 0; k < run.size(); ++k) {
      offsets[at + k] = source + k;
      ends_[ends_at + k] = source + k + 1;
    }
  }
  // A space (width 1) or a tab/column gap (width 3+) between visible chars.
  void Gap(int width, uint32_t source, uint32_t source_end) {
    if (pending_width_ == 0) pending_source_ = source;
    pending_end_ = source_end;
    pending_width_ += width;
  }

  // Drops separators left at the end by dropped glyphs ("Python |" → "Python")
  // and appends the final offsets element: the end of the last source
  // character kept, or `line_end` when nothing was.
  void Finish(uint32_t line_end) {
    pending_width_ = 0;
    std::string& norm = line_->norm;
    while (!norm.empty() && (norm.back() == '|' || norm.back() == ' ' || norm.back() == '\t')) {
      norm.pop_back();
      line_->offsets.pop_back();
      ends_.pop_back();
    }
    line_->offsets.push_back(ends_.empty() ? line_end : ends_.back());
  }

 private:
  void FlushGap() {
    if (pending_width_ > 0 && !line_->norm.empty()) {
      line_->norm.push_back(pending_width_ >= 3 ? '\t' : ' ');
      line_->offsets.push_back(pending_source_);
      ends_.push_back(pending_end_);
    }
    pending_width_ = 0;
  }

  Line* line_;
  std::vector<uint32_t> ends_;
  int pending_width_ = 0;
  uint32_t pending_source_ = 0;
  uint32_t pending_end_ = 0;
};

// An ASCII byte that Classify keeps as it is (kKeep): the common case, which
// NormalizeLine copies a run at a time.
// NormalizeLine's inner loop: a table, filled from Classify once.
const std::array<bool, 256> kPlainAscii = [] {
  std::array<bool, 256> table{};
  for (int b = 0; b < 0x80; ++b) {
    char unused = 0;
    table[b] = Classify(b, &unused) == CharClass::kKeep;
  }
  return table;
}();

inline bool IsPlainAscii(uint8_t b) { return kPlainAscii[b]; }

// "- ", "* ", "+ ", "– " at the start of a line mark a list item.
bool IsAsciiBulletStart(std::string_view norm_so_far, char c, UChar32 next) {
  return norm_so_far.empty() && (c == '-' || c == '+') && (next == ' ' || next == '\t');
}

}  // namespace

Span Line::RawSpan(size_t norm_begin, size_t norm_end) const {
  if (offsets.empty()) return span;
  norm_begin = std::min(norm_begin, offsets.size() - 1);
  norm_end = std::min(std::max(norm_end, norm_begin), offsets.size() - 1);
  Span out{offsets[norm_begin], offsets[norm_end]};
  if (norm_end > norm_begin) {
    // The end is just past the source character of the last norm byte.
    uint32_t last = offsets[norm_end - 1];
    size_t i = norm_end;
    while (i < offsets.size() && offsets[i] == last) ++i;
    out.end = i < offsets.size() ? offsets[i] : span.end;
    if (out.end < last) out.end = span.end;
  }
  if (out.end > span.end) out.end = span.end;
  if (out.begin > out.end) out.begin = out.end;
  return out;
}

Line NormalizeLine(std::string_view text, uint32_t base) {
  Line line;
  line.span = {base, static_cast<uint32_t>(base + text.size())};
  line.norm.reserve(text.size());
  line.offsets.reserve(text.size() + 1);

  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  bool at_start = true;    // only whitespace and bullets seen so far
  bool glyph_seen = false;  // a bullet or dropped glyph came before: the indent is done
  LineBuilder out(&line, text.size());
  for (int32_t i = 0; i < n;) {
    if (!at_start && IsPlainAscii(s[i])) {
      int32_t j = i + 1;
      while (j < n && IsPlainAscii(s[j])) ++j;
      out.AppendAscii(text.substr(i, j - i), base + static_cast<uint32_t>(i));
      i = j;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    uint32_t source = base + static_cast<uint32_t>(start);
    uint32_t source_end = base + static_cast<uint32_t>(i);
    const bool invalid = c < 0;  // Decode() repairs these; direct callers may not
    if (invalid) c = 0xFFFD;
    char mapped = 0;
    CharClass cls = Classify(c, &mapped);
    if (at_start) {
      if (cls == CharClass::kSpace) { line.indent += glyph_seen ? 0 : 1; continue; }
      if (cls == CharClass::kTab) { line.indent += glyph_seen ? 0 : 4; continue; }
      glyph_seen = true;
      UChar32 next = 0;
      if (i < n) {
        int32_t j = i;
        U8_NEXT(s, j, n, next);
      }
      if (c == '*' && (next == ' ' || next == '\t')) { line.bulleted = true; continue; }
      if (cls == CharClass::kDrop) continue;
      if (cls == CharClass::kBullet) { line.bulleted = true; continue; }
      if (cls == CharClass::kDash && (next == ' ' || next == '\t' || next == 0x3000)) {
        line.bulleted = true;  // "- item", "– GPA: 3.5"
        continue;
      }
      if (cls == CharClass::kKeep && IsAsciiBulletStart(line.norm, static_cast<char>(c), next)) {
        line.bulleted = true;
        continue;
      }
      at_start = false;
    }
    switch (cls) {
      case CharClass::kKeep:
        out.Append(invalid ? std::string_view("\uFFFD") : text.substr(start, i - start), source,
                   source_end);
        break;
      case CharClass::kMapped:
        out.Append(std::string_view(&mapped, 1), source, source_end);
        break;
      case CharClass::kDash:
        out.Append("-", source, source_end);
        break;
      case CharClass::kSpace:
        out.Gap(1, source, source_end);
        break;
      case CharClass::kTab:
        out.Gap(3, source, source_end);
        break;
      case CharClass::kBullet:
        // A bullet inside a line separates items: "Python • Java", "Python•Java".
        out.Gap(1, source, source);
        out.Append("|", source, source_end);
        out.Gap(1, source_end, source_end);
        break;
      case CharClass::kDrop:
        break;
    }
  }
  out.Finish(line.span.end);
  return line;
}

namespace {

// The first '\r' or '\n' at or after `pos`, or text.size(). Two memchr
// scans are much faster than find_first_of over a set of two.
size_t LineBreakAt(std::string_view text, size_t pos) {
  size_t nl = text.find('\n', pos);
  if (nl == std::string_view::npos) nl = text.size();
  const void* cr = pos < nl ? std::memchr(text.data() + pos, '\r', nl - pos) : nullptr;
  return cr != nullptr ? static_cast<size_t>(static_cast<const char*>(cr) - text.data()) : nl;
}

// True when one physical line of `text` looks flattened: then the document
// was flattened as a whole, and its shorter lines with gaps are split too.
bool HasFlattenedLine(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    const size_t eol = LineBreakAt(text, pos);
    if (eol - pos >= kMinFlattenedBytes && LooksFlattened(text.substr(pos, eol - pos))) return true;
    pos = eol + 1;
  }
  return false;
}

}  // namespace

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  const bool flattened_document = HasFlattenedLine(text);
  size_t pos = 0;
  while (pos <= text.size()) {
    const size_t eol = LineBreakAt(text, pos);
    if (eol == text.size() && pos == text.size() && !lines.empty()) break;
    std::string_view physical = text.substr(pos, eol - pos);
    if (LooksFlattened(physical) || (flattened_document && LooksFlattenedBeside(physical))) {
      for (const LinePiece& piece : SplitFlattened(physical)) {
        lines.push_back(NormalizeLine(physical.substr(piece.begin, piece.end - piece.begin),
                                      static_cast<uint32_t>(pos + piece.begin)));
      }
    } else {
      lines.push_back(NormalizeLine(physical, static_cast<uint32_t>(pos)));
    }
    if (eol == text.size()) break;
    pos = eol + ((text[eol] == '\r' && eol + 1 < text.size() && text[eol + 1] == '\n') ? 2 : 1);
  }
  return lines;
}

}  // namespace cvparse
