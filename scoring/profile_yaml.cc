// Reading and writing job profiles as YAML (yaml-cpp), with line-numbered errors.
//
//   "required:\n  - name: PyTorch\n    wieght: 2\n"
//     => profile.yaml:3:5: unknown key 'wieght' in a skill (expected name, weight, min_years, synonyms)
#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "cvparse/profile.h"

namespace cvparse {

namespace {

constexpr size_t kMaxYamlBytes = 1u << 20;
constexpr size_t kMaxItems = 500;
constexpr size_t kMaxStringBytes = 300;

const char* const kLevels[] = {"secondary", "diploma", "associate", "bachelor",
                               "master",    "doctorate", "postdoc"};

// Thrown inside this file only, caught by LoadProfileYaml.
struct ProfileError {
  YAML::Mark mark;
  std::string message;
};

[[noreturn]] void Fail(const YAML::Node& node, std::string message) {
  throw ProfileError{node.Mark(), std::move(message)};
}

std::string Describe(const YAML::Node& node) {
  if (node.IsNull()) return "nothing";
  if (node.IsSequence()) return "a list";
  if (node.IsMap()) return "a mapping";
  return "'" + node.Scalar() + "'";
}

std::string ReadString(const YAML::Node& node, const char* what) {
  if (!node.IsScalar()) Fail(node, std::string(what) + " must be text, got " + Describe(node));
  std::string value = node.Scalar();
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.pop_back();
  size_t start = value.find_first_not_of(" \t");
  value = start == std::string::npos ? "" : value.substr(start);
  if (value.size() > kMaxStringBytes) {
    Fail(node, std::string(what) + " is longer than " + std::to_string(kMaxStringBytes) + " bytes");
  }
  for (unsigned char c : value) {
    if (c < 0x20 && c != '\t') Fail(node, std::string(what) + " holds a control character");
  }
  return value;
}

std::string ReadNonEmpty(const YAML::Node& node, const char* what) {
  std::string value = ReadString(node, what);
  if (value.empty()) Fail(node, std::string(what) + " must not be empty");
  return value;
}

double ReadNumber(const YAML::Node& node, const char* what, double min, double max) {
  if (!node.IsScalar()) Fail(node, std::string(what) + " must be a number, got " + Describe(node));
  double value = 0;
  try {
    value = node.as<double>();
  } catch (const YAML::Exception&) {
    Fail(node, std::string(what) + " must be a number, got " + Describe(node));
  }
  if (!std::isfinite(value) || value < min || value > max) {
    std::ostringstream out;
    out << what << " must be between " << min << " and " << max << ", got " << Describe(node);
    Fail(node, out.str());
  }
  return value;
}

int ReadYears(const YAML::Node& node, const char* what) {
  double value = ReadNumber(node, what, 0, 60);
  if (value != std::floor(value)) Fail(node, std::string(what) + " must be a whole number of years");
  return static_cast<int>(value);
}

bool ReadBool(const YAML::Node& node, const char* what) {
  if (node.IsScalar()) {
    std::string v = node.Scalar();
    if (v == "true" || v == "yes" || v == "True" || v == "Yes") return true;
    if (v == "false" || v == "no" || v == "False" || v == "No") return false;
  }
  Fail(node, std::string(what) + " must be true or false, got " + Describe(node));
}

std::vector<std::string> ReadStringList(const YAML::Node& node, const char* what) {
  std::vector<std::string> out;
  if (node.IsNull()) return out;
  if (node.IsScalar()) {  // a single phrase is a list of one
    std::string value = ReadString(node, what);
    if (!value.empty()) out.push_back(value);
    return out;
  }
  if (!node.IsSequence()) Fail(node, std::string(what) + " must be a list, got " + Describe(node));
  for (const YAML::Node& item : node) {
    if (out.size() >= kMaxItems) Fail(item, std::string(what) + " has more than 500 entries");
    std::string value = ReadNonEmpty(item, what);
    out.push_back(value);
  }
  return out;
}

// Calls `handle(key, value)` for each key of a mapping; unknown keys are errors.
template <typename Handle>
void ForEachKey(const YAML::Node& node, const char* what, std::initializer_list<const char*> keys,
                Handle handle) {
  if (!node.IsMap()) Fail(node, std::string(what) + " must be a mapping, got " + Describe(node));
  std::set<std::string> seen;
  for (const auto& pair : node) {
    const YAML::Node& key_node = pair.first;
    if (!key_node.IsScalar()) Fail(key_node, std::string("a key in ") + what + " must be text");
    std::string key = key_node.Scalar();
    bool known = false;
    for (const char* k : keys) known = known || key == k;
    if (!known) {
      std::string expected;
      for (const char* k : keys) expected += std::string(expected.empty() ? "" : ", ") + k;
      Fail(key_node, "unknown key '" + key + "' in " + what + " (expected " + expected + ")");
    }
    if (!seen.insert(key).second) Fail(key_node, "key '" + key + "' appears twice in " + what);
    handle(key, pair.second);
  }
}

ProfileSkill ReadSkill(const YAML::Node& node) {
  ProfileSkill skill;
  if (node.IsScalar()) {
    skill.name = ReadNonEmpty(node, "a skill name");
    return skill;
  }
  ForEachKey(node, "a skill", {"name", "weight", "min_years", "synonyms", "alternatives"},
             [&](const std::string& key, const YAML::Node& value) {
               if (key == "name") skill.name = ReadNonEmpty(value, "name");
               if (key == "weight") skill.weight = ReadNumber(value, "weight", 0.01, 100);
               if (key == "min_years") skill.min_years = ReadYears(value, "min_years");
               if (key == "synonyms") skill.synonyms = ReadStringList(value, "synonyms");
               if (key == "alternatives") skill.alternatives = ReadStringList(value, "alternatives");
             });
  if (skill.name.empty()) Fail(node, "a skill needs a name");
  return skill;
}

std::vector<ProfileSkill> ReadSkills(const YAML::Node& node, const char* what) {
  std::vector<ProfileSkill> out;
  if (node.IsNull()) return out;
  if (!node.IsSequence()) Fail(node, std::string(what) + " must be a list of skills, got " + Describe(node));
  for (const YAML::Node& item : node) {
    if (out.size() >= kMaxItems) Fail(item, std::string(what) + " has more than 500 skills");
    out.push_back(ReadSkill(item));
  }
  return out;
}

void ReadProfile(const YAML::Node& root, JobProfile* profile) {
  ForEachKey(root, "the profile",
             {"title", "title_keywords", "required", "preferred", "experience", "education",
              "location", "weights"},
             [&](const std::string& key, const YAML::Node& value) {
               if (key == "title") profile->title = ReadString(value, "title");
               if (key == "title_keywords") {
                 profile->title_keywords = ReadStringList(value, "title_keywords");
               }
               if (key == "required") profile->required = ReadSkills(value, "required");
               if (key == "preferred") profile->preferred = ReadSkills(value, "preferred");
               if (key == "location") profile->location = ReadString(value, "location");
               if (key == "experience") {
                 if (value.IsNull()) return;
                 ForEachKey(value, "experience", {"min_years", "required"},
                            [&](const std::string& k, const YAML::Node& v) {
                              if (k == "min_years") profile->experience.min_years = ReadYears(v, "min_years");
                              if (k == "required") profile->experience.required = ReadBool(v, "required");
                            });
               }
               if (key == "education") {
                 if (value.IsNull()) return;
                 ForEachKey(value, "education", {"level", "fields", "required"},
                            [&](const std::string& k, const YAML::Node& v) {
                              if (k == "level") {
                                std::string level = ReadString(v, "level");
                                if (!level.empty() && DegreeLevelRank(level) == 0) {
                                  Fail(v, "unknown degree level '" + level +
                                              "' (expected secondary, diploma, associate, bachelor, "
                                              "master or doctorate)");
                                }
                                profile->education.level = level;
                              }
                              if (k == "fields") profile->education.fields = ReadStringList(v, "fields");
                              if (k == "required") profile->education.required = ReadBool(v, "required");
                            });
               }
               if (key == "weights") {
                 CategoryWeights& w = profile->weights;
                 ForEachKey(value, "weights", {"required", "preferred", "experience", "education", "title"},
                            [&](const std::string& k, const YAML::Node& v) {
                              double number = ReadNumber(v, "a category weight", 0, 1000);
                              if (k == "required") w.required = number;
                              if (k == "preferred") w.preferred = number;
                              if (k == "experience") w.experience = number;
                              if (k == "education") w.education = number;
                              if (k == "title") w.title = number;
                            });
                 if (w.required + w.preferred + w.experience + w.education + w.title <= 0) {
                   Fail(value, "the category weights must not all be 0");
                 }
               }
             });
}

std::string Position(std::string_view source, const YAML::Mark& mark) {
  std::string out(source);
  if (mark.line >= 0) out += ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
  return out;
}

// --- writing ---

bool NeedsQuotes(const std::string& s) {
  if (s.empty()) return true;
  if (s.front() == ' ' || s.back() == ' ') return true;
  static const std::string kStart = "-?:,[]{}#&*!|>'\"%@`";
  if (kStart.find(s.front()) != std::string::npos) return true;
  if (s.find(": ") != std::string::npos || s.find(" #") != std::string::npos) return true;
  if (s.back() == ':') return true;
  // Some indicators are quoted wherever they stand: yaml-cpp reads the '?' of
  // "ICU n?urse" in a flow list as a key ("unknown token").
  static const std::string kAnywhere = "\"\\,[]{}?";
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || kAnywhere.find(c) != std::string::npos) return true;
  }
  // Words and numbers YAML would read as something other than text.
  static const char* const kSpecial[] = {"true", "false", "yes", "no", "on", "off", "null", "~",
                                         "y", "n"};
  std::string lower;
  for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* special : kSpecial) {
    if (lower == special) return true;
  }
  bool numeric = true;
  for (char c : s) numeric = numeric && (std::isdigit(static_cast<unsigned char>(c)) || c == '.' ||
                                         c == '+' || c == '-' || c == 'e' || c == 'E' || c == '_');
  if (numeric) return true;
  if (lower == ".inf" || lower == ".nan" || lower == "-.inf") return true;
  return false;
}

