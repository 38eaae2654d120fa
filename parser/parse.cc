// Parser: runs the stages in order on one document.
//
//   bytes ─Decode─▶ text ─SplitLines─▶ lines ─FindSections─▶ sections
//         ─ExtractContact─▶ contact
#include "cvparse/parse.h"

#include "extract/contact.h"
#include "layout/sectioner.h"
#include "lexicon/lexicons.h"
#include "text/decode.h"
#include "text/normalize.h"

namespace cvparse {

Parser::Parser(std::unique_ptr<Lexicons> lexicons) : lexicons_(std::move(lexicons)) {}
Parser::~Parser() = default;

std::unique_ptr<Parser> Parser::Create(std::string* error) {
  std::unique_ptr<Lexicons> lexicons = Lexicons::Create(error);
  if (!lexicons) return nullptr;
  return std::unique_ptr<Parser>(new Parser(std::move(lexicons)));
}

Status Parser::Parse(std::string_view bytes, const ParseOptions& options, Document* doc) const {
  *doc = Document();
  if (bytes.size() > options.max_bytes) {
    return Status::TooLarge("input is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                            std::to_string(options.max_bytes) + " (see --max-bytes)");
  }
  Decoded decoded;
  Status status = Decode(bytes, &decoded);
  if (!status.ok()) return status;
  doc->text = std::move(decoded.text);
  doc->encoding = std::move(decoded.encoding);
  for (std::string& warning : decoded.warnings) doc->warnings.push_back({std::move(warning), {}});

  doc->lines = SplitLines(doc->text);
  bool any_text = false;
  for (const Line& line : doc->lines) {
    if (!line.blank()) {
      any_text = true;
      break;
    }
  }
  if (!any_text) return Status::NotText("no text (the file holds only whitespace or symbols)");

  FindSections(lexicons_->headings(), doc);
  ExtractContact(lexicons_->places(), doc);
  return Status::Ok();
}

}  // namespace cvparse
