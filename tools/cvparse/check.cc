#include "check.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include "args.h"
#include "cvparse/json_resume.h"
#include "io.h"

namespace cvparse::tools {
namespace fs = std::filesystem;
namespace po = boost::program_options;
using nlohmann::json;

namespace {

constexpr size_t kMaxDiffLines = 40;

std::string Short(const json& value) {
  std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
  if (text.size() > 100) text = text.substr(0, 97) + "...";
  return text;
}

std::string Escape(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out.push_back(c);
  }
  return out;
}

// Appends "path: expected X, got Y" lines for every leaf that differs.
void Diff(const json& expected, const json& got, const std::string& path,
          std::vector<std::string>* out) {
  if (expected.is_object() && got.is_object()) {
    for (const auto& [key, value] : expected.items()) {
      std::string child = path + "/" + Escape(key);
      if (!got.contains(key)) out->push_back(child + ": expected " + Short(value) + ", got nothing");
      else Diff(value, got[key], child, out);
    }
    for (const auto& [key, value] : got.items()) {
      if (!expected.contains(key)) {
        out->push_back(path + "/" + Escape(key) + ": expected nothing, got " + Short(value));
      }
    }
    return;
  }
  if (expected.is_array() && got.is_array()) {
    size_t n = std::max(expected.size(), got.size());
    for (size_t i = 0; i < n; ++i) {
      std::string child = path + "/" + std::to_string(i);
      if (i >= got.size()) out->push_back(child + ": expected " + Short(expected[i]) + ", got nothing");
      else if (i >= expected.size()) out->push_back(child + ": expected nothing, got " + Short(got[i]));
      else Diff(expected[i], got[i], child, out);
    }
    return;
  }
  if (expected != got) {
    out->push_back((path.empty() ? "/" : path) + ": expected " + Short(expected) + ", got " + Short(got));
  }
}

bool ReadJson(const fs::path& path, json* out, std::string* error) {
  std::ifstream in(path);
  if (!in) return false;
  try {
    *out = json::parse(in);
  } catch (const json::exception& e) {
    *error = e.what();
    return false;
  }
  return true;
}

}  // namespace

int RunCheck(const Parser& parser, int argc, char** argv) {
  std::string dir, as_of;
  bool bless = false;
  po::options_description options(
      "Usage: cvparse check [--bless] [--as-of YYYY-MM] DIR\n\n"
      "Compares every DIR/NAME.txt with DIR/NAME.expected.json and prints a per-field diff.\n"
      "Exit status: 0 all match, 1 some differ or fail, 2 usage error.\n\nOptions");
  options.add_options()("help,h", "show this help")
      ("bless", po::bool_switch(&bless), "rewrite the expected files from the current output")
      ("as-of", po::value<std::string>(&as_of)->value_name("YYYY-MM"),
       "reference month for new expected files (default: the asOf already recorded, else 2026-11)");
  po::options_description hidden;
  hidden.add_options()("dir", po::value<std::string>(&dir));
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description positional;
  positional.add("dir", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "cvparse check: " << e.what() << '\n';
    return kExitUsage;
  }
  if (vm.count("help")) {
    std::cout << options << '\n';
    return kExitOk;
  }
  int default_year = 2026, default_month = 11;
  if (!as_of.empty() && !ParseYearMonth(as_of, &default_year, &default_month)) {
    std::cerr << "cvparse check: --as-of wants YYYY-MM\n";
    return kExitUsage;
  }
  if (dir.empty() || !fs::is_directory(dir)) {
    std::cerr << "cvparse check: give the corpus folder, e.g. 'cvparse check corpus'\n";
    return kExitUsage;
  }

  std::vector<fs::path> cases;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());

  size_t differing = 0, blessed = 0;
  for (const fs::path& txt : cases) {
    fs::path expected_path = txt;
    expected_path.replace_extension(".expected.json");
    json expected;
    std::string json_error;
    bool have_expected = ReadJson(expected_path, &expected, &json_error);
    int year = default_year, month = default_month;
    if (have_expected && as_of.empty() && expected.contains("x-cvparse")) {
      ParseYearMonth(expected["x-cvparse"].value("asOf", ""), &year, &month);
    }

    std::string bytes;
    Document doc;
    ParseOptions parse_options;
    parse_options.as_of_year = year;
    parse_options.as_of_month = month;
    Status status = ReadInput(txt.string(), parse_options.max_bytes, &bytes);
    if (status.ok()) status = parser.Parse(bytes, parse_options, &doc);
    if (!status.ok()) {
      std::cout << txt.string() << ": cannot parse: " << status.message() << '\n';
      ++differing;
      continue;
    }
    std::string output = ToJsonResume(doc, JsonOptions{year, month, true, ""});
    if (bless) {
      Status written = WriteFileAtomically(expected_path, output + "\n");
      if (!written.ok()) {
        std::cout << expected_path.string() << ": " << written.message() << '\n';
        ++differing;
      } else {
        ++blessed;
      }
      continue;
    }
    if (!have_expected) {
      std::cout << txt.string() << ": no readable " << expected_path.filename().string()
                << (json_error.empty() ? "" : " (" + json_error + ")")
                << "; review the output, then run 'cvparse check --bless " << dir << "'\n";
      ++differing;
      continue;
    }
    std::vector<std::string> diffs;
    Diff(expected, json::parse(output), "", &diffs);
    if (diffs.empty()) continue;
    ++differing;
    std::cout << txt.string() << ": " << diffs.size() << " difference(s)\n";
    for (size_t i = 0; i < diffs.size() && i < kMaxDiffLines; ++i) std::cout << "  " << diffs[i] << '\n';
    if (diffs.size() > kMaxDiffLines) std::cout << "  ... and " << diffs.size() - kMaxDiffLines << " more\n";
  }
  if (bless) {
    std::cout << "blessed " << blessed << " of " << cases.size() << " expected files in " << dir << '\n';
  } else {
    std::cout << cases.size() - differing << " passed, " << differing << " failed\n";
  }
  return differing > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace cvparse::tools
