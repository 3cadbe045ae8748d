import * as fs from 'node:fs';
import * as os from 'node:os';
import { languageIdForFile, learnSinksOf, scan, sinkTable, type Sink, type SinkTable } from '../core/detection';
import { evidenceText } from '../core/render/evidence';
import { positionsIn } from '../core/detection/positions';
import type { KnowledgeBase } from '../core/knowledge';
import { lintProject, type RatedFinding } from '../core/lint/config';
import type { Severity } from '../core/lint/rules';
import { applyFixes, lineDiff } from '../core/lint/fix';
import { ConfigFinder } from '../node/config-finder';
import { listFiles, pathProblem, readText, type FileResult } from '../node/files';
import { scanInParallel } from './parallel-scan';
import { locateOccurrences, type LocatedOccurrence } from '../node/scan-files';
import { contentHash, DEFAULT_CACHE_FILE, LintCache, resultsKey, sinksDigest, type FileStamp } from '../node/lint-cache';
import { sarifLog, type LocatedFinding } from './sarif';
import { guideFor } from '../core/render/guide';
import { guideToText } from '../core/render/text';
import { didYouMean, searchCodes } from '../core/lookup';

// The command-line interface over the same core as the extension. `runCli` takes the arguments
// and output streams and returns the exit code, so tests drive it without a process.

export interface CliIO {
  /** Loads the knowledge base (only commands that need it call this). */
  readonly knowledge: () => KnowledgeBase;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Terminal width for wrapping, if known. */
  readonly columns?: number;
  /**
   * True once nobody reads `out` any more (`scan src | head`): commands then stop producing
   * output early and exit with their usual code.
   */
  readonly outClosed?: () => boolean;
  /**
   * The script a scan worker thread runs (the CLI's own bundle); without it, and with
   * `--jobs 1`, everything runs in this thread.
   */
  readonly workerScript?: string;
  /** Cores to use for a large tree (os.availableParallelism() by default). */
  readonly cores?: number;
  /** How many files make a tree large enough for threads (PARALLEL_MIN_FILES by default). */
  readonly parallelFrom?: number;
}

export const EXIT_OK = 0;
/** The command ran, but the answer is "no such status". */
export const EXIT_NOT_FOUND = 1;
export const EXIT_USAGE = 2;
/** Something is wrong with the installation (e.g. the knowledge data is missing). */
export const EXIT_BROKEN = 3;

const USAGE = `Usage: http-status-guide <command> [options]

Commands:
  explain <code> [--json]   Explain an HTTP status code (--json: the knowledge-base record)
  scan [--json] [--jobs N] <paths…>
                            List the status codes in files and folders (--json: one
                            object per line; --jobs: threads, by default one per core
                            on trees of 4,000 files or more)
  lint [--format text|json|sarif|github] [--config FILE | --no-config] [--max-warnings N]
       [--fix | --fix-dry-run] [--cache [--cache-location FILE]] <paths…>
                            Report status-code problems; exit 1 when an error is found, or a
                            warning (more than N warnings with --max-warnings), 2 on a bad
                            argument or config file. Settings come from the nearest
                            .http-status-guide.json above each file. --fix applies the
                            automatic fixes (prefer-constant) and reports what remains;
                            --fix-dry-run prints them as a diff instead. --cache
                            reuses the results of files unchanged since the last
                            run (kept in .http-status-guide-cache, or FILE).
  lsp --stdio               Run the language server (hover, diagnostics, code actions,
                            inlay hints, completion) for any LSP editor

Options:
  -h, --help                Show this help
  -v, --version             Show the version
`;


function loadKnowledge(io: CliIO): KnowledgeBase | undefined {
  try {
    return io.knowledge();
  } catch (error) {
    io.err(`http-status-guide: cannot load the status-code data (${error instanceof Error ? error.message : String(error)}); reinstall the package\n`);
    return undefined;
  }
}

