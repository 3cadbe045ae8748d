import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT_NOT_FOUND, EXIT_USAGE } from '../../src/cli/run';
import { cli, writeUnder } from './cli-runner';

// `lint --cache`: a cached run answers exactly what a fresh one would, and reuses what it can.

describe('lint --cache', () => {
  let root: string;
  let cacheFile: string;
  const write = (file: string, text: string): void => { writeUnder(root, file, text); };
  const lint = (...args: string[]) => cli('lint', '--format', 'json', '--cache', '--cache-location', cacheFile, ...args, root);
  const rows = (out: string): string[] => out.trim().split('\n').filter(Boolean).map((line) => {
    const row = JSON.parse(line) as { file: string; line: number; rule: string; message: string };
    return `${path.relative(root, row.file)}:${row.line} ${row.rule}`;
  });
  /** Marks every cached message, so that a reused result shows in the output. */
  const markCachedMessages = (): void => {
    const data = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { files: Record<string, { lint?: { results: { finding: { message: string } }[] } }> };
    for (const entry of Object.values(data.files)) for (const r of entry.lint?.results ?? []) r.finding.message = `CACHED ${r.finding.message}`;
    fs.writeFileSync(cacheFile, JSON.stringify(data));
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-cache-'));
    cacheFile = path.join(root, 'lint.cache');
    write('helpers.js', 'function deny(res, code) {\n  res.status(code).end();\n}\nmodule.exports = { deny };\n');
    write('routes.js', "const { deny } = require('./helpers');\ndeny(res, 455);\nres.writeHead(401);\n");
    write('other.py', 'abort(458)\n');
  });
  afterEach(() => { fs.rmSync(root, { recursive: true, force: true }); });

  it('does not read again a file whose size and time say it is unchanged, once it had settled when read', () => {
    const file = path.join(root, 'old.js');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    fs.writeFileSync(file, 'res.status(600).end();\n');
    fs.utimesSync(file, anHourAgo, anHourAgo);
    assert.ok(rows(lint().out).includes('old.js:1 invalid-code'));
    // Same size, same time, other content: the cache vouches for the file without reading it (ESLint's metadata strategy).
    fs.writeFileSync(file, 'res.status(200).end();\n');
    fs.utimesSync(file, anHourAgo, anHourAgo);
    assert.ok(rows(lint().out).includes('old.js:1 invalid-code'), 'the result of the content the cache vouches for');
    // A new time is a change: read, linted again.
    fs.utimesSync(file, new Date(), new Date());
    assert.ok(!rows(lint().out).includes('old.js:1 invalid-code'));
  });

  it('reads again a file that had just been written when it was read, even with the same size and time', () => {
    const file = path.join(root, 'fresh.js');
    fs.writeFileSync(file, 'res.status(600).end();\n');
    const { mtime } = fs.statSync(file);
    assert.ok(rows(lint().out).includes('fresh.js:1 invalid-code'));
    fs.writeFileSync(file, 'res.status(200).end();\n');
    fs.utimesSync(file, mtime, mtime);
    assert.ok(!rows(lint().out).includes('fresh.js:1 invalid-code'), 'a stamp taken within 2 s of the last write proves nothing');
  });

  it('gives the same findings and exit code as a run without it, first and second time', () => {
    const fresh = cli('lint', '--format', 'json', root);
    assert.deepEqual(rows(fresh.out), ['other.py:1 unassigned-code', 'routes.js:2 unassigned-code', 'routes.js:3 missing-header']);
    const first = lint();
    const second = lint();
    assert.equal(first.out, fresh.out);
    assert.equal(second.out, fresh.out);
    assert.equal(second.code, EXIT_NOT_FOUND);
    assert.ok(fs.existsSync(cacheFile));
  });

  it('reuses the results of unchanged files and lints a changed one again', () => {
    lint();
    markCachedMessages();
    const reused = lint();
    assert.equal((reused.out.match(/CACHED/g) ?? []).length, 3, reused.out);
    write('other.py', 'abort(459)\n');
    const changed = lint();
    const python = changed.out.split('\n').find((line) => line.includes('other.py'));
    assert.ok(python && !python.includes('CACHED') && python.includes('459'), changed.out);
    assert.equal((changed.out.match(/CACHED/g) ?? []).length, 2, 'the JavaScript files stay cached');
  });

  it('names a cached file as this run does, whichever path the run that cached it took', () => {
    lint();
    const from = process.cwd();
    try {
      process.chdir(root);
      const relative = cli('lint', '--format', 'json', '--cache', '--cache-location', cacheFile, '.');
      const files = relative.out.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file);
      assert.deepEqual(files.sort(), ['other.py', 'routes.js', 'routes.js']);
    } finally {
      process.chdir(from);
    }
  });

  it('lints a file again when a helper it calls in another file changes, or its config does', () => {
    lint();
    markCachedMessages();
    write('helpers.js', 'function deny(res, code) {\n  console.log(code);\n}\nmodule.exports = { deny };\n');
    assert.deepEqual(rows(lint().out), ['other.py:1 unassigned-code', 'routes.js:3 missing-header'], 'deny() no longer makes a status');
    assert.doesNotMatch(lint().out, /CACHED/);
    write('.http-status-guide.json', JSON.stringify({ rules: { 'missing-header': 'off' } }));
    assert.deepEqual(rows(lint().out), ['other.py:1 unassigned-code']);
  });

  it('starts afresh from a broken cache file, and says so when it cannot write one', () => {
    fs.writeFileSync(cacheFile, '{"format": "http-status-guide-lint-cache", "version": "9.9.9", "files": {"x": 1');
    assert.equal(rows(lint().out).length, 3);
    fs.writeFileSync(cacheFile, JSON.stringify({ format: 'http-status-guide-lint-cache', version: '9.9.9', files: null }));
    assert.equal(rows(lint().out).length, 3);
    fs.writeFileSync(cacheFile, JSON.stringify({ format: 'http-status-guide-lint-cache', version: '9.9.9', files: { [path.join(root, 'other.py')]: { hash: 'nope', sinks: 'not a list' } } }));
    assert.equal(rows(lint().out).length, 3);
    const unwritable = cli('lint', '--format', 'json', '--cache', '--cache-location', path.join(root, 'no', 'such', 'folder', 'c'), root);
    assert.equal(rows(unwritable.out).length, 3);
    assert.equal(unwritable.code, EXIT_NOT_FOUND);
    assert.match(unwritable.err, /cannot write the cache .*c: /);
  });

  it('--cache-location without --cache is a usage error', () => {
    const result = cli('lint', '--cache-location', cacheFile, root);
    assert.equal(result.code, EXIT_USAGE);
    assert.match(result.err, /--cache-location needs --cache/);
  });
});
