// File helpers for the command-line tool: bounded reads and atomic writes.
#ifndef CVPARSE_TOOLS_IO_H_
#define CVPARSE_TOOLS_IO_H_

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "cvparse/status.h"

namespace cvparse::tools {

// Reads the whole file (or standard input for "-") into *contents. Refuses
// directories, special files and anything larger than max_bytes without
// reading it all.
Status ReadInput(const std::string& path, size_t max_bytes, std::string* contents);

// Writes `data` to `path` through a temporary file in the same folder and a
// rename, so readers never see a half-written file. Creates parent folders.
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view data);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_IO_H_
