#include "extract/venues.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

#include "lexicon/image_words.h"
#include "lexicon/tsv.h"
#include "text/ascii.h"

namespace cvparse {
namespace {

bool IsWordByte(unsigned char c) { return IsAsciiAlnum(c) || c >= 0x80; }

std::string_view Trim(std::string_view s, std::string_view chars = " \t") {
  while (!s.empty() && chars.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
  while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return s;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool StartsWithWord(std::string_view text, std::string_view word_lower) {
  if (text.size() < word_lower.size()) return false;
  if (AsciiLower(text.substr(0, word_lower.size())) != word_lower) return false;
  return text.size() == word_lower.size() || !IsWordByte(static_cast<unsigned char>(text[word_lower.size()]));
}

std::vector<std::string_view> Words(std::string_view key) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string_view::npos) j = key.size();
    if (j > i) words.push_back(key.substr(i, j - i));
    i = j + 1;
  }
  return words;
}

bool IsYearToken(std::string_view t) {
  t = Trim(t, " ,.;:()");
  if (t.size() == 4 && std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return t[0] == '1' || t[0] == '2';
  // '22 (ASCII apostrophe after normalisation)
  return t.size() == 3 && t[0] == '\'' && std::isdigit(static_cast<unsigned char>(t[1])) &&
         std::isdigit(static_cast<unsigned char>(t[2]));
}

bool IsOrdinalOrNumber(std::string_view w) {
  size_t digits = 0;
  while (digits < w.size() && std::isdigit(static_cast<unsigned char>(w[digits]))) ++digits;
  if (digits == 0) return false;
  std::string_view rest = w.substr(digits);
  return rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
}

// "NeurIPS", "IJSI", "ACL", "CVPR", "SIGKDD", "ECML-PKDD", "arXiv".
bool IsAcronymLike(std::string_view s) {
  if (s.size() < 2 || s.size() > 16) return false;
  int upper = 0, letters = 0;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isupper(u)) ++upper;
    if (std::isalpha(u)) ++letters;
    else if (!std::isdigit(u) && c != '-' && c != '&' && c != '+' && c != '/') return false;
  }
  return letters >= 2 && upper >= 2;
}

// Strips trailing year tokens: "CVPR 2026" => "CVPR", "ACL '22" => "ACL".
std::string_view StripTrailingYears(std::string_view s) {
  for (int guard = 0; guard < 4; ++guard) {
    s = Trim(s, " ,;:");
    size_t space = s.rfind(' ');
    std::string_view last = space == std::string_view::npos ? s : s.substr(space + 1);
    if (!IsYearToken(last) || last.size() == s.size()) break;
    s = s.substr(0, s.size() - last.size());
  }
  return Trim(s, " ,;:");
}

// "In Proc. X" => "X"; "in X" => "X".
std::string_view StripLeadIn(std::string_view s) {
  for (int guard = 0; guard < 4; ++guard) {
    s = Trim(s, " ,;:");
    if (StartsWithWord(s, "in")) s.remove_prefix(2);
    else if (StartsWithWord(s, "proc")) {
      s.remove_prefix(4);
      if (!s.empty() && s.front() == '.') s.remove_prefix(1);
      if (StartsWithWord(Trim(s), "of")) s = Trim(s).substr(2);
    } else break;
  }
  return Trim(s, " ,;:");
}

bool IsWorkshopLike(std::string_view text) {
  std::string lower = AsciiLower(text);
  for (std::string_view w : {"workshop", "findings of", "companion", "extended abstract", "doctoral consortium",
                             "demo track", "student research", "poster"}) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

constexpr std::string_view kLooseStopWords[] = {
    "the", "of", "on", "in", "for", "and", "a", "an", "ieee", "acm", "cvf",
    "proceedings", "proc", "annual", "international", "intl"};

bool IsLooseStopWord(std::string_view w) {
  // Most words are longer than any stop word but "international" and
  // "proceedings": the length test skips the list for them.
  if (w.size() > 4 && w.size() != 6 && w.size() != 11 && w.size() != 13) return false;
  return std::find(std::begin(kLooseStopWords), std::end(kLooseStopWords), w) != std::end(kLooseStopWords);
}

// Appends to *out the LooseVenueKey of a name whose VenueKey is `key` (words
// separated by one space).
void AppendLooseKey(std::string_view key, std::string* out) {
  size_t i = 0;
  bool first = true;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string_view::npos) j = key.size();
    const std::string_view w = key.substr(i, j - i);
    i = j + 1;
    if (w.empty() || IsOrdinalOrNumber(w) || IsLooseStopWord(w)) continue;
    if (!first) out->push_back(' ');
    out->append(w);
    first = false;
  }
}

