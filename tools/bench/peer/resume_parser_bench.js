// Times the npm package resume-parser 1.1.0 on the benchmark corpus, one
// thread, the way run_bench.sh installed it (with mime@1.3.4, which its
// processing.js needs for mime.lookup).
//
//   node resume_parser_bench.js NODE_MODULES CORPUS_DIR RESULTS.tsv [MAX_FILES]
//
// Per file it runs the package's own pipeline, minus two things that are not
// parsing:
//   * processing.runFile: textract reads the file, detects its encoding
//     (jschardet), decodes it (iconv-lite) and cleans it; then PreparedFile;
//   * parser.parse: the dictionary regexes, profiles, titles and inline keys;
//   * Resume.jsoned(): the JSON text.
// Bypassed: (1) the GitHub/LinkedIn profile download: the handlers are removed
// from the dictionary, so a profile URL is still matched but nothing is
// fetched; (2) the 200 ms polling: parse() ends with setInterval(check, 200)
// waiting for those downloads, so setInterval is replaced, for the duration
// of that call only, by one that runs the check at once.
// The package's tracer logging stays on (it is what the package does); run
// this with stdout to /dev/null. Appends peer_rps and peer_mbps lines
// (tools/bench/bench_util.h) to RESULTS.tsv.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const [modules, corpusDir, resultsPath, maxArg] = process.argv.slice(2);
if (!modules || !corpusDir || !resultsPath) {
  console.error('usage: node resume_parser_bench.js NODE_MODULES CORPUS_DIR RESULTS.tsv [MAX_FILES]');
  process.exit(2);
}
const src = path.resolve(modules, 'resume-parser', 'src');
const processing = require(path.join(src, 'utils', 'libs', 'processing.js'));
const parser = require(path.join(src, 'utils', 'libs', 'parser.js'));
const dictionary = require(path.join(src, 'dictionary.js'));

// (1) Loading parser.js compiled the profiles to [regex, handler]; keep the regex only.
dictionary.profiles = dictionary.profiles.map((p) => (Array.isArray(p) ? p[0] : p));

// (2) parse() with its polling timer run synchronously.
function parseNow(prepared) {
  let resume = null;
  const realSet = global.setInterval;
  const realClear = global.clearInterval;
  global.setInterval = (check) => {
    // parse() clears its timer from inside the first check, before
    // setInterval has returned it, so stopping cannot depend on the handle.
    let stopped = false;
    global.clearInterval = () => { stopped = true; };
    for (let i = 0; i < 10 && !stopped; i++) check();
    return null;
  };
  try {
    parser.parse(prepared, (r) => { resume = r; });
  } finally {
    global.setInterval = realSet;
    global.clearInterval = realClear;
  }
  return resume;
}

function extract(file) {
  return new Promise((resolve) => processing.runFile(file, (prepared, error) => resolve(error ? null : prepared)));
}

function listFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p));
    else if (entry.isFile()) out.push(p);
  }
  return out.sort();
}

async function main() {
  let files = listFiles(corpusDir);
  if (maxArg) files = files.slice(0, Number(maxArg));
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  for (const f of files.slice(0, 50)) parseNow(await extract(f) || { raw: '' });  // JIT warm-up

  let failed = 0;
  let jsonBytes = 0;
  const start = process.hrtime.bigint();
  for (const f of files) {
    const prepared = await extract(f);
    if (!prepared) { failed++; continue; }
    const resume = parseNow(prepared);
    if (!resume) { failed++; continue; }
    jsonBytes += resume.jsoned().length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const load = os.loadavg()[0].toFixed(2);
  const note = `${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${failed} failed, ` +
               `${seconds.toFixed(2)} s, node ${process.version}, JSON ${jsonBytes} chars`;
  fs.appendFileSync(resultsPath,
                    `peer_rps\t${files.length / seconds}\t${load}\t${note}\n` +
                    `peer_mbps\t${bytes / 1e6 / seconds}\t${load}\t${note}\n`);
}

main().catch((e) => { console.error(e); process.exit(1); });
