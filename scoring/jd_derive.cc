// Job description → JobProfile (the rules are in cvparse/jd.h).
#include <algorithm>
#include <set>

#include "cvparse/jd.h"
#include "layout/entries.h"
#include "lexicon/tsv.h"
#include "regex/pattern.h"
#include "scoring_data.h"
#include "title_match.h"

namespace cvparse {

using scoring::ScoringData;

namespace {

constexpr size_t kMaxJdLineBytes = 4000;
constexpr size_t kMaxSkills = 200;
constexpr size_t kMaxTextBytes = 300;  // what LoadProfileYaml takes per string

enum class Role { kNone, kRequired, kPreferred, kDuties, kAbout };

Role RoleOf(std::string_view name) {
  if (name == "required") return Role::kRequired;
  if (name == "preferred") return Role::kPreferred;
  if (name == "duties") return Role::kDuties;
  if (name == "about") return Role::kAbout;
  return Role::kNone;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '-')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '.' || s.back() == ',' ||
                        s.back() == ';' || s.back() == ':')) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

// The first max_bytes of s, cut after a whole word when there is one (and
// never inside a UTF-8 sequence): a 400-byte "Job title:" line => its first
// words, so that the profile printed from it loads back.
std::string Clip(const std::string& s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t cut = s.rfind(' ', max_bytes);
  if (cut == std::string::npos || cut == 0) {
    cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  }
  return Trim(std::string_view(s).substr(0, cut));
}

bool HasWord(const std::string& lower, std::string_view word) {
  size_t at = 0;
  while ((at = lower.find(word, at)) != std::string::npos) {
    bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(lower[at - 1]));
    size_t end = at + word.size();
    bool right = end >= lower.size() || !std::isalnum(static_cast<unsigned char>(lower[end]));
    if (left && right) return true;
    at = end;
  }
  return false;
}

// A clause that says it is optional: "... is a plus", "Kubernetes preferred".
bool SaysPreferred(const std::string& lower) {
  for (std::string_view w : {"nice to have", "nice-to-have", "a plus", "preferred", "preferably", "bonus",
                             "ideally", "desirable", "desired", "advantage", "advantageous", "good to have",
                             "is welcome", "are welcome", "would be great", "optional", "not required",
                             "beneficial"}) {
    if (HasWord(lower, w)) return true;
  }
  return false;
}

bool SaysRequired(const std::string& lower) {
  for (std::string_view w : {"required", "must", "mandatory", "essential", "minimum", "at least"}) {
    if (HasWord(lower, w)) return true;
  }
  return false;
}

bool IsAllCaps(std::string_view s) {
  int upper = 0, lower = 0;
  for (char c : s) {
    upper += (c >= 'A' && c <= 'Z');
    lower += (c >= 'a' && c <= 'z');
  }
  return upper >= 3 && lower == 0;
}

// Clauses of a line: cut at ';' and at sentence ends (". " before a capital).
std::vector<std::pair<size_t, size_t>> Clauses(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    bool cut = s[i] == ';' ||
               (s[i] == '.' && i + 2 < s.size() && s[i + 1] == ' ' && std::isupper(static_cast<unsigned char>(s[i + 2])));
    if (cut) {
      if (i > start) out.push_back({start, i});
      start = i + 1;
    }
  }
  if (start < s.size()) out.push_back({start, s.size()});
  return out;
}

// "Computer Science, Statistics, or a related field." => {Computer Science, Statistics}
std::vector<std::string> FieldsIn(std::string_view text) {
  size_t cut = text.size();
  for (std::string_view stop : {".", ";", "(", " or a related", " or related", " or equivalent", " or an equivalent",
                                " or a similar", " or similar", " with ", " from ", " and/or equivalent", " and ",
                                " preferred", " required", " is ", " are ", " plus "}) {
    size_t at = text.find(stop);
    // " and " joins two fields ("Finance and Accounting" is one), keep it unless a comma list follows.
    if (stop == " and " && at != std::string_view::npos && text.find(',') == std::string_view::npos) continue;
    if (at != std::string_view::npos) cut = std::min(cut, at);
  }
  text = text.substr(0, cut);
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    std::string field = Trim(current);
    current.clear();
    std::string lower = Lower(field);
    for (std::string_view lead : {"or ", "and ", "a ", "an "}) {
      if (lower.rfind(lead, 0) == 0) {
        field = Trim(std::string_view(field).substr(lead.size()));
        lower = Lower(field);
      }
    }
    if (field.empty() || lower == "a related field" || lower == "related field" || lower == "equivalent" ||
        lower.find("related") != std::string::npos || lower.find("field") != std::string::npos) {
      return;
    }
    size_t words = 1 + static_cast<size_t>(std::count(field.begin(), field.end(), ' '));
    if (words <= 5 && field.size() <= 60 && std::isupper(static_cast<unsigned char>(field[0]))) out.push_back(field);
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',' || text[i] == '/') {
      flush();
    } else if (text.substr(i, 4) == " or ") {
      flush();
      i += 3;
    } else {
      current += text[i];
    }
  }
  flush();
  return out;
}

