#include "regex/pattern.h"

#include <re2/re2.h>

#include <cstdio>
#include <cstdlib>

namespace cvparse {

Pattern::Pattern(std::string_view pattern) : Pattern(pattern, Options{}) {}

Pattern::Pattern(std::string_view pattern, Options options) {
  RE2::Options re_options;
  re_options.set_encoding(RE2::Options::EncodingUTF8);
  re_options.set_case_sensitive(!options.case_insensitive);
  re_options.set_literal(options.literal);
  re_options.set_log_errors(false);
  re_options.set_max_mem(64 << 20);
  re_ = std::make_unique<RE2>(re2::StringPiece(pattern.data(), pattern.size()), re_options);
  if (!re_->ok()) {
    std::fprintf(stderr, "cvparse: internal error: bad pattern /%.*s/: %s\n",
                 static_cast<int>(pattern.size()), pattern.data(), re_->error().c_str());
    std::abort();
  }
  groups_ = re_->NumberOfCapturingGroups();
}

Pattern::~Pattern() = default;

namespace {
constexpr int kMaxGroups = 16;
}

bool Pattern::Find(std::string_view text, size_t pos, Match* match) const {
  if (pos > text.size()) return false;
  re2::StringPiece subject(text.data(), text.size());
  re2::StringPiece found[kMaxGroups + 1];
  int n = std::min(groups_, kMaxGroups) + 1;
  if (!re_->Match(subject, pos, text.size(), RE2::UNANCHORED, found, n)) return false;
  match->begin = static_cast<size_t>(found[0].data() - text.data());
  match->end = match->begin + found[0].size();
  match->groups.assign(n - 1, Group{});
  for (int i = 1; i < n; ++i) {
    if (found[i].data() == nullptr) continue;
    Group& g = match->groups[i - 1];
    g.begin = static_cast<size_t>(found[i].data() - text.data());
    g.end = g.begin + found[i].size();
    g.matched = true;
  }
  return true;
}

std::vector<Match> Pattern::FindAll(std::string_view text) const {
  std::vector<Match> out;
  size_t pos = 0;
  Match m;
  while (pos <= text.size() && Find(text, pos, &m)) {
    size_t next = m.end > m.begin ? m.end : m.end + 1;  // never loop on an empty match
    out.push_back(std::move(m));
    pos = next;
  }
  return out;
}

bool Pattern::FullMatch(std::string_view text, Match* match) const {
  re2::StringPiece subject(text.data(), text.size());
  re2::StringPiece found[kMaxGroups + 1];
  int n = std::min(groups_, kMaxGroups) + 1;
  if (!re_->Match(subject, 0, text.size(), RE2::ANCHOR_BOTH, found, n)) return false;
  if (match != nullptr) {
    match->begin = 0;
    match->end = text.size();
    match->groups.assign(n - 1, Group{});
    for (int i = 1; i < n; ++i) {
      if (found[i].data() == nullptr) continue;
      Group& g = match->groups[i - 1];
      g.begin = static_cast<size_t>(found[i].data() - text.data());
      g.end = g.begin + found[i].size();
      g.matched = true;
    }
  }
  return true;
}

bool Pattern::Contains(std::string_view text) const {
  return re_->Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED,
                    nullptr, 0);
}

}  // namespace cvparse
