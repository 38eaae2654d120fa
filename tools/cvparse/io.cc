#include "io.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

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

// Why open() failed, in words: ENOENT on an existing link means its target is missing.
Status OpenError(const std::string& path, int err) {
  struct stat link;
  switch (err) {
    case ENOENT:
      if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        return Status::NotFound("broken symbolic link (its target does not exist)");
      }
      return Status::NotFound("no such file");
    case ELOOP:
      return Status::IoError("symbolic link loop (too many levels of symbolic links)");
    default:
      return Status::IoError(ErrnoText(err));
  }
}

const char* SpecialKind(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "a special file";
}

bool SameTime(const struct timespec& a, const struct timespec& b) {
  return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

Status WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(ErrnoText(errno));
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

// DIR/NAME → DIR/.NAME.tmp.PID.N: hidden, so folder walks and --resume ignore it.
fs::path TemporaryPathFor(const fs::path& path) {
  static std::atomic<unsigned> counter{0};
  std::string name = "." + path.filename().string() + ".tmp." + std::to_string(::getpid()) + "." +
                     std::to_string(counter.fetch_add(1));
  return path.parent_path() / name;
}

}  // namespace

Status CheckUnchanged(const struct stat& before, const struct stat& after, size_t bytes_read) {
  if (before.st_size != after.st_size) {
    return Status::IoError("changed while being read (" + std::to_string(before.st_size) + " bytes, then " +
                           std::to_string(after.st_size) + "); skipped");
  }
  if (!SameTime(before.st_mtim, after.st_mtim)) {
    return Status::IoError("changed while being read (modified meanwhile); skipped");
  }
  if (before.st_size != 0 && static_cast<size_t>(before.st_size) != bytes_read) {
    return Status::IoError("changed while being read (" + std::to_string(bytes_read) + " bytes read of " +
                           std::to_string(before.st_size) + "); skipped");
  }
  return Status::Ok();
}

Status ReadInput(const std::string& path, size_t max_bytes, std::string* contents) {
  if (path == "-") return ReadFd(STDIN_FILENO, max_bytes, contents);
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return OpenError(path, errno);
  struct stat before;
  if (::fstat(fd, &before) != 0) {
    int err = errno;
    ::close(fd);
    return Status::IoError(ErrnoText(err));
  }
  if (S_ISDIR(before.st_mode)) {
    ::close(fd);
    return Status::InvalidInput("is a directory");
  }
  if (!S_ISREG(before.st_mode)) {
    ::close(fd);
    return Status::NotText(std::string("not a regular file (") + SpecialKind(before.st_mode) + ")");
  }
  if (static_cast<size_t>(before.st_size) > max_bytes) {
    ::close(fd);
    return Status::TooLarge("file is " + std::to_string(before.st_size) + " bytes, over the limit of " +
                            std::to_string(max_bytes) + " (see --max-bytes)");
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  contents->reserve(static_cast<size_t>(before.st_size));
  Status s = ReadFd(fd, max_bytes, contents);
  struct stat after;
  if (s.ok() && ::fstat(fd, &after) == 0) s = CheckUnchanged(before, after, contents->size());
  ::close(fd);
  return s;
}

Status WriteFileAtomically(const fs::path& path, std::string_view data) {
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  if (ec) return Status::IoError("cannot create " + path.parent_path().string() + ": " + ec.message());
  fs::path tmp;
  int fd = -1;
  // O_EXCL makes the name ours alone, even against another host on a shared
  // folder with the same PID; on a clash the counter gives the next name.
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    tmp = TemporaryPathFor(path);
    fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) return Status::IoError("cannot create " + tmp.string() + ": " + ErrnoText(errno));
  }
  if (fd < 0) return Status::IoError("cannot find a free temporary name beside " + path.string());
  Status s = WriteAll(fd, data);
  if (::close(fd) != 0 && s.ok()) s = Status::IoError(ErrnoText(errno));
  if (!s.ok()) {
    ::unlink(tmp.c_str());
    return Status::IoError("cannot write " + tmp.string() + ": " + s.message());
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return Status::IoError("cannot rename " + tmp.string() + " into place: " + ErrnoText(err));
  }
  return Status::Ok();
}

}  // namespace cvparse::tools
