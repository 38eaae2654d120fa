#include "extract/contact.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>
#include <vector>

#include "extract/places.h"
#include "lexicon/tsv.h"
#include "regex/pattern.h"
#include "text/ascii_search.h"

namespace cvparse {
namespace {

const Pattern& EmailPattern() {
  static const StaticPattern p(
      R"([A-Za-z0-9][A-Za-z0-9._%+\-']*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24})");
  return *p;
}

// Scheme or www URLs, and bare profile URLs of well-known networks. Each
// alternative holds a '/' or "www.", which MayHoldUrl looks for first.
const Pattern& UrlPattern() {
  static const StaticPattern p(
      R"((?i)(?:https?://|www\.)[^\s<>"'()\[\]{}|,]+|\b(?:[a-z0-9-]+\.)*(?:github\.com|gitlab\.com|linkedin\.com|bitbucket\.org|scholar\.google\.[a-z.]+|orcid\.org|twitter\.com|x\.com|kaggle\.com|medium\.com|behance\.net|dribbble\.com|stackoverflow\.com|researchgate\.net|huggingface\.co|leetcode\.com)/[^\s<>"'()\[\]{}|,]*)");
  return *p;
}

bool MayHoldUrl(std::string_view s) {
  return s.find('/') != std::string_view::npos || ContainsNoCase(s, "www.");
}

// A run of digits with phone punctuation, optionally after "+", "(+" or "00".
const Pattern& PhonePattern() {
  static const StaticPattern p(R"((?:\(\+|\+)?\(?\d[\d\s().\-/]{5,24}\d)");
  return *p;
}

const Pattern& PhoneLabel() {
  static const StaticPattern p(
      R"((?i)(?:\b(?:phone|tel|telephone|mobile|mob|cell|contact(?: no| number)?|ph|whatsapp)\b|电话|手机|联系电话|Telefon|Handy|Téléphone))");
  return *p;
}

const Pattern& YearLike() {
  static const StaticPattern p(R"((?:^|[^\d])(?:19|20)\d\d(?:[^\d]|$))");
  return *p;
}

const Pattern& LocationLabel() {
  static const StaticPattern p(
      R"((?i)^(?:地址|现居地?|所在地|居住地)?\s*(?:address|location|current location|city|residence|based in|home|地址|现居|现居地|所在地|居住地|Adresse|Wohnort)\s*[:\-]\s*(.+)$)");
  return *p;
}

// "Austin, TX 78701", "Chengdu, China", "London, UK".
const Pattern& CityRegionPattern() {
  static const StaticPattern p(
      R"(^([A-Z][A-Za-z\x{00C0}-\x{024F}.'\- ]{1,30}),\s*([A-Z][A-Za-z\x{00C0}-\x{024F}.'\- ]{1,30})(?:,\s*([A-Z][A-Za-z .]{1,30}))?(?:\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{6}))?$)");
  return *p;
}

const Pattern& NameLabel() {
  static const StaticPattern p(R"((?i)^(?:full name|name|姓名|Name|Nom|Nombre)\s*:\s*)");
  return *p;
}

const Pattern& ResumeWords() {
  static const StaticPattern p(
      R"((?i)(?:^|[\s\-|,:])(?:curriculum vitae|résumé|resume|cv|bio-?data|lebenslauf|europass|个人简历|简历)\s*$)");
  return *p;
}

// "RESUME OF Jane Doe"
const Pattern& ResumeOfPrefix() {
  static const StaticPattern p(R"((?i)^(?:resume|résumé|resumé|curriculum vitae|cv)\s+of\s+)");
  return *p;
}

const Pattern& Honorific() {
  static const StaticPattern p(R"((?i)^(?:dr|mr|mrs|ms|miss|prof|professor|er|sri|shri|smt)\.?\s+)");
  return *p;
}

bool Contains(std::string_view s, std::string_view needle) {
  return s.find(needle) != std::string_view::npos;
}

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

int CountDigits(std::string_view s) {
  return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

// Lines whose name, phones, URLs and location describe the candidate.
std::vector<size_t> HeaderLines(const Document& doc) {
  std::vector<size_t> out;
  for (const Section& section : doc.sections) {
    if (section.kind != "basics") continue;
    size_t first = section.body_begin();
    for (size_t i = first; i < section.end_line; ++i) {
      if (!doc.lines[i].blank()) out.push_back(i);
    }
  }
  return out;
}

// Where the name may be: the first lines of the header; when a title line or
// a template banner pushed it down, the first lines of the document outside
// headings ("Sample Resume  Jane Doe  Objective ...").
std::vector<size_t> NameCandidateLines(const Document& doc, const std::vector<size_t>& header) {
  constexpr size_t kHeaderLines = 6;
  constexpr size_t kTopLines = 12;
  std::vector<size_t> out(header.begin(), header.begin() + std::min(header.size(), kHeaderLines));
  std::vector<bool> heading(doc.lines.size(), false);
  for (const Section& section : doc.sections) {
    if (!section.heading.empty() && section.first_line < heading.size()) heading[section.first_line] = true;
  }
  size_t seen = 0;
  for (size_t i = 0; i < doc.lines.size() && seen < kTopLines; ++i) {
    if (doc.lines[i].blank()) continue;
    ++seen;
    if (!heading[i] && std::find(out.begin(), out.end(), i) == out.end()) out.push_back(i);
  }
  return out;
}

// ---- URLs and profiles -----------------------------------------------------

struct Network {
  std::string_view host;  // matched as the registrable domain, any subdomain
  std::string_view name;
  std::string_view path_prefix;  // the username follows this prefix
};

constexpr Network kNetworks[] = {
    {"github.com", "GitHub", "/"},          {"gitlab.com", "GitLab", "/"},
    {"linkedin.com", "LinkedIn", "/in/"},   {"bitbucket.org", "Bitbucket", "/"},
    {"orcid.org", "ORCID", "/"},            {"twitter.com", "Twitter", "/"},
    {"x.com", "X", "/"},                    {"kaggle.com", "Kaggle", "/"},
    {"medium.com", "Medium", "/@"},         {"behance.net", "Behance", "/"},
    {"dribbble.com", "Dribbble", "/"},      {"stackoverflow.com", "Stack Overflow", "/users/"},
    {"researchgate.net", "ResearchGate", "/profile/"}, {"huggingface.co", "Hugging Face", "/"},
    {"leetcode.com", "LeetCode", "/"},
};

std::string NormalizeUrl(std::string_view url) {
  std::string out(url);
  if (out.rfind("http://", 0) != 0 && out.rfind("https://", 0) != 0 &&
      out.rfind("HTTP", 0) != 0) {
    out = "https://" + out;
  }
  return out;
}

// Splits "https://www.github.com/jdoe/repo?x" into host "github.com" and path "/jdoe/repo".
void SplitUrl(std::string_view url, std::string* host, std::string* path, std::string* query) {
  size_t scheme = url.find("://");
  std::string_view rest = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
  size_t slash = rest.find_first_of("/?#");
  *host = FoldCase(rest.substr(0, slash));
  if (host->rfind("www.", 0) == 0) host->erase(0, 4);
  std::string_view tail = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
  size_t q = tail.find_first_of("?#");
  *path = std::string(tail.substr(0, q));
  *query = q == std::string_view::npos ? std::string() : std::string(tail.substr(q + 1));
}

bool HostIs(const std::string& host, std::string_view domain) {
  if (host == domain) return true;
  return host.size() > domain.size() && host.compare(host.size() - domain.size(), domain.size(), domain) == 0 &&
         host[host.size() - domain.size() - 1] == '.';
}

std::optional<Profile> ProfileFromUrl(const std::string& url, Span span) {
  std::string host, path, query;
  SplitUrl(url, &host, &path, &query);
  if (host.rfind("scholar.google.", 0) == 0) {
    size_t user = query.find("user=");
    std::string username;
    if (user != std::string::npos) {
      username = query.substr(user + 5);
      username = username.substr(0, username.find('&'));
    }
    return Profile{"Google Scholar", username, url, span};
  }
  for (const Network& network : kNetworks) {
    if (!HostIs(host, network.host)) continue;
    std::string username;
    if (path.rfind(network.path_prefix, 0) == 0) {
      std::string_view rest = std::string_view(path).substr(network.path_prefix.size());
      username = std::string(rest.substr(0, rest.find('/')));
    } else if (network.name == "LinkedIn" && path.rfind("/pub/", 0) == 0) {
      std::string_view rest = std::string_view(path).substr(5);
      username = std::string(rest.substr(0, rest.find('/')));
    }
    return Profile{std::string(network.name), username, url, span};
  }
  return std::nullopt;
}

std::string_view TrimUrlTail(std::string_view url) {
  while (!url.empty() && Contains(".,;:!?)>]'\"", std::string_view(&url.back(), 1))) url.remove_suffix(1);
  return url;
}

// ---- phones ----------------------------------------------------------------

bool LooksLikeDateRun(std::string_view candidate) {
  int years = 0;
  for (const Match& m : YearLike().FindAll(candidate)) {
    (void)m;
    ++years;
  }
  // "2019 - 2023", "2021.9- 2024.6", "09/2019 - 06/2021"
  return years >= 2 || (years == 1 && CountDigits(candidate) <= 8 && candidate.front() != '+' &&
                        candidate.front() != '(');
}

// The line cut at " / ", which separates two numbers ("138 0013 8000 /
// 139 0013 8001"); a '/' without spaces stays inside one ("030/1234567").
std::vector<std::string_view> SplitAlternativeNumbers(std::string_view text) {
  std::vector<std::string_view> pieces;
  for (size_t slash = text.find(" / "); slash != std::string_view::npos; slash = text.find(" / ")) {
    pieces.push_back(text.substr(0, slash));
    text.remove_prefix(slash + 3);
  }
  pieces.push_back(text);
  return pieces;
}

// Keys of the values already kept, so a file with thousands of addresses stays
// linear instead of comparing every new value with every kept one.
struct SeenValues {
  std::unordered_set<std::string> emails, urls, profiles, phones;

  // True the first time `key` is offered to `set`.
  static bool Insert(std::unordered_set<std::string>& set, std::string key) {
    return set.insert(std::move(key)).second;
  }
};

void FindPhones(const Line& line, Contact* contact, SeenValues* seen) {
  std::vector<std::string_view> candidates;
  for (std::string_view piece : SplitAlternativeNumbers(line.norm)) {
    for (const Match& m : PhonePattern().FindAll(piece)) {
      candidates.push_back(piece.substr(m.begin, m.end - m.begin));
    }
  }
  for (std::string_view candidate : candidates) {
    std::string_view raw = TrimView(candidate);
    // Trim an unbalanced trailing ")" or "(" run the pattern swallowed.
    while (!raw.empty() && (raw.back() == '(' || raw.back() == '-' || raw.back() == '.')) raw.remove_suffix(1);
    int digits = CountDigits(raw);
    if (digits < 7 || digits > 15) continue;
    if (LooksLikeDateRun(raw)) continue;
    size_t begin = static_cast<size_t>(raw.data() - line.norm.data());
    // Reject digit runs glued to letters ("ISO9001", "ID 12345678X").
    if (begin > 0 && std::isalnum(static_cast<unsigned char>(line.norm[begin - 1]))) continue;
    Phone phone;
    phone.raw = std::string(raw);
    phone.e164 = ToE164(raw);
    phone.span = line.RawSpan(begin, begin + raw.size());
    // A phone is a duplicate when its raw text or its E.164 form was seen.
    bool duplicate = seen->phones.count("raw:" + phone.raw) > 0 ||
                     (!phone.e164.empty() && seen->phones.count("e164:" + phone.e164) > 0);
    if (duplicate) continue;
    seen->phones.insert("raw:" + phone.raw);
    if (!phone.e164.empty()) seen->phones.insert("e164:" + phone.e164);
    contact->phones.push_back(std::move(phone));
  }
}

// ---- location --------------------------------------------------------------

// "Austin, TX 78701", "Bogotá, Colombia", "Bengaluru, Karnataka, India":
// the part after the comma must be a known region or country.
std::optional<Location> LocationFromText(const PlaceLexicon& places, std::string_view text) {
  text = TrimView(text);
  Match m;
  if (!CityRegionPattern().FullMatch(text, &m)) return std::nullopt;
  std::string city(TrimView(m.groups[0].In(text)));
  std::string region(TrimView(m.groups[1].In(text)));
  std::string country(TrimView(m.groups[2].In(text)));
  std::optional<Place> region_place = places.Resolve(region);
  std::optional<Place> country_place = country.empty() ? std::nullopt : places.Resolve(country);
  if (!region_place && !country_place) return std::nullopt;
  Location loc;
  loc.raw = std::string(text);
  loc.city = city;
  loc.postal_code = std::string(m.groups[3].In(text));
  if (country_place) {
    loc.country_code = country_place->country_code;
    loc.region = region;
  } else if (region_place->region.empty()) {
    loc.country_code = region_place->country_code;  // "Bogotá, Colombia"
  } else {
    loc.country_code = region_place->country_code;  // "Austin, TX"
    loc.region = region_place->region;
  }
  return loc;
}

}  // namespace

std::string ToE164(std::string_view phone) {
  phone = TrimView(phone);
  bool international = false;
  std::string_view rest = phone;
  if (!rest.empty() && rest.front() == '(') rest.remove_prefix(1);
  if (!rest.empty() && rest.front() == '+') {
    international = true;
  } else if (rest.substr(0, 2) == "00") {
    international = true;
    rest.remove_prefix(2);
  }
  if (!international) return "";
  std::string digits;
  for (size_t i = 0; i < rest.size(); ++i) {
    // Drop a national trunk prefix written as "(0)": "+44 (0)20 ...".
    if (rest.substr(i, 3) == "(0)") {
      i += 2;
      continue;
    }
    if (rest[i] >= '0' && rest[i] <= '9') digits.push_back(rest[i]);
  }
  if (digits.size() < 8 || digits.size() > 15 || digits[0] == '0') return "";
  return "+" + digits;
}

std::optional<std::string> NameFromLine(std::string_view norm, size_t* offset) {
  std::string_view s = norm;
  size_t start = 0;
  while (start < s.size() && (s[start] == '#' || s[start] == ' ')) ++start;
  s.remove_prefix(start);
  Match m;
  for (const Pattern* prefix : {&NameLabel(), &ResumeOfPrefix()}) {
    if (prefix->Find(s, 0, &m) && m.begin == 0) {
      s.remove_prefix(m.end);
      start += m.end;
    }
  }
  // The first segment of "Jane Doe | Engineer | jane@x.com".
  size_t cut = s.find_first_of("|\t");
  for (std::string_view sep : {" - ", " / ", " -- "}) cut = std::min(cut, s.find(sep));
  if (cut != std::string_view::npos) s = s.substr(0, cut);
  // "Jane Doe — Curriculum Vitae", "RESUME"
  if (ResumeWords().Find(s, 0, &m)) s = s.substr(0, m.begin);
  s = TrimView(s);
  while (!s.empty() && (s.back() == ',' || s.back() == '-' || s.back() == ':')) s = TrimView(s.substr(0, s.size() - 1));
  if (Honorific().Find(s, 0, &m) && m.begin == 0) {
    start += m.end;
    s.remove_prefix(m.end);
  }
  // Post-nominals or a headline after a comma: "Maria Lindqvist, PhD",
  // "Jane Doe, PhD Candidate in Physics".
  size_t comma = s.find(',');
  if (comma != std::string_view::npos) s = TrimView(s.substr(0, comma));
  if (s.empty() || s.size() > 60) return std::nullopt;
  if (CountDigits(s) > 0 || Contains(s, "@") || Contains(s, "http") || Contains(s, "www.") ||
      Contains(s, ":") || (s.back() == '.' && s.size() > 4 && s[s.size() - 3] != ' ')) {
    return std::nullopt;
  }
  int words = 1 + static_cast<int>(std::count(s.begin(), s.end(), ' '));
  if (words > 6) return std::nullopt;
  // Some word of two letters or more: "I." numbers a section, it names nobody.
  size_t run = 0, longest = 0;
  for (char c : s) {
    bool letter = std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    run = letter ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  if (longest < 2) return std::nullopt;
  *offset = static_cast<size_t>(s.data() - norm.data());
  return std::string(s);
}

void CompileContactPatterns() {
  for (const Pattern* p : {&EmailPattern(), &UrlPattern(), &PhonePattern(), &PhoneLabel(), &YearLike(),
                           &LocationLabel(), &CityRegionPattern(), &NameLabel(), &ResumeWords(), &ResumeOfPrefix(),
                           &Honorific()}) {
    (void)p;
  }
}

void ExtractContact(const PlaceLexicon& places, const NameFilter& not_names, Document* doc) {
  Contact& contact = doc->contact;
  contact = Contact();
  const std::vector<size_t> header = HeaderLines(*doc);
  SeenValues seen;

  // Emails anywhere (a CV rarely quotes somebody else's address).
  for (const Line& line : doc->lines) {
    if (line.norm.find('@') == std::string::npos) continue;
    for (const Match& m : EmailPattern().FindAll(line.norm)) {
      std::string value = line.norm.substr(m.begin, m.end - m.begin);
      if (SeenValues::Insert(seen.emails, FoldCase(value))) {
        contact.emails.push_back({value, line.RawSpan(m.begin, m.end)});
      }
    }
  }

  // URLs: all of the header; profile URLs from anywhere.
  std::vector<bool> in_header(doc->lines.size(), false);
  for (size_t i : header) in_header[i] = true;
  for (size_t i = 0; i < doc->lines.size(); ++i) {
    const Line& line = doc->lines[i];
    if (!MayHoldUrl(line.norm)) continue;
    for (const Match& m : UrlPattern().FindAll(line.norm)) {
      // Skip the domain part of an email address: "jane@github.com/x" never happens, but "@x.com" does.
      if (m.begin > 0 && line.norm[m.begin - 1] == '@') continue;
      std::string_view raw = TrimUrlTail(std::string_view(line.norm).substr(m.begin, m.end - m.begin));
      if (raw.size() < 5) continue;
      std::string url = NormalizeUrl(raw);
      Span span = line.RawSpan(m.begin, m.begin + raw.size());
      std::optional<Profile> profile = ProfileFromUrl(url, span);
      if (!in_header[i] && !profile) continue;
      if (!SeenValues::Insert(seen.urls, url)) continue;
      contact.urls.push_back({url, span});
      if (profile) {
        if (SeenValues::Insert(seen.profiles, profile->network + '\n' + FoldCase(profile->username))) {
          contact.profiles.push_back(*profile);
        }
      } else if (!contact.website) {
        contact.website = Found{url, span};
      }
    }
  }

  // Phones: header lines, and labelled lines anywhere.
  for (size_t i = 0; i < doc->lines.size(); ++i) {
    const Line& line = doc->lines[i];
    if (in_header[i] || PhoneLabel().Contains(line.norm)) FindPhones(line, &contact, &seen);
  }

  // Name: the first header line that reads as a name.
  for (size_t i : NameCandidateLines(*doc, header)) {
    const Line& line = doc->lines[i];
    size_t offset = 0;
    std::optional<std::string> name = NameFromLine(line.norm, &offset);
    // "Seattle, WA" alone on a line is where the candidate lives.
    if (!name || LocationFromText(places, line.norm) || not_names.Rejects(*name)) continue;
    contact.name = Found{*name, line.RawSpan(offset, offset + name->size())};
    break;
  }

  // Location: a labelled segment, or a "City, Region" segment, not on the name line.
  for (size_t i : header) {
    if (contact.location) break;
    const Line& line = doc->lines[i];
    if (contact.name && contact.name->span.begin >= line.span.begin &&
        contact.name->span.end <= line.span.end) {
      continue;
    }
    std::string_view text = line.norm;
    size_t seg_start = 0;
    while (seg_start <= text.size() && !contact.location) {
      size_t seg_end = text.find_first_of("|\t", seg_start);
      if (seg_end == std::string_view::npos) seg_end = text.size();
      std::string_view seg = TrimView(text.substr(seg_start, seg_end - seg_start));
      seg_start = seg_end + 1;
      Match m;
      std::string_view value = seg;
      bool labelled = LocationLabel().FullMatch(seg, &m);
      if (labelled) value = TrimView(m.groups[0].In(seg));
      std::optional<Location> loc = LocationFromText(places, value);
      if (!loc && labelled && !value.empty()) {
        loc = Location();
        loc->raw = std::string(value);
        loc->address = loc->raw;
      }
      if (!loc) continue;
      size_t b = static_cast<size_t>(value.data() - text.data());
      loc->span = line.RawSpan(b, b + value.size());
      contact.location = loc;
    }
  }
}

}  // namespace cvparse
