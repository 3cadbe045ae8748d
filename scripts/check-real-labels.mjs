#!/usr/bin/env node
// Checks real-code label files (test/real/*.json) against the snapshots they were read from:
// well-formed entries, and every label's text present on its line at its commit.
// Usage: node scripts/check-real-labels.mjs test/real/tune.json [more.json …]
import { readFileSync } from 'node:fs';
import { readRealFile, snapshotOf } from './lib/real-snapshots.mjs';

const KINDS = new Set(['literal', 'constant', 'helper', 'statusLine', 'openapiKey', 'directive', 'ambiguous']);
let problems = 0;
const problem = (where, message) => {
  problems++;
  console.error(`${where}: ${message}`);
};

for (const file of process.argv.slice(2)) {
  const entries = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) problem(file, 'must be a JSON array of files');
  const seen = new Set();
  for (const entry of Array.isArray(entries) ? entries : []) {
    const where = `${file}: ${entry.repo}:${entry.path}`;
    if (!/^[\w.-]+\/[\w.-]+$/.test(entry.repo ?? '')) problem(where, 'repo must be owner/name');
    if (!/^[0-9a-f]{40}$/.test(entry.commit ?? '')) problem(where, 'commit must be 40 hex digits');
    if (seen.has(`${entry.repo}:${entry.path}`)) problem(where, 'listed twice');
    seen.add(`${entry.repo}:${entry.path}`);
    if (!snapshotOf(entry.repo)) {
      console.error(`${where}: no snapshot (fetch github:${entry.repo}); text not checked`);
      continue;
    }
    const text = readRealFile(entry);
    if (text === undefined) {
      problem(where, `not in the snapshot at ${entry.commit}`);
      continue;
    }
    const lines = text.split('\n');
    for (const label of entry.labels ?? []) {
      const at = `${where}:${label.line}`;
      if (!KINDS.has(label.kind)) problem(at, `kind "${label.kind}" is not one of ${[...KINDS].join(', ')}`);
      if (!Number.isInteger(label.code) || label.code < 100 || label.code > 999) problem(at, `code ${label.code} is not a status code`);
      const line = lines[label.line - 1];
      let index = -1;
      for (let i = 0; i < (label.occurrence ?? 1); i++) index = line === undefined ? -1 : line.indexOf(label.text, index + 1);
      if (index < 0) problem(at, `text ${JSON.stringify(label.text)} (occurrence ${label.occurrence ?? 1}) is not on the line: ${JSON.stringify(line?.trim())}`);
    }
  }
}
console.log(problems ? `${problems} problem(s)` : 'labels ok');
process.exit(problems ? 1 : 0);
