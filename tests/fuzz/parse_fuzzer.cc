// Fuzz target: the whole pipeline on arbitrary bytes.
//
//   bytes ─Parser::Parse─▶ Document ─ToJsonResume─▶ JSON ─nlohmann::parse─▶ checks
//
// Besides "no crash, no sanitizer report, no hang", it checks the output
// contract of cvparse/json_resume.h on every input that parses:
//   * the JSON is well formed (so every string in it is valid UTF-8);
//   * every "span" / "headingSpan" [b, e] has 0 <= b <= e <= Document::text size;
//   * every "startDate", "endDate", "releaseDate" and "date" string is an
//     ISO 8601 prefix: ^\d{4}(-\d{2}(-\d{2})?)?$.
// A violation aborts (see fuzz_check.h). Refusals (Status::NotText,
// TooLarge) are fine: the input is simply not a résumé.
//
// Built as a libFuzzer binary with -DCVPARSE_FUZZ=ON (tools/fuzz.sh) and, in
// every build, as parse_replay (replay_main.cc), which feeds it the seeds and
// the saved reproducers in tests/fuzz/reproducers/parse_fuzzer/.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cvparse/json_resume.h"
#include "cvparse/parse.h"
#include "fuzz_check.h"

namespace {

using nlohmann::json;

const cvparse::Parser& TheParser() {
  static const cvparse::Parser* parser = [] {
    std::string error;
    auto created = cvparse::Parser::Create(&error);
    FUZZ_CHECK(created != nullptr, "Parser::Create: %s", error.c_str());
    return created.release();
  }();
  return *parser;
}

bool IsSpanKey(std::string_view key) { return key == "span" || key == "headingSpan"; }

bool IsDateKey(std::string_view key) {
  return key == "startDate" || key == "endDate" || key == "releaseDate" || key == "date";
}

void CheckValue(const json& value, size_t text_size, int depth);

void CheckMember(const std::string& key, const json& value, size_t text_size, int depth) {
  if (IsSpanKey(key)) {
    FUZZ_CHECK(value.is_array() && value.size() == 2 && value[0].is_number_unsigned() &&
                   value[1].is_number_unsigned(),
               "\"%s\": %s", key.c_str(), value.dump().c_str());
    uint64_t b = value[0].get<uint64_t>(), e = value[1].get<uint64_t>();
    FUZZ_CHECK(b <= e && e <= text_size, "\"%s\": [%llu, %llu], text size %zu", key.c_str(),
               static_cast<unsigned long long>(b), static_cast<unsigned long long>(e), text_size);
    return;
  }
  if (IsDateKey(key) && value.is_string()) {
    const std::string& s = value.get_ref<const std::string&>();
    FUZZ_CHECK(cvparse::fuzz::IsIsoDatePrefix(s), "\"%s\": \"%s\"", key.c_str(), s.c_str());
    return;
  }
  CheckValue(value, text_size, depth + 1);
}

void CheckValue(const json& value, size_t text_size, int depth) {
  FUZZ_CHECK(depth < 64, "JSON nested %d deep", depth);
  if (value.is_object()) {
    for (const auto& [key, member] : value.items()) CheckMember(key, member, text_size, depth);
  } else if (value.is_array()) {
    for (const json& element : value) CheckValue(element, text_size, depth + 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  cvparse::ParseOptions options;
  options.as_of_year = 2026;
  options.as_of_month = 11;
  cvparse::Document doc;
  cvparse::Status status = TheParser().Parse(bytes, options, &doc);
  if (!status.ok()) {
    FUZZ_CHECK(!status.message().empty(), "a failed Parse without a message");
    return 0;
  }
  for (const cvparse::Line& line : doc.lines) {
    FUZZ_CHECK(line.span.begin <= line.span.end && line.span.end <= doc.text.size(),
               "line span [%u, %u], text size %zu", line.span.begin, line.span.end,
               doc.text.size());
  }
  for (bool pretty : {true, false}) {
    cvparse::JsonOptions json_options;
    json_options.as_of_year = 2026;
    json_options.as_of_month = 11;
    json_options.pretty = pretty;
    std::string out = cvparse::ToJsonResume(doc, json_options);
    if (!pretty) {
      FUZZ_CHECK(out.find('\n') == std::string::npos, "a line break in one-line JSON");
    }
    json parsed = json::parse(out, nullptr, /*allow_exceptions=*/false);
    FUZZ_CHECK(!parsed.is_discarded(), "ToJsonResume wrote invalid JSON: %.200s", out.c_str());
    FUZZ_CHECK(parsed.is_object(), "the JSON is not an object");
    CheckValue(parsed, doc.text.size(), 0);
  }
  return 0;
}
