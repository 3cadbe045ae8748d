import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseKnowledge } from '../core/knowledge';
import { runCli } from './run';

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

const stdout = guard(process.stdout);
const stderr = guard(process.stderr);

process.exitCode = runCli(
  process.argv.slice(2),
  {
    // dist/knowledge.json sits next to this bundle (dist/cli.js).
    knowledge: () => parseKnowledge(fs.readFileSync(path.join(__dirname, 'knowledge.json'), 'utf8')),
    out: stdout.write,
    err: stderr.write,
    outClosed: stdout.closed,
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
  },
  PACKAGE_VERSION,
);
