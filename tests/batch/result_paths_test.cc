// tools/cvparse/result_paths.h: result names, and what --resume skips.
#include "result_paths.h"

#include <catch2/catch.hpp>

#include "io.h"
#include "temp_dir.h"

namespace cvparse::tools {
namespace {

using cvparse::testing::TempDir;
namespace fs = std::filesystem;

TEST_CASE("Results mirror the input folders and a clashing name keeps its extension", "[batch][resume]") {
  std::vector<Input> inputs = {{"cvs/a.txt", "a.txt"}, {"cvs/a.md", "a.md"}, {"cvs/x/b.txt", "x/b.txt"}};
  std::vector<fs::path> paths = ResultPaths("out", inputs);
  CHECK(paths == std::vector<fs::path>{"out/a.json", "out/a.md.json", "out/x/b.json"});
  CHECK(ResultPaths("out", inputs) == paths);  // a rerun finds the same names
}

TEST_CASE("Resume skips a result renamed into place and nothing else", "[batch][resume]") {
  TempDir dir;
  REQUIRE(WriteFileAtomically(dir / "out/done.json", "{}\n").ok());
  dir.Write("out/.pending.json.tmp.123.0", "{\"half");  // what a killed writer leaves
  fs::create_directory(dir / "out/folder.json");
  CHECK(HasResult(dir / "out/done.json"));
  CHECK_FALSE(HasResult(dir / "out/pending.json"));
  CHECK_FALSE(HasResult(dir / "out/folder.json"));
  CHECK_FALSE(HasResult(dir / "out/missing.json"));
}

}  // namespace
}  // namespace cvparse::tools
