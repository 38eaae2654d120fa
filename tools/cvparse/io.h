// File helpers for the command-line tool: bounded, consistent reads and
// atomic writes.
#ifndef CVPARSE_TOOLS_IO_H_
#define CVPARSE_TOOLS_IO_H_

#include <sys/stat.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "cvparse/status.h"

namespace cvparse::tools {

// Reads the whole file (or standard input for "-") into *contents. Refuses,
// with a reason fit for "cvparse: PATH: reason":
//   - a missing file ("no such file"; also one that vanished after a folder
//     was listed), a broken symbolic link, a symbolic link loop;
//   - directories, special files (FIFOs, devices), and anything larger than
//     max_bytes, without reading it all;
//   - a file that changed while it was read (see CheckUnchanged).
// On failure *contents holds nothing useful.
Status ReadInput(const std::string& path, size_t max_bytes, std::string* contents);

// Compares a file's status before and after reading `bytes_read` bytes of it:
// a different size or modification time, or a byte count that is not the
// size, means the file was written to meanwhile and the bytes may be a torn
// mix of old and new. Returns Ok or IoError("changed while being read ...").
// A size of 0 before is not compared with bytes_read: /proc files say 0.
Status CheckUnchanged(const struct stat& before, const struct stat& after, size_t bytes_read);

// Writes `data` to `path` through a new hidden file in the same folder
// (".NAME.tmp.PID.N", created with O_EXCL, so two writers never share one)
// and a rename, so readers never see a half-written file: `path` either
// keeps its old contents or has all of `data`. Creates parent folders. On
// failure the temporary file is removed. Not fsync'ed: this guards against an
// interrupted or failing process, not against a power cut.
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view data);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_IO_H_
