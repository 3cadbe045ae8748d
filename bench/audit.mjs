// `npm run bench:audit`: times "HTTP Status: Audit Workspace" on a generated 5,000-file workspace
// (the labelled corpus, copied round-robin into nested folders), in the real extension host.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, 'test', 'fixtures', 'corpus');
const FILES = Number(process.env.AUDIT_FILES || 5000);

const sources = [];
(function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (entry.name !== 'labels.json') sources.push(file);
  }
})(corpus);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-audit-bench-'));
const workspace = path.join(work, 'workspace');
for (let i = 0; i < FILES; i++) {
  const source = sources[i % sources.length];
  const folder = path.join(workspace, `pkg${Math.floor(i / 100)}`, path.basename(path.dirname(source)));
  fs.mkdirSync(folder, { recursive: true });
  fs.copyFileSync(source, path.join(folder, `${i}-${path.basename(source)}`));
}
const bytes = sources.reduce((n, f) => n + fs.statSync(f).size, 0) * (FILES / sources.length);

// A suite without mocha: run() calls the command and records what it returns.
const suite = path.join(work, 'audit-suite.js');
fs.writeFileSync(suite, `
const fs = require('fs');
const vscode = require('vscode');
exports.run = async () => {
  await vscode.extensions.getExtension('http-status-guide.http-status-guide').activate();
  const started = Date.now();
  const summary = await vscode.commands.executeCommand('httpStatusGuide.auditWorkspace');
  const wall = Date.now() - started;
  fs.appendFileSync(process.env.HSG_TEST_RESULTS, 'audit ' + JSON.stringify({ wall, files: summary.files, skipped: summary.skipped, occurrences: summary.occurrences, findings: summary.findings, cancelled: summary.cancelled }) + '\\n');
  if (summary.files < ${FILES} * 0.9) throw new Error('audited only ' + summary.files + ' files');
};
`);
const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'run-vscode-tests.mjs'), '--extensionTestsPath', suite, '--folder', workspace], { encoding: 'utf8' });
const line = /audit (\{.*\})/.exec(result.stdout)?.[1];
fs.rmSync(work, { recursive: true, force: true });
if (result.status !== 0 || !line) {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
const audit = JSON.parse(line);
console.log(`audit of a ${FILES}-file workspace (${(bytes / 1e6).toFixed(1)} MB): ${(audit.wall / 1000).toFixed(1)} s, ` +
  `${audit.files} files read, ${audit.skipped} skipped, ${audit.occurrences} status codes, ${audit.findings} findings`);
