// The data the scorer and the job-description reader share, loaded once per
// process: the parser's skills matcher and taxonomy (with every form of each
// skill), its degree lexicon, and scoring/data/jd_headings.tsv.
//
//   const ScoringData* data = ScoringData::Get(&error);
//   data->forms(data->taxonomy().Lookup("pytorch"))   => {"PyTorch"}
//   data->forms(data->taxonomy().Lookup("JS"))        => {"JavaScript", "JS", "ECMAScript", ...}
//   data->HeadingRole("Nice to have:")                => "preferred"
#ifndef CVPARSE_SCORING_SCORING_DATA_H_
#define CVPARSE_SCORING_SCORING_DATA_H_

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/degrees.h"
#include "extract/skill_taxonomy.h"
#include "extract/skills.h"
#include "lexicon/lexicons.h"

namespace cvparse::scoring {

// Defined in the generated embedded_data.cc (scoring/data/*.tsv).
std::string_view EmbeddedFile(std::string_view name);

class ScoringData {
 public:
  // The process-wide instance, built on first use. Returns nullptr and sets
  // *error ("FILE:LINE: reason") when a data file is malformed; later calls
  // return the same result.
  static const ScoringData* Get(std::string* error);

  const SkillsExtractor& skills() const { return *skills_; }
  const SkillTaxonomy& taxonomy() const { return skills_->taxonomy(); }
  const DegreeLexicon& degrees() const { return *degrees_; }
  // The indices of the taxonomy's context-only skills (for SkillsExtractor::ReadTextLine).
  const std::set<int>& context_only() const { return context_only_; }

  // Every form of taxonomy skill `index`: the canonical name first, then its
  // aliases. Empty for a bad index.
  const std::vector<std::string>& forms(int index) const;

  // The role of a job-description heading line ("required", "preferred",
  // "duties", "about", "title", "location"), or "" when it is not a known
  // heading. `text` may carry list marks, a trailing ':' and any case.
  std::string_view HeadingRole(std::string_view text) const;

 private:
  ScoringData() = default;
  bool Load(std::string* error);

  std::unique_ptr<SkillsExtractor> skills_;
  std::unique_ptr<DegreeLexicon> degrees_;
  std::vector<std::vector<std::string>> forms_;           // per taxonomy index
  std::set<int> context_only_;
  std::unordered_map<std::string, std::string> headings_;  // folded heading → role
};

// "Nice to have:" → "nice to have": trims list marks, spaces, trailing ':' and
// '.', and folds case. Used for heading lookups.
std::string HeadingKey(std::string_view text);

}  // namespace cvparse::scoring

#endif  // CVPARSE_SCORING_SCORING_DATA_H_