interface SourceFile {
  readonly file: string;
  /** The file's text, read when first asked for (a `lint --cache` hit never asks); undefined if it can no longer be read. */
  readonly text: () => string | undefined;
  readonly languageId: string;
  /** The text's hash (`lint --cache` keys on it). */
  readonly hash: string;
  /** Helpers defined anywhere under the given paths whose parameter becomes a status. */
  readonly workspaceSinks: SinkTable;
  /** A digest of those helpers: a cached result is valid while it is the same. */
  readonly sinksDigest: string;
}

/**
 * Calls `visit` for every readable source file under `paths` (skips reported on stderr), after a
 * first pass that learns the status helpers every file defines (so a call in one file to a
 * helper of another is seen). Returns an exit code for bad paths, or undefined when the walk ran.
 */
function forEachSource(command: string, paths: readonly string[], io: CliIO, visit: (source: SourceFile) => void, cache?: LintCache<LocatedFinding>): number | undefined {
  const bad = badPaths(command, paths, io);
  if (bad !== undefined) return bad;
  try {
    const sources: Omit<SourceFile, 'workspaceSinks' | 'sinksDigest'>[] = [];
    const sinks: Sink[] = [];
    for (const listed of listFiles(paths, isSourceName)) {
      // A file the cache knows unchanged on disk is not read unless lint needs its text.
      const known = cache?.unchanged(listed.file);
      if (listed.kind === 'file' && known) {
        sources.push({ file: listed.file, text: readLater(listed.file), languageId: known.languageId, hash: known.hash });
        sinks.push(...known.sinks);
        continue;
      }
      const stat = listed.kind === 'file' && cache ? statOf(listed.file) : undefined;
      const result = listed.kind === 'file' ? readText(listed.file) : listed;
      if (result.kind === 'skipped') {
        io.err(`skipped ${result.file}: ${result.reason}\n`);
        continue;
      }
      const languageId = languageIdForFile(result.file, result.text);
      if (!languageId) continue;
      const hash = cache ? contentHash(result.text) : '';
      const { text } = result;
      sources.push({ file: result.file, text: () => text, languageId, hash });
      let learnt = cache?.sinksOf(result.file, hash);
      if (!learnt) learnt = learnSinksOf(result.text, languageId, result.file);
      cache?.setSinks(result.file, hash, learnt, stat && { languageId, stamp: stat });
      sinks.push(...learnt);
    }
    const workspaceSinks = sinkTable(sinks);
    const digest = cache ? sinksDigest(sinks) : '';
    for (const source of sources) {
      if (io.outClosed?.()) break;
      visit({ ...source, workspaceSinks, sinksDigest: digest });
    }
  } catch (error) {
    io.err(`http-status-guide ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
  return undefined;
}

/** A file's text when first asked for, then the same text. */
function readLater(file: string): () => string | undefined {
  let read: FileResult | undefined;
  return () => {
    read ??= readText(file);
    return read.kind === 'text' ? read.text : undefined;
  };
}

function statOf(file: string): FileStamp | undefined {
  try {
    const { size, mtimeMs } = fs.statSync(file);
    return { size, mtimeMs, readAt: Date.now() };
  } catch {
    return undefined;
  }
}

/** An exit code when no path is given or one leads nowhere (said on stderr). */
function badPaths(command: string, paths: readonly string[], io: CliIO): number | undefined {
  if (!paths.length) {
    io.err(`http-status-guide ${command}: name at least one file or folder, e.g. \`http-status-guide ${command} src\`\n`);
    return EXIT_USAGE;
  }
  for (const given of paths) {
    const problem = pathProblem(given);
    if (problem !== undefined) {
      io.err(`http-status-guide ${command}: ${problem}\n`);
      return EXIT_USAGE;
    }
  }
  return undefined;
}

/** Files a command reads: a name a language is known for, and `.conf` files (sniffed by content). */
const isSourceName = (file: string): boolean => languageIdForFile(file) !== undefined || file.endsWith('.conf');

