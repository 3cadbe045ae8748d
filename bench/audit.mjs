// `npm run bench` (last part) and `npm run bench:audit`: in the real extension host, on a generated
// 5,000-file workspace (the labelled corpus copied round-robin into nested folders), in fresh hosts:
// activation of ours against a no-op extension's (installed beside it), the heap it adds, and
// "HTTP Status: Audit Workspace" against the CLI's scan of the same tree. Nothing here asserts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { medianOf, record } from '../out/bench/row.js';
import { NO_OP_ID, noOpExtension } from './no-op-extension.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, 'test', 'fixtures', 'corpus');
const FILES = Number(process.env.AUDIT_FILES || 5000);
const HOSTS = Number(process.env.BENCH_HOSTS || 3);
/** Activation is a few tens of milliseconds and noisy: more hosts for it (each starts in seconds). */
const ACTIVATION_HOSTS = 2 * HOSTS;

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
const noOp = noOpExtension(work);

// Suites without mocha: run() times what it calls and records it. Activation is timed in an empty
// folder (the workspace's Kotlin and Elixir files would activate us at startup).
const heapMiB = 'const heapMiB = () => process.memoryUsage().heapUsed / 1048576;';
/** A suite that activates both extensions, ours `first` or second (hosts alternate: the first activation in a host pays for more). */
function activationSuite(oursFirst) {
  const file = path.join(work, `activation-suite-${oursFirst ? 'ours' : 'no-op'}-first.js`);
  fs.writeFileSync(file, `
const fs = require('fs');
const vscode = require('vscode');
${heapMiB}
async function activation(id) {
  const extension = vscode.extensions.getExtension(id);
  if (extension.isActive) throw new Error(id + ' was active before the bench activated it');
  const heap = heapMiB();
  const started = performance.now();
  await extension.activate();
  return { ms: performance.now() - started, heap: heapMiB() - heap };
}
exports.run = async () => {
  const ids = [${JSON.stringify(NO_OP_ID)}, 'http-status-guide.http-status-guide'];
  if (${oursFirst}) ids.reverse();
  const [a, b] = [await activation(ids[0]), await activation(ids[1])];
  const [floor, ours] = ${oursFirst} ? [b, a] : [a, b];
  fs.appendFileSync(process.env.HSG_TEST_RESULTS, 'bench ' + JSON.stringify({ floor, ours }) + '\\n');
};
`);
  return file;
}
const auditSuite = path.join(work, 'audit-suite.js');
fs.writeFileSync(auditSuite, `
const fs = require('fs');
const vscode = require('vscode');
${heapMiB}
exports.run = async () => {
  await vscode.extensions.getExtension('http-status-guide.http-status-guide').activate();
  const heap = heapMiB();
  const started = Date.now();
  const summary = await vscode.commands.executeCommand('httpStatusGuide.auditWorkspace');
  const wall = Date.now() - started;
  fs.appendFileSync(process.env.HSG_TEST_RESULTS, 'bench ' + JSON.stringify({ heap: heapMiB() - heap, wall, files: summary.files, skipped: summary.skipped, occurrences: summary.occurrences, findings: summary.findings }) + '\\n');
  if (summary.files < ${FILES} * 0.9) throw new Error('audited only ' + summary.files + ' files');
};
`);
const empty = path.join(work, 'empty');
fs.mkdirSync(empty);

/** Runs `suite` in a fresh host on `folder`; returns what it recorded. */
function inHost(suite, folder) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'run-vscode-tests.mjs'), '--extensionTestsPath', suite, '--folder', folder, '--install', noOp], { encoding: 'utf8' });
  const line = /bench (\{.*\})/.exec(result.stdout)?.[1];
  if (result.status !== 0 || !line) {
    console.error(result.stdout, result.stderr);
    fs.rmSync(work, { recursive: true, force: true });
    process.exit(1);
  }
  return JSON.parse(line);
}
const activations = [];
const audits = [];
for (let i = 0; i < ACTIVATION_HOSTS; i++) {
  activations.push(inHost(activationSuite(i % 2 === 1), empty));
  if (i < HOSTS) audits.push(inHost(auditSuite, workspace));
}
const cli = [];
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'scan', '--json', workspace], { stdio: 'ignore' });
  cli.push(performance.now() - started);
}
fs.rmSync(work, { recursive: true, force: true });

const last = audits.at(-1);
const wall = audits.map((a) => a.wall);
const size = `${FILES.toLocaleString('en')} files, ${(bytes / 1e6).toFixed(1)} MB`;
console.log(`\nin the extension host (fresh hosts, medians: ${ACTIVATION_HOSTS} for activation, ${HOSTS} for the audit):`);
console.log(`  activation: ours ${medianOf(activations.map((h) => h.ours.ms)).toFixed(1)} ms, a no-op extension ${medianOf(activations.map((h) => h.floor.ms)).toFixed(1)} ms; heap +${medianOf(activations.map((h) => h.ours.heap)).toFixed(2)} MiB (no-op +${medianOf(activations.map((h) => h.floor.heap)).toFixed(2)} MiB)`);
console.log(`  audit of a workspace of ${size}: ${(medianOf(wall) / 1000).toFixed(1)} s (cold, each in a fresh host), ` +
  `${last.files} files read, ${last.skipped} skipped, ${last.occurrences} status codes, ${last.findings} findings; heap +${medianOf(audits.map((a) => a.heap)).toFixed(1)} MiB`);
console.log(`  the CLI's scan of the same tree: ${(medianOf(cli) / 1000).toFixed(1)} s (${(medianOf(wall) / medianOf(cli)).toFixed(1)}×)`);
record('activation', activations.map((h) => h.ours.ms), activations.map((h) => h.floor.ms), { goal: 1.2, note: 'floor: a no-op extension activated the same way, in the same host (which of the two goes first alternates by host)' });
record('activation heap growth', activations.map((h) => h.ours.heap), null, { unit: 'MiB', note: 'heapUsed after activate() minus before (garbage included)' });
record(`editor audit (generated ${size})`, wall, cli, { goal: 1.5, note: 'cold, a fresh host each; floor: the CLI scan of the same tree' });
