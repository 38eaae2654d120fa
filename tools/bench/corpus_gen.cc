#include "corpus_gen.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <string_view>

#include "bench_util.h"
#include "perturb.h"
#include "split_mix.h"

namespace cvparse::bench {
namespace fs = std::filesystem;
namespace {

// Invented names; a few non-ASCII ones so the name finder sees more than Latin-1.
constexpr std::array<std::string_view, 24> kFirstNames = {
    "Amara", "Lukas", "Mei", "Tomás", "Ingrid", "Kwame", "Priya", "Oskar", "Zoë", "Hiroshi", "Fatima", "Elias",
    "Noor", "Mateo", "Sanna", "Ravi", "Chloé", "Dmitri", "Aiyana", "Jonas", "Leila", "Björn", "Ana", "Kofi"};
constexpr std::array<std::string_view, 24> kLastNames = {
    "Okafor", "Lindqvist", "Haddad", "Moreau", "Nakamura", "Petrov", "Castillo", "Brennan", "Novak", "Osei",
    "Fischer", "Rahman", "Silva", "Kowalski", "Dubois", "Ivanova", "Mensah", "Jansen", "Ferreira", "Kaur",
    "Müller", "Sørensen", "Tanaka", "Whitfield"};
constexpr std::array<std::string_view, 8> kBulletStyles = {"•", "-", "*", "●", "▪", "➤", "◦", "–"};

constexpr uint64_t kIndexMix = 0xD1B54A32D192ED03ull;

}  // namespace

std::unique_ptr<CorpusGenerator> CorpusGenerator::Create(const Parser& parser, const std::string& corpus_dir,
                                                         std::string* error) {
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(corpus_dir, ec)) {
    if (entry.is_regular_file(ec) && entry.path().extension() == ".txt") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());

  auto gen = std::unique_ptr<CorpusGenerator>(new CorpusGenerator());
  ParseOptions options;
  options.as_of_year = 2026;
  options.as_of_month = 11;
  for (const std::string& path : paths) {
    std::string bytes;
    Document doc;
    if (!ReadFile(path, &bytes) || !parser.Parse(bytes, options, &doc).ok()) continue;
    Piece header;
    std::vector<std::string> layout;
    for (const Section& section : doc.sections) {
      Piece piece;
      size_t end = section.end_line;
      while (end > section.first_line && doc.lines[end - 1].blank()) --end;
      for (size_t i = section.first_line; i < end; ++i) {
        const Line& line = doc.lines[i];
        if (doc.contact.name && section.heading.empty() && line.span.begin <= doc.contact.name->span.begin &&
            doc.contact.name->span.end <= line.span.end) {
          piece.name_line = static_cast<int>(piece.lines.size());
          piece.name_begin = doc.contact.name->span.begin - line.span.begin;
          piece.name_end = doc.contact.name->span.end - line.span.begin;
        }
        piece.lines.emplace_back(doc.Text(line.span));
      }
      if (piece.lines.empty()) continue;
      if (section.heading.empty() && header.lines.empty()) {
        header = std::move(piece);
      } else {
        layout.push_back(section.kind);
        gen->sections_[section.kind].push_back(std::move(piece));
      }
    }
    // A file that starts with a heading gives no header, one without headings no layout.
    if (!header.lines.empty()) gen->headers_.push_back(std::move(header));
    if (!layout.empty()) gen->layouts_.push_back(std::move(layout));
    ++gen->source_count_;
  }
  if (gen->headers_.empty() || gen->layouts_.empty()) {
    *error = "no parsable *.txt résumé in " + corpus_dir;
    return nullptr;
  }
  return gen;
}

std::string CorpusGenerator::Make(uint64_t seed, uint64_t index, bool utf8_only) const {
  SplitMix rng(seed ^ (index * kIndexMix));
  rng.Next();

  // The mix: a header, the section order of another file, each section from anywhere.
  Piece header = headers_[rng.Below(headers_.size())];
  std::vector<std::string> layout = layouts_[rng.Below(layouts_.size())];
  if (layout.size() > 2 && rng.Percent(30)) {
    size_t i = rng.Below(layout.size() - 1);
    std::swap(layout[i], layout[i + 1]);
  }
  if (layout.size() > 3 && rng.Percent(20)) layout.erase(layout.begin() + static_cast<long>(rng.Below(layout.size())));

  // One set of perturbations per résumé, so dates stay consistent inside it.
  int year_delta = -static_cast<int>(rng.Below(7));
  std::string_view bullet = kBulletStyles[rng.Below(kBulletStyles.size())];
  bool crlf = !utf8_only && rng.Percent(10);
  unsigned encoding_roll = static_cast<unsigned>(rng.Below(100));
  std::string name = std::string(kFirstNames[rng.Below(kFirstNames.size())]);
  if (rng.Percent(15)) name += std::string(" ") + static_cast<char>('A' + rng.Below(26)) + ".";
  name += " " + std::string(kLastNames[rng.Below(kLastNames.size())]);

  if (header.name_line >= 0) {
    std::string& line = header.lines[static_cast<size_t>(header.name_line)];
    line.replace(header.name_begin, header.name_end - header.name_begin, name);
  }
  std::vector<std::string> lines = header.lines;
  for (const std::string& kind : layout) {
    const std::vector<Piece>& choices = sections_.at(kind);
    const Piece& section = choices[rng.Below(choices.size())];
    lines.insert(lines.end(), 1 + rng.Below(2), "");
    lines.insert(lines.end(), section.lines.begin(), section.lines.end());
  }

  const char* eol = crlf ? "\r\n" : "\n";
  std::string text;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) text += eol;
    text += JitterSpacing(RestyleBullet(ShiftYears(lines[i], year_delta), bullet), &rng);
  }
  if (rng.Percent(90)) text += eol;
  if (utf8_only) return text;
  if (encoding_roll < 2) return ToUtf16Le(text);
  if (encoding_roll < 4) return "\xEF\xBB\xBF" + text;
  return text;
}

std::string CorpusGenerator::MakeConcatenated(uint64_t seed, uint64_t first_index, size_t min_bytes) const {
  std::string out;
  for (uint64_t i = first_index; out.size() < min_bytes; ++i) {
    out += Make(seed, i, /*utf8_only=*/true);
    out += "\n";
  }
  return out;
}

int64_t CorpusGenerator::WriteCorpus(uint64_t seed, uint64_t count, const std::string& out_dir) const {
  int64_t total = 0;
  char relative[64];
  for (uint64_t i = 0; i < count; ++i) {
    std::snprintf(relative, sizeof relative, "%03llu/%06llu.txt", static_cast<unsigned long long>(i / 1000),
                  static_cast<unsigned long long>(i));
    std::string text = Make(seed, i);
    if (!WriteFile(out_dir + "/" + relative, text)) return -1;
    total += static_cast<int64_t>(text.size());
  }
  return total;
}

}  // namespace cvparse::bench