// Acronyms that say nothing about a candidate.
bool IsStopAcronym(std::string_view word) {
  static const char* const kStop[] = {
      "USA", "ASAP", "FAQ", "CEO", "CTO", "CFO", "COO", "CIO", "EEO", "EOE", "LGBT", "LGBTQ", "DEI", "ETC",
      "AND", "THE", "FOR", "NOT", "YOU", "OUR", "API", "APIS", "KPI", "KPIS", "OKR", "OKRS", "ROI", "SLA",
      "SLO", "SLOS", "FTE", "PTO", "WFH", "NYC", "EMEA", "APAC", "LATAM", "DACH", "CET", "GMT", "UTC", "PST",
      "EST", "USD", "EUR", "GBP", "AED", "INR", "CNY", "JPY", "AM", "PM", "TBD", "NDA", "HQ", "ADA", "DBS",
      "UAE", "EEA", "TEAM", "ONE", "NEW", "ALL", "ANY", "WHO", "WHAT", "JOB", "ROLE", "NOW", "APPLY"};
  for (const char* stop : kStop) {
    if (word == stop) return true;
  }
  return false;
}

// Words of 3-8 characters in capitals (digits and '&' allowed): "QTS", "ACCA", "MEDDICC", "GD&T".
std::vector<std::pair<size_t, size_t>> Acronyms(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t i = 0;
  while (i < text.size()) {
    auto word_byte = [&](size_t k) {
      unsigned char c = static_cast<unsigned char>(text[k]);
      return std::isalnum(c) || c == '&' || c >= 0x80;
    };
    if (!word_byte(i)) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size() && word_byte(i)) ++i;
    std::string_view word = text.substr(start, i - start);
    int upper = 0;
    bool ok = word.size() >= 3 && word.size() <= 8 && std::isupper(static_cast<unsigned char>(word[0]));
    for (char c : word) {
      if (std::isupper(static_cast<unsigned char>(c))) ++upper;
      else if (!std::isdigit(static_cast<unsigned char>(c)) && c != '&') ok = false;
    }
    // Not glued to a dot or hyphen word ("Y14.5", "U.S.A").
    if (start > 0 && (text[start - 1] == '.' || text[start - 1] == '-')) ok = false;
    if (ok && upper >= 2 && !IsStopAcronym(word)) out.push_back({start, i});
  }
  return out;
}

int ParenDepthAt(std::string_view text, size_t pos) {
  int depth = 0;
  for (size_t i = 0; i < pos && i < text.size(); ++i) {
    if (text[i] == '(' || text[i] == '[') ++depth;
    if ((text[i] == ')' || text[i] == ']') && depth > 0) --depth;
  }
  return depth;
}

// The text between two skills of one "A, B or C" list of alternatives.
bool IsAlternativeGap(std::string_view gap, bool* has_or) {
  std::string lower = Lower(gap);
  size_t i = 0;
  while (i < lower.size()) {
    char c = lower[i];
    if (c == ' ' || c == ',' || c == '/') {
      if (c == '/') *has_or = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < lower.size() && lower[j] != ' ' && lower[j] != ',') ++j;
    std::string word = lower.substr(i, j - i);
    if (word == "or" || word == "and/or") {
      *has_or = true;
    } else if (word != "another" && word != "other" && word != "a" && word != "an" && word != "similar") {
      return false;
    }
    i = j;
  }
  return true;
}

struct Candidate {
  ProfileSkill skill;
  bool required = false;
  size_t order = 0;
};

