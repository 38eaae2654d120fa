// Reading lines from a file descriptor that gives up on Ctrl-C.
//
// std::getline on std::cin blocks inside read() until a line arrives, and our
// signal handler only sets a flag (interrupt.h), so a stream fed by a slow or
// idle producer could never be stopped. LineReader waits with poll() in short
// slices and checks Interrupted() between them.
#ifndef CVPARSE_TOOLS_LINE_READER_H_
#define CVPARSE_TOOLS_LINE_READER_H_

#include <cstddef>
#include <string>

namespace cvparse::tools {

class LineReader {
 public:
  // Lines longer than max_line_bytes are cut to that length (the rest of the
  // line is read and dropped).
  LineReader(int fd, size_t max_line_bytes);

  // Stores the next line, without its '\n', in *line; a last line without a
  // '\n' counts. Returns false at the end of input, on a read error, or once
  // Interrupted() is true; interrupted() tells the last case apart.
  bool Next(std::string* line);
  bool interrupted() const { return interrupted_; }

 private:
  bool Fill();  // reads more into buffer_; false at end of input or when interrupted

  int fd_;
  size_t max_line_bytes_;
  std::string buffer_;
  size_t start_ = 0;  // the unread part of buffer_ begins here
  bool end_ = false;
  bool interrupted_ = false;
};

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_LINE_READER_H_
