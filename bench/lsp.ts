import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { analyze, occurrenceIn } from '../src/core/detection';
import { parseKnowledge } from '../src/core/knowledge';
import { guideForCode } from '../src/core/render/guide';
import { guideToMarkdown } from '../src/core/render/markdown';
import { medianOf, record } from './row';

// `npm run bench` (after run.js): the language server's hover round trip over stdio, as an
// editor sees it (request written → answer parsed), next to the same hover computed in process.
// Medians and 95th percentiles of many hovers on a 5,000-line file; nothing here asserts.

const ROOT = path.resolve(__dirname, '../..');
const LINES = 5_000;
const HOVERS = 300;

const text = Array.from({ length: LINES }, (_, i) => (i % 10 === 0 ? `  res.status(${[200, 201, 404, 409, 503][i % 5]}).json({ ok: true });` : `  const x${i} = compute(${i});`)).join('\n');
const positions = Array.from({ length: HOVERS }, (_, i) => ({ line: (i * 10 * 7) % LINES, character: 14 }));

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms`;
}

let stdioMedian = NaN;

async function overStdio(): Promise<void> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onNotification('textDocument/publishDiagnostics', () => undefined);
  connection.listen();
  const started = performance.now();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } });
  await connection.sendNotification('initialized', {});
  const ready = performance.now() - started;
  const uri = 'untitled:bench.js';
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text } });
  const first = performance.now();
  await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positions[0] });
  const firstHover = performance.now() - first;
  const samples: number[] = [];
  for (const position of positions) {
    const t0 = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    samples.push(performance.now() - t0);
  }
  // The protocol's floor on the same server: a hover the server answers null at once (a document it does not have).
  const floor: number[] = [];
  for (const position of positions) {
    const t0 = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri: 'untitled:unknown.js' }, position });
    floor.push(performance.now() - t0);
  }
  record('lsp warm hover (stdio)', samples, floor, { goal: 1.1, note: 'floor: a hover the server answers null (unknown document)' });
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  console.log(`  server start to initialized                     ${ready.toFixed(0).padStart(6)} ms`);
  console.log(`  first hover after opening (analysis, knowledge)  ${firstHover.toFixed(1).padStart(6)} ms`);
  console.log(`  warm hover round trip over stdio (${HOVERS} hovers)   ${stats(samples)}`);
  console.log(`  a hover answered null at once (the floor)        ${stats(floor)}`);
  stdioMedian = medianOf(samples);
}

function inProcess(): void {
  const kb = parseKnowledge(fs.readFileSync(path.join(ROOT, 'dist', 'knowledge.json'), 'utf8'));
  const analysis = analyze(text, 'javascript');
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const samples: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const position of positions) {
      const t0 = performance.now();
      const occurrence = occurrenceIn(analysis, (lineStarts[position.line] ?? 0) + position.character);
      if (occurrence) guideToMarkdown(guideForCode(kb, occurrence.code, 'compact'));
      if (round === 2) samples.push(performance.now() - t0);
    }
  }
  console.log(`  the same hover in process (lookup + guide)       ${stats(samples)}`);
  console.log(`  the protocol's share: stdio median is ${(stdioMedian / medianOf(samples)).toFixed(0)}× the in-process work (JSON-RPC framing, two pipes, the event loop)`);
}

console.log(`\nlanguage server (node dist/cli.js lsp --stdio, a ${LINES.toLocaleString('en')}-line JS file):`);
void overStdio().then(inProcess);
