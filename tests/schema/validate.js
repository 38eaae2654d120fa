#!/usr/bin/env node
// Validates cvparse JSON output against the official JSON Resume schema
// (npm @jsonresume/schema). Usage: node validate.js FILE_OR_DIR...
// Exits 1 and names each failing file and field when any document is invalid.
'use strict';
const fs = require('fs');
const path = require('path');
const { validate } = require('@jsonresume/schema');

function collect(target, out) {
  if (fs.statSync(target).isDirectory()) {
    for (const name of fs.readdirSync(target).sort()) collect(path.join(target, name), out);
  } else if (target.endsWith('.json')) {
    out.push(target);
  }
}

const files = [];
for (const arg of process.argv.slice(2)) collect(arg, files);
if (files.length === 0) {
  console.error('validate.js: no JSON files given');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  let doc;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`${file}: not JSON: ${e.message}`);
    failed++;
    continue;
  }
  validate(doc, (errors, valid) => {
    if (valid) return;
    failed++;
    console.log(`${file}: invalid JSON Resume`);
    for (const e of errors) console.log(`  ${e.property}: ${e.message}`);
  });
}
console.log(`${files.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
