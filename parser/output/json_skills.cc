#include "output/json_skills.h"

#include <string>
#include <utility>
#include <vector>

#include "extract/skill_taxonomy.h"
#include "lexicon/tsv.h"

namespace cvparse {
namespace {

using json = nlohmann::ordered_json;

json SpanJson(uint32_t begin, uint32_t end) { return json::array({begin, end}); }

bool SameSkill(const SkillMention& m, const SkillSummary& s) {
  if (m.category != s.category) return false;
  return m.category.empty() ? FoldCase(m.name) == FoldCase(s.name) : m.name == s.name;
}

}  // namespace

void AppendSkillsJson(const Document& doc, json* resume, json* ext) {
  const Entities& e = doc.entities;
  if (!e.skills.empty()) {
    // JSON Resume: one item per group, then per category, keywords in order.
    std::vector<std::pair<std::string, std::vector<std::string>>> items;
    for (const SkillSummary& s : e.skills) {
      std::string name = s.group.empty() ? std::string(CategoryDisplayName(s.category)) : s.group;
      auto it = std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.first == name; });
      if (it == items.end()) {
        items.push_back({name, {}});
        it = items.end() - 1;
      }
      it->second.push_back(s.name);
    }
    json skills = json::array();
    for (auto& [name, keywords] : items) skills.push_back({{"name", name}, {"keywords", keywords}});
    (*resume)["skills"] = std::move(skills);

    json summaries = json::array();
    for (const SkillSummary& s : e.skills) {
      json item = {{"name", s.name}};
      if (!s.category.empty()) item["category"] = s.category;
      if (!s.group.empty()) item["group"] = s.group;
      item["mentions"] = s.mentions;
      if (s.months > 0) item["months"] = s.months;
      if (!s.last_used.empty()) item["lastUsed"] = s.last_used;
      json spans = json::array();
      for (const SkillMention& m : e.skill_mentions) {
        if (SameSkill(m, s)) spans.push_back(SpanJson(m.span_begin, m.span_end));
      }
      if (!spans.empty()) item["spans"] = std::move(spans);
      summaries.push_back(std::move(item));
    }
    (*ext)["skills"] = std::move(summaries);
  }
  if (!e.skill_mentions.empty()) {
    json mentions = json::array();
    for (const SkillMention& m : e.skill_mentions) {
      if (mentions.size() >= kMaxSkillMentions) {
        (*ext)["skillMentionsTruncated"] = true;
        break;
      }
      json item = {{"name", m.name}, {"raw", m.raw}};
      if (!m.category.empty()) item["category"] = m.category;
      if (!m.group.empty()) item["group"] = m.group;
      if (!m.section.empty()) item["section"] = m.section;
      item["span"] = SpanJson(m.span_begin, m.span_end);
      mentions.push_back(std::move(item));
    }
    (*ext)["skillMentions"] = std::move(mentions);
  }
}

}  // namespace cvparse