struct Mention {
  size_t begin = 0, end = 0;
  int skill = -1;
  std::string name;
};

// Collects the skills of a profile; one entry per name, required wins.
class SkillList {
 public:
  explicit SkillList(const ScoringData& data) : data_(data) {}

  // Returns the index of the entry, or -1 when the list is full.
  long Add(const std::string& name, const std::vector<std::string>& alternatives, bool required, double weight,
           size_t line, std::string_view clause) {
    std::string key = FoldCase(name);
    std::string source = "line " + std::to_string(line + 1) + ": " + Trim(clause.substr(0, 100));
    for (size_t k = 0; k < list_.size(); ++k) {
      Candidate& c = list_[k];
      if (FoldCase(c.skill.name) != key) continue;
      if (required && !c.required) {
        c.required = true;
        c.skill.weight = std::max(c.skill.weight, weight);
        c.skill.source = source;
        c.skill.alternatives = alternatives;
      }
      return static_cast<long>(k);
    }
    if (list_.size() >= kMaxSkills) return -1;
    Candidate c;
    c.skill.name = name;
    c.skill.alternatives = alternatives;
    c.skill.weight = weight;
    int skill = data_.taxonomy().Lookup(name);
    if (skill >= 0) {
      const std::string& category = data_.taxonomy().skill(skill).category;
      if (category == "soft_skill" || category == "office_business") c.skill.weight *= 0.5;
    }
    c.skill.source = source;
    c.required = required;
    c.order = list_.size();
    list_.push_back(std::move(c));
    return static_cast<long>(list_.size()) - 1;
  }

  ProfileSkill& at(long index) { return list_[static_cast<size_t>(index)].skill; }

  void MoveTo(JobProfile* profile) {
    for (Candidate& c : list_) (c.required ? profile->required : profile->preferred).push_back(std::move(c.skill));
    list_.clear();
  }

 private:
  const ScoringData& data_;
  std::vector<Candidate> list_;
};

}  // namespace

struct ProfileDeriver::Impl {
  const Parser* parser = nullptr;
  const ScoringData* data = nullptr;

  // The taxonomy skills of a clause; context-only ones ("Go", "Salesforce")
  // only where `allow_context` (requirement bullets).
  std::vector<Mention> SkillsIn(std::string_view clause, bool allow_context) const;
  // Degrees in a clause, without the lower-case lookalikes prose is full of ("as" is not A.S.).
  std::vector<DegreeMatch> DegreesIn(std::string_view clause) const;
};

std::vector<Mention> ProfileDeriver::Impl::SkillsIn(std::string_view clause, bool allow_context) const {
  std::vector<Mention> out;
  const std::set<int> none;
  for (const RowMention& m : data->skills().ReadTextLine(clause, allow_context ? data->context_only() : none)) {
    if (m.skill < 0) continue;
    // A context-only name opening a sentence is a verb or a word more often
    // than a skill: "Go above and beyond", "Excel at ...". Kept before a list
    // word: "Go or Java", "Excel skills".
    if (data->taxonomy().skill(m.skill).context_only) {
      size_t start = clause.find_first_not_of(" -");
      if (start == m.begin && m.end + 1 < clause.size() && clause[m.end] == ' ' &&
          std::islower(static_cast<unsigned char>(clause[m.end + 1]))) {
        std::string next = Lower(clause.substr(m.end + 1, 12));
        bool list_word = false;
        for (std::string_view w : {"or ", "and ", "skills", "experience", "programming", "development", "/"}) {
          list_word = list_word || next.rfind(w, 0) == 0;
        }
        if (!list_word) continue;
      }
    }
    out.push_back({m.begin, m.end, m.skill, m.name});
  }
  return out;
}

