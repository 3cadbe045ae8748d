import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT_OK, EXIT_USAGE, runCli, type CliIO } from '../../src/cli/run';
import { kb, writeUnder } from './cli-runner';

// `scan --jobs N`: worker threads (the compiled scan-worker module) give exactly the output of one
// thread — the same lines in the same order, helpers learnt across files, the same notes on stderr.

const WORKER = path.resolve(__dirname, '../../src/node/scan-worker.js');

function scanWith(args: readonly string[], extra: Partial<CliIO> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(['scan', ...args], { knowledge: () => kb, out: (t) => { out += t; }, err: (t) => { err += t; }, workerScript: WORKER, ...extra }, '9.9.9');
  return { code, out, err };
}

describe('CLI scan in worker threads', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-parallel-'));
    // A helper in one file, its calls in others: only the first pass over every file finds them.
    writeUnder(root, 'lib/respond.js', 'function sendError(res, httpCode, msg) {\n  res.status(httpCode).json({ msg });\n}\nmodule.exports = { sendError };\n');
    for (let i = 0; i < 60; i++) {
      writeUnder(root, `src/m${i % 7}/f${i}.js`, `const { sendError } = require('../../lib/respond');\nfunction h${i}(req, res) {\n  if (!req.user) return sendError(res, ${400 + (i % 30)}, 'no');\n  res.status(200).end();\n}\n`);
    }
    writeUnder(root, 'src/views.py', 'from flask import abort\n\ndef show(x):\n    abort(404)\n');
    fs.writeFileSync(path.join(root, 'src', 'blob.js'), Buffer.from([0x72, 0x65, 0x73, 0x00, 0x01]));
    fs.symlinkSync(path.join(root, 'nowhere.js'), path.join(root, 'src', 'dangling.js'));
  });
  after(() => { fs.rmSync(root, { recursive: true, force: true }); });

  for (const json of [true, false]) {
    it(`prints what one thread prints${json ? ' (--json)' : ''}`, () => {
      const options = json ? ['--json'] : [];
      const one = scanWith([...options, '--jobs', '1', root]);
      const three = scanWith([...options, '--jobs', '3', root]);
      assert.equal(one.code, EXIT_OK);
      assert.equal(three.code, EXIT_OK);
      assert.equal(three.out, one.out);
      assert.equal(three.err, one.err);
      // Not an empty agreement: the calls of the other file's helper are there, and the notes.
      assert.match(one.out, json ? /f29\.js","line":3,.*"code":429,.*"idiom":"status-helper-call"/ : /f29\.js:3:40 {2}429 Too Many Requests {2}\(status-helper-call: /);
      assert.match(one.err, /skipped .*blob\.js: binary/);
      assert.match(one.err, /skipped .*dangling\.js: broken symbolic link/);
      if (!json) assert.match(one.err, /scanned 62 files/);
    });
  }

  it('uses threads on its own for a large tree when there are cores, with the same output', () => {
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-parallel-many-'));
    try {
      for (let i = 0; i < 220; i++) writeUnder(many, `d${i % 9}/f${i}.js`, `res.status(${200 + (i % 5)}).end();\n`);
      // A worker script that notes each thread it starts, then serves as the real one.
      const marker = path.join(many, 'threads.txt');
      const counting = path.join(many, 'counting-worker.js');
      fs.writeFileSync(counting, `require('fs').appendFileSync(${JSON.stringify(marker)}, 'x');\nrequire(${JSON.stringify(WORKER)});\n`);
      const threadsStarted = (): number => (fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').length : 0);
      const one = scanWith(['--json', '--jobs', '1', many], { workerScript: counting });
      assert.equal(threadsStarted(), 0);
      const small = scanWith(['--json', many], { workerScript: counting, cores: 2 });
      assert.equal(threadsStarted(), 0, 'fewer files than the threshold: one thread');
      const auto = scanWith(['--json', many], { workerScript: counting, cores: 2, parallelFrom: 200 });
      assert.equal(threadsStarted(), 2);
      assert.equal(auto.out, one.out);
      assert.equal(small.out, one.out);
      assert.equal(auto.out.trim().split('\n').length, 220);
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  });

  it('stops when nobody reads the output', () => {
    let lines = 0;
    const code = runCli(['scan', '--jobs', '2', root], { knowledge: () => kb, out: () => { lines++; }, err: () => undefined, outClosed: () => lines > 0, workerScript: WORKER }, '1');
    assert.equal(code, EXIT_OK);
    // The first file's lines, not every file's.
    assert.ok(lines > 0 && lines <= 2, `${lines} lines`);
  });

  it('scans in this thread when the worker script is missing', () => {
    const result = scanWith(['--jobs', '2', root], { workerScript: path.join(root, 'no-such-worker.js') });
    assert.equal(result.code, EXIT_OK);
    assert.match(result.err, /scanned 62 files/);
  });

  for (const bad of ['0', '65', 'two', '-1', '1.5']) {
    it(`refuses --jobs ${bad}`, () => {
      const result = scanWith(['--jobs', bad, root]);
      assert.equal(result.code, EXIT_USAGE);
      assert.match(result.err, /--jobs takes a number of threads from 1 to 64/);
      assert.equal(result.out, '');
    });
  }

  it('says a path that does not exist, with threads as without', () => {
    const result = scanWith(['--jobs', '2', path.join(root, 'missing')]);
    assert.equal(result.code, EXIT_USAGE);
    assert.match(result.err, /missing does not exist/);
  });
});