std::string Quote(const std::string& s) {
  if (!NeedsQuotes(s)) return s;
  std::string out = "\"";
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (u < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02x", u);
      out += buffer;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// The shortest text that reads back as the same double: "%g" keeps six
// digits, so a weight of 0.5888888888 came back as 0.588889.
std::string Number(double value) {
  char buffer[32];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return error == std::errc() ? std::string(buffer, end) : std::to_string(value);
}

std::string Comment(const std::string& text) {
  std::string out;
  for (char c : text) out += (c == '\n' || c == '\r') ? ' ' : c;
  if (out.size() > 160) out = out.substr(0, 157) + "...";
  return out;
}

std::string FlowList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + Quote(items[i]);
  return out + "]";
}

void WriteSkills(const std::vector<ProfileSkill>& skills, std::ostringstream& out) {
  for (const ProfileSkill& s : skills) {
    bool simple = s.weight == 1.0 && s.min_years == 0 && s.synonyms.empty() && s.alternatives.empty();
    if (simple) {
      out << "  - " << Quote(s.name);
      if (!s.source.empty()) out << "    # " << Comment(s.source);
      out << "\n";
      continue;
    }
    out << "  - name: " << Quote(s.name);
    if (!s.source.empty()) out << "    # " << Comment(s.source);
    out << "\n";
    if (s.weight != 1.0) out << "    weight: " << Number(s.weight) << "\n";
    if (s.min_years > 0) out << "    min_years: " << s.min_years << "\n";
    if (!s.synonyms.empty()) out << "    synonyms: " << FlowList(s.synonyms) << "\n";
    if (!s.alternatives.empty()) out << "    alternatives: " << FlowList(s.alternatives) << "\n";
  }
}

}  // namespace

