#include "eval_predict.h"

#include <string_view>

#include "eval_match.h"

namespace cvparse::tools::eval {
namespace {

// Taxonomy categories (parser/lexicons/skills.tsv) counted as technical tools.
constexpr std::string_view kTechCategories[] = {
    "programming_language", "framework_library", "database", "cloud_devops",
    "tool",                 "os_platform",       "data_ml",  "design_engineering"};

bool IsTech(const SkillMention& mention) {
  for (std::string_view category : kTechCategories) {
    if (mention.category == category) return true;
  }
  return IsTechGroupName(mention.group);
}

void Add(const std::string& value, std::vector<std::string>* out) {
  if (!value.empty()) out->push_back(value);
}

std::string Year(const std::string& iso) { return iso.substr(0, 4); }

// "2015-01 - present", "2012 - 2015-06", "2019", "" when undated.
std::string DatesText(const DateRange& dates) {
  std::string text = dates.start;
  if (dates.present) {
    text += " - present";
  } else if (!dates.end.empty() && dates.end != dates.start) {
    text += " - " + dates.end;
  }
  return text;
}

}  // namespace

std::string DegreeWithArea(std::string degree, std::string_view area) {
  if (!area.empty() && NormalizeText(degree).find(NormalizeText(area)) == std::string::npos) {
    if (!degree.empty()) degree += ' ';
    degree += area;
  }
  return degree;
}

// Words in a skills-table group name that mark it technical ("Technical
// Skills", "Tools", "Software", "Programming Languages", "Computer Skills").
bool IsTechGroupName(std::string_view group) {
  constexpr std::string_view kTechGroupWords[] = {"tech", "tool", "software", "programming", "computer"};
  std::string normalized = NormalizeText(group);
  for (std::string_view word : kTechGroupWords) {
    if (normalized.find(word) != std::string::npos) return true;
  }
  return false;
}

FieldValues PredictedFields(const Document& doc) {
  FieldValues fields;
  const Contact& contact = doc.contact;
  const Entities& entities = doc.entities;

  if (contact.name) Add(contact.name->value, &fields["name"]);
  for (const Found& email : contact.emails) Add(email.value, &fields["emails"]);
  for (const Phone& phone : contact.phones) Add(phone.raw, &fields["phones"]);
  for (const Found& url : contact.urls) Add(url.value, &fields["urls"]);
  if (contact.website) Add(contact.website->value, &fields["urls"]);

  std::vector<std::string>& locations = fields["locations"];
  if (contact.location) {
    const Location& location = *contact.location;
    std::string place = location.raw;
    if (place.empty()) {
      place = location.city;
      if (!location.region.empty()) place += (place.empty() ? "" : ", ") + location.region;
    }
    Add(place, &locations);
  }
  for (const Experience& experience : entities.experience) Add(experience.location, &locations);
  for (const Education& education : entities.education) Add(education.location, &locations);

  std::vector<std::string>& skills = fields["skills"];
  std::vector<std::string>& skills_tech = fields["skills_tech"];
  for (const SkillMention& mention : entities.skill_mentions) {
    const std::string& written = mention.raw.empty() ? mention.name : mention.raw;
    Add(written, &skills);
    if (IsTech(mention)) Add(written, &skills_tech);
  }
  if (entities.skill_mentions.empty()) {
    for (const SkillSummary& skill : entities.skills) Add(skill.name, &skills);
  }

  for (const Education& education : entities.education) {
    // As written when degree and area stand together ("Bachelor of Science in Nursing").
    Add(!education.written.empty()
            ? education.written
            : DegreeWithArea(education.degree.empty() ? education.level : education.degree, education.area),
        &fields["degrees"]);
    Add(education.institution, &fields["institutions"]);
    // An education still going on ("2021 - Present") has no graduation year:
    // not the as-of month its end resolves to (its JSON has no endDate).
    if (education.dates && !education.dates->present) {
      Add(Year(education.dates->end.empty() ? education.dates->start : education.dates->end),
          &fields["graduation_years"]);
    }
  }

  for (const Experience& experience : entities.experience) {
    // A compound position counts as the titles it joins ("Founder and CEO":
    // Founder, CEO), as the labels mark them.
    if (experience.kind != "project") {
      if (experience.roles.empty()) Add(experience.position, &fields["titles"]);
      for (const std::string& role : experience.roles) Add(role, &fields["titles"]);
    }
    if (experience.kind != "work") continue;
    Add(experience.organization, &fields["employers"]);
    if (experience.dates) Add(DatesText(*experience.dates), &fields["employment_dates"]);
  }

  // The durations the résumé states, as written (what the gold labels mark);
  // not the months counted from dated positions.
  for (const StatedExperience& stated : entities.stated_experience) {
    Add(stated.text, &fields["years_of_experience"]);
  }
  return fields;
}

}  // namespace cvparse::tools::eval
