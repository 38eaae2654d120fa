// Expanding command-line inputs into the list of résumés to parse.
//
//   cvparse a.txt dir/ -   => a.txt, every file under dir/ (recursively, sorted), stdin
//
// Inside folders, hidden files and folders (".name") are skipped, and so are
// cvparse's own outputs and corpus bookkeeping: *.json, *.jsonl, *.yaml,
// *.yml and README*. Everything else is an input, so a stray PDF or PNG is
// reported, not silently ignored; so are broken symbolic links and link
// loops, which fail when read. Symbolic links to folders are not followed,
// and a folder reached twice (a bind mount of its parent) is walked once, so
// the walk cannot loop. A folder that cannot be read is reported and the walk
// goes on with the others.
#ifndef CVPARSE_TOOLS_INPUTS_H_
#define CVPARSE_TOOLS_INPUTS_H_

#include <filesystem>
#include <string>
#include <vector>

namespace cvparse::tools {

struct Input {
  std::string path;               // as given or found ("-" for stdin)
  // The path under its root folder, or the file name. A string, not a
  // std::filesystem::path, which would keep a list of its components: a
  // batch holds one Input per file, so their size is the batch's memory.
  std::string relative;
};

struct InputProblem {
  std::string path;
  std::string reason;
};

// Expands `args`; problems (a missing path, an unreadable folder) are
// appended to *problems and the rest is still expanded.
std::vector<Input> ExpandInputs(const std::vector<std::string>& args,
                                std::vector<InputProblem>* problems);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_INPUTS_H_
