#include "output/json_awards.h"

#include <string>
#include <utility>

namespace cvparse {
namespace {

using json = nlohmann::ordered_json;

void SetIfNotEmpty(json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

json SpanOnly(uint32_t begin, uint32_t end) { return {{"span", json::array({begin, end})}}; }

}  // namespace

void AppendAwardsJson(const Document& doc, json* resume, json* ext) {
  const Entities& e = doc.entities;
  if (!e.awards.empty()) {
    json items = json::array();
    json details = json::array();
    for (const Award& a : e.awards) {
      json item = json::object();
      SetIfNotEmpty(item, "title", a.title);
      SetIfNotEmpty(item, "date", a.date);
      SetIfNotEmpty(item, "awarder", a.awarder);
      SetIfNotEmpty(item, "summary", a.summary);
      items.push_back(std::move(item));
      details.push_back(SpanOnly(a.span_begin, a.span_end));
    }
    (*resume)["awards"] = std::move(items);
    (*ext)["awards"] = std::move(details);
  }
  if (!e.certificates.empty()) {
    json items = json::array();
    json details = json::array();
    for (const Certificate& c : e.certificates) {
      json item = json::object();
      SetIfNotEmpty(item, "name", c.name);
      SetIfNotEmpty(item, "date", c.date);
      SetIfNotEmpty(item, "issuer", c.issuer);
      items.push_back(std::move(item));
      details.push_back(SpanOnly(c.span_begin, c.span_end));
    }
    (*resume)["certificates"] = std::move(items);
    (*ext)["certificates"] = std::move(details);
  }
  if (!e.interests.empty()) {
    json items = json::array();
    for (const std::string& name : e.interests) items.push_back({{"name", name}});
    (*resume)["interests"] = std::move(items);
  }
}

}  // namespace cvparse
