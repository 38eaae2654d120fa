// Fuzz target: the YAML job-profile loader (cvparse/profile.h) on arbitrary
// bytes.
//
//   "required:\n  - name: PyTorch\n    weight: 2\n"
//       ─LoadProfileYaml─▶ JobProfile ─ProfileToYaml─▶ YAML ─LoadProfileYaml─▶ equal profile
//
// A refusal is fine (most inputs are not profiles), but it must carry a
// "SOURCE..." message. A profile that loads must keep the promises of
// profile.h:
//   * names non-empty, weights in [0.01, 100], years in [0, 60], at most 500
//     items per list, a known degree level or none, strings of at most 300
//     bytes without control characters other than tab;
//   * ProfileToYaml writes YAML that LoadProfileYaml reads back to an equal
//     profile (what `cvparse profile FILE.yaml` prints is reusable).
// A violation aborts (fuzz_check.h).
//
// Built as a libFuzzer binary with -DCVPARSE_FUZZ=ON (tools/fuzz.sh) and, in
// every build, as profile_replay (replay_main.cc).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cvparse/profile.h"
#include "fuzz_check.h"
#include "profile_check.h"

namespace {

using cvparse::JobProfile;

constexpr std::string_view kSource = "fuzz.yaml";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view yaml(reinterpret_cast<const char*>(data), size);
  JobProfile profile;
  cvparse::Status status = cvparse::LoadProfileYaml(yaml, kSource, &profile);
  if (!status.ok()) {
    FUZZ_CHECK(status.message().rfind(kSource, 0) == 0, "an error that does not name the source: %s",
               status.message().c_str());
    return 0;
  }
  cvparse::fuzz::CheckProfile(profile, "loaded");
  cvparse::fuzz::CheckRoundTrip(profile);
  return 0;
}
