import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, findAt, languageIdForFile, learnSinksOf, occurrenceIn, scan, sinkTable } from '../src/core/detection';
import { alternativeFixes, refactorings } from '../src/core/fixes';
import { KnowledgeBase } from '../src/core/knowledge';
import { allRecords } from '../src/core/knowledge/records';
import { lint } from '../src/core/lint/rules';
import { medianOf, record } from './row';
import { benchTrees } from './trees';

// `npm run bench`: detection speed. Each figure is the best of several warmed-up runs, so it
// reflects the code, not the JIT or a noisy neighbour. Nothing here asserts: tests check
// behaviour, this reports numbers.

const CORPUS = path.resolve(__dirname, '../../test/fixtures/corpus');

function samplesOf(runs: number, fn: () => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return samples;
}

const best = (runs: number, fn: () => void): number => Math.min(...samplesOf(runs, fn));

/** A flat (non-rope) copy of `text` grown to at least `size` characters. */
function grow(text: string, size: number): string {
  let big = text;
  while (big.length < size) big += `\n${big}`;
  return Buffer.from(big).toString();
}

const mbPerSecond = (chars: number, ms: number): string => `${(chars / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;

function corpusByLanguage(): Map<string, string> {
  const byLanguage = new Map<string, string[]>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name !== 'labels.json') {
        const text = fs.readFileSync(file, 'utf8');
        const language = languageIdForFile(file, text);
        if (language) byLanguage.set(language, [...(byLanguage.get(language) ?? []), text]);
      }
    }
  };
  walk(CORPUS);
  return new Map([...byLanguage].map(([language, texts]) => [language, texts.join('\n')]));
}

/** The physical floor a scan is measured against in the same run: one pass of /\d+/g over the same text. */
function digitPass(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\d+/g)) n += m[0].length;
  return n;
}

console.log('scan throughput (labelled corpus per language, grown to 4 MB), and its ratio to one /\\d+/g pass over the same text:');
let totalChars = 0;
let totalMs = 0;
let totalFloor = 0;
for (const [language, text] of corpusByLanguage()) {
  const big = grow(text, 4_000_000);
  scan(big, language);
  const ours = samplesOf(5, () => scan(big, language));
  const floors = samplesOf(5, () => digitPass(big));
  const [ms, floor] = [medianOf(ours), medianOf(floors)];
  totalChars += big.length;
  totalMs += ms;
  totalFloor += floor;
  record(`scan (${language})`, ours, floors, { goal: 5, note: `${mbPerSecond(big.length, ms)}, floor ${mbPerSecond(big.length, floor)}` });
  console.log(`  ${language.padEnd(16)} ${mbPerSecond(big.length, ms).padStart(12)}   floor ${mbPerSecond(big.length, floor).padStart(12)}   ${(ms / floor).toFixed(1).padStart(6)}×`);
}
record('scan (all languages)', [totalMs], [totalFloor], { goal: 5, note: `sum of the medians: ${mbPerSecond(totalChars, totalMs)}` });
console.log(`  ${'all languages'.padEnd(16)} ${mbPerSecond(totalChars, totalMs).padStart(12)}   floor ${mbPerSecond(totalChars, totalFloor).padStart(12)}   ${(totalMs / totalFloor).toFixed(1).padStart(6)}×`);

console.log('\nlinear in input size (javascript corpus):');
const js = corpusByLanguage().get('javascript') ?? '';
for (const size of [1_000_000, 4_000_000, 16_000_000]) {
  const big = grow(js, size);
  const ms = best(3, () => scan(big, 'javascript'));
  console.log(`  ${`${(big.length / 1e6).toFixed(1)} MB`.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms  ${mbPerSecond(big.length, ms)}`);
}

console.log('\nbad input:');
const minified = Buffer.from('function a(b){return b.status(404).json({w:404,t:503})};var c=[1,2,3];'.repeat(75_000)).toString();
console.log(`  5 MB single-line minified JS     ${best(3, () => scan(minified, 'javascript')).toFixed(0).padStart(6)} ms`);
const manyLines = Array.from({ length: 50_000 }, (_, i) => (i % 10 === 0 ? '  res.status(404).end();' : `  const x${i} = compute(${i % 600});`)).join('\n');
console.log(`  50,000-line file                 ${best(3, () => scan(manyLines, 'javascript')).toFixed(0).padStart(6)} ms`);
const twenty = grow(js, 20_000_000);
console.log(`  20 MB file                       ${best(2, () => scan(twenty, 'javascript')).toFixed(0).padStart(6)} ms`);
const binary = Buffer.from(Array.from({ length: 5_000_000 }, (_, i) => (i * 7919) % 256)).toString('latin1');
console.log(`  5 MB binary noise                ${best(3, () => scan(binary, 'javascript')).toFixed(0).padStart(6)} ms`);

console.log('\nfindAt (one position, as a hover asks):');
const lines = js.split('\n').filter((line) => /\d{3}/.test(line));
const probes = lines.flatMap((line) => [...line.matchAll(/\d{3}/g)].map((m) => [line, m.index + 1] as const));
const iterations = 20;
const ms = best(5, () => {
  for (let i = 0; i < iterations; i++) for (const [line, offset] of probes) findAt(line, 'javascript', offset);
});
console.log(`  ${((ms * 1000) / (iterations * probes.length)).toFixed(2)} µs per call (mean over ${probes.length} numbers on real lines)`);
const longLine = minified.slice(0, 2_000_000);
const t = best(5, () => findAt(longLine, 'javascript', 1_000_000));
console.log(`  ${(t * 1000).toFixed(2)} µs in the middle of a 2 MB line`);

console.log('\nper-document analysis (what the first hover, hints and diagnostics of a document wait for):');
const helperModule = [
  'function finish(res, httpCode, body) {',
  '  res.status(httpCode).send(body);',
  '}',
  ...Array.from({ length: 5_000 }, (_, i) => (i % 25 === 0 ? `  finish(res, ${400 + (i % 100)}, { line: ${i} });` : `  const v${i} = compute(${i % 600}, 'x');`)),
].join('\n');
const firstHovers = samplesOf(5, () => occurrenceIn(analyze(helperModule, 'javascript'), helperModule.indexOf('finish(res, 4', 100) + 13));
const firstHover = Math.min(...firstHovers);
record('per-document analysis (5,000-line JS file)', firstHovers, samplesOf(5, () => digitPass(helperModule)), { note: `${mbPerSecond(helperModule.length, medianOf(firstHovers))}; floor: one /\\d+/g pass` });
console.log(`  5,000-line JS file with its own helper: analysis + first hover ${firstHover.toFixed(1).padStart(6)} ms (${mbPerSecond(helperModule.length, firstHover)})`);
const analysis = analyze(helperModule, 'javascript');
const hoverAt = helperModule.indexOf('finish(res, 4', 100) + 13;
const lookups = best(5, () => {
  for (let k = 0; k < 10_000; k++) occurrenceIn(analysis, hoverAt);
});
console.log(`  then each hover on the cached analysis: ${((lookups * 1000) / 10_000).toFixed(2)} µs per lookup`);

console.log('\nworkspace helper index (core work per file, without reading from disk):');
const files = Array.from({ length: 5_000 }, (_, i) => [
  `export function reply${i}(res, code, body) {`,
  '  return res.status(code).json(body);',
  '}',
  ...Array.from({ length: 40 }, (_, j) => `export const value${j} = compute(${(i + j) % 700});`),
].join('\n'));
const indexChars = files.reduce((n, f) => n + f.length, 0);
let learnt = 0;
const indexSamples = samplesOf(3, () => {
  learnt = 0;
  for (const [i, text] of files.entries()) learnt += learnSinksOf(text, 'javascript', `src/f${i}.js`).length;
});
const indexMs = Math.min(...indexSamples);
record('workspace index (5,000 generated files, in memory)', indexSamples, samplesOf(3, () => { for (const text of files) digitPass(text); }), { note: `${mbPerSecond(indexChars, medianOf(indexSamples))}; floor: one /\\d+/g pass` });
console.log(`  5,000 files (${(indexChars / 1e6).toFixed(1)} MB): ${indexMs.toFixed(0)} ms, ${learnt} helpers learnt (${mbPerSecond(indexChars, indexMs)})`);
const table = sinkTable(files.flatMap((text, i) => learnSinksOf(text, 'javascript', `src/f${i}.js`)));
const caller = Array.from({ length: 2_000 }, (_, i) => `reply${i}(res, 404, {});`).join('\n');
console.log(`  a 2,000-line file calling them, analysed against the index: ${best(3, () => analyze(caller, 'javascript', { workspaceSinks: table })).toFixed(1)} ms`);

console.log('\nshapes that once stalled an entry point (before: as first measured, on the same kind of machine):');
const kb = new KnowledgeBase(allRecords);
const shape = (label: string, before: string, ms: number): void => {
  console.log(`  ${label.padEnd(62)} ${ms.toFixed(0).padStart(6)} ms   (before: ${before})`);
};
const lintLine = Buffer.from('res.status(204).json({a:1});res.status(401).json({}); '.repeat(95_000)).toString();
shape('lint: one 5 MB minified line of status calls', '≈140 s', best(2, () => lint(lintLine, 'javascript', kb)));
const lintMb = lintLine.slice(0, 1_000_000);
shape('lint: one 1 MB line', '5–10 s', best(3, () => lint(lintMb, 'javascript', kb)));
const actionsAt = (text: string, language: string): void => {
  const [o] = scan(text.slice(0, 2_000), language);
  if (!o) throw new Error('the shape holds no status');
  refactorings(text, language, o);
  alternativeFixes(text, o, kb);
};
const blank = (n: number): string => `abort(404)\n${'\n'.repeat(n)}x = 1\n`;
shape('Python code actions, 25,000 blank lines', '≈2 s', best(3, () => { actionsAt(blank(25_000), 'python'); }));
shape('Python code actions, 100,000 blank lines', '≈30 s', best(3, () => { actionsAt(blank(100_000), 'python'); }));
const nest = `res.status(404);${' HttpStatus.NOT_FOUND;'.repeat(19_000)}`;
shape('code actions, 400 KB line of HttpStatus without the Nest import', '≈15 s', best(3, () => { actionsAt(nest, 'typescript'); }));
const yaml = `responses:${' '.repeat(4_000)}\n${'  404: x\n'.repeat(2_800)}`;
shape('scan: YAML responses: + 4,000 spaces + 2,800 keys (25 KB)', '8–18 s', best(3, () => scan(yaml, 'yaml')));
const conf = `${'\n'.repeat(20_000)}return 301 /x;`;
shape('.conf language sniffing, 20,000 newlines (per hover)', '≈1 s', best(5, () => languageIdForFile('site.conf', conf)));

console.log('\nCLI over a tree, against the floor of a bare Node walker reading every file (same tree, same run):');
benchTrees(files);
