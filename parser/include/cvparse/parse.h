// The parser's entry point.
//
//   std::string error;
//   auto parser = cvparse::Parser::Create(&error);   // loads lexicons, compiles patterns
//   cvparse::Document doc;
//   cvparse::Status s = parser->Parse(bytes, cvparse::ParseOptions{}, &doc);
//
// Create() is the expensive step; do it once. Parse() is const and may be
// called from several threads at once.
#ifndef CVPARSE_PARSE_H_
#define CVPARSE_PARSE_H_

#include <cstddef>
#include <future>
#include <memory>
#include <string>
#include <string_view>

#include "cvparse/document.h"
#include "cvparse/status.h"

namespace cvparse {

struct ParseOptions {
  // The reference month for "Present". {0, 0} means today.
  int as_of_year = 0;
  int as_of_month = 0;
  // Inputs larger than this are refused with Status::TooLarge.
  size_t max_bytes = 16u << 20;
};

class Lexicons;

class Parser {
 public:
  // Loads the embedded lexicons. Returns nullptr and fills *error when a
  // lexicon is malformed (the message names file:line).
  static std::unique_ptr<Parser> Create(std::string* error);
  ~Parser();

  // Decodes `bytes` and parses them into *doc (which is overwritten).
  // Fails with kNotText (binary or empty input) or kTooLarge; on failure
  // *doc holds whatever was decoded so far and must not be used.
  Status Parse(std::string_view bytes, const ParseOptions& options, Document* doc) const;

  const Lexicons& lexicons() const { return *lexicons_; }

 private:
  struct Extractors;  // the entity extractors, in the order they run
  static std::unique_ptr<Extractors> CreateExtractors(std::string* error);
  Parser(std::unique_ptr<Lexicons> lexicons, std::unique_ptr<Extractors> extractors);
  std::unique_ptr<Lexicons> lexicons_;
  std::unique_ptr<Extractors> extractors_;
  // After Create returns, beside the first Parse, compiles what the later
  // stages compile on first use: the venue lexicon (which few résumés need)
  // and the patterns of the publications and awards readers. A Parse that
  // gets there first compiles or waits; nothing is done twice. The
  // destructor waits for it.
  std::future<void> warm_up_;
};

}  // namespace cvparse

#endif  // CVPARSE_PARSE_H_
