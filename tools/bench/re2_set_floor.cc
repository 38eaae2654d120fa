#include "re2_set_floor.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <vector>

#include "lexicon_forms.h"

namespace cvparse::bench {

struct Re2SetFloor::Impl {
  explicit Impl(const RE2::Options& options) : set(options, RE2::UNANCHORED) {}
  RE2::Set set;
};

Re2SetFloor::~Re2SetFloor() = default;

std::unique_ptr<Re2SetFloor> Re2SetFloor::Create(std::string* error) {
  std::vector<Form> forms;
  if (!LoadSkillForms(&forms, error) || !LoadHeadingForms(&forms, error)) return nullptr;
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  // ~6,500 literals make a large DFA; RE2's default 8 MB budget runs out on the first file.
  options.set_max_mem(int64_t{1} << 30);
  auto floor = std::unique_ptr<Re2SetFloor>(new Re2SetFloor());
  floor->impl_ = std::make_unique<Impl>(options);
  for (const Form& form : forms) {
    std::string pattern = (form.case_sensitive ? "" : "(?i)") + RE2::QuoteMeta(form.text);
    if (floor->impl_->set.Add(pattern, error) < 0) return nullptr;
  }
  if (!floor->impl_->set.Compile()) {
    *error = "RE2::Set::Compile failed (out of memory?)";
    return nullptr;
  }
  floor->size_ = forms.size();
  return floor;
}

uint64_t Re2SetFloor::Pass(std::string_view bytes, bool* failed) const {
  std::vector<int> hits;
  RE2::Set::ErrorInfo info;
  if (!impl_->set.Match(re2::StringPiece(bytes.data(), bytes.size()), &hits, &info) &&
      info.kind != RE2::Set::kNoError) {
    *failed = true;
    return 0;
  }
  return hits.size();
}

}  // namespace cvparse::bench
