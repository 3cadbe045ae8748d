import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { familyOf, languageIdForFile, learnSinksOf, sinkTable, type Sink, type SinkTable } from '../../src/core/detection';
import { measureTexts, precision, recall, type Accuracy, type Label, type LabelledText, type Tally } from './measure';

// `npm run accuracy:real`: precision and recall of detection on real public code, labelled by
// someone who had not seen the detector (test/real/LABELLING.md). The files themselves are never
// committed: they are read from snapshots made by the search tool's `fetch` (bare git
// directories under /work/.mirror), and where those are absent (CI) the check says so and passes.
// `--mistakes` lists the tune split's mistakes (never the holdout's); `--check` only validates labels.
// Each file is measured as `scan` sees it in its repository: with the helpers the repository's
// other files define (the CLI's and the editor's workspace index); `--file-alone` leaves them out.
// `--repo <part>` measures only files whose repository's name contains <part> (a quicker loop
// while tuning: the whole set takes minutes, mostly indexing the repositories).

interface RealFile {
  readonly repo: string;
  readonly commit: string;
  readonly path: string;
  readonly why?: string;
  readonly split?: string;
  readonly labels: readonly Label[];
}

const LABELS = path.resolve(__dirname, '../../../test/real');
const MIRROR = process.env.HTTP_STATUS_GUIDE_MIRROR ?? '/work/.mirror';
const KINDS = new Set(['literal', 'constant', 'helper', 'statusLine', 'openapiKey', 'directive', 'ambiguous']);

function snapshotOf(repo: string): string | undefined {
  const dir = path.join(MIRROR, repo.replace('/', '+'), 'repo');
  return fs.existsSync(dir) ? dir : undefined;
}

function readAt(gitDir: string, commit: string, file: string): string | undefined {
  try {
    return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${file}`], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Every labelled file, with its split: the entry's own, else its file's name (tune.json → tune). */
/** Largest file the index reads, as the CLI skips minified bundles and generated data. */
const INDEX_MAX_BYTES = 1 << 20;
const indexes = new Map<string, SinkTable>();

/** The helpers every file of a repository snapshot defines, as the CLI's first pass collects them. */
function repositoryIndex(gitDir: string, repo: string, commit: string): SinkTable {
  const key = `${repo}@${commit}`;
  const cached = indexes.get(key);
  if (cached) return cached;
  const tree = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-l', commit], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const wanted: { object: string; file: string }[] = [];
  for (const line of tree.split('\n')) {
    const m = /^\d+ blob ([0-9a-f]+)\s+(\d+)\t(.+)$/.exec(line);
    if (m?.[1] && m[3] && Number(m[2]) <= INDEX_MAX_BYTES && languageIdForFile(m[3]) !== undefined) wanted.push({ object: m[1], file: m[3] });
  }
  const sinks: Sink[] = [];
  // One `git cat-file --batch` for the whole tree: a process per file would take minutes.
  const batch = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: wanted.map((w) => w.object).join('\n') + '\n', maxBuffer: 2 ** 31 });
  let at = 0;
  for (const { file } of wanted) {
    const headerEnd = batch.indexOf(10, at);
    const size = Number(/ (\d+)$/.exec(batch.subarray(at, headerEnd).toString())?.[1] ?? 0);
    const text = batch.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8');
    at = headerEnd + 1 + size + 1;
    const languageId = languageIdForFile(file, text);
    if (languageId) sinks.push(...learnSinksOf(text, languageId, file));
  }
  const table = sinkTable(sinks);
  indexes.set(key, table);
  return table;
}

function labelledFiles(): RealFile[] {
  const files: RealFile[] = [];
  for (const name of fs.readdirSync(LABELS).filter((f) => f.endsWith('.json')).sort()) {
    const entries = JSON.parse(fs.readFileSync(path.join(LABELS, name), 'utf8')) as RealFile[];
    for (const entry of entries) files.push({ ...entry, split: entry.split ?? path.basename(name, '.json') });
  }
  return files;
}

function problemsOf(file: RealFile, text: string): string[] {
  const lines = text.split('\n');
  const problems: string[] = [];
  for (const label of file.labels) {
    if (!KINDS.has(label.kind)) problems.push(`line ${label.line}: kind "${label.kind}"`);
    const line = lines[label.line - 1] ?? '';
    let at = -1;
    for (let i = 0; i < (label.occurrence ?? 1); i++) at = line.indexOf(label.text, at + 1);
    if (at < 0) problems.push(`line ${label.line}: ${JSON.stringify(label.text)} is not on it`);
  }
  return problems;
}

function row(name: string, t: Tally): string {
  const n = t.truePositives + t.falseNegatives;
  return `${name.padEnd(12)} precision ${precision(t).toFixed(3)}  recall ${recall(t).toFixed(3)}  (labels ${n}, found ${t.truePositives + t.falsePositives})`;
}

function report(split: string, result: Accuracy, showMistakes: boolean): void {
  console.log(`\n${split}: ${result.files} files`);
  console.log(`  ${row('overall', result.overall)}`);
  for (const [group, t] of [...result.byLanguage].sort()) console.log(`    ${row(group, t)}`);
  for (const [kind, t] of [...result.byKind].sort()) console.log(`    ${row(`(${kind})`, t)}`);
  if (!showMistakes) return;
  for (const m of result.mistakes) console.log(`  ${m.what.padEnd(14)} ${m.file}:${m.line}  ${m.code}  ${m.text.slice(0, 160)}`);
}

function main(): void {
  const repoAt = process.argv.indexOf('--repo');
  const only = repoAt >= 0 ? process.argv[repoAt + 1] : undefined;
  const files = labelledFiles().filter((f) => only === undefined || f.repo.includes(only));
  const missing = [...new Set(files.map((f) => f.repo))].filter((repo) => !snapshotOf(repo));
  if (missing.length) console.log(`snapshots missing: fetch ${missing.map((r) => `github:${r}`).join(' ')}`);
  const bySplit = new Map<string, LabelledText[]>();
  let problems = 0;
  for (const file of files) {
    const gitDir = snapshotOf(file.repo);
    if (!gitDir) continue;
    const text = readAt(gitDir, file.commit, file.path);
    const name = `${file.repo}:${file.path}`;
    if (text === undefined) {
      console.log(`${name}: not in the snapshot at ${file.commit}`);
      problems++;
      continue;
    }
    const found = problemsOf(file, text);
    for (const p of found) console.log(`${name}: ${p}`);
    problems += found.length;
    const languageId = languageIdForFile(file.path, text) ?? 'plaintext';
    const group = familyOf(languageId) ?? languageId;
    const list = bySplit.get(file.split ?? 'tune') ?? [];
    const workspaceSinks = process.argv.includes('--file-alone') || process.argv.includes('--check') ? undefined : repositoryIndex(gitDir, file.repo, file.commit);
    list.push({ name, group, languageId, text, labels: file.labels, ...(workspaceSinks ? { workspaceSinks } : {}) });
    bySplit.set(file.split ?? 'tune', list);
  }
  if (process.argv.includes('--check')) {
    console.log(problems ? `${problems} label problem(s)` : `labels ok (${files.length} files)`);
    process.exitCode = problems ? 1 : 0;
    return;
  }
  for (const [split, texts] of [...bySplit].sort()) report(split, measureTexts(texts), !split.startsWith('holdout') && process.argv.includes('--mistakes'));
}

main();
