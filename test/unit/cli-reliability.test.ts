import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
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

  describe('symbolic links', () => {
    let dir: string;
    let outside: string;
    before(() => {
      dir = fs.realpathSync(tempDir('hsg-links-'));
      outside = fs.realpathSync(tempDir('hsg-links-outside-'));
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'sub', 'x.js'), 'res.status(410).end();\n');
      fs.writeFileSync(path.join(outside, 'y.js'), 'res.status(418).end();\n');
      fs.symlinkSync('sub', path.join(dir, 'again'));             // a folder already walked
      fs.symlinkSync(path.join('sub', 'x.js'), path.join(dir, 'same.js')); // a file already read
      fs.symlinkSync('..', path.join(dir, 'sub', 'up'));          // a loop
      fs.symlinkSync(outside, path.join(dir, 'ext'));             // a folder outside the tree
      fs.symlinkSync(path.join(outside, 'y.js'), path.join(dir, 'y-link.js'));
      fs.symlinkSync('nowhere.js', path.join(dir, 'dangling.js'));
      fs.symlinkSync('cycle-b.js', path.join(dir, 'cycle-a.js'));
      fs.symlinkSync('cycle-a.js', path.join(dir, 'cycle-b.js'));
      fs.symlinkSync('self', path.join(dir, 'self'));
    });
    after(() => {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    });

    const files = (out: string): string[] => out.trim().split('\n').filter(Boolean).map((line) => path.relative(dir, (JSON.parse(line) as { file: string }).file));

    it('are followed once: each real file is read once, loops and broken links are reported', () => {
      const { code, out, err } = cli('scan', '--json', dir);
      assert.equal(code, EXIT_OK, err);
      // The real path is preferred over a link to it; the file outside is reached through the link.
      assert.deepEqual(files(out).sort(), [path.join('ext', 'y.js'), path.join('sub', 'x.js')]);
      const note = (name: string): string => err.split('\n').find((l) => l.startsWith(`skipped ${path.join(dir, name)}: `)) ?? `(no note for ${name})`;
      assert.match(note('again'), /symbolic link to .*sub, already scanned/);
      assert.match(note('same.js'), /symbolic link to .*x\.js, already scanned/);
      assert.match(note(path.join('sub', 'up')), /symbolic link loop/);
      assert.match(note('y-link.js'), /symbolic link to .*y\.js, already scanned/);
      assert.match(note('dangling.js'), /broken symbolic link \(nowhere\.js does not exist\)/);
      assert.match(note('cycle-a.js'), /symbolic link loop/);
      assert.doesNotMatch(err, /self/, 'a link whose name is not a source file is not worth a note');
    });

    it('a named symbolic link to a folder or file is followed', () => {
      assert.deepEqual(files(cli('scan', '--json', path.join(dir, 'ext')).out), [path.join('ext', 'y.js')]);
      assert.deepEqual(files(cli('scan', '--json', path.join(dir, 'same.js')).out), ['same.js']);
    });

    it('a named symbolic link loop or broken link gets a clear message, not "does not exist" (exit 2)', () => {
      const loop = cli('scan', path.join(dir, 'self'));
      assert.equal(loop.code, EXIT_USAGE);
      assert.match(loop.err, /self is a symbolic link loop/);
      assert.doesNotMatch(loop.err, /does not exist/);
      const cycle = cli('lint', path.join(dir, 'cycle-a.js'));
      assert.equal(cycle.code, EXIT_USAGE);
      assert.match(cycle.err, /cycle-a\.js is a symbolic link loop/);
      const dangling = cli('scan', path.join(dir, 'dangling.js'));
      assert.equal(dangling.code, EXIT_USAGE);
      assert.match(dangling.err, /dangling\.js is a broken symbolic link \(nowhere\.js does not exist\)/);
      assert.match(cli('scan', path.join(dir, 'missing.js')).err, /missing\.js does not exist/);
    });
  });

  describe('odd files in a tree', () => {
    let dir: string;
    before(function () {
      this.timeout(30_000);
      dir = tempDir('hsg-odd-');
      fs.writeFileSync(path.join(dir, 'blob.js'), Buffer.from([0x72, 0x65, 0x73, 0, 0x34, 0x30, 0x34, 0xff, 0xfe, 0]));
      // Latin-1, not UTF-8: é is one byte 0xE9.
      fs.writeFileSync(path.join(dir, 'latin1.py'), Buffer.concat([Buffer.from([0x23, 0x20, 0xe9, 0x0a]), Buffer.from('abort(410)\n')]));
      // 3 MB of minified JavaScript on one line.
      fs.writeFileSync(path.join(dir, 'app.min.js'), 'function a(r){return r.status(404).json({e:1})};'.repeat(64_000));
      // Larger than the 10 MB limit, without writing 10 MB (a sparse file).
      fs.writeFileSync(path.join(dir, 'huge.js'), '');
      fs.truncateSync(path.join(dir, 'huge.js'), 11 * 1024 * 1024);
      // A named pipe nobody writes to: reading it would wait forever.
      spawnSync('mkfifo', [path.join(dir, 'pipe.js')]);
      fs.symlinkSync('pipe.js', path.join(dir, 'pipe-link.js'));
    });
    after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

    it('binary, non-UTF-8, huge minified and oversized files and named pipes neither crash nor hang the CLI', async function () {
      this.timeout(60_000);
      for (const args of [['scan', dir], ['lint', '--format', 'json', dir], ['scan', path.join(dir, 'pipe.js'), path.join(dir, 'latin1.py')]]) {
        const result = await runBin(args, { timeoutMs: 40_000 });
        assert.equal(result.signal, null, `${args.join(' ')} was killed: it hung`);
        assert.equal(result.code, 0, result.stderr);
        assert.doesNotMatch(result.stderr, STACK_TRACE);
        if (args[0] === 'scan' && args.length === 2) {
          assert.match(result.stderr, /skipped .*blob\.js: binary/);
          assert.match(result.stderr, /skipped .*huge\.js: larger than 10 MB/);
          assert.match(result.stdout, /latin1\.py:2:7 {2}410 Gone/);
          assert.equal(result.stdout.split('\n').filter((l) => l.includes('app.min.js')).length, 64_000);
        }
        if (args.length === 3 && fs.existsSync(path.join(dir, 'pipe.js'))) {
          assert.match(result.stderr, /skipped .*pipe\.js: not a regular file or folder/);
          assert.match(result.stdout, /latin1\.py:2:7/);
        }
      }
    });
  });
});
