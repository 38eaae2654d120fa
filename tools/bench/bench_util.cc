#include "bench_util.h"

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace cvparse::bench {
namespace fs = std::filesystem;

namespace {
double ClockSeconds(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
}
}  // namespace

double ThreadCpuSeconds() { return ClockSeconds(CLOCK_THREAD_CPUTIME_ID); }
double ProcessCpuSeconds() { return ClockSeconds(CLOCK_PROCESS_CPUTIME_ID); }

double LoadAverage() {
  std::ifstream in("/proc/loadavg");
  double load = -1;
  if (!(in >> load)) return -1;
  return load;
}

void EmitResult(std::string_view key, double value, std::string_view note) {
  std::printf("%.*s\t%.6g\t%.2f\t%.*s\n", static_cast<int>(key.size()), key.data(), value, LoadAverage(),
              static_cast<int>(note.size()), note.data());
  std::fflush(stdout);
}

bool ReadFile(const std::string& path, std::string* contents) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  contents->clear();
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) contents->append(buffer, n);
  bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
}

bool WriteFile(const std::string& path, std::string_view contents) {
  std::error_code ec;
  fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  return static_cast<bool>(out);
}

std::vector<std::string> ListFiles(const std::string& dir, uint64_t* bytes) {
  std::vector<std::string> files;
  *bytes = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    files.push_back(it->path().string());
    *bytes += it->file_size(ec);
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string Flags::Get(std::string_view key, std::string_view fallback) const {
  for (const auto& [k, v] : values) {
    if (k == key) return v;
  }
  return std::string(fallback);
}

double Flags::Number(std::string_view key, double fallback) const {
  std::string value = Get(key);
  return value.empty() ? fallback : std::stod(value);
}

Flags ParseFlags(int argc, char** argv) {
  Flags flags;
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") {
      for (++i; i < argc; ++i) flags.rest.push_back(argv[i]);
      break;
    }
    if (arg.rfind("--", 0) != 0) continue;
    bool has_value = i + 1 < argc && std::string_view(argv[i + 1]).rfind("--", 0) != 0;
    flags.values.emplace_back(arg.substr(2), has_value ? argv[++i] : "1");
  }
  return flags;
}

double Median(std::vector<double>* values) {
  if (values->empty()) return 0;
  std::sort(values->begin(), values->end());
  size_t n = values->size();
  return n % 2 == 1 ? (*values)[n / 2] : ((*values)[n / 2 - 1] + (*values)[n / 2]) / 2;
}

}  // namespace cvparse::bench
