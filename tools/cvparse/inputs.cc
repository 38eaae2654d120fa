#include "inputs.h"

#include <algorithm>

namespace cvparse::tools {
namespace fs = std::filesystem;

namespace {

bool SkippedInFolder(const fs::path& path) {
  std::string name = path.filename().string();
  if (name.empty() || name[0] == '.') return true;
  if (name.rfind("README", 0) == 0) return true;
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".json" || ext == ".jsonl" || ext == ".yaml" || ext == ".yml";
}

void ExpandFolder(const std::string& root, std::vector<Input>* out,
                  std::vector<InputProblem>* problems) {
  std::vector<Input> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    problems->push_back({root, ec.message()});
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      problems->push_back({root, ec.message()});
      break;
    }
    const fs::directory_entry& entry = *it;
    std::string name = entry.path().filename().string();
    if (entry.is_directory(ec) && !name.empty() && name[0] == '.') {
      it.disable_recursion_pending();
      continue;
    }
    if (entry.is_directory(ec)) continue;
    if (SkippedInFolder(entry.path())) continue;
    found.push_back({entry.path().string(), entry.path().lexically_relative(root)});
  }
  std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  if (found.empty()) problems->push_back({root, "no résumé files found in this folder"});
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
      out.push_back({arg, fs::path(arg).filename()});
    }
  }
  return out;
}

}  // namespace cvparse::tools
