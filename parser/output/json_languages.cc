#include "output/json_languages.h"

#include <utility>

namespace cvparse {

using json = nlohmann::ordered_json;

void AppendLanguagesJson(const Document& doc, json* resume, json* ext) {
  const Entities& e = doc.entities;
  if (!e.languages.empty()) {
    json languages = json::array();
    json details = json::array();
    for (const Language& l : e.languages) {
      json item = {{"language", l.language}};
      if (!l.fluency.empty()) item["fluency"] = l.fluency;
      languages.push_back(item);
      if (l.inferred) item["inferred"] = true;
      item["span"] = json::array({l.span_begin, l.span_end});
      details.push_back(std::move(item));
    }
    (*resume)["languages"] = std::move(languages);
    (*ext)["languages"] = std::move(details);
  }
  if (!e.test_scores.empty()) {
    json scores = json::array();
    for (const TestScore& t : e.test_scores) {
      json item = {{"test", t.test}};
      if (!t.score.empty()) item["score"] = t.score;
      if (!t.sub_scores.empty()) item["subScores"] = t.sub_scores;
      if (!t.language.empty()) item["language"] = t.language;
      item["span"] = json::array({t.span_begin, t.span_end});
      scores.push_back(std::move(item));
    }
    (*ext)["testScores"] = std::move(scores);
  }
}

}  // namespace cvparse
