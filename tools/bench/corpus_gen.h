// The benchmark corpus: résumés made by mixing and perturbing corpus/*.txt.
//
//   header of 014.txt, its name replaced ("Kenji Watanabe-Clarke" => "Amara Okafor")
//   + the section order of 027.txt (summary, work, education, skills), each
//     section taken from a random file that has one of that kind
//   + years shifted by one offset per résumé ("2019 – 2021" => "2016 – 2018"),
//     bullets restyled ("•" => "▪"), spacing jittered (trailing spaces, double
//     spaces, indents, blank lines), CRLF for 10 %, a UTF-8 BOM for 2 % and
//     UTF-16LE for 2 %.
//
// Résumé i depends only on (seed, i), never on the machine or on the count,
// so a corpus of 10,000 is the prefix of one of 100,000.
#ifndef CVPARSE_TOOLS_BENCH_CORPUS_GEN_H_
#define CVPARSE_TOOLS_BENCH_CORPUS_GEN_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cvparse/parse.h"

namespace cvparse::bench {

class CorpusGenerator {
 public:
  // Parses every corpus_dir/*.txt and keeps its header and sections as the
  // pieces to mix. Returns nullptr and sets *error when no file parses.
  static std::unique_ptr<CorpusGenerator> Create(const Parser& parser, const std::string& corpus_dir,
                                                 std::string* error);

  // Résumé `index`; `utf8_only` keeps it UTF-8 with LF line breaks (for
  // concatenating résumés into one large file).
  std::string Make(uint64_t seed, uint64_t index, bool utf8_only = false) const;

  // Résumés from `first_index` on, concatenated until at least `min_bytes`.
  std::string MakeConcatenated(uint64_t seed, uint64_t first_index, size_t min_bytes) const;

  // Writes résumés [0, count) as out_dir/NNN/NNNNNN.txt, 1,000 to a folder.
  // Returns the bytes written, or -1 when a file cannot be written.
  int64_t WriteCorpus(uint64_t seed, uint64_t count, const std::string& out_dir) const;

  size_t source_count() const { return source_count_; }

 private:
  // Lines of a header or a section, without line breaks.
  struct Piece {
    std::vector<std::string> lines;
    int name_line = -1;  // header only: where the candidate's name is, if found
    size_t name_begin = 0, name_end = 0;
  };
  std::vector<Piece> headers_;                           // one per source file
  std::vector<std::vector<std::string>> layouts_;        // section kinds of each source file
  std::map<std::string, std::vector<Piece>> sections_;   // by kind
  size_t source_count_ = 0;                              // files parsed
};

}  // namespace cvparse::bench

#endif  // CVPARSE_TOOLS_BENCH_CORPUS_GEN_H_