std::string LooseKeyOf(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  AppendLooseKey(key, &out);
  return out;
}

// The share of `a`'s words that occur in `b` (both keys).
double Overlap(std::string_view a, std::string_view b) {
  std::vector<std::string_view> wa = Words(a), wb = Words(b);
  if (wa.empty()) return 0;
  int hits = 0;
  for (std::string_view w : wa)
    if (std::find(wb.begin(), wb.end(), w) != wb.end()) ++hits;
  return static_cast<double>(hits) / wa.size();
}

}  // namespace

namespace {

// Appends VenueKey(name) to *out. Written into room made up front (an '&'
// becomes at most " and "): venues.tsv's ~4,700 names and aliases are keyed
// at start-up, and a push_back per byte was most of that cost.
void AppendVenueKey(std::string_view name, std::string* out) {
  // Most names are ASCII: folded here byte by byte, without FoldCase's copy.
  const bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string copy;
  if (!ascii) copy = FoldCase(name);
  const std::string_view folded = ascii ? name : std::string_view(copy);
  const size_t start = out->size();
  out->resize(start + folded.size() * 5);
  char* const begin = out->data() + start;
  char* p = begin;
  bool space = true;  // the last byte written is a space, or nothing was written
  for (char c : folded) {
    if (ascii && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (IsWordByte(static_cast<unsigned char>(c))) {
      *p++ = c;
      space = false;
      continue;
    }
    if (!space) *p++ = ' ';
    space = true;
    if (c == '&') {
      *p++ = 'a';
      *p++ = 'n';
      *p++ = 'd';
      *p++ = ' ';
    }
  }
  while (p > begin && p[-1] == ' ') --p;
  out->resize(start + static_cast<size_t>(p - begin));
}

}  // namespace

std::string VenueKey(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  AppendVenueKey(name, &out);
  return out;
}

std::string LooseVenueKey(std::string_view name) { return LooseKeyOf(VenueKey(name)); }

// The rows of venues.tsv, checked: a name and a known type each.
bool VenueLexicon::ReadRows(std::string_view tsv, std::vector<TsvRow>* rows, std::string* error) {
  if (!ParseTsv(tsv, "venues.tsv", 3, rows, error)) return false;
  for (const TsvRow& row : *rows) {
    std::string_view type = Trim(row.fields[2]);
    std::string where = "venues.tsv:" + std::to_string(row.line) + ": ";
    if (Trim(row.fields[0]).empty()) {
      *error = where + "empty venue name";
      return false;
    }
    if (type != "conference" && type != "journal" && type != "preprint") {
      *error = where + "unknown venue type '" + std::string(type) + "' (conference, journal, preprint)";
      return false;
    }
  }
  return true;
}

std::unique_ptr<VenueLexicon> VenueLexicon::Create(std::string_view tsv, std::string* error) {
  std::vector<TsvRow> rows;
  std::string local_error;
  if (!ReadRows(tsv, &rows, error ? error : &local_error)) return nullptr;
  return FromRows(rows);
}

// -- Lexicon images: the four indexes, made at build time ------------------
//
// An image is a header of kImageHeaderWords 32-bit words, then the four
// KeyIndex images in the order of Indexes(). The venues themselves are read
// from the rows, which start-up has parsed anyway.

namespace {

constexpr uint32_t kImageMagic = 0x56505643;  // "CVPV"
constexpr uint32_t kImageVersion = 1;
constexpr size_t kImageHeaderWords = 6;
enum ImageField { kVenues = kImageStampWords, kUnused };  // kUnused: the header ends 8-byte aligned

}  // namespace

std::array<const KeyIndex*, 4> VenueLexicon::Indexes() const {
  return {&by_abbr_, &by_folded_abbr_, &by_key_, &by_loose_key_};
}

std::array<KeyIndex*, 4> VenueLexicon::MutableIndexes() {
  return {&by_abbr_, &by_folded_abbr_, &by_key_, &by_loose_key_};
}

std::string VenueLexicon::Image(uint64_t source_hash) const {
  uint32_t header[kImageHeaderWords] = {};
  StampImage(kImageMagic, kImageVersion, source_hash, header);
  header[kVenues] = static_cast<uint32_t>(venues_.size());
  std::string out;
  AppendWords(std::span<const uint32_t>(header), &out);
  for (const KeyIndex* index : Indexes()) index->AppendImage(&out);
  return out;
}

bool VenueLexicon::ReadImage(std::string_view image, uint64_t source_hash) {
  const uint32_t* header = StampedHeader(image, kImageHeaderWords, kImageMagic, kImageVersion, source_hash);
  if (header == nullptr || header[kVenues] != venues_.size()) return false;
  const char* at = image.data() + kImageHeaderWords * sizeof(uint32_t);
  const char* end = image.data() + image.size();
  std::array<KeyIndex, 4> read;
  for (KeyIndex& index : read) {
    if (!KeyIndex::FromImage(&at, end, &index)) return false;
  }
  if (at != end) return false;
  std::array<KeyIndex*, 4> mine = MutableIndexes();
  for (size_t i = 0; i < mine.size(); ++i) *mine[i] = std::move(read[i]);
  return true;
}

std::unique_ptr<VenueLexicon> VenueLexicon::FromRows(const std::vector<TsvRow>& rows, std::string_view image,
                                                     uint64_t source_hash) {
  auto lex = std::unique_ptr<VenueLexicon>(new VenueLexicon());
  lex->venues_.reserve(rows.size());
  for (const TsvRow& row : rows) {
    lex->venues_.push_back({std::string(Trim(row.fields[0])), std::string(Trim(row.fields[1])),
                            std::string(Trim(row.fields[2]))});
  }
  if (!image.empty() && lex->ReadImage(image, source_hash)) return lex;
  lex->BuildIndexes(rows);
  return lex;
}

void VenueLexicon::BuildIndexes(const std::vector<TsvRow>& rows) {
  size_t bytes = 0;
  for (const TsvRow& row : rows) {
    for (std::string_view field : row.fields) bytes += field.size();
  }
  by_abbr_.Reserve(rows.size(), bytes / 8);
  by_folded_abbr_.Reserve(rows.size(), bytes / 8);
  by_key_.Reserve(rows.size() * 2, bytes);
  by_loose_key_.Reserve(rows.size() * 2, bytes);
  std::string key, loose;  // reused: the keys are copied into the indexes
  for (size_t i = 0; i < rows.size(); ++i) {
    const TsvRow& row = rows[i];
    std::string_view name = Trim(row.fields[0]);
    std::string_view abbr = Trim(row.fields[1]);
    const auto index = static_cast<uint32_t>(i);
    if (!abbr.empty()) {
      by_abbr_.Add(abbr, index);
      by_folded_abbr_.Add(AsciiLower(abbr), index);
    }
    auto index_name = [&](std::string_view n) {
      key.clear();
      loose.clear();
      AppendVenueKey(n, &key);
      AppendLooseKey(key, &loose);
      if (!key.empty()) by_key_.Add(key, index);
      if (loose.find(' ') != std::string::npos) by_loose_key_.Add(loose, index);
    };
    index_name(name);
    if (row.fields.size() > 3) {
      for (std::string_view alias : SplitAlternatives(row.fields[3])) index_name(alias);
    }
  }
  for (KeyIndex* index : MutableIndexes()) index->Finish();
}

const Venue* VenueLexicon::Lookup(const KeyIndex& index, std::string_view key) const {
  std::optional<uint32_t> found = index.Find(key);
  return found ? &venues_[*found] : nullptr;
}

const Venue* VenueLexicon::FindAbbr(std::string_view abbr) const {
  abbr = Trim(abbr, " .,;:");
  if (abbr.empty()) return nullptr;
  if (const Venue* v = Lookup(by_abbr_, abbr)) return v;
  if (abbr.size() >= 3) {
    if (const Venue* v = Lookup(by_folded_abbr_, AsciiLower(abbr))) return v;
  }
  // A name written as one word ("arXiv", "Biometrics").
  return Lookup(by_key_, VenueKey(abbr));
}

const Venue* VenueLexicon::FindName(std::string_view name) const {
  std::string key = VenueKey(name);
  if (key.empty()) return nullptr;
  if (const Venue* v = Lookup(by_key_, key)) return v;
  std::string loose = LooseKeyOf(key);
  if (loose.find(' ') == std::string::npos) return nullptr;
  return Lookup(by_loose_key_, loose);
}

ResolvedVenue VenueLexicon::Resolve(std::string_view text) const {
  ResolvedVenue out;
  std::string_view t = Trim(text, " \t.,;:");
  if (t.empty() || t.size() > 300) return out;

  // Preprint servers, wherever the id follows: "arXiv preprint arXiv:2407.00001".
  std::string lower = AsciiLower(t);
  for (std::string_view server : {"arxiv", "corr", "biorxiv", "medrxiv", "chemrxiv", "techrxiv", "ssrn"}) {
    std::string_view lead = StripLeadIn(t);
    if (StartsWithWord(lead, server)) {
      const Venue* v = FindAbbr(server == "corr" ? "arXiv" : server);
      out.raw = std::string(lead.substr(0, server.size()));
      out.name = v ? v->name : out.raw;
      out.abbr = v ? v->abbr : "";
      out.type = v ? v->type : "preprint";
      out.known = v != nullptr;
      return out;
    }
  }

  // A trailing "(ABBR)" or "(ABBR 2023)".
  std::string paren_abbr;
  std::string_view main = t;
  if (t.back() == ')') {
    size_t open = t.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      std::string_view inner = StripTrailingYears(Trim(t.substr(open + 1, t.size() - open - 2)));
      if (IsAcronymLike(inner)) {
        paren_abbr = std::string(inner);
        main = Trim(t.substr(0, open), " \t,;:");
      }
    }
  }
  main = StripTrailingYears(StripLeadIn(main));
  bool workshop = IsWorkshopLike(main);

