// A main() for the fuzz targets in an ordinary (non-libFuzzer) build: feeds
// each file named on the command line, and every file under each folder
// named, to LLVMFuzzerTestOneInput once. Hidden files and README* are
// skipped. A crash or a violated invariant aborts, which fails the test.
//
//   parse_replay tests/fuzz/reproducers/parse_fuzzer corpus
//       => "parse_replay: replayed 84 input(s)", exit 0
//   parse_replay no/such/path
//       => "parse_replay: no/such/path: no such file or folder", exit 2
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;

bool Skipped(const fs::path& path) {
  std::string name = path.filename().string();
  return name.empty() || name[0] == '.' || name.rfind("README", 0) == 0;
}

bool Replay(const fs::path& path, const char* program) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << program << ": " << path.string() << ": cannot read\n";
    return false;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (std::getenv("REPLAY_VERBOSE")) std::cerr << "replaying " << path.string() << '\n';
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const char* program = argc > 0 ? argv[0] : "replay";
  if (argc < 2) {
    std::cerr << "usage: " << program << " FILE|DIR...\n";
    return 2;
  }
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    fs::path root(argv[i]);
    std::error_code ec;
    if (fs::is_directory(root, ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(root, ec)) {
        if (entry.is_regular_file() && !Skipped(entry.path())) files.push_back(entry.path());
      }
    } else if (fs::is_regular_file(root, ec)) {
      files.push_back(root);
    } else {
      std::cerr << program << ": " << root.string() << ": no such file or folder\n";
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  int failed = 0;
  for (const fs::path& file : files) failed += Replay(file, program) ? 0 : 1;
  std::cerr << program << ": replayed " << files.size() - failed << " input(s)\n";
  return failed == 0 ? 0 : 1;
}
