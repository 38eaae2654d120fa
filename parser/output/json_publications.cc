#include "output/json_publications.h"

#include <string>
#include <string_view>
#include <utility>

namespace cvparse {
namespace {

using json = nlohmann::ordered_json;

void SetIfNotEmpty(json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

// "http(s)://" followed by printable ASCII that RFC 3986 allows.
bool IsPlainUri(std::string_view url) {
  if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return false;
  for (char c : url) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7F) return false;
    if (std::string_view("\"<>\\^`{|}").find(c) != std::string_view::npos) return false;
  }
  return true;
}

std::string StatusWords(const std::string& status) {
  if (status == "published") return "Published";
  if (status == "accepted") return "Accepted";
  if (status == "in_press") return "In press";
  if (status == "submitted") return "Submitted";
  if (status == "under_review") return "Under review";
  if (status == "preprint") return "Preprint";
  return "";
}

}  // namespace

void AppendPublicationsJson(const Document& doc, json* resume, json* ext) {
  const std::vector<Publication>& pubs = doc.entities.publications;
  if (pubs.empty()) return;
  json items = json::array();
  json details = json::array();
  for (const Publication& p : pubs) {
    json item = json::object();
    SetIfNotEmpty(item, "name", p.title);
    SetIfNotEmpty(item, "publisher", p.venue);
    SetIfNotEmpty(item, "releaseDate", p.year);
    if (IsPlainUri(p.url)) item["url"] = p.url;
    std::string summary = StatusWords(p.status);
    if (!p.summary.empty()) summary += summary.empty() ? p.summary : ". " + p.summary;
    SetIfNotEmpty(item, "summary", summary);
    items.push_back(std::move(item));

    json detail = {{"span", json::array({p.span_begin, p.span_end})}};
    if (!p.authors.empty()) detail["authors"] = p.authors;
    if (p.owner_position > 0) detail["ownerPosition"] = p.owner_position;
    SetIfNotEmpty(detail, "venueRaw", p.venue_raw);
    SetIfNotEmpty(detail, "venue", p.venue);
    SetIfNotEmpty(detail, "venueAbbr", p.venue_abbr);
    SetIfNotEmpty(detail, "status", p.status);
    SetIfNotEmpty(detail, "year", p.year);
    details.push_back(std::move(detail));
  }
  (*resume)["publications"] = std::move(items);
  (*ext)["publications"] = std::move(details);
}

}  // namespace cvparse
