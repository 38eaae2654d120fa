// Status: the outcome of an operation that can fail (I/O, decoding, lexicons).
//
// Modelled on leveldb's Status: an OK status carries nothing, a failure
// carries a code and a human-readable message. Finding nothing in a résumé is
// not a failure; functions that can find nothing return std::optional instead.
#ifndef CVPARSE_STATUS_H_
#define CVPARSE_STATUS_H_

#include <string>
#include <utility>

namespace cvparse {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kNotFound,      // the input path does not exist
    kIoError,       // the input exists but could not be read
    kNotText,       // the input is binary (PDF, PNG, ZIP, ...) or empty
    kTooLarge,      // the input exceeds ParseOptions::max_bytes
    kInvalidInput,  // malformed user data (a bad option value, a bad profile)
    kCorruptData,   // a lexicon or other shipped data file is malformed
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status NotText(std::string msg) { return Status(Code::kNotText, std::move(msg)); }
  static Status TooLarge(std::string msg) { return Status(Code::kTooLarge, std::move(msg)); }
  static Status InvalidInput(std::string msg) {
    return Status(Code::kInvalidInput, std::move(msg));
  }
  static Status CorruptData(std::string msg) { return Status(Code::kCorruptData, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace cvparse

#endif  // CVPARSE_STATUS_H_
