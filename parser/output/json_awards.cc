#include "output/json_awards.h"

#include <string>
#include <utility>

#include "output/json_build.h"

namespace cvparse {
namespace {

// x-cvparse's item for an award or a certificate: {"span": [b, e]}.
template <typename Entity>
json SpanOnly(const Entity& entity) {
  JsonObject out(1);
  out.Set("span", SpanJson(entity.span_begin, entity.span_end));
  return std::move(out).Build();
}

json AwardJson(const Award& a) {
  JsonObject item(4);
  item.SetIfNotEmpty("title", a.title);
  item.SetIfNotEmpty("date", a.date);
  item.SetIfNotEmpty("awarder", a.awarder);
  item.SetIfNotEmpty("summary", a.summary);
  return std::move(item).Build();
}

json CertificateJson(const Certificate& c) {
  JsonObject item(3);
  item.SetIfNotEmpty("name", c.name);
  item.SetIfNotEmpty("date", c.date);
  item.SetIfNotEmpty("issuer", c.issuer);
  return std::move(item).Build();
}

json NameOnly(const std::string& name) {
  JsonObject out(1);
  out.Set("name", name);
  return std::move(out).Build();
}

}  // namespace

void AppendAwardsJson(const Document& doc, json* resume, json* ext) {
  const Entities& e = doc.entities;
  if (!e.awards.empty()) {
    (*resume)["awards"] = ArrayJson(e.awards, AwardJson);
    (*ext)["awards"] = ArrayJson(e.awards, SpanOnly<Award>);
  }
  if (!e.certificates.empty()) {
    (*resume)["certificates"] = ArrayJson(e.certificates, CertificateJson);
    (*ext)["certificates"] = ArrayJson(e.certificates, SpanOnly<Certificate>);
  }
  if (!e.interests.empty()) (*resume)["interests"] = ArrayJson(e.interests, NameOnly);
}

}  // namespace cvparse
