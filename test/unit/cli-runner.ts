import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../src/cli/run';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';

// Runs the CLI in-process, as the tests drive it: arguments in, exit code and both streams out.

export const kb = new KnowledgeBase(allRecords);

export function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, { knowledge: () => kb, out: (t) => { out += t; }, err: (t) => { err += t; } }, '9.9.9');
  return { code, out, err };
}

/** Writes `text` to `file` under `root`, making its folders. */
export function writeUnder(root: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}