int DegreeLevelRank(std::string_view level) {
  for (size_t i = 0; i < std::size(kLevels); ++i) {
    if (level == kLevels[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

Status LoadProfileYaml(std::string_view yaml, std::string_view source_name, JobProfile* profile) {
  *profile = JobProfile();
  std::string source(source_name.empty() ? "profile" : source_name);
  if (yaml.size() > kMaxYamlBytes) {
    return Status::InvalidInput(source + ": the profile is over 1 MB");
  }
  try {
    YAML::Node root = YAML::Load(std::string(yaml));
    if (root.IsNull()) return Status::InvalidInput(source + ": the profile is empty");
    ReadProfile(root, profile);
  } catch (const ProfileError& e) {
    return Status::InvalidInput(Position(source, e.mark) + ": " + e.message);
  } catch (const YAML::Exception& e) {
    return Status::InvalidInput(Position(source, e.mark) + ": " + e.msg);
  }
  if (profile->required.empty() && profile->preferred.empty() && profile->title_keywords.empty() &&
      profile->education.level.empty() && profile->education.fields.empty() &&
      profile->experience.min_years == 0) {
    return Status::InvalidInput(source + ": the profile asks for nothing (no skills, title "
                                         "keywords, education or experience)");
  }
  return Status::Ok();
}

std::string ProfileToYaml(const JobProfile& p) {
  std::ostringstream out;
  out << "# cvparse job profile. Edit and reuse: cvparse score --profile FILE DIR...\n"
         "# Keywords are matched literally on whole words, case-insensitively; skills of the\n"
         "# taxonomy also match its aliases. See scoring/README.md for the score formula.\n";
  out << "title: " << Quote(p.title) << "\n";
  out << "title_keywords: " << FlowList(p.title_keywords) << "\n";
  out << "experience:";
  if (!p.experience.source.empty()) out << "    # " << Comment(p.experience.source);
  out << "\n  min_years: " << p.experience.min_years
      << "\n  required: " << (p.experience.required ? "true" : "false") << "\n";
  out << "education:";
  if (!p.education.source.empty()) out << "    # " << Comment(p.education.source);
  out << "\n  level: " << Quote(p.education.level) << "    # secondary, diploma, associate, "
                                                         "bachelor, master, doctorate or \"\"\n";
  out << "  fields: " << FlowList(p.education.fields) << "\n";
  out << "  required: " << (p.education.required ? "true" : "false") << "\n";
  out << "location: " << Quote(p.location) << "    # reported, not scored\n";
  out << "required:";
  if (p.required.empty()) out << " []";
  out << "\n";
  WriteSkills(p.required, out);
  out << "preferred:";
  if (p.preferred.empty()) out << " []";
  out << "\n";
  WriteSkills(p.preferred, out);
  const CategoryWeights& w = p.weights;
  out << "weights: {required: " << Number(w.required) << ", preferred: " << Number(w.preferred)
      << ", experience: " << Number(w.experience) << ", education: " << Number(w.education)
      << ", title: " << Number(w.title) << "}\n";
  return out.str();
}

}  // namespace cvparse
