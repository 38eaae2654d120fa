// `cvparse eval DIR`: accuracy against labelled résumés (issue 5).
//
// DIR holds NAME.txt inputs with NAME.gold.json labels (eval_gold.h); the
// dotin-dev set (../shared/eval/dotin-dev, see its README.md) is the
// reference, and corpus/ works too once it has gold files. Every input is
// parsed in-process, its Document is mapped to the scored fields
// (eval_predict.h) and compared with the gold values (eval_match.h):
//
//   $ cvparse eval ../shared/eval/dotin-dev
//   dotin-dev: 126 documents, 0 not parsed
//   field                 docs   gold   pred |  fuzzy P      R     F1 |  exact F1
//   name                   103    103     30 |    0.567  0.165  0.256 |     0.135
//   emails                  95     95     97 |    0.969  0.989  0.979 |     0.979
//   phones                   0      -      - |  (not labelled)
//   ...
//   mean F1 over 12 scored fields                             0.106 |     0.094
//
//   name: worst 3 of 103 documents
//     0001  1 missed, 1 wrong, 0 matched
//       missed:  "Demarcus Eleni Ledner"
//       wrong:   "Curriculum Vitae Personal Details"
//     ...
//
// Matching, as the set's README defines it (details in eval_match.h): values
// are normalised (NFKC, case folding, '&' => "and", "B.Tech" => "btech",
// other punctuation => space, whitespace collapsed) and paired one-to-one,
// best first. "exact" needs equal normalised strings; "fuzzy" (the headline)
// needs a word-set Dice coefficient >= 0.5:
//   gold "Senior Java Developer" vs "senior  java developer" => exact
//                                 vs "Java Developer" (0.8)  => fuzzy
//                                 vs "Developer" (0.5)       => fuzzy, just
//                                 vs "Java Engineer" (0.4)   => no match
// E-mails and graduation years match exactly; employment dates compare as
// "START-END" years ("Jan 2015 - Present" => "2015-present"), fuzzily by start
// year; years of experience fuzzily within half a year. An empty or null gold
// value means "not labelled": the document is not scored on that field.
//
// Options:
//   --json           print the metrics as JSON (eval_report.h) instead of the table
//   --worst N        show the N worst documents per field (default 3; 0: none)
//   --field F        only field F (table, worst list and baseline check)
//   --baseline FILE  compare with recorded metrics; exit 1 when a field's fuzzy
//                    F1 (or the mean) is more than --tolerance below it
//   --tolerance X    default 0.02
//   --record FILE    write the current metrics to FILE (atomically)
//   --jobs N         parse with N threads (default: all cores)
//   --as-of YYYY-MM  the month "Present" resolves to (default 2026-11)
//
// Exit status: 0 ok, 1 regression against the baseline, 2 usage error, no
// gold files in DIR, or an unreadable gold or baseline file.
#ifndef CVPARSE_TOOLS_EVAL_H_
#define CVPARSE_TOOLS_EVAL_H_

#include "cvparse/parse.h"

namespace cvparse::tools {

// argv[0] is "eval"; returns the exit status above.
int RunEval(const Parser& parser, int argc, char** argv);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_EVAL_H_
