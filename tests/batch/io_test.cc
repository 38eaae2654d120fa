// tools/cvparse/io.h: atomic writes with unique temporary files, and reads
// that refuse vanished, looping and changing files with a clear reason.
#include "io.h"

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <thread>

#include <catch2/catch.hpp>

#include "inputs.h"
#include "temp_dir.h"

namespace cvparse::tools {
namespace {

using cvparse::testing::Names;
using cvparse::testing::TempDir;
namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string ReadError(const std::string& path) {
  std::string contents;
  Status s = ReadInput(path, 1 << 20, &contents);
  return s.ok() ? "(read " + std::to_string(contents.size()) + " bytes)" : s.message();
}

TEST_CASE("WriteFileAtomically writes the whole file and leaves no temporary file", "[batch][io]") {
  TempDir dir;
  fs::path target = dir / "out/sub/a.json";
  REQUIRE(WriteFileAtomically(target, "first\n").ok());
  CHECK(Slurp(target) == "first\n");
  REQUIRE(WriteFileAtomically(target, "second, longer\n").ok());
  CHECK(Slurp(target) == "second, longer\n");
  CHECK(Names(target.parent_path()) == std::vector<std::string>{"a.json"});
}

TEST_CASE("Concurrent writers of one file never share a temporary file", "[batch][io]") {
  // Each writer's bytes are distinct; a shared temporary name would mix them.
  TempDir dir;
  fs::path target = dir / "shared.json";
  std::vector<std::thread> writers;
  for (int w = 0; w < 8; ++w) {
    writers.emplace_back([&, w] {
      std::string payload(100000, static_cast<char>('a' + w));
      for (int round = 0; round < 20; ++round) CHECK(WriteFileAtomically(target, payload).ok());
    });
  }
  for (std::thread& t : writers) t.join();
  std::string final_text = Slurp(target);
  REQUIRE(final_text.size() == 100000);
  CHECK(final_text.find_first_not_of(final_text[0]) == std::string::npos);
  CHECK(Names(dir.path()) == std::vector<std::string>{"shared.json"});
}

TEST_CASE("A failed write names the problem and leaves nothing behind", "[batch][io]") {
  TempDir dir;
  dir.Write("file", "x");
  Status s = WriteFileAtomically(dir / "file/a.json", "data");  // a file where a folder should be
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("cannot create") != std::string::npos);
  fs::create_directory(dir / "a.json");  // a folder where the result should be
  s = WriteFileAtomically(dir / "a.json", "data");
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("cannot rename") != std::string::npos);
  CHECK(Names(dir.path()) == std::vector<std::string>{"a.json", "file"});
}

TEST_CASE("A file that vanishes between listing and reading is reported", "[batch][io]") {
  TempDir dir;
  dir.Write("cvs/a.txt", "Jane Doe\n");
  dir.Write("cvs/b.txt", "John Doe\n");
  std::vector<InputProblem> problems;
  std::vector<Input> inputs = ExpandInputs({(dir / "cvs").string()}, &problems);
  REQUIRE(inputs.size() == 2);
  fs::remove(dir / "cvs/b.txt");
  CHECK(ReadError(inputs[0].path) == "(read 9 bytes)");
  CHECK(ReadError(inputs[1].path) == "no such file");
}

TEST_CASE("Links and folders and special files are refused with a reason", "[batch][io]") {
  TempDir dir;
  fs::create_symlink("nowhere.txt", dir / "dangling.txt");
  fs::create_symlink("loop.txt", dir / "loop.txt");
  fs::create_symlink("pong.txt", dir / "ping.txt");
  fs::create_symlink("ping.txt", dir / "pong.txt");
  fs::create_directory(dir / "folder.txt");
  REQUIRE(::mkfifo((dir / "fifo.txt").c_str(), 0600) == 0);
  CHECK(ReadError((dir / "dangling.txt").string()) == "broken symbolic link (its target does not exist)");
  CHECK(ReadError((dir / "loop.txt").string()).find("symbolic link loop") == 0);
  CHECK(ReadError((dir / "ping.txt").string()).find("symbolic link loop") == 0);
  CHECK(ReadError((dir / "folder.txt").string()) == "is a directory");
  CHECK(ReadError((dir / "fifo.txt").string()) == "not a regular file (a FIFO)");  // and no hang
}

TEST_CASE("An unreadable file is refused", "[batch][io]") {
  if (::geteuid() == 0) return;  // root reads a chmod 000 file: nothing to test
  TempDir dir;
  fs::path file = dir.Write("locked.txt", "secret");
  fs::permissions(file, fs::perms::none);
  CHECK(ReadError(file.string()) == "Permission denied");
}

struct stat StatOf(const fs::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st;
}

TEST_CASE("CheckUnchanged compares size and modification time and bytes read", "[batch][io]") {
  TempDir dir;
  fs::path file = dir.Write("cv.txt", "0123456789");
  struct stat before = StatOf(file);
  CHECK(CheckUnchanged(before, before, 10).ok());

  struct stat grown = before;
  grown.st_size = 12;
  CHECK(CheckUnchanged(before, grown, 10).message() == "changed while being read (10 bytes, then 12); skipped");

  struct stat touched = before;
  touched.st_mtim.tv_nsec += 1;
  CHECK(CheckUnchanged(before, touched, 10).message() == "changed while being read (modified meanwhile); skipped");

  // Truncated and refilled to the same size within one clock tick.
  CHECK(CheckUnchanged(before, before, 4).message() == "changed while being read (4 bytes read of 10); skipped");

  struct stat proc_file = before;  // /proc files say 0 bytes and hold more
  proc_file.st_size = 0;
  CHECK(CheckUnchanged(proc_file, proc_file, 100).ok());
}

TEST_CASE("A real append between two stats is seen as a change", "[batch][io]") {
  TempDir dir;
  fs::path file = dir.Write("cv.txt", "Jane Doe\n");
  struct stat before = StatOf(file);
  std::ofstream(file, std::ios::app) << "Engineer\n";
  struct stat after = StatOf(file);
  CHECK_FALSE(CheckUnchanged(before, after, static_cast<size_t>(before.st_size)).ok());
}

}  // namespace
}  // namespace cvparse::tools
