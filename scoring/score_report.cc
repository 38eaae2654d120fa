#include "cvparse/score_report.h"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace cvparse {

namespace {

double R1(double v) { return std::round(v * 10) / 10; }
double R2(double v) { return std::round(v * 100) / 100; }

std::string Fixed(double v, int width, int decimals = 1) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%*.*f", width, decimals, v);
  return buffer;
}

// Cuts at a UTF-8 character boundary and adds "..." when longer than max bytes.
std::string Clip(const std::string& s, size_t max) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (out.size() <= max) return out;
  size_t cut = max > 3 ? max - 3 : max;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
  return out.substr(0, cut) + "...";
}

// Keeps the end of a path, where the file name is: ".../mixed/020.txt".
std::string ClipPath(const std::string& s, size_t max) {
  if (s.size() <= max || max <= 3) return s;
  size_t cut = s.size() - (max - 3);
  while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
  return "..." + s.substr(cut);
}

std::string Pad(const std::string& s, size_t width) {
  // Counts UTF-8 characters, not bytes, so accented names line up.
  size_t chars = 0;
  for (char c : s) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return chars >= width ? s : s + std::string(width - chars, ' ');
}

double CategoryPoints(const ScoreResult& r, const char* name, bool* present) {
  for (const CategoryScore& c : r.categories) {
    if (c.name == name) {
      *present = true;
      return c.points;
    }
  }
  *present = false;
  return 0;
}

std::string Missing(const ScoreResult& r) {
  std::string out;
  for (const ItemScore& item : r.items) {
    if (item.category == "required" && !item.found) out += (out.empty() ? "" : ", ") + item.item;
  }
  return out;
}

std::string CsvField(const std::string& s) {
  bool quote = s.find_first_of(",\"\n\r") != std::string::npos;
  if (!quote) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

nlohmann::ordered_json ScoreToJson(const ScoreResult& r, const std::string& source, int rank) {
  nlohmann::ordered_json out;
  out["source"] = source;
  if (rank > 0) out["rank"] = rank;
  out["score"] = R1(r.total);
  out["raw"] = R2(r.raw);
  out["cap"] = R1(r.cap);
  if (!r.name.empty()) out["name"] = r.name;
  out["years"] = R1(r.years);
  if (!r.degree.empty()) out["degree"] = r.degree;
  if (!r.location.empty()) {
    out["location"] = r.location;
    out["locationMatch"] = r.location_match;
  }
  nlohmann::ordered_json categories = nlohmann::ordered_json::object();
  for (const CategoryScore& c : r.categories) {
    categories[c.name] = {{"points", R2(c.points)}, {"max", R2(c.max_points)}};
  }
  out["categories"] = categories;
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const ItemScore& item : r.items) {
    nlohmann::ordered_json j;
    j["category"] = item.category;
    j["item"] = item.item;
    j["weight"] = item.weight;
    j["found"] = item.found;
    j["required"] = item.required;
    j["credit"] = R2(item.credit);
    j["points"] = R2(item.points);
    j["max"] = R2(item.max_points);
    if (!item.note.empty()) j["note"] = item.note;
    nlohmann::ordered_json evidence = nlohmann::ordered_json::array();
    for (const Evidence& e : item.evidence) {
      nlohmann::ordered_json ev;
      ev["line"] = e.line;
      ev["span"] = {e.span.begin, e.span.end};
      ev["text"] = e.text;
      if (!e.section.empty()) ev["section"] = e.section;
      if (!e.heading.empty()) ev["heading"] = e.heading;
      if (!e.entry.empty()) ev["entry"] = e.entry;
      if (!e.entry_end.empty()) ev["entryEnd"] = e.entry_end;
      ev["context"] = e.context;
      ev["strength"] = R2(e.strength);
      evidence.push_back(std::move(ev));
    }
    j["evidence"] = std::move(evidence);
    items.push_back(std::move(j));
  }
  out["items"] = std::move(items);
  out["flags"] = r.flags;
  return out;
}

nlohmann::ordered_json ScoreErrorJson(const std::string& source, const std::string& error) {
  return {{"source", source}, {"error", error}};
}