/** An option's spec: a flag (`true`), one of listed values, or any value (`'any'`). */
type OptionSpec = readonly string[] | true | 'any';

function parseOptions(command: string, args: readonly string[], io: CliIO, allowed: Readonly<Record<string, OptionSpec>>):
  { options: Map<string, string | true>; paths: string[] } | undefined {
  const options = new Map<string, string | true>();
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    // A negative number is an argument (`explain -1` gets "not a status code"), not an option.
    if (!arg.startsWith('-') || /^-\d/.test(arg)) {
      paths.push(arg);
      continue;
    }
    // --name=value: the value is everything after the first "=" (--format=sarif=junk is "sarif=junk").
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const spec = allowed[name];
    if (!spec) {
      io.err(`http-status-guide ${command}: unknown option ${name}\n`);
      return undefined;
    }
    if (spec === true) {
      if (inline !== undefined) {
        io.err(`http-status-guide ${command}: ${name} takes no value (got ${arg})\n`);
        return undefined;
      }
      options.set(name, true);
      continue;
    }
    const value = inline ?? args[++i];
    if (spec === 'any') {
      if (value === undefined || value === '') {
        io.err(`http-status-guide ${command}: ${name} needs a value\n`);
        return undefined;
      }
      options.set(name, value);
      continue;
    }
    if (value === undefined || !spec.includes(value)) {
      const got = value === undefined ? 'none given' : `not ${JSON.stringify(value)}`;
      io.err(`http-status-guide ${command}: ${name} takes one of ${spec.join(', ')} (${got})\n`);
      return undefined;
    }
    options.set(name, value);
  }
  return { options, paths };
}


/**
 * Writes a fixed file, unless it changed since it was read (an editor saved it meanwhile): then it
 * is left alone with a note, and its findings are those of the text on disk.
 */
