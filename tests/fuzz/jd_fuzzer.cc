// Fuzz target: deriving a job profile from a job description (cvparse/jd.h)
// on arbitrary bytes.
//
//   "Backend Engineer\nRequirements\n- 3+ years of Go\n"
//       ─ProfileDeriver::Derive─▶ JobProfile{title, required [Go, 3 years], ...}
//       ─ProfileToYaml─▶ YAML ─LoadProfileYaml─▶ the same profile
//
// Refusals (not text, or a description that names nothing) are fine but carry
// a message. A derived profile must be one a user could have written: it
// passes the checks of profile_check.h, and the YAML that `cvparse profile
// jd.txt` prints from it loads back unchanged (the derive-edit-reuse loop of
// scoring/README.md). A violation aborts (fuzz_check.h).
//
// Built as a libFuzzer binary with -DCVPARSE_FUZZ=ON (tools/fuzz.sh) and, in
// every build, as jd_replay (replay_main.cc).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "cvparse/jd.h"
#include "cvparse/parse.h"
#include "cvparse/profile.h"
#include "fuzz_check.h"
#include "profile_check.h"

namespace {

const cvparse::ProfileDeriver& TheDeriver() {
  // Built once and never freed: every input uses them until exit.
  static const cvparse::ProfileDeriver* deriver = [] {
    std::string error;
    auto parser = cvparse::Parser::Create(&error);
    FUZZ_CHECK(parser != nullptr, "Parser::Create: %s", error.c_str());
    auto created = cvparse::ProfileDeriver::Create(*parser.release(), &error);
    FUZZ_CHECK(created != nullptr, "ProfileDeriver::Create: %s", error.c_str());
    return created.release();
  }();
  return *deriver;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view jd(reinterpret_cast<const char*>(data), size);
  cvparse::JobProfile profile;
  cvparse::Status status = TheDeriver().Derive(jd, &profile);
  if (!status.ok()) {
    FUZZ_CHECK(!status.message().empty(), "a failed Derive without a message");
    return 0;
  }
  cvparse::fuzz::CheckProfile(profile, "derived");
  cvparse::fuzz::CheckRoundTrip(profile);
  return 0;
}