nlohmann::ordered_json ProfileToJson(const JobProfile& p) {
  auto skills = [](const std::vector<ProfileSkill>& list) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const ProfileSkill& s : list) {
      nlohmann::ordered_json j = {{"name", s.name}, {"weight", s.weight}};
      if (s.min_years > 0) j["minYears"] = s.min_years;
      if (!s.synonyms.empty()) j["synonyms"] = s.synonyms;
      out.push_back(std::move(j));
    }
    return out;
  };
  nlohmann::ordered_json out;
  out["title"] = p.title;
  out["titleKeywords"] = p.title_keywords;
  out["required"] = skills(p.required);
  out["preferred"] = skills(p.preferred);
  out["experience"] = {{"minYears", p.experience.min_years}, {"required", p.experience.required}};
  out["education"] = {{"level", p.education.level}, {"fields", p.education.fields}, {"required", p.education.required}};
  if (!p.location.empty()) out["location"] = p.location;
  out["weights"] = {{"required", p.weights.required},     {"preferred", p.weights.preferred},
                    {"experience", p.weights.experience}, {"education", p.weights.education},
                    {"title", p.weights.title}};
  return out;
}

std::string ExplainScore(const ScoreResult& r, const std::string& source, int rank) {
  std::ostringstream out;
  if (rank > 0) out << "#" << rank << "  ";
  out << Fixed(r.total, 0) << "  " << source;
  if (!r.name.empty()) out << "  " << r.name;
  out << "\n";
  for (const CategoryScore& c : r.categories) {
    out << "  " << Pad(c.name, 11) << Fixed(c.points, 5) << " / " << Fixed(c.max_points, 4) << "\n";
    for (const ItemScore& item : r.items) {
      if (item.category != c.name) continue;
      char mark = !item.found ? '-' : (item.credit >= 0.999 ? '+' : '~');
      out << "    " << mark << " " << Pad(Clip(item.item, 40), 28) << Fixed(item.points, 5) << " / "
          << Fixed(item.max_points, 4);
      if (!item.found) {
        out << "  " << (item.required ? "MISSING (required)" : "not found");
        if (!item.note.empty() && item.category != "required" && item.category != "preferred") {
          out << "  " << item.note;
        }
        out << "\n";
        continue;
      }
      if (!item.evidence.empty()) {
        const Evidence& e = item.evidence.front();
        out << "  line " << e.line << " \"" << Clip(e.text, 60) << "\"";
        std::string where = e.section.empty() ? e.context : e.section;
        if (!e.entry.empty()) where += ": \"" + Clip(e.entry, 50) + "\"";
        if (!e.entry_end.empty()) where += ", " + e.entry_end;
        out << "  (" << where << ")";
      }
      if (!item.note.empty()) out << "  " << item.note;
      out << "\n";
      for (size_t k = 1; k < item.evidence.size(); ++k) {
        const Evidence& e = item.evidence[k];
        out << "        also line " << e.line << " \"" << Clip(e.text, 40) << "\" ("
            << (e.section.empty() ? e.context : e.section) << ")\n";
      }
    }
  }
  if (r.cap < 100) out << "  capped at " << Fixed(r.cap, 0) << " (raw " << Fixed(r.raw, 0) << ")\n";
  for (const std::string& flag : r.flags) out << "  flag: " << flag << "\n";
  if (!r.location.empty()) {
    out << "  location: " << r.location << (r.location_match ? " (matches)" : "") << "\n";
  }
  return out.str();
}

std::string TableHeader() {
  return "RANK  SCORE   REQ  PREF   EXP   EDU  TITLE  FILE                          NAME                  MISSING\n";
}

std::string TableRow(const ScoreResult& r, const std::string& source, int rank) {
  std::ostringstream out;
  out << Fixed(rank, 4, 0) << "  " << Fixed(r.total, 5);
  for (const char* name : {"required", "preferred", "experience", "education", "title"}) {
    bool present = false;
    double points = CategoryPoints(r, name, &present);
    out << " " << (present ? Fixed(points, 5) : std::string("    -"));
  }
  out << "  " << Pad(ClipPath(source, 28), 28) << "  " << Pad(Clip(r.name, 20), 20) << "  " << Clip(Missing(r), 60)
      << "\n";
  return out.str();
}

std::string CsvHeader() {
  return "rank,score,required,preferred,experience,education,title,capped,years,degree,source,name,missing\n";
}

std::string CsvRow(const ScoreResult& r, const std::string& source, int rank) {
  std::ostringstream out;
  out << rank << "," << Fixed(r.total, 0);
  for (const char* name : {"required", "preferred", "experience", "education", "title"}) {
    bool present = false;
    double points = CategoryPoints(r, name, &present);
    out << "," << (present ? Fixed(points, 0, 2) : std::string(""));
  }
  out << "," << (r.cap < 100 ? "true" : "false") << "," << Fixed(r.years, 0) << "," << CsvField(r.degree) << ","
      << CsvField(source) << "," << CsvField(r.name) << "," << CsvField(Missing(r)) << "\n";
  return out.str();
}

}  // namespace cvparse
