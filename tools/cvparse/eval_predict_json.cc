#include "eval_predict_json.h"

#include <string>
#include <string_view>

#include "eval_match.h"
#include "eval_predict.h"

namespace cvparse::tools::eval {
namespace {

using nlohmann::json;

// The string at `key` of an object, "" when absent or not a string.
std::string Text(const json& object, std::string_view key) {
  if (!object.is_object()) return "";
  auto it = object.find(std::string(key));
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

// The array at `key` of an object, or an empty array.
const json& Items(const json& object, std::string_view key) {
  static const json kNone = json::array();
  if (!object.is_object()) return kNone;
  auto it = object.find(std::string(key));
  return it != object.end() && it->is_array() ? *it : kNone;
}

void Add(const std::string& value, std::vector<std::string>* out) {
  if (!value.empty()) out->push_back(value);
}

// "Austin, TX, US" from {"city", "region", "countryCode"}.
std::string PlaceText(const json& location) {
  std::string out;
  for (std::string_view key : {"city", "region", "countryCode"}) {
    std::string part = Text(location, key);
    if (part.empty()) continue;
    out += (out.empty() ? "" : ", ") + part;
  }
  return out;
}

// A number or a string, as text ("12+ years", "30").
std::string ScalarText(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) return value.dump();
  return "";
}

// years_of_experience, else months_of_experience (as "N months"), at the
// top level or in a top-level object; "" when there is neither.
std::string StatedExperience(const json& resume) {
  for (std::string_view key : {"years_of_experience", "months_of_experience"}) {
    auto read = [&](const json& object) -> std::string {
      auto it = object.find(std::string(key));
      if (it == object.end()) return "";
      std::string text = ScalarText(*it);
      if (!text.empty() && key == "months_of_experience" && it->is_number()) text += " months";
      return text;
    };
    std::string text = read(resume);
    for (auto it = resume.begin(); text.empty() && it != resume.end(); ++it) {
      if (it->is_object()) text = read(*it);
    }
    if (!text.empty()) return text;
  }
  return "";
}

}  // namespace

FieldValues PredictedFieldsFromJson(const json& resume) {
  FieldValues fields;
  if (!resume.is_object()) return fields;
  const json& basics = resume.contains("basics") ? resume["basics"] : json::object();
  Add(Text(basics, "name"), &fields["name"]);
  Add(Text(basics, "email"), &fields["emails"]);
  if (basics.is_object() && basics.contains("location")) Add(PlaceText(basics["location"]), &fields["locations"]);

  for (const json& work : Items(resume, "work")) {
    Add(Text(work, "location"), &fields["locations"]);
    Add(Text(work, "name"), &fields["employers"]);
    Add(Text(work, "position"), &fields["titles"]);
    std::string start = Text(work, "startDate");
    if (!start.empty()) {
      std::string end = Text(work, "endDate");
      Add(start + " - " + (end.empty() ? "present" : end), &fields["employment_dates"]);
    }
  }

  for (const json& education : Items(resume, "education")) {
    Add(DegreeWithArea(Text(education, "studyType"), Text(education, "area")), &fields["degrees"]);
    Add(Text(education, "institution"), &fields["institutions"]);
    Add(Text(education, "endDate"), &fields["graduation_years"]);
  }

  for (const json& group : Items(resume, "skills")) {
    std::string name = Text(group, "name");
    Add(name, &fields["skills"]);
    const bool tech = IsTechGroupName(name);
    for (const json& keyword : Items(group, "keywords")) {
      if (!keyword.is_string()) continue;
      Add(keyword.get<std::string>(), &fields["skills"]);
      if (tech) Add(keyword.get<std::string>(), &fields["skills_tech"]);
    }
  }

  Add(StatedExperience(resume), &fields["years_of_experience"]);
  return fields;
}

}  // namespace cvparse::tools::eval
