#include "output/json_publications.h"

#include <string>
#include <string_view>
#include <utility>

#include "output/json_build.h"

namespace cvparse {
namespace {

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

json PublicationJson(const Publication& p) {
  JsonObject item(5);
  item.SetIfNotEmpty("name", p.title);
  item.SetIfNotEmpty("publisher", p.venue);
  item.SetIfNotEmpty("releaseDate", p.year);
  if (IsPlainUri(p.url)) item.Set("url", p.url);
  std::string summary = StatusWords(p.status);
  if (!p.summary.empty()) summary += summary.empty() ? p.summary : ". " + p.summary;
  item.SetIfNotEmpty("summary", summary);
  return std::move(item).Build();
}

json DetailJson(const Publication& p) {
  JsonObject detail(8);
  detail.Set("span", SpanJson(p.span_begin, p.span_end));
  if (!p.authors.empty()) detail.Set("authors", p.authors);
  if (p.owner_position > 0) detail.Set("ownerPosition", p.owner_position);
  detail.SetIfNotEmpty("venueRaw", p.venue_raw);
  detail.SetIfNotEmpty("venue", p.venue);
  detail.SetIfNotEmpty("venueAbbr", p.venue_abbr);
  detail.SetIfNotEmpty("status", p.status);
  detail.SetIfNotEmpty("year", p.year);
  return std::move(detail).Build();
}

}  // namespace

void AppendPublicationsJson(const Document& doc, json* resume, json* ext) {
  const std::vector<Publication>& pubs = doc.entities.publications;
  if (pubs.empty()) return;
  (*resume)["publications"] = ArrayJson(pubs, PublicationJson);
  (*ext)["publications"] = ArrayJson(pubs, DetailJson);
}

}  // namespace cvparse
