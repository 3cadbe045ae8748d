import * as fs from 'node:fs';
import { languageIdForFile, scan } from '../core/detection';
import { positionsIn } from '../core/detection/positions';
import type { KnowledgeBase } from '../core/knowledge';
import { collectFiles } from './files';
import { guideFor } from '../core/render/guide';
import { guideToText } from '../core/render/text';

// The command-line interface over the same core as the extension. `runCli` takes the arguments
// and output streams and returns the exit code, so tests drive it without a process.

export interface CliIO {
  /** Loads the knowledge base (only commands that need it call this). */
  readonly knowledge: () => KnowledgeBase;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Terminal width for wrapping, if known. */
  readonly columns?: number;
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
  scan [--json] <paths…>    List the status codes in files and folders (--json: one object per line)

Options:
  -h, --help                Show this help
  -v, --version             Show the version
`;

function parseCode(arg: string): number | undefined {
  return /^\d{1,6}$/.test(arg) ? Number(arg) : undefined;
}

function loadKnowledge(io: CliIO): KnowledgeBase | undefined {
  try {
    return io.knowledge();
  } catch (error) {
    io.err(`http-status-guide: cannot load the status-code data (${error instanceof Error ? error.message : String(error)}); reinstall the package\n`);
    return undefined;
  }
}

function scanCommand(args: readonly string[], io: CliIO): number {
  const json = args.includes('--json');
  const unknownOption = args.find((a) => a.startsWith('-') && a !== '--json');
  if (unknownOption) {
    io.err(`http-status-guide scan: unknown option ${unknownOption}\n`);
    return EXIT_USAGE;
  }
  const paths = args.filter((a) => !a.startsWith('-'));
  if (!paths.length) {
    io.err('http-status-guide scan: name at least one file or folder, e.g. `http-status-guide scan src`\n');
    return EXIT_USAGE;
  }
  const missing = paths.find((p) => !fs.existsSync(p));
  if (missing !== undefined) {
    io.err(`http-status-guide scan: ${missing} does not exist\n`);
    return EXIT_USAGE;
  }
  const kb = json ? undefined : loadKnowledge(io);
  if (!json && !kb) return EXIT_BROKEN;
  let files = 0;
  try {
    for (const result of collectFiles(paths, (file) => languageIdForFile(file) !== undefined || file.endsWith('.conf'))) {
      if (result.kind === 'skipped') {
        io.err(`skipped ${result.file}: ${result.reason}\n`);
        continue;
      }
      const languageId = languageIdForFile(result.file, result.text);
      if (!languageId) continue;
      files++;
      const at = positionsIn(result.text);
      for (const o of scan(result.text, languageId)) {
        const start = at(o.start);
        const end = at(o.end);
        if (json) {
          io.out(`${JSON.stringify({
            file: result.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
            code: o.code, kind: o.kind, idiom: o.idiom, text: result.text.slice(o.start, o.end),
          })}\n`);
        } else {
          io.out(`${result.file}:${start.line}:${start.column}  ${kb?.label(o.code) ?? o.code}  (${o.idiom})\n`);
        }
      }
    }
  } catch (error) {
    io.err(`http-status-guide scan: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
  if (!json) io.err(`scanned ${files} file${files === 1 ? '' : 's'}\n`);
  return EXIT_OK;
}

function explain(args: readonly string[], io: CliIO): number {
  const json = args.includes('--json');
  const unknownOption = args.find((a) => a.startsWith('-') && a !== '--json');
  if (unknownOption) {
    io.err(`http-status-guide explain: unknown option ${unknownOption}\n`);
    return EXIT_USAGE;
  }
  const positional = args.filter((a) => !a.startsWith('-'));
  if (positional.length !== 1) {
    io.err('http-status-guide explain: expected exactly one status code, e.g. `http-status-guide explain 404`\n');
    return EXIT_USAGE;
  }
  const arg = positional[0] ?? '';
  const code = parseCode(arg);
  if (code === undefined) {
    io.err(`http-status-guide explain: "${arg}" is not a number; a status code is three digits, e.g. 404\n`);
    return EXIT_USAGE;
  }
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
    default:
      io.err(`http-status-guide: unknown command "${command}"\n\n${USAGE}`);
      return EXIT_USAGE;
  }
}
