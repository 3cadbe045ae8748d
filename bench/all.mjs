// `npm run bench [-- --json]`: runs every bench in turn (core, language server, hover in a real
// workbench, activation and audit in the extension host), then prints their rows as one table:
// each measure of ours beside its floor measured in the same run, the ratio and the ratio the
// performance issue asks for. --json also writes the rows to bench/results.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const json = process.argv.includes('--json');
const unknown = process.argv.slice(2).filter((a) => a !== '--json');
if (unknown.length) {
  console.error(`bench: unknown argument ${unknown.join(' ')} (only --json)`);
  process.exit(2);
}
const BENCHES = [['out/bench/run.js'], ['out/bench/lsp.js'], ['bench/hover.mjs'], ['bench/audit.mjs']];

const rowsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-bench-')), 'rows.jsonl');
fs.writeFileSync(rowsFile, '');
let failed = 0;
for (const [script] of BENCHES) {
  const result = spawnSync(process.execPath, [path.join(root, script)], { stdio: 'inherit', env: { ...process.env, BENCH_ROWS: rowsFile } });
  if (result.status !== 0) {
    console.error(`bench: ${script} failed (exit ${result.status})`);
    failed++;
  }
}
const rows = fs.readFileSync(rowsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
fs.rmSync(path.dirname(rowsFile), { recursive: true, force: true });

const figure = (value, unit) => (value === null ? '–' : `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ${unit}`);
const table = [['measure', 'project', 'floor', 'ratio', 'goal', 'n', 'min', 'median']];
for (const r of rows) {
  const met = r.goal === undefined || r.ratio === null ? '' : r.ratio <= r.goal ? ' met' : ' not met';
  table.push([r.measure, figure(r.project, r.unit), figure(r.floor, r.unit), r.ratio === null ? '–' : `${r.ratio.toFixed(2)}×`,
    r.goal === undefined ? '' : `≤ ${r.goal}×${met}`, String(r.n), figure(r.min, r.unit), figure(r.median, r.unit)]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log(`\nnpm run bench: ${rows.length} measures on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}\n`);
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
for (const r of rows.filter((r) => r.note)) console.log(`  ${r.measure}: ${r.note}`);
if (json) {
  fs.writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(rows, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
}
process.exit(failed ? 1 : 0);