  // One token, possibly behind a publisher: "ICASSP", "IEEE TPAMI", "CVPR 2026".
  std::string_view token = main;
  for (std::string_view publisher : {"ieee", "acm"}) {
    if (StartsWithWord(token, publisher) && token.find(' ') != std::string_view::npos) {
      token = Trim(token.substr(publisher.size()));
    }
  }
  bool single = !token.empty() && token.find(' ') == std::string_view::npos;

  const Venue* v = nullptr;
  if (!main.empty()) {
    if (workshop) {
      v = Lookup(by_key_, VenueKey(main));
    } else {
      v = FindName(main);
    }
  }
  if (!v && !workshop && !paren_abbr.empty()) {
    const Venue* candidate = FindAbbr(paren_abbr);
    // "Spelled-out name (ABBR)": trust the acronym only when the names agree.
    if (candidate && (main.empty() || main.find(' ') == std::string_view::npos ||
                      Overlap(LooseVenueKey(main), LooseVenueKey(candidate->name)) >= 0.5)) {
      v = candidate;
    }
  }
  if (!v && !workshop && single) v = FindAbbr(token);

  if (!paren_abbr.empty()) {
    out.abbr = paren_abbr;
    out.raw = paren_abbr;
  } else if (single && (IsAcronymLike(token) || (v && v->abbr == token))) {
    out.abbr = std::string(token);
    out.raw = std::string(token);
  } else {
    out.raw = std::string(main);
  }
  if (v) {
    out.name = v->name;
    if (!v->abbr.empty()) out.abbr = v->abbr;  // the canonical acronym: "NIPS" => NeurIPS
    out.type = v->type;
    out.known = true;
  } else {
    out.name = !main.empty() ? std::string(main) : out.raw;
  }
  if (out.raw.empty()) out.raw = out.name;
  return out;
}

}  // namespace cvparse
