#include "inputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <set>
#include <utility>

namespace cvparse::tools {
namespace fs = std::filesystem;

namespace {

bool Hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return name.empty() || name[0] == '.';
}

bool SkippedInFolder(const fs::path& path) {
  if (Hidden(path)) return true;
  if (path.filename().string().rfind("README", 0) == 0) return true;
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".json" || ext == ".jsonl" || ext == ".yaml" || ext == ".yml";
}

// A symbolic link to a folder is not followed: that is what keeps the walk
// out of loops. A link to anything else (a file, nothing, itself) is an
// input, and reading it says what is wrong.
bool LinkToFolder(const fs::directory_entry& entry) {
  std::error_code ec;
  return fs::is_directory(entry.status(ec));
}

// Walks one folder with an explicit stack; every call has an error_code, so
// a folder that vanishes or cannot be read is a problem, never an exception.
void ExpandFolder(const std::string& root, std::vector<Input>* out,
                  std::vector<InputProblem>* problems) {
  std::vector<Input> found;
  size_t problems_before = problems->size();
  std::set<std::pair<dev_t, ino_t>> walked;
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    fs::path folder = std::move(pending.back());
    pending.pop_back();
    struct stat st;
    if (::stat(folder.c_str(), &st) == 0 && !walked.insert({st.st_dev, st.st_ino}).second) continue;
    std::error_code ec;
    fs::directory_iterator it(folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      std::error_code type_ec;
      fs::file_status link = entry.symlink_status(type_ec);
      if (fs::is_directory(link)) {
        if (!Hidden(entry.path())) pending.push_back(entry.path());
        continue;
      }
      if (fs::is_symlink(link) && LinkToFolder(entry)) continue;
      if (SkippedInFolder(entry.path())) continue;
      found.push_back({entry.path().string(), entry.path().lexically_relative(root).string()});
    }
    if (ec) problems->push_back({folder.string(), "cannot read this folder: " + ec.message()});
  }
  std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  if (found.empty() && problems->size() == problems_before) {
    problems->push_back({root, "no résumé files found in this folder"});
  }
  out->insert(out->end(), found.begin(), found.end());
}

}  // namespace

std::vector<Input> ExpandInputs(const std::vector<std::string>& args,
                                std::vector<InputProblem>* problems) {
  std::vector<Input> out;
  for (const std::string& arg : args) {
    if (arg == "-") {
      out.push_back({"-", "stdin"});
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(arg, ec);
    if (fs::is_directory(status)) {
      ExpandFolder(arg, &out, problems);
    } else {
      // Missing and unreadable files are reported when read, with the reason.
      out.push_back({arg, fs::path(arg).filename().string()});
    }
  }
  return out;
}

}  // namespace cvparse::tools
