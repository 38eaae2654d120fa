// The document model: one résumé as it moves through the parsing stages.
//
// Every extracted value keeps a Span: byte offsets into Document::text, the
// decoded UTF-8 original (line breaks, tabs and glyphs untouched). Matching
// happens on Line::norm, a normalised copy of each line; Line::RawSpan maps a
// range of norm back to the original bytes.
#ifndef CVPARSE_DOCUMENT_H_
#define CVPARSE_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cvparse/entities.h"

namespace cvparse {

// Half-open byte range [begin, end) in Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return begin == end; }
  friend bool operator==(const Span&, const Span&) = default;
};

// One physical line of the decoded text.
struct Line {
  Span span;                      // the line without its line break
  std::string norm;               // normalised text for matching (see text/normalize.h)
  std::vector<uint32_t> offsets;  // offsets[i]: the Document::text byte norm[i] came from;
                                  // one extra element holds the end of the last source char
  int indent = 0;                 // leading columns in the original (a tab counts 4)
  bool bulleted = false;          // started with a bullet glyph or "- " / "* "
  bool blank() const { return norm.empty(); }

  // Maps the half-open range [norm_begin, norm_end) of norm to Document::text.
  Span RawSpan(size_t norm_begin, size_t norm_end) const;
};

// A section found by the heading heuristics. Lines [first_line, end_line)
// belong to it, the heading line included. The text before the first
// heading is a section of kind "basics" with an empty heading.
struct Section {
  std::string kind;        // canonical key: education, work, skills, ..., other
  std::string heading;     // the heading as written (normalised), "" for the header
  Span heading_span;       // where the heading is in Document::text
  size_t first_line = 0;
  size_t end_line = 0;
  Span span;               // from the heading to the end of the last line
  bool from_lexicon = false;  // false: looked like a heading but is not in the lexicon
  bool inline_content = false;  // the heading line goes on with body text: "Skills: Python, SQL"

  // The first line of the body: the heading line itself when it holds body
  // text too (the extractors read it whole, label included).
  size_t body_begin() const { return first_line + (heading.empty() || inline_content ? 0 : 1); }
};

// A value found in the text with where it was found.
struct Found {
  std::string value;
  Span span;
};

struct Phone {
  std::string raw;   // as written, e.g. "(+86) 173-2603-1722"
  std::string e164;  // "+8617326031722" when a country code was written, else ""
  Span span;
};

struct Profile {
  std::string network;   // "GitHub", "LinkedIn", "Google Scholar", ...
  std::string username;
  std::string url;
  Span span;
};

struct Location {
  std::string raw;       // as written, e.g. "San Francisco, CA 94105"
  std::string address;
  std::string postal_code;
  std::string city;
  std::string region;
  std::string country_code;  // ISO 3166-1 alpha-2 when known
  Span span;
};

struct Contact {
  std::optional<Found> name;
  std::vector<Found> emails;
  std::vector<Phone> phones;
  std::vector<Found> urls;          // every URL in the header, profiles included
  std::vector<Profile> profiles;
  std::optional<Found> website;     // a personal site (not a known network)
  std::optional<Location> location;
};

// Something the reader of the output should know: a guess, a repair.
struct Diagnostic {
  std::string message;
  std::optional<Span> span;
};

struct Document {
  std::string text;       // decoded UTF-8; every Span points here
  std::string encoding;   // detected source encoding, e.g. "UTF-8", "UTF-16LE", "windows-1252"
  std::vector<Line> lines;
  std::vector<Section> sections;
  Contact contact;
  Entities entities;
  std::vector<Diagnostic> warnings;

  std::string_view Text(Span span) const {
    return std::string_view(text).substr(span.begin, span.end - span.begin);
  }
};

// The 1-based, inclusive line range of a section's text: from its heading
// (or, for the header, its first non-blank line) to its last non-blank line.
std::pair<size_t, size_t> VisibleLines(const Document& doc, const Section& section);

}  // namespace cvparse

#endif  // CVPARSE_DOCUMENT_H_
