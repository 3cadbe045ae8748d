import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseKnowledge } from '../core/knowledge';
import { isMainThread } from 'node:worker_threads';
import { runCli } from './run';
// In a worker thread this bundle serves `scan --jobs` (the module starts serving on import).
import '../node/scan-worker';

// Entry point of the `http-status-guide` binary (bundled to dist/cli.js).

declare const PACKAGE_VERSION: string;

/**
 * When the reader of a stream goes away (`scan src | head`), writes fail with EPIPE: on a pipe
 * on Linux at once (the stream's `errored` is set), elsewhere later as an 'error' event, which
 * would crash with a stack trace. Either way the output is dropped from then on and the command
 * ends with its usual exit code. Other write errors stay fatal.
 */
function guard(stream: NodeJS.WriteStream): { write: (text: string) => void; closed: () => boolean } {
  let closed = false;
  const isEpipe = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';
  stream.on('error', (error) => {
    if (!isEpipe(error)) throw error;
    closed = true;
  });
  return {
    write: (text) => {
      if (closed) return;
      stream.write(text);
      if (isEpipe(stream.errored)) closed = true;
    },
    closed: () => closed,
  };
}

/** A command of the CLI: its output guarded against a reader that went away. */
function runCommand(args: readonly string[]): void {
  const stdout = guard(process.stdout);
  const stderr = guard(process.stderr);
  process.exitCode = runCli(
    args,
    {
      // dist/knowledge.json sits next to this bundle (dist/cli.js).
      knowledge: () => parseKnowledge(fs.readFileSync(path.join(__dirname, 'knowledge.json'), 'utf8')),
      out: stdout.write,
      err: stderr.write,
      outClosed: stdout.closed,
      // Scan workers run this same bundle.
      workerScript: __filename,
      ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    },
    PACKAGE_VERSION,
  );
}

/** `lsp --stdio`: the language server, its own bundle next to this one (the CLI loads without it). */
function runServer(args: readonly string[]): void {
  if (!args.includes('--stdio')) {
    process.stderr.write('http-status-guide lsp: only --stdio is supported (run: http-status-guide lsp --stdio)\n');
    process.exitCode = 2;
    return;
  }
  const bundle = path.join(__dirname, 'lsp.js');
  // A run-time require of the sibling bundle, so that the CLI's own bundle does not carry the server.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require(bundle) as { runLanguageServer: () => void }).runLanguageServer();
}

if (isMainThread) {
  const args = process.argv.slice(2);
  if (args[0] === 'lsp') runServer(args.slice(1));
  else runCommand(args);
}