function writeFixed(file: string, read: string, fixed: string, io: CliIO): boolean {
  try {
    if (fs.readFileSync(file, 'utf8') !== read) {
      io.err(`not fixed ${file}: it changed while lint ran\n`);
      return false;
    }
    fs.writeFileSync(file, fixed);
    return true;
  } catch (error) {
    io.err(`not fixed ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
}

/** GitHub Actions workflow commands escape these in messages, and also `:` and `,` in properties. */
function githubEscape(text: string, property = false): string {
  const escaped = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}

const GITHUB_LEVELS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

function lintCommand(args: readonly string[], io: CliIO, version: string): number {
  const parsed = parseOptions('lint', args, io, {
    '--format': ['text', 'json', 'sarif', 'github'], '--config': 'any', '--no-config': true, '--max-warnings': 'any',
    '--fix': true, '--fix-dry-run': true, '--cache': true, '--cache-location': 'any',
  });
  if (!parsed) return EXIT_USAGE;
  const format = parsed.options.get('--format') ?? 'text';
  const maxWarnings = parsed.options.get('--max-warnings');
  if (maxWarnings !== undefined && (typeof maxWarnings !== 'string' || !/^\d+$/.test(maxWarnings))) {
    io.err(`http-status-guide lint: --max-warnings takes a number of warnings, e.g. --max-warnings 0 (got ${String(maxWarnings)})\n`);
    return EXIT_USAGE;
  }
  const explicit = parsed.options.get('--config');
  if (typeof explicit === 'string' && parsed.options.has('--no-config')) {
    io.err('http-status-guide lint: --config and --no-config exclude each other\n');
    return EXIT_USAGE;
  }
  const configs = new ConfigFinder(typeof explicit === 'string' ? explicit : parsed.options.has('--no-config') ? null : undefined);
  const broken = configs.problem();
  if (broken) {
    io.err(`http-status-guide lint: ${broken}\n`);
    return EXIT_USAGE;
  }
  const kb = loadKnowledge(io);
  if (!kb) return EXIT_BROKEN;
  const dryRun = parsed.options.has('--fix-dry-run');
  const fixing = dryRun || parsed.options.has('--fix');
  const cacheLocation = parsed.options.get('--cache-location');
  if (cacheLocation !== undefined && !parsed.options.has('--cache')) {
    io.err('http-status-guide lint: --cache-location needs --cache\n');
    return EXIT_USAGE;
  }
  const cache = parsed.options.has('--cache') ? LintCache.open<LocatedFinding>(typeof cacheLocation === 'string' ? cacheLocation : DEFAULT_CACHE_FILE, version) : undefined;
  const results: LocatedFinding[] = [];
  // One key per config file and run (files share their folder's config object).
  const keys = new Map<object, string>();
  const resultsKeyOf = (config: object, digest: string): string => {
    let key = keys.get(config);
    if (key === undefined) keys.set(config, key = resultsKey(version, config, digest));
    return key;
  };
  let configProblem: string | undefined;
  const failed = forEachSource('lint', parsed.paths, io, ({ file, text: read, languageId, hash, workspaceSinks, sinksDigest: digest }) => {
    const found = configs.forFile(file);
    if ('problem' in found) {
      configProblem ??= found.problem;
      return;
    }
    if (found.ignored) return;
    const key = cache ? resultsKeyOf(found.config, digest) : '';
    // A fix run lints again after fixing: only a plain run takes results from the cache.
    const cached = fixing ? undefined : cache?.resultsOf(file, hash, key);
    if (cached) {
      // The file as this run names it (an earlier run may have reached it by another path).
      results.push(...cached.map((r) => ({ ...r, file })));
      return;
    }
    const text = read();
    if (text === undefined) {
      io.err(`skipped ${file}: it can no longer be read\n`);
      return;
    }
    const check = (source: string): { findings: RatedFinding[]; at: ReturnType<typeof positionsIn> } => {
      const at = positionsIn(source);
      const occurrences = scan(source, languageId, { workspaceSinks });
      return { findings: lintProject(source, languageId, kb, found.config, { fileName: file, occurrences, lineOf: (offset) => at(offset).line - 1 }), at };
    };
    let linted = text;
    if (fixing) {
      const fixed = applyFixes(text, (source) => check(source).findings);
      if (fixed.applied) {
        if (dryRun) io.out(lineDiff(file, text, fixed.text));
        else if (writeFixed(file, text, fixed.text, io)) io.err(`fixed ${fixed.applied} problem${fixed.applied === 1 ? '' : 's'} in ${file}\n`);
        linted = dryRun || fs.readFileSync(file, 'utf8') === fixed.text ? fixed.text : text;
      }
    }
    const { findings, at } = check(linted);
    const own: LocatedFinding[] = [];
    for (const finding of findings) {
      const start = at(finding.start);
      const end = at(finding.end);
      const fix = finding.fix?.map((e) => {
        const from = at(e.start);
        const to = at(e.end);
        return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column, text: e.newText };
      });
      own.push({ file, finding, severity: finding.severity, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, ...(fix ? { fix } : {}) });
    }
    results.push(...own);
    if (linted === text) cache?.setResults(file, hash, key, own);
  }, cache);
  if (configProblem !== undefined) {
    io.err(`http-status-guide lint: ${configProblem}\n`);
    return EXIT_USAGE;
  }
  if (failed !== undefined) return failed;
  const unsaved = cache?.save();
  if (unsaved) io.err(`http-status-guide lint: ${unsaved}\n`);
  results.sort((a, b) => (a.file === b.file ? a.finding.start - b.finding.start : 0));
  if (format === 'json') {
    for (const r of results) io.out(`${JSON.stringify({ file: r.file, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn, rule: r.finding.rule, severity: r.severity, code: r.finding.code, message: r.finding.message })}\n`);
  } else if (format === 'sarif') {
    const sarif = sarifLog(results, version, process.cwd());
    io.out(`${JSON.stringify(sarif, null, 2)}\n`);
  } else if (format === 'github') {
    for (const r of results) {
      const where = `file=${githubEscape(r.file, true)},line=${r.line},col=${r.column},endLine=${r.endLine},endColumn=${r.endColumn},title=${githubEscape(r.finding.rule, true)}`;
      io.out(`::${GITHUB_LEVELS[r.severity]} ${where}::${githubEscape(r.finding.message)}\n`);
    }
  } else {
    for (const r of results) io.out(`${r.file}:${r.line}:${r.column}  ${r.severity}  ${r.finding.message}  [${r.finding.rule}]\n`);
    io.err(`${results.length} problem${results.length === 1 ? '' : 's'}\n`);
  }
  const errors = results.filter((r) => r.severity === 'error').length;
  const warnings = results.filter((r) => r.severity === 'warning').length;
  if (typeof maxWarnings === 'string') {
    if (warnings > Number(maxWarnings)) io.err(`http-status-guide lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return errors > 0 || warnings > Number(maxWarnings) ? EXIT_NOT_FOUND : EXIT_OK;
  }
  return errors + warnings > 0 ? EXIT_NOT_FOUND : EXIT_OK;
}

/**
 * Below this many files, starting threads costs more than it saves: measured on 2 cores, threads
 * made trees of 650–2,700 files (5–17 MB) 0–20% slower and spring-framework's 11,400 files 1.26×
 * faster.
 */
const PARALLEL_MIN_FILES = 4000;
const MAX_JOBS = 64;

function scanCommand(args: readonly string[], io: CliIO): number {
  const parsed = parseOptions('scan', args, io, { '--json': true, '--jobs': 'any' });
  if (!parsed) return EXIT_USAGE;
  const json = parsed.options.has('--json');
  const jobsOption = parsed.options.get('--jobs');
  if (jobsOption !== undefined && (typeof jobsOption !== 'string' || !/^\d+$/.test(jobsOption) || Number(jobsOption) < 1 || Number(jobsOption) > MAX_JOBS)) {
    io.err(`http-status-guide scan: --jobs takes a number of threads from 1 to ${MAX_JOBS}, e.g. --jobs 2 (got ${String(jobsOption)})\n`);
    return EXIT_USAGE;
  }
  const kb = json ? undefined : loadKnowledge(io);
  if (!json && !kb) return EXIT_BROKEN;
  const print = (file: string, located: readonly LocatedOccurrence[]): void => {
    for (const { occurrence: o, line, column, endLine, endColumn, text } of located) {
      if (json) {
        io.out(`${JSON.stringify({ file, line, column, endLine, endColumn, code: o.code, kind: o.kind, idiom: o.idiom, text, ...(o.evidence ? { evidence: o.evidence } : {}) })}\n`);
      } else {
        const why = o.evidence ? `: ${evidenceText(o.evidence)}` : '';
        io.out(`${file}:${line}:${column}  ${kb?.label(o.code) ?? o.code}  (${o.idiom}${why})\n`);
      }
    }
  };
  const parallel = parallelScan(parsed.paths, jobsOption === undefined ? undefined : Number(jobsOption), io, print);
  if (parallel !== undefined && parallel.exit !== undefined) return parallel.exit;
  let files = parallel?.files ?? 0;
  if (parallel === undefined) {
    const failed = forEachSource('scan', parsed.paths, io, ({ file, text, languageId, workspaceSinks }) => {
      files++;
      print(file, locateOccurrences(text() ?? '', languageId, workspaceSinks));
    });
    if (failed !== undefined) return failed;
  }
  if (!json) io.err(`scanned ${files} file${files === 1 ? '' : 's'}\n`);
  return EXIT_OK;
}

/**
 * `scan` in worker threads when asked (`--jobs N`, N > 1) or when the tree is large and there
 * are cores to spare; undefined when it runs in this thread instead.
 */
function parallelScan(paths: readonly string[], jobs: number | undefined, io: CliIO, print: (file: string, located: readonly LocatedOccurrence[]) => void):
  { files: number; exit?: undefined } | { exit: number } | undefined {
  // A missing script (a broken installation) would leave the threads silent: scan here instead.
  if (jobs === 1 || io.workerScript === undefined || !fs.existsSync(io.workerScript)) return undefined;
  const bad = badPaths('scan', paths, io);
  if (bad !== undefined) return { exit: bad };
  try {
    const listed = [...listFiles(paths, isSourceName)];
    const threads = jobs ?? (listed.length >= (io.parallelFrom ?? PARALLEL_MIN_FILES) ? Math.min(io.cores ?? os.availableParallelism(), 8) : 1);
    if (threads < 2) return undefined;
    const files = scanInParallel(listed, threads, io.workerScript, {
      skipped: (file, reason) => { io.err(`skipped ${file}: ${reason}\n`); },
      scanned: (file, located) => {
        print(file, located);
        return !io.outClosed?.();
      },
    });
    return { files };
  } catch (error) {
    io.err(`http-status-guide scan: ${error instanceof Error ? error.message : String(error)}\n`);
    return { exit: EXIT_USAGE };
  }
}

/** "did you mean 404?" for `4O4`, `not fond` or `gone`; the rule for a status code otherwise. */
function guessFor(arg: string, io: CliIO): string {
  // a number with a sign or a fraction is simply not a status; words and typos get a guess
  const kb = /^[-+]?[\d.]*$/.test(arg) ? undefined : loadKnowledge(io);
  const typos = kb ? didYouMean(kb, arg) : [];
  const guesses = (typos.length || !kb ? typos : searchCodes(kb, arg)).slice(0, 3).map((e) => e.code);
  if (guesses.length) return `did you mean ${guesses.join(' or ')}?`;
  return 'a status code is a number from 100 to 599, e.g. 404';
}

function explain(args: readonly string[], io: CliIO): number {
  const parsed = parseOptions('explain', args, io, { '--json': true });
  if (!parsed) return EXIT_USAGE;
  const json = parsed.options.has('--json');
  const positional = parsed.paths;
  if (positional.length !== 1) {
    io.err('http-status-guide explain: expected exactly one status code, e.g. `http-status-guide explain 404`\n');
    return EXIT_USAGE;
  }
  const arg = positional[0] ?? '';
  if (!/^\d+$/.test(arg)) {
    io.err(`http-status-guide explain: not a status code: ${arg || '""'} (${guessFor(arg, io)})\n`);
    return EXIT_USAGE;
  }
  if (arg.replace(/^0+(?=\d)/, '').length > 3) {
    io.err(`http-status-guide explain: ${arg} is not a valid HTTP status (valid codes are 100–599)\n`);
    return EXIT_NOT_FOUND;
  }
  const code = Number(arg);
  const kb = loadKnowledge(io);
  if (!kb) return EXIT_BROKEN;
  const info = kb.lookup(code);
  if (info.kind === 'invalid') {
    io.err(`http-status-guide explain: ${code} is not a valid HTTP status (valid codes are 100–599)\n`);
    return EXIT_NOT_FOUND;
  }
  if (json) {
    if (info.kind !== 'record') {
      io.err(`http-status-guide explain: ${code} is not a registered or known status code; clients treat it as ${Math.floor(code / 100) * 100}\n`);
      return EXIT_NOT_FOUND;
    }
    io.out(`${JSON.stringify(info.record)}\n`);
    return EXIT_OK;
  }
  io.out(guideToText(guideFor(kb, info, 'full'), io.columns === undefined ? {} : { width: io.columns }));
  return EXIT_OK;
}

export function runCli(argv: readonly string[], io: CliIO, version: string): number {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      (command === undefined ? io.err : io.out)(USAGE);
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    case '-v':
    case '--version':
      io.out(`${version}\n`);
      return EXIT_OK;
    case 'explain':
      return explain(rest, io);
    case 'scan':
      return scanCommand(rest, io);
    case 'lint':
      return lintCommand(rest, io, version);
    default:
      io.err(`http-status-guide: unknown command "${command}"\n\n${USAGE}`);
      return EXIT_USAGE;
  }
}
