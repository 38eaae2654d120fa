// `cvparse score`: ranks résumés against a job description or a YAML profile.
//
//   cvparse score --jd jd.txt cvs/                    ranked table, best first
//   cvparse score --profile p.yaml cvs/ --top 10 --explain
//   cvparse score --jd jd.txt cvs/ --format csv --out ranking.csv     (written atomically)
//   find cvs -name '*.txt' | cvparse score --jd jd.txt                 JSONL stream, one line per path
//   find cvs -name '*.txt' | parallel --pipe -N 100 cvparse score --jd jd.txt > scores.jsonl
//
// Batch mode (inputs on the command line): folders are walked recursively
// (as by `cvparse DIR`), files are parsed and scored in parallel (--jobs),
// and the ranking is printed at the end as a table, CSV, JSONL or one JSON
// document. A progress bar goes to stderr when stderr is a terminal.
//
// Stream mode (no inputs, standard input not a terminal): every line of
// standard input is a path, or a JSON record {"path": ...} or {"text": ...,
// "id": ...}; every input line gives one JSONL output line, in input order,
// flushed at once, so the command works as the mapper of Hadoop Streaming,
// Spark's pipe() or GNU parallel --pipe. Ranking is then the reducer's job
// (sort by .score).
//
// Errors go to stderr as "cvparse: PATH: reason" and never stop a batch.
// SIGINT / SIGTERM (interrupt.h): the résumés in progress are finished and
// counted on stderr; batch mode writes no ranking (a partial one would pass
// for the whole), stream mode stops after the lines it has answered.
// Exit status: 0 all scored, 1 some input failed, 2 usage error or an unusable
// profile / job description, 130 / 143 stopped early by SIGINT / SIGTERM.
#ifndef CVPARSE_TOOLS_SCORE_CMD_H_
#define CVPARSE_TOOLS_SCORE_CMD_H_

#include "cvparse/parse.h"

namespace cvparse::tools {

// argv[0] is "score".
int RunScore(const Parser& parser, int argc, char** argv);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_SCORE_CMD_H_
