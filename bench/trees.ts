import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { medianOf, record } from './row';

// `npm run bench`: the CLI over whole trees, each against floors measured on the same tree in the
// same run: a bare Node walker that reads every file (one core, no analysis), and ripgrep looking
// for three digits (where installed). Real trees are snapshots of public repositories when this
// machine has them (/work/.mirror, made by the search tool's fetch), a generated tree always.

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const MIRRORS = '/work/.mirror';
/** Real trees of different stacks and sizes, used when their snapshot is here. */
const REAL_TREES = ['spring-projects/spring-framework', 'laravel/framework', 'jellyfin/jellyfin', 'miniflux/v2', 'lobsters/lobsters', 'outline/outline'];
const RUNS = 3;

function walk(dir: string): number {
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) bytes += walk(file);
    else if (entry.isFile()) bytes += fs.readFileSync(file, 'utf8').length;
  }
  return bytes;
}

function timedRuns(runs: number, command: string, args: readonly string[]): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    spawnSync(command, args, { stdio: 'ignore' });
    samples.push(performance.now() - started);
  }
  return samples;
}

function hasRipgrep(): boolean {
  return spawnSync('rg', ['--version'], { stdio: 'ignore' }).status === 0;
}

function benchTree(name: string, tree: string): void {
  const walker: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    bytes = walk(tree);
    walker.push(performance.now() - started);
  }
  const scan = timedRuns(RUNS, process.execPath, [CLI, 'scan', '--json', tree]);
  const size = `${(bytes / 1e6).toFixed(1)} MB`;
  record(`cli scan (${name})`, scan, walker, { goal: 1.3, note: `${size}; floor: a Node walker reading every file` });
  let line = `  ${name.padEnd(34)} ${size.padStart(8)}  scan ${medianOf(scan).toFixed(0).padStart(6)} ms  walker ${medianOf(walker).toFixed(0).padStart(5)} ms (${(medianOf(scan) / medianOf(walker)).toFixed(1)}×)`;
  if (hasRipgrep()) {
    const rg = timedRuns(RUNS, 'rg', ['-c', '[0-9]{3}', tree]);
    record(`cli scan vs ripgrep (${name})`, scan, rg, { note: 'floor: rg -c [0-9]{3} over the same tree' });
    line += `  ripgrep ${medianOf(rg).toFixed(0)} ms (${(medianOf(scan) / medianOf(rg)).toFixed(1)}×)`;
  }
  const cache = path.join(os.tmpdir(), `hsg-bench-cache-${process.pid}`);
  fs.rmSync(cache, { force: true });
  const cold = timedRuns(1, process.execPath, [CLI, 'lint', '--cache', '--cache-location', cache, tree]);
  const warm = timedRuns(RUNS, process.execPath, [CLI, 'lint', '--cache', '--cache-location', cache, tree]);
  fs.rmSync(cache, { force: true });
  record(`lint --cache second run (${name})`, warm, cold, { goal: 0.2, note: 'floor: the first run, which fills the cache' });
  line += `  lint --cache ${medianOf(cold).toFixed(0)} → ${medianOf(warm).toFixed(0)} ms`;
  console.log(line);
}

/** A snapshot's newest commit as a folder of files (undefined when there is no snapshot). */
function materialize(repo: string, into: string): string | undefined {
  const mirror = path.join(MIRRORS, repo.replace('/', '+'), 'repo');
  const gitDir = fs.existsSync(path.join(mirror, '.git')) ? path.join(mirror, '.git') : mirror;
  if (!fs.existsSync(path.join(gitDir, 'HEAD'))) return undefined;
  const dir = path.join(into, repo.replace('/', '+'));
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', 'git --git-dir="$0" archive HEAD | tar -x -C "$1"', gitDir, dir], { stdio: 'ignore' });
  return dir;
}

/** Benchmarks the CLI over the generated tree of `files` and over the real trees at hand. */
export function benchTrees(files: readonly string[]): void {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-cli-bench-'));
  try {
    const generated = path.join(work, 'generated');
    for (const [i, text] of files.entries()) {
      const dir = path.join(generated, `m${i % 50}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `f${i}.js`), text);
    }
    benchTree(`${files.length.toLocaleString('en')} generated JS files`, generated);
    const missing: string[] = [];
    for (const repo of REAL_TREES) {
      const tree = materialize(repo, work);
      if (tree) benchTree(repo, tree);
      else missing.push(repo);
    }
    if (missing.length) console.log(`  snapshots missing (fetch them to bench real trees): ${missing.join(', ')}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
