#include "output/json_languages.h"

#include <utility>

#include "output/json_build.h"

namespace cvparse {

void AppendLanguagesJson(const Document& doc, json* resume, json* ext) {
  const Entities& e = doc.entities;
  if (!e.languages.empty()) {
    json::array_t languages;
    json::array_t details;
    languages.reserve(e.languages.size());
    details.reserve(e.languages.size());
    for (const Language& l : e.languages) {
      // x-cvparse's item is JSON Resume's with "inferred" and "span" added.
      JsonObject item(4);
      item.Set("language", l.language);
      item.SetIfNotEmpty("fluency", l.fluency);
      json detail = std::move(item).Build();
      languages.push_back(detail);
      if (l.inferred) detail["inferred"] = true;
      detail["span"] = SpanJson(l.span_begin, l.span_end);
      details.push_back(std::move(detail));
    }
    (*resume)["languages"] = std::move(languages);
    (*ext)["languages"] = std::move(details);
  }
  if (!e.test_scores.empty()) {
    (*ext)["testScores"] = ArrayJson(e.test_scores, [](const TestScore& t) {
      JsonObject item(5);
      item.Set("test", t.test);
      item.SetIfNotEmpty("score", t.score);
      if (!t.sub_scores.empty()) item.Set("subScores", t.sub_scores);
      item.SetIfNotEmpty("language", t.language);
      item.Set("span", SpanJson(t.span_begin, t.span_end));
      return std::move(item).Build();
    });
  }
}

}  // namespace cvparse
