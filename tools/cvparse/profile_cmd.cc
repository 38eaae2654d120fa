#include "profile_cmd.h"

#include <iostream>

#include <boost/program_options.hpp>

#include "args.h"
#include "cvparse/jd.h"
#include "cvparse/score_report.h"
#include "io.h"

namespace cvparse::tools {
namespace po = boost::program_options;

namespace {

constexpr size_t kMaxProfileBytes = 1u << 20;

constexpr const char kUsage[] = R"(Usage: cvparse profile [OPTIONS] JD.txt|PROFILE.yaml|-

Prints the job profile that `cvparse score` uses, as YAML ready to edit and
reuse with `cvparse score --profile FILE`. From a job description it derives
the title, required and preferred skills (through the skills taxonomy, by the
description's own "Requirements" / "Nice to have" sections), years of
experience ("3+ years of Python") and the degree ("Master's degree in Computer
Science or a related field"). From a YAML profile it checks it and prints it
normalised; errors name the line and column.

Examples:
  cvparse profile corpus/jobs/ml-research.txt
  cvparse profile jd.txt --out profile.yaml     then edit profile.yaml
  cvparse profile profile.yaml                  check an edited profile

Exit status: 0 printed, 1 the input could not be read or used, 2 usage error.

Options)";

bool IsYamlPath(const std::string& path) {
  auto ends = [&](const char* ext) {
    std::string e(ext);
    return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
  };
  return ends(".yaml") || ends(".yml") || ends(".YAML") || ends(".YML");
}

}  // namespace

Status LoadProfileFrom(const Parser& parser, const std::string& path, bool as_yaml, JobProfile* profile) {
  std::string bytes;
  Status status = ReadInput(path, kMaxProfileBytes, &bytes);
  if (!status.ok()) return Status::IoError(path + ": " + status.message());
  if (as_yaml || IsYamlPath(path)) return LoadProfileYaml(bytes, path == "-" ? "stdin" : path, profile);
  std::string error;
  std::unique_ptr<ProfileDeriver> deriver = ProfileDeriver::Create(parser, &error);
  if (!deriver) return Status::CorruptData(error);
  status = deriver->Derive(bytes, profile);
  if (!status.ok()) return Status::InvalidInput(path + ": " + status.message());
  return Status::Ok();
}

int RunProfile(const Parser& parser, int argc, char** argv) {
  std::vector<std::string> inputs;
  std::string out;
  po::options_description visible(kUsage);
  visible.add_options()
      ("help,h", "show this help and exit")
      ("out,o", po::value<std::string>(&out)->value_name("FILE"), "write to FILE (atomically) instead of stdout")
      ("yaml", "read the input as a YAML profile whatever its name")
      ("json", "print the profile as JSON instead of YAML");
  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>(&inputs));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "cvparse profile: " << e.what() << "\nTry 'cvparse profile --help'.\n";
    return kExitUsage;
  }
  if (vm.count("help")) {
    std::cout << visible << '\n';
    return kExitOk;
  }
  if (inputs.size() != 1) {
    std::cerr << "cvparse profile: give one job description or YAML profile\nTry 'cvparse profile --help'.\n";
    return kExitUsage;
  }
  JobProfile profile;
  Status status = LoadProfileFrom(parser, inputs[0], vm.count("yaml") > 0, &profile);
  if (!status.ok()) {
    std::cerr << "cvparse: " << status.message() << '\n';
    return status.code() == Status::Code::kCorruptData ? kExitUsage : kExitSomeFailed;
  }
  std::string text = vm.count("json") ? ProfileToJson(profile).dump(2) + "\n" : ProfileToYaml(profile);
  if (out.empty()) {
    std::cout << text;
    std::cout.flush();
    return kExitOk;
  }
  Status written = WriteFileAtomically(out, text);
  if (!written.ok()) {
    std::cerr << "cvparse: " << out << ": " << written.message() << '\n';
    return kExitSomeFailed;
  }
  return kExitOk;
}

}  // namespace cvparse::tools
