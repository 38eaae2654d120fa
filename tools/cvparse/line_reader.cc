#include "line_reader.h"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "interrupt.h"

namespace cvparse::tools {

namespace {
constexpr int kPollSliceMs = 100;  // how late a Ctrl-C may be noticed
}  // namespace

LineReader::LineReader(int fd, size_t max_line_bytes) : fd_(fd), max_line_bytes_(max_line_bytes) {}

bool LineReader::Fill() {
  while (!end_) {
    if (Interrupted()) {
      interrupted_ = true;
      return false;
    }
    pollfd waiting{fd_, POLLIN, 0};
    int ready = ::poll(&waiting, 1, kPollSliceMs);
    if (ready == 0 || (ready < 0 && errno == EINTR)) continue;
    char chunk[1 << 16];
    ssize_t n = ::read(fd_, chunk, sizeof chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) {
      end_ = true;
      break;
    }
    buffer_.erase(0, start_);
    start_ = 0;
    buffer_.append(chunk, static_cast<size_t>(n));
    return true;
  }
  return false;
}

bool LineReader::Next(std::string* line) {
  line->clear();
  while (true) {
    size_t newline = buffer_.find('\n', start_);
    size_t stop = newline == std::string::npos ? buffer_.size() : newline;
    if (line->size() < max_line_bytes_) {
      line->append(buffer_, start_, std::min(stop - start_, max_line_bytes_ - line->size()));
    }
    if (newline != std::string::npos) {
      start_ = newline + 1;
      return true;
    }
    start_ = buffer_.size();  // consumed; an overlong line's tail is dropped here
    if (!Fill()) return !interrupted_ && !line->empty();
  }
}

}  // namespace cvparse::tools