std::vector<DegreeMatch> ProfileDeriver::Impl::DegreesIn(std::string_view clause) const {
  std::vector<DegreeMatch> out;
  for (const DegreeMatch& d : data->degrees().FindDegrees(clause)) {
    std::string_view text = clause.substr(d.begin, d.end - d.begin);
    bool upper = std::any_of(text.begin(), text.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    if (!upper && text.size() < 5) continue;
    if (DegreeLexicon::LevelRank(d.level) <= 0) continue;
    out.push_back(d);
  }
  return out;
}

ProfileDeriver::ProfileDeriver(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ProfileDeriver::~ProfileDeriver() = default;

std::unique_ptr<ProfileDeriver> ProfileDeriver::Create(const Parser& parser, std::string* error) {
  auto impl = std::make_unique<Impl>();
  impl->parser = &parser;
  impl->data = ScoringData::Get(error);
  if (!impl->data) return nullptr;
  return std::unique_ptr<ProfileDeriver>(new ProfileDeriver(std::move(impl)));
}

Status ProfileDeriver::Derive(std::string_view jd_bytes, JobProfile* profile) const {
  static const StaticPattern kYears(
      R"((?:^|[^\d.])(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|to|–)\s*\d{1,2}\s*)?(?:\+\s*)?(?:years?|yrs?)\b)",
      Pattern::Options{true, false});
  static const StaticPattern kExperience(R"(\bexperience\b)", Pattern::Options{true, false});
  *profile = JobProfile();
  Document doc;
  ParseOptions options;
  Status status = impl_->parser->Parse(jd_bytes, options, &doc);
  if (!status.ok()) return status;
  const ScoringData& data = *impl_->data;

  SkillList skills(data);
  Role role = Role::kNone;
  bool any_heading = false;
  bool expect_title = false;
  int required_level = 0, preferred_level = 0;
  bool level_softened = false;
  std::string level_source;
  std::vector<std::string> fields;
  int overall_years = 0;
  bool overall_required = false;

  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const Line& line = doc.lines[i];
    if (line.blank()) continue;
    std::string_view norm(line.norm);
    if (norm.size() > kMaxJdLineBytes) norm = norm.substr(0, kMaxJdLineBytes);

    // Headings and labelled lines ("Location: Remote", "Requirements: ...").
    std::string_view label, rest;
    bool labelled = SplitLabel(norm, &label, &rest);
    std::string_view heading_role = (!line.bulleted && norm.size() <= 80) ? data.HeadingRole(norm) : "";
    if (!heading_role.empty()) {
      any_heading = true;
      if (heading_role == "title") {
        expect_title = profile->title.empty();
      } else if (heading_role != "location") {
        role = RoleOf(heading_role);
      }
      continue;
    }
    if (labelled && !rest.empty()) {
      std::string_view label_role = data.HeadingRole(label);
      if (label_role == "title") {
        if (profile->title.empty()) profile->title = Trim(rest);
        continue;
      }
      if (label_role == "location") {
        if (profile->location.empty()) profile->location = Trim(rest);
        continue;
      }
      if (!label_role.empty() && !line.bulleted) {
        any_heading = true;
        role = RoleOf(label_role);
        norm = rest;
      }
    } else if (!line.bulleted && norm.size() <= 60 && (norm.back() == ':' || IsAllCaps(norm)) &&
               !profile->title.empty()) {
      // A heading the table does not know ("Tech stack:", "OUR CLINIC"): its
      // skills count as preferred.
      any_heading = true;
      role = Role::kDuties;
      continue;
    }
    if (expect_title || (profile->title.empty() && !any_heading && !line.bulleted && norm.size() <= 100 &&
                         norm.back() != '.')) {
      profile->title = Trim(norm);
      expect_title = false;
      // Skills named in the title ("Java Developer") are preferred, and
      // required when a requirement names them too.
      for (const Mention& m : impl_->SkillsIn(norm, false)) skills.Add(m.name, {}, false, 1.0, i, norm);
      continue;
    }
    if (role == Role::kAbout) continue;
    bool all_caps_line = IsAllCaps(norm);

    for (auto [begin, end] : Clauses(norm)) {
      std::string_view clause = norm.substr(begin, end - begin);
      std::string lower = Lower(clause);
      Role effective = role;
      if (SaysPreferred(lower)) {
        effective = Role::kPreferred;
      } else if (role == Role::kNone || (role == Role::kDuties && SaysRequired(lower))) {
        effective = Role::kRequired;
      }
      bool required = effective == Role::kRequired;
      bool duties = effective == Role::kDuties;

      // Degrees, and the fields after "in".
      std::vector<std::string> clause_fields;
      int lowest = 0;
      if (!duties) {
        for (const DegreeMatch& d : impl_->DegreesIn(clause)) {
          int rank = std::min(DegreeLexicon::LevelRank(d.level), 6);
          if (lowest == 0 || rank < lowest) lowest = rank;
          size_t in = clause.find(" in ", d.begin);
          if (in != std::string_view::npos && in <= d.end + 30) {
            for (std::string& f : FieldsIn(clause.substr(in + 4))) clause_fields.push_back(f);
          }
        }
        if (lowest == 0 && (HasWord(lower, "degree") || HasWord(lower, "diploma"))) {
          if (HasWord(lower, "advanced degree") || HasWord(lower, "graduate degree")) {
            lowest = 5;
          } else {
            lowest = HasWord(lower, "high school") ? 1 : 4;
          }
          size_t at = lower.find("degree");
          size_t in = at == std::string::npos ? std::string::npos : lower.find(" in ", at);
          if (in != std::string::npos && in <= at + 30) {
            for (std::string& f : FieldsIn(clause.substr(in + 4))) clause_fields.push_back(f);
          }
        }
      }
      if (lowest > 0) {
        std::string source = "line " + std::to_string(i + 1) + ": " + Trim(clause.substr(0, 100));
        if (required) {
          if (required_level == 0 || lowest < required_level) {
            required_level = lowest;
            level_source = source;
          }
          if (lower.find("equivalent") != std::string::npos || HasWord(lower, "or relevant experience")) {
            level_softened = true;
          }
        } else if (preferred_level == 0 || lowest < preferred_level) {
          preferred_level = lowest;
          if (level_source.empty()) level_source = source;
        }
        for (std::string& f : clause_fields) {
          if (fields.size() < 8 && std::find(fields.begin(), fields.end(), f) == fields.end()) fields.push_back(f);
        }
      }

      // Skills. Fields of study are not skills; skills in parentheses are
      // examples (preferred); "A, B or C" is one item with alternatives.
      bool bullet_like = line.bulleted || clause.size() <= 120;
      std::vector<Mention> mentions = impl_->SkillsIn(clause, !duties && bullet_like);
      mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                    [&](const Mention& m) {
                                      std::string name = FoldCase(m.name);
                                      for (const std::string& f : clause_fields) {
                                        if (FoldCase(f).find(name) != std::string::npos) return true;
                                      }
                                      return false;
                                    }),
                     mentions.end());
      std::vector<std::pair<long, size_t>> added;  // list index, mention index
      double weight = duties ? 0.5 : 1.0;
      size_t k = 0;
      while (k < mentions.size()) {
        bool in_parens = ParenDepthAt(clause, mentions[k].begin) > 0;
        size_t run_end = k + 1;
        bool has_or = false;
        while (run_end < mentions.size() && !in_parens && ParenDepthAt(clause, mentions[run_end].begin) == 0 &&
               IsAlternativeGap(clause.substr(mentions[run_end - 1].end,
                                              mentions[run_end].begin - mentions[run_end - 1].end),
                                &has_or)) {
          ++run_end;
        }
        if (!has_or) run_end = k + 1;
        std::vector<std::string> alternatives;
        for (size_t a = k + 1; a < run_end; ++a) {
          if (std::find(alternatives.begin(), alternatives.end(), mentions[a].name) == alternatives.end() &&
              mentions[a].name != mentions[k].name) {
            alternatives.push_back(mentions[a].name);
          }
        }
        long index = skills.Add(mentions[k].name, alternatives, required && !in_parens, weight, i, clause);
        if (index >= 0) added.push_back({index, k});
        k = run_end;
      }

      // Years: "3+ years of Python" => Python min_years 3; "5+ years of experience" => overall.
      if (!duties) {
        for (const Match& m : kYears->FindAll(clause)) {
          int years = std::atoi(std::string(m.groups[0].In(clause)).c_str());
          if (years <= 0 || years > 40) continue;
          // The skills a number of years is about: between "years" and
          // "experience" ("3+ years of Go experience"), after "experience
          // with/in" ("4 years of experience with Java"), or right after
          // "years of" when there is no "experience".
          Match exp;
          size_t window_end = m.end + 40;
          size_t second_begin = 0, second_end = 0;
          bool says_experience = kExperience->Find(clause.substr(0, std::min(clause.size(), m.end + 60)), m.end, &exp);
          if (says_experience) {
            window_end = exp.begin;
            std::string after = Lower(clause.substr(exp.end, 8));
            for (std::string_view lead : {" with ", " in ", " using ", " of "}) {
              if (after.rfind(lead, 0) == 0) {
                second_begin = exp.end;
                second_end = exp.end + 40;
              }
            }
          }
          bool any_skill = false;
          for (auto [index, mention] : added) {
            const Mention& sm = mentions[mention];
            bool after = (sm.begin >= m.end && sm.begin < window_end) ||
                         (sm.begin >= second_begin && sm.begin < second_end);
            bool before = sm.end <= m.begin && m.begin - sm.end <= 6;  // "Python (3+ years)"
            if (after || before) {
              ProfileSkill& skill = skills.at(index);
              skill.min_years = std::max(skill.min_years, years);
              any_skill = true;
            }
          }
          if ((!any_skill || says_experience) && (overall_years == 0 || (required && !overall_required))) {
            overall_years = years;
            overall_required = required;
            profile->experience.source = "line " + std::to_string(i + 1) + ": " + Trim(clause.substr(0, 100));
          }
          break;
        }
      }

      // Credentials and tools written as acronyms that the taxonomy does not
      // know ("QTS", "ACCA", "MEDDICC"): preferred keywords, matched literally.
      if (!duties && !all_caps_line) {
        for (auto [a, b] : Acronyms(clause)) {
          std::string word(clause.substr(a, b - a));
          bool covered = false;
          for (const Mention& m : mentions) covered = covered || (a < m.end && m.begin < b);
          DegreeMatch degree;
          if (covered || data.taxonomy().Lookup(word) >= 0 || data.degrees().LookupExact(word, &degree)) continue;
          skills.Add(word, {}, false, 0.5, i, clause);
        }
      }
    }
  }

  skills.MoveTo(profile);
  static const char* const kLevelNames[] = {"", "secondary", "diploma", "associate", "bachelor", "master", "doctorate"};
  int level = required_level > 0 ? required_level : preferred_level;
  if (level > 0 && level <= 6) {
    profile->education.level = kLevelNames[level];
    profile->education.required = required_level > 0 && !level_softened;
    profile->education.source = level_source;
  }
  profile->education.fields = fields;
  profile->experience.min_years = overall_years;
  profile->experience.required = overall_required && overall_years > 0;

  profile->title = Clip(profile->title, kMaxTextBytes);
  profile->location = Clip(profile->location, kMaxTextBytes);

  // Title keywords: the title without its tail and seniority, and its last two words.
  if (!profile->title.empty()) {
    std::string core = profile->title;
    for (std::string_view stop : {" - ", " – ", " — ", " | ", "(", ",", " at ", " @ ", ": "}) {
      size_t at = core.find(stop);
      if (at != std::string::npos && at > 0) core = core.substr(0, at);
    }
    std::vector<std::string> words;
    std::string word;
    for (char c : core + " ") {
      if (c == ' ' || c == '\t') {
        if (!word.empty()) words.push_back(word);
        word.clear();
      } else {
        word += c;
      }
    }
    auto seniority = [](const std::string& w) {
      std::string lower = Lower(w);
      while (!lower.empty() && lower.back() == '.') lower.pop_back();
      return scoring::IsSeniorityWord(lower) && lower != "associate";
    };
    while (!words.empty() && seniority(words.front())) words.erase(words.begin());
    while (!words.empty() && seniority(words.back())) words.pop_back();
    std::string keyword;
    for (const std::string& w : words) keyword += (keyword.empty() ? "" : " ") + w;
    if (!keyword.empty() && keyword.size() <= 80) {
      profile->title_keywords.push_back(keyword);
      if (words.size() >= 3) {
        std::string a = Lower(words[words.size() - 2]), b = Lower(words.back());
        if (scoring::Words(a, true).size() == 1 && scoring::Words(b, true).size() == 1) {
          profile->title_keywords.push_back(words[words.size() - 2] + " " + words.back());
        }
      }
    }
  }

  if (profile->required.empty() && profile->preferred.empty() && profile->title_keywords.empty() &&
      profile->education.level.empty() && profile->experience.min_years == 0) {
    return Status::InvalidInput("the job description names no skill, degree, experience or title");
  }
  return Status::Ok();
}

}  // namespace cvparse
