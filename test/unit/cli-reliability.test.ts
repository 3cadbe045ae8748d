import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT_OK, runCli } from '../../src/cli/run';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';

// How the CLI behaves at the edges: a reader that goes away, odd file names and files, bad
// arguments. Some tests run the built binary (dist/cli.js, from `npm run build`), as a shell would.

const kb = new KnowledgeBase(allRecords);
const bin = path.resolve(__dirname, '../../../dist/cli.js');

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A stack trace as Node prints it for an uncaught error ("    at f (file:1:2)"). */
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

interface Spawned { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Runs dist/cli.js; with `closeAfterFirstChunk`, closes its stdout as `| head -1` would. */
function runBin(args: readonly string[], options: { closeAfterFirstChunk?: boolean; cwd?: string } = {}): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (options.closeAfterFirstChunk) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: string) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code, signal) => { resolve({ code, signal, stdout, stderr }); });
  });
}

describe('CLI reliability', () => {
  describe('a reader that stops early (| head)', () => {
    let dir: string;
    before(() => {
      dir = tempDir('hsg-epipe-');
      // 200 files × 200 lines ≈ 40,000 output lines, far more than a pipe buffers.
      const text = 'res.status(401).json({});\n'.repeat(200);
      for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(dir, `f${i}.js`), text);
    });
    after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

    for (const args of [['scan'], ['scan', '--json'], ['lint', '--format', 'json']]) {
      it(`${args.join(' ')} exits quietly with its usual code when stdout closes`, async () => {
        const result = await runBin([...args, dir], { closeAfterFirstChunk: true });
        assert.ok(result.stdout.length > 0);
        assert.doesNotMatch(result.stderr, STACK_TRACE);
        assert.doesNotMatch(result.stderr, /EPIPE/);
        assert.equal(result.signal, null);
        assert.equal(result.code, 0, result.stderr);
      });
    }

    it('stops reading files once nobody reads the output', () => {
      let lines = 0;
      let err = '';
      const code = runCli(['scan', dir], {
        knowledge: () => kb, out: () => { lines++; }, err: (t) => { err += t; }, outClosed: () => lines > 0,
      }, '1');
      assert.equal(code, EXIT_OK);
      assert.equal(lines, 200, 'the first file only');
      assert.match(err, /scanned 1 file\n/);
    });
  });
});
