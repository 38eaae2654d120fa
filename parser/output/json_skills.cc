#include "output/json_skills.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "extract/skill_taxonomy.h"
#include "lexicon/tsv.h"
#include "output/json_build.h"

namespace cvparse {
namespace {

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
    json::array_t skills;
    skills.reserve(items.size());
    for (auto& [name, keywords] : items) {
      JsonObject item(2);
      item.Set("name", std::move(name));
      item.Set("keywords", std::move(keywords));
      skills.push_back(std::move(item).Build());
    }
    (*resume)["skills"] = std::move(skills);

    json::array_t summaries;
    summaries.reserve(e.skills.size());
    for (const SkillSummary& s : e.skills) {
      JsonObject item(7);
      item.Set("name", s.name);
      item.SetIfNotEmpty("category", s.category);
      item.SetIfNotEmpty("group", s.group);
      item.Set("mentions", s.mentions);
      if (s.months > 0) item.Set("months", s.months);
      item.SetIfNotEmpty("lastUsed", s.last_used);
      json::array_t spans;
      for (const SkillMention& m : e.skill_mentions) {
        if (SameSkill(m, s)) spans.push_back(SpanJson(m.span_begin, m.span_end));
      }
      if (!spans.empty()) item.Set("spans", std::move(spans));
      summaries.push_back(std::move(item).Build());
    }
    (*ext)["skills"] = std::move(summaries);
  }
  if (!e.skill_mentions.empty()) {
    json::array_t mentions;
    mentions.reserve(std::min(e.skill_mentions.size(), kMaxSkillMentions));
    for (const SkillMention& m : e.skill_mentions) {
      if (mentions.size() >= kMaxSkillMentions) {
        (*ext)["skillMentionsTruncated"] = true;
        break;
      }
      JsonObject item(6);
      item.Set("name", m.name);
      item.Set("raw", m.raw);
      item.SetIfNotEmpty("category", m.category);
      item.SetIfNotEmpty("group", m.group);
      item.SetIfNotEmpty("section", m.section);
      item.Set("span", SpanJson(m.span_begin, m.span_end));
      mentions.push_back(std::move(item).Build());
    }
    (*ext)["skillMentions"] = std::move(mentions);
  }
}

}  // namespace cvparse
