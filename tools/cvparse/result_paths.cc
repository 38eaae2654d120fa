#include "result_paths.h"

#include <set>

namespace cvparse::tools {
namespace fs = std::filesystem;

std::vector<fs::path> ResultPaths(const fs::path& out_dir, const std::vector<Input>& inputs) {
  std::vector<fs::path> paths;
  paths.reserve(inputs.size());
  std::set<fs::path> taken;
  for (const Input& input : inputs) {
    fs::path target = out_dir / fs::path(input.relative);
    target.replace_extension(".json");
    if (!taken.insert(target).second) {
      target = out_dir / fs::path(input.relative);
      target += ".json";
      taken.insert(target);
    }
    paths.push_back(std::move(target));
  }
  return paths;
}

bool HasResult(const fs::path& result) {
  std::error_code ec;
  return fs::is_regular_file(result, ec);
}

}  // namespace cvparse::tools
