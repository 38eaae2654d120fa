#include "cvparse/json_resume.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "cvparse/version.h"
#include "output/json_awards.h"
#include "output/json_education.h"
#include "output/json_experience.h"
#include "output/json_languages.h"
#include "output/json_publications.h"
#include "output/json_skills.h"

namespace cvparse {
namespace {

using json = nlohmann::ordered_json;

json SpanJson(Span span) { return json::array({span.begin, span.end}); }

json FoundJson(const Found& found) { return {{"value", found.value}, {"span", SpanJson(found.span)}}; }

void SetIfNotEmpty(json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

json LocationJson(const Location& loc) {
  json out = json::object();
  SetIfNotEmpty(out, "address", loc.address);
  SetIfNotEmpty(out, "postalCode", loc.postal_code);
  SetIfNotEmpty(out, "city", loc.city);
  SetIfNotEmpty(out, "countryCode", loc.country_code);
  SetIfNotEmpty(out, "region", loc.region);
  return out;
}

json Basics(const Document& doc) {
  const Contact& c = doc.contact;
  json basics = json::object();
  if (c.name) basics["name"] = c.name->value;
  if (!c.emails.empty()) basics["email"] = c.emails.front().value;
  if (!c.phones.empty()) {
    const Phone& p = c.phones.front();
    basics["phone"] = p.e164.empty() ? p.raw : p.e164;
  }
  if (c.website) basics["url"] = c.website->value;
  if (c.location) basics["location"] = LocationJson(*c.location);
  if (!c.profiles.empty()) {
    json profiles = json::array();
    for (const Profile& p : c.profiles) {
      json profile = {{"network", p.network}, {"url", p.url}};
      SetIfNotEmpty(profile, "username", p.username);
      profiles.push_back(std::move(profile));
    }
    basics["profiles"] = std::move(profiles);
  }
  return basics;
}

json SectionsJson(const Document& doc) {
  json sections = json::array();
  for (const Section& s : doc.sections) {
    auto [first, last] = VisibleLines(doc, s);
    json section = {{"kind", s.kind},
                    {"heading", s.heading},
                    {"fromLexicon", s.from_lexicon},
                    {"lines", json::array({first, last})},
                    {"span", SpanJson(s.span)}};
    if (!s.heading.empty()) section["headingSpan"] = SpanJson(s.heading_span);
    sections.push_back(std::move(section));
  }
  return sections;
}

json ContactJson(const Contact& c) {
  json out = json::object();
  if (c.name) out["name"] = FoundJson(*c.name);
  if (!c.emails.empty()) {
    out["emails"] = json::array();
    for (const Found& f : c.emails) out["emails"].push_back(FoundJson(f));
  }
  if (!c.phones.empty()) {
    out["phones"] = json::array();
    for (const Phone& p : c.phones) {
      json phone = {{"raw", p.raw}, {"span", SpanJson(p.span)}};
      SetIfNotEmpty(phone, "e164", p.e164);
      out["phones"].push_back(std::move(phone));
    }
  }
  if (!c.urls.empty()) {
    out["urls"] = json::array();
    for (const Found& f : c.urls) out["urls"].push_back(FoundJson(f));
  }
  if (c.location) {
    json loc = LocationJson(*c.location);
    loc["raw"] = c.location->raw;
    loc["span"] = SpanJson(c.location->span);
    out["location"] = std::move(loc);
  }
  return out;
}

std::string AsOf(const JsonOptions& options) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", options.as_of_year % 10000, options.as_of_month % 100);
  return buf;
}

}  // namespace

std::string ToJsonResume(const Document& doc, const JsonOptions& options) {
  json out = json::object();
  out["$schema"] = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";
  out["basics"] = Basics(doc);

  json ext = json::object();
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
  json warnings = json::array();
  for (const Diagnostic& d : doc.warnings) {
    json w = {{"message", d.message}};
    if (d.span) w["span"] = SpanJson(*d.span);
    warnings.push_back(std::move(w));
  }
  ext["warnings"] = std::move(warnings);
  out["x-cvparse"] = std::move(ext);
  return out.dump(options.pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace cvparse
