import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE, runCli } from '../../src/cli/run';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';

// How the CLI behaves at the edges: a reader that goes away, odd file names and files, bad
// arguments. Some tests run the built binary (dist/cli.js, from `npm run build`), as a shell would.

const kb = new KnowledgeBase(allRecords);
const bin = path.resolve(__dirname, '../../../dist/cli.js');

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, { knowledge: () => kb, out: (t) => { out += t; }, err: (t) => { err += t; } }, '9.9.9');
  return { code, out, err };
}

/** A stack trace as Node prints it for an uncaught error ("    at f (file:1:2)"). */
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

interface Spawned { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Runs dist/cli.js; with `closeAfterFirstChunk`, closes its stdout as `| head -1` would; `user`: as that user (from root). */
function runBin(args: readonly string[], options: { closeAfterFirstChunk?: boolean; cwd?: string; user?: { uid: number; gid: number }; timeoutMs?: number } = {}): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? process.cwd(), stdio: ['ignore', 'pipe', 'pipe'], ...options.user, ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
    });
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

  describe('arguments', () => {
    let dir: string;
    before(() => {
      dir = tempDir('hsg-args-');
      fs.writeFileSync(path.join(dir, 'app.js'), 'res.status(404).end();\n');
    });
    after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

    it('rejects an unknown --format value, however it is written', () => {
      for (const args of [['--format=sarif=junk'], ['--format=json=1'], ['--format='], ['--format', 'sarif=junk'], ['--format']]) {
        const result = cli('lint', ...args, dir);
        assert.equal(result.code, EXIT_USAGE, args.join(' '));
        assert.match(result.err, /--format takes one of text, json, sarif/, args.join(' '));
        assert.equal(result.out, '', args.join(' '));
      }
      assert.match(cli('lint', '--format=sarif=junk', dir).err, /not "sarif=junk"/);
      assert.equal(cli('lint', '--format=json', dir).code, EXIT_OK);
    });

    it('rejects a value given to an option that takes none', () => {
      for (const [command, option] of [['scan', '--json=no'], ['scan', '--json='], ['explain', '--json=1']] as const) {
        const args = command === 'explain' ? [option, '404'] : [option, dir];
        const result = cli(command, ...args);
        assert.equal(result.code, EXIT_USAGE, `${command} ${option}`);
        assert.match(result.err, /--json takes no value/, `${command} ${option}`);
        assert.equal(result.out, '');
      }
    });

    it('explain: a negative or non-numeric code is not a status code (exit 2), not an unknown option', () => {
      for (const arg of ['-1', '-404', '4.04', '0x194', 'abc', '404abc', '']) {
        const result = cli('explain', arg);
        assert.equal(result.code, EXIT_USAGE, arg);
        assert.match(result.err, new RegExp(`not a status code: ${arg.replace('.', '\\.') || '""'} \\(`), arg);
        assert.doesNotMatch(result.err, /unknown option/, arg);
      }
      assert.match(cli('explain', '--json', '-1').err, /not a status code: -1/);
    });

    it('explain: a number of any length outside 100–599 is an invalid status (exit 1), not "not a number"', () => {
      for (const arg of ['0', '99', '600', '1234567', '99999999999999999999']) {
        const result = cli('explain', arg);
        assert.equal(result.code, EXIT_NOT_FOUND, arg);
        assert.match(result.err, new RegExp(`^http-status-guide explain: ${arg} is not a valid HTTP status`), arg);
      }
    });
  });

  describe('files that cannot be read', () => {
    let dir: string;
    let asUser: { uid: number; gid: number } | undefined;
    before(function () {
      dir = tempDir('hsg-unreadable-');
      fs.chmodSync(dir, 0o755);
      fs.writeFileSync(path.join(dir, 'a.js'), 'res.status(455).end();\n');
      fs.writeFileSync(path.join(dir, 'locked.js'), 'res.status(404).end();\n');
      fs.mkdirSync(path.join(dir, 'closed'));
      fs.writeFileSync(path.join(dir, 'closed', 'inside.js'), 'res.status(404).end();\n');
      fs.chmodSync(path.join(dir, 'locked.js'), 0o000);
      fs.chmodSync(path.join(dir, 'closed'), 0o000);
      // Root reads files whatever their mode: run the binary as nobody instead.
      let readable = true;
      try { fs.readFileSync(path.join(dir, 'locked.js')); } catch { readable = false; }
      if (readable && process.getuid?.() === 0) asUser = { uid: 65534, gid: 65534 };
      else if (readable) this.skip();
    });
    after(() => {
      fs.chmodSync(path.join(dir, 'closed'), 0o755);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const run = (args: readonly string[]): Promise<Spawned> => runBin(args, { cwd: dir, ...(asUser ? { user: asUser } : {}) });

    it('a named unreadable file is skipped with a note, as inside a folder, and the run goes on', async () => {
      const named = await run(['scan', 'locked.js', 'a.js']);
      assert.equal(named.code, 0, named.stderr);
      assert.match(named.stderr, /^skipped locked\.js: cannot read it \(permission denied\)$/m);
      assert.match(named.stdout, /^a\.js:1:12 {2}455/m);
      const folder = await run(['scan', '.']);
      assert.equal(folder.code, 0, folder.stderr);
      assert.match(folder.stderr, /^skipped locked\.js: cannot read it \(permission denied\)$/m);
      assert.match(folder.stderr, /^skipped closed: cannot read the folder \(permission denied\)$/m);
      assert.doesNotMatch(named.stderr + folder.stderr, STACK_TRACE);
    });

    it('lint: a skipped file does not change the exit code (the findings decide)', async () => {
      const warning = await run(['lint', 'locked.js', 'a.js']);
      assert.equal(warning.code, 1, warning.stderr);
      assert.match(warning.stdout, /a\.js:1:12 {2}warning/);
      assert.match(warning.stderr, /skipped locked\.js: cannot read it/);
      const none = await run(['lint', 'locked.js']);
      assert.equal(none.code, 0, none.stderr);
      assert.match(none.stderr, /skipped locked\.js: cannot read it/);
    });

    it('a named folder that cannot be read, or a file in it, is skipped too (not "does not exist")', async () => {
      const result = await run(['scan', 'closed', path.join('closed', 'inside.js'), 'a.js']);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stderr, /^skipped closed: cannot read the folder \(permission denied\)$/m);
      assert.match(result.stderr, /^skipped closed\/inside\.js: cannot read it \(permission denied\)$/m);
      assert.doesNotMatch(result.stderr, /does not exist/);
      assert.match(result.stdout, /^a\.js:1:12/m);
    });
  });
});
