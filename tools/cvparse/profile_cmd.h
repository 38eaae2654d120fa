// `cvparse profile`: prints the job profile of a job description as YAML.
//
//   cvparse profile jd.txt                   derive and print (edit it, then score --profile)
//   cvparse profile jd.txt --out p.yaml      written atomically
//   cvparse profile p.yaml                   check a YAML profile and print it normalised
//   cvparse profile jd.txt --json            the profile as JSON
//
// Exit status: 0 printed, 1 the input could not be read or used, 2 usage error.
#ifndef CVPARSE_TOOLS_PROFILE_CMD_H_
#define CVPARSE_TOOLS_PROFILE_CMD_H_

#include <string>

#include "cvparse/parse.h"
#include "cvparse/profile.h"
#include "cvparse/status.h"

namespace cvparse::tools {

// argv[0] is "profile".
int RunProfile(const Parser& parser, int argc, char** argv);

// Loads the profile named on a command line: a YAML file (.yaml/.yml, or
// `as_yaml`) or a job description to derive it from. "-" reads stdin.
// Errors name the path: "jd.txt: not a text document".
Status LoadProfileFrom(const Parser& parser, const std::string& path, bool as_yaml, JobProfile* profile);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_PROFILE_CMD_H_
