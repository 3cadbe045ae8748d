import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseKnowledge } from '../core/knowledge';
import { runCli } from './run';

// Entry point of the `http-status-guide` binary (bundled to dist/cli.js).

declare const PACKAGE_VERSION: string;

process.exitCode = runCli(
  process.argv.slice(2),
  {
    // dist/knowledge.json sits next to this bundle (dist/cli.js).
    knowledge: () => parseKnowledge(fs.readFileSync(path.join(__dirname, 'knowledge.json'), 'utf8')),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
  },
  PACKAGE_VERSION,
);
