// Reading an evaluation set: NAME.txt inputs with NAME.gold.json labels.
//
//   dotin-dev/0001.txt + dotin-dev/0001.gold.json  => GoldCase{"0001", ...}
//   corpus/000.txt (no 000.gold.json)              => skipped
//
// A gold file is a JSON object; each field of eval_score.h's kFields is a
// list of strings, a string, or null (null and [] mean "not labelled").
// "name_alts" lists accepted spellings of the name; "_available" (optional)
// lists the fields the set labels. Other keys are ignored.
#ifndef CVPARSE_TOOLS_EVAL_GOLD_H_
#define CVPARSE_TOOLS_EVAL_GOLD_H_

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval_score.h"

namespace cvparse::tools::eval {

struct GoldCase {
  std::string id;                  // the file name without extensions: "0001"
  std::filesystem::path text;      // DIR/0001.txt
  std::filesystem::path gold;      // DIR/0001.gold.json
};

// The NAME.txt files of `dir` that have a NAME.gold.json beside them, sorted
// by name. Empty when there are none (or dir is not a folder).
std::vector<GoldCase> FindGoldCases(const std::filesystem::path& dir);

// Fills *gold from a parsed gold file. Returns false with *error set when the
// document is not a JSON object or a field has the wrong type.
bool GoldFromJson(const nlohmann::json& json, const std::string& id, GoldDoc* gold,
                  std::string* error);

// Reads and parses a gold file; false with *error ("path: reason") on failure.
bool ReadGoldFile(const GoldCase& gold_case, GoldDoc* gold, std::string* error);

}  // namespace cvparse::tools::eval

#endif  // CVPARSE_TOOLS_EVAL_GOLD_H_
