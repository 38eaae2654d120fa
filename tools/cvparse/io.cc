#include "io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

namespace cvparse::tools {
namespace fs = std::filesystem;

namespace {

std::string ErrnoText(int err) { return std::strerror(err); }

// Reads from fd until EOF or until more than max_bytes arrived.
Status ReadFd(int fd, size_t max_bytes, std::string* contents) {
  contents->clear();
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(ErrnoText(errno));
    }
    if (n == 0) break;
    if (contents->size() + static_cast<size_t>(n) > max_bytes) {
      return Status::TooLarge("input is over the limit of " + std::to_string(max_bytes) +
                              " bytes (see --max-bytes)");
    }
    contents->append(buffer, static_cast<size_t>(n));
  }
  return Status::Ok();
}

}  // namespace

Status ReadInput(const std::string& path, size_t max_bytes, std::string* contents) {
  if (path == "-") return ReadFd(STDIN_FILENO, max_bytes, contents);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    int err = errno;
    if (err == ENOENT) return Status::NotFound("no such file");
    return Status::IoError(ErrnoText(err));
  }
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return Status::IoError(ErrnoText(err));
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return Status::InvalidInput("is a directory");
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::NotText("not a regular file");
  }
  if (static_cast<size_t>(st.st_size) > max_bytes) {
    ::close(fd);
    return Status::TooLarge("file is " + std::to_string(st.st_size) + " bytes, over the limit of " +
                            std::to_string(max_bytes) + " (see --max-bytes)");
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  contents->reserve(static_cast<size_t>(st.st_size));
  Status s = ReadFd(fd, max_bytes, contents);
  ::close(fd);
  return s;
}

Status WriteFileAtomically(const fs::path& path, std::string_view data) {
  static std::atomic<unsigned> counter{0};
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  if (ec) return Status::IoError("cannot create " + path.parent_path().string() + ": " + ec.message());
  fs::path tmp = path;
  tmp += ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError("cannot write " + tmp.string());
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.flush();
    if (!out) {
      out.close();
      fs::remove(tmp, ec);
      return Status::IoError("write failed for " + tmp.string());
    }
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return Status::IoError("cannot rename into " + path.string());
  }
  return Status::Ok();
}

}  // namespace cvparse::tools
