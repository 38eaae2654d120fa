#include "cvparse/json_resume.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "cvparse/version.h"
#include "output/json_awards.h"
#include "output/json_build.h"
#include "output/json_education.h"
#include "output/json_experience.h"
#include "output/json_languages.h"
#include "output/json_publications.h"
#include "output/json_skills.h"

namespace cvparse {
namespace {

// The most keys of the top-level object and of x-cvparse.
constexpr size_t kResumeKeys = 13;
constexpr size_t kExtensionKeys = 21;

json FoundJson(const Found& found) {
  JsonObject out(2);
  out.Set("value", found.value);
  out.Set("span", SpanJson(found.span));
  return std::move(out).Build();
}

// The location's fields; x-cvparse's contact adds "raw" and "span" (extra).
json LocationJson(const Location& loc, size_t extra = 0) {
  JsonObject out(5 + extra);
  out.SetIfNotEmpty("address", loc.address);
  out.SetIfNotEmpty("postalCode", loc.postal_code);
  out.SetIfNotEmpty("city", loc.city);
  out.SetIfNotEmpty("countryCode", loc.country_code);
  out.SetIfNotEmpty("region", loc.region);
  return std::move(out).Build();
}

json ProfileJson(const Profile& p) {
  JsonObject profile(3);
  profile.Set("network", p.network);
  profile.Set("url", p.url);
  profile.SetIfNotEmpty("username", p.username);
  return std::move(profile).Build();
}

json Basics(const Document& doc) {
  const Contact& c = doc.contact;
  JsonObject basics(6);
  if (c.name) basics.Set("name", c.name->value);
  if (!c.emails.empty()) basics.Set("email", c.emails.front().value);
  if (!c.phones.empty()) {
    const Phone& p = c.phones.front();
    basics.Set("phone", p.e164.empty() ? p.raw : p.e164);
  }
  if (c.website) basics.Set("url", c.website->value);
  if (c.location) basics.Set("location", LocationJson(*c.location));
  if (!c.profiles.empty()) basics.Set("profiles", ArrayJson(c.profiles, ProfileJson));
  return std::move(basics).Build();
}

json SectionsJson(const Document& doc) {
  return ArrayJson(doc.sections, [&doc](const Section& s) {
    auto [first, last] = VisibleLines(doc, s);
    JsonObject section(6);
    section.Set("kind", s.kind);
    section.Set("heading", s.heading);
    section.Set("fromLexicon", s.from_lexicon);
    section.Set("lines", SpanJson(first, last));
    section.Set("span", SpanJson(s.span));
    if (!s.heading.empty()) section.Set("headingSpan", SpanJson(s.heading_span));
    return std::move(section).Build();
  });
}

json PhoneJson(const Phone& p) {
  JsonObject phone(3);
  phone.Set("raw", p.raw);
  phone.Set("span", SpanJson(p.span));
  phone.SetIfNotEmpty("e164", p.e164);
  return std::move(phone).Build();
}

json ContactJson(const Contact& c) {
  JsonObject out(5);
  if (c.name) out.Set("name", FoundJson(*c.name));
  if (!c.emails.empty()) out.Set("emails", ArrayJson(c.emails, FoundJson));
  if (!c.phones.empty()) out.Set("phones", ArrayJson(c.phones, PhoneJson));
  if (!c.urls.empty()) out.Set("urls", ArrayJson(c.urls, FoundJson));
  if (c.location) {
    json loc = LocationJson(*c.location, 2);
    loc["raw"] = c.location->raw;
    loc["span"] = SpanJson(c.location->span);
    out.Set("location", std::move(loc));
  }
  return std::move(out).Build();
}

json WarningJson(const Diagnostic& d) {
  JsonObject warning(2);
  warning.Set("message", d.message);
  if (d.span) warning.Set("span", SpanJson(*d.span));
  return std::move(warning).Build();
}

std::string AsOf(const JsonOptions& options) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", options.as_of_year % 10000, options.as_of_month % 100);
  return buf;
}

}  // namespace

std::string ToJsonResume(const Document& doc, const JsonOptions& options) {
  // Filled with operator[] by the Append* functions below.
  json out = EmptyObject(kResumeKeys);
  out["$schema"] = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";
  out["basics"] = Basics(doc);

  json ext = EmptyObject(kExtensionKeys);
  ext["version"] = kVersion;
  if (!options.source.empty()) ext["source"] = options.source;
  ext["asOf"] = AsOf(options);
  ext["encoding"] = doc.encoding;
  ext["sections"] = SectionsJson(doc);
  ext["contact"] = ContactJson(doc.contact);
  // Entity arrays, in JSON Resume's order; each also adds its x-cvparse part.
  AppendExperienceJson(doc, &out, &ext);
  AppendEducationJson(doc, &out, &ext);
  AppendAwardsJson(doc, &out, &ext);
  AppendPublicationsJson(doc, &out, &ext);
  AppendSkillsJson(doc, &out, &ext);
  AppendLanguagesJson(doc, &out, &ext);
  ext["warnings"] = ArrayJson(doc.warnings, WarningJson);
  out["x-cvparse"] = std::move(ext);
  std::string text = out.dump(options.pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
  FreeShallowTree(out);
  return text;
}

}  // namespace cvparse
