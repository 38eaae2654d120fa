// tools/cvparse/inputs.h: the recursive folder walk ends, whatever links the
// folder holds, and names what it cannot read.
#include "inputs.h"

#include <unistd.h>

#include <catch2/catch.hpp>

#include "temp_dir.h"

namespace cvparse::tools {
namespace {

using cvparse::testing::TempDir;
namespace fs = std::filesystem;

std::vector<std::string> Relative(const std::vector<Input>& inputs) {
  std::vector<std::string> names;
  for (const Input& input : inputs) names.push_back(input.relative);
  return names;
}

TEST_CASE("Symbolic link loops neither hang nor crash the folder walk", "[batch][inputs]") {
  TempDir dir;
  dir.Write("cvs/a.txt", "Jane Doe\n");
  dir.Write("cvs/sub/b.txt", "John Doe\n");
  fs::create_directory_symlink("..", dir / "cvs/sub/up");       // a folder loop
  fs::create_directory_symlink(".", dir / "cvs/sub/here");      // another
  fs::create_directory_symlink(dir / "cvs", dir / "cvs/sub/root");
  fs::create_symlink("loop.txt", dir / "cvs/loop.txt");         // a link to itself
  fs::create_symlink("pong.txt", dir / "cvs/ping.txt");         // two links to each other
  fs::create_symlink("ping.txt", dir / "cvs/pong.txt");
  fs::create_symlink("nowhere.txt", dir / "cvs/dangling.txt");
  fs::create_symlink("a.txt", dir / "cvs/alias.txt");           // a link to a file is an input

  std::vector<InputProblem> problems;
  std::vector<Input> inputs = ExpandInputs({(dir / "cvs").string()}, &problems);
  // Links to folders are not followed; every other link is an input, and
  // reading it says what is wrong with it (io_test.cc).
  CHECK(Relative(inputs) ==
        std::vector<std::string>{"a.txt", "alias.txt", "dangling.txt", "loop.txt", "ping.txt", "pong.txt",
                                 "sub/b.txt"});
  CHECK(problems.empty());
}

TEST_CASE("A link loop given on the command line is one input", "[batch][inputs]") {
  TempDir dir;
  fs::create_symlink("loop", dir / "loop");
  std::vector<InputProblem> problems;
  std::vector<Input> inputs = ExpandInputs({(dir / "loop").string()}, &problems);
  CHECK(inputs.size() == 1);
  CHECK(problems.empty());
}

TEST_CASE("Hidden entries and outputs and bookkeeping files are skipped", "[batch][inputs]") {
  TempDir dir;
  dir.Write("cvs/a.txt", "x");
  dir.Write("cvs/.a.json.tmp.1.0", "a temporary file");
  dir.Write("cvs/.git/b.txt", "x");
  dir.Write("cvs/c.json", "{}");
  dir.Write("cvs/README.md", "x");
  fs::create_directory(dir / "cvs/empty.txt");  // a folder named like a file: walked, holds nothing
  std::vector<InputProblem> problems;
  CHECK(Relative(ExpandInputs({(dir / "cvs").string()}, &problems)) == std::vector<std::string>{"a.txt"});
  CHECK(problems.empty());
}

TEST_CASE("An unreadable subfolder is reported and the walk goes on", "[batch][inputs]") {
  if (::geteuid() == 0) return;  // root reads a chmod 000 folder: nothing to test
  TempDir dir;
  dir.Write("cvs/a.txt", "x");
  dir.Write("cvs/locked/b.txt", "x");
  dir.Write("cvs/z/c.txt", "x");
  fs::permissions(dir / "cvs/locked", fs::perms::none);
  std::vector<InputProblem> problems;
  std::vector<Input> inputs = ExpandInputs({(dir / "cvs").string()}, &problems);
  fs::permissions(dir / "cvs/locked", fs::perms::owner_all);
  CHECK(Relative(inputs) == std::vector<std::string>{"a.txt", "z/c.txt"});
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == (dir / "cvs/locked").string());
  CHECK(problems[0].reason == "cannot read this folder: Permission denied");
}

TEST_CASE("An empty folder is reported once", "[batch][inputs]") {
  TempDir dir;
  fs::create_directory(dir / "cvs");
  std::vector<InputProblem> problems;
  CHECK(ExpandInputs({(dir / "cvs").string()}, &problems).empty());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].reason == "no résumé files found in this folder");
}

}  // namespace
}  // namespace cvparse::tools
