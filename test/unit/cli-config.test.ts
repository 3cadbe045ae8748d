import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE, runCli } from '../../src/cli/run';
import { cli, kb, writeUnder } from './cli-runner';

// `lint` in a temporary project: a config file found above each file, suppressions, CI formats.

describe('lint in a project with .http-status-guide.json', () => {
  let root: string;
  const write = (file: string, text: string): void => { writeUnder(root, file, text); };
  const rules = (out: string): string[] => out.trim().split('\n').filter(Boolean).map((line) => {
    const row = JSON.parse(line) as { file: string; line: number; rule: string; severity: string };
    return `${path.relative(root, row.file)}:${row.line} ${row.rule} ${row.severity}`;
  });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-config-'));
    write('src/a.js', "res.status(455).end();\n// http-status-guide-disable-next-line unassigned-code\nres.status(456).end();\nres.writeHead(401);\nres.status(444).end();\n");
    write('src/b.py', 'abort(455)  # http-status-guide-disable-line\nabort(458)\n');
    write('api.yaml', "paths:\n  /a:\n    get:\n      responses:\n        # http-status-guide-disable-next-line unassigned-code\n        '455':\n          description: x\n");
    write('generated/g.js', 'res.status(457).end();\n');
  });
  afterEach(() => { fs.rmSync(root, { recursive: true, force: true }); });

  it('without a config: defaults, and suppressions silence one line in JavaScript, Python and YAML', () => {
    const result = cli('lint', '--format', 'json', root);
    assert.deepEqual(rules(result.out).sort(), [
      'generated/g.js:1 unassigned-code warning',
      'src/a.js:1 unassigned-code warning',
      'src/a.js:4 missing-header information',
      'src/a.js:5 non-standard-code information',
      'src/b.py:2 unassigned-code warning',
    ]);
    assert.equal(result.code, EXIT_NOT_FOUND);
  });

  it('the nearest config turns a rule off and another to error, accepts a pack, ignores files', () => {
    write('.http-status-guide.json', JSON.stringify({ rules: { 'missing-header': 'error', 'non-standard-code': 'off' }, ignore: ['generated/'] }));
    write('src/.http-status-guide.json', JSON.stringify({ rules: { 'unassigned-code': 'off' }, packs: ['nginx'] }));
    const result = cli('lint', '--format', 'json', root);
    // src/ has its own config (nearest wins, no merging): only its rules apply there
    assert.deepEqual(rules(result.out).sort(), ['src/a.js:4 missing-header information']);
    fs.rmSync(path.join(root, 'src/.http-status-guide.json'));
    assert.deepEqual(rules(cli('lint', '--format', 'json', root).out).sort(), [
      'src/a.js:1 unassigned-code warning',
      'src/a.js:4 missing-header error',
      'src/b.py:2 unassigned-code warning',
    ]);
    assert.equal(cli('lint', '--no-config', '--format', 'json', root).out.trim().split('\n').length, 5, '--no-config ignores it');
  });

  it('--config names the file; a bad config is exit 2 with its path and key', () => {
    write('strict.json', JSON.stringify({ rules: { 'non-standard-code': 'error' } }));
    const strict = cli('lint', '--config', path.join(root, 'strict.json'), '--format', 'json', path.join(root, 'src'));
    assert.ok(rules(strict.out).includes('src/a.js:5 non-standard-code error'), strict.out);
    write('.http-status-guide.json', '{ "rules": { "missing-header": "loud" } }');
    const bad = cli('lint', root);
    assert.equal(bad.code, EXIT_USAGE);
    assert.match(bad.err, /\.http-status-guide\.json: rules\.missing-header: expected one of off, info, warning, error \(got "loud"\)/);
    assert.equal(bad.out, '', 'no findings printed from a project whose config is broken');
    assert.equal(cli('lint', '--config', path.join(root, 'missing.json'), root).code, EXIT_USAGE);
    assert.equal(cli('lint', '--config', 'x.json', '--no-config', root).code, EXIT_USAGE);
  });

  it('reports a suppression that silences nothing', () => {
    write('src/c.js', '// http-status-guide-disable-next-line missing-header\nres.status(404).end();\n');
    assert.ok(rules(cli('lint', '--format', 'json', path.join(root, 'src/c.js')).out).includes('src/c.js:1 unused-suppression information'));
  });

  it('--format github writes workflow annotations, escaped', () => {
    write('src/d,e.js', 'res.status(455).end();\n');
    const out = cli('lint', '--format', 'github', path.join(root, 'src/d,e.js')).out;
    assert.match(out, /^::warning file=.*d%2Ce\.js,line=1,col=12,endLine=1,endColumn=15,title=unassigned-code::455 is not assigned/);
  });

  it('--max-warnings N fails only above N warnings, or on any error', () => {
    const file = path.join(root, 'src/b.py');
    assert.equal(cli('lint', '--max-warnings', '1', file).code, EXIT_OK, 'one warning is allowed');
    assert.equal(cli('lint', '--max-warnings', '0', file).code, EXIT_NOT_FOUND);
    write('.http-status-guide.json', JSON.stringify({ rules: { 'unassigned-code': 'error' } }));
    assert.equal(cli('lint', '--max-warnings', '9', file).code, EXIT_NOT_FOUND, 'an error always fails');
    assert.equal(cli('lint', '--max-warnings', 'many', file).code, EXIT_USAGE);
  });

  it('prefer-constant with lint --fix rewrites a Go and a Python file to constants, and a second lint is clean', () => {
    write('.http-status-guide.json', JSON.stringify({ rules: { 'prefer-constant': 'warning' } }));
    const go = 'package main\n\nimport "net/http"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(405)\n\tw.WriteHeader(404)\n}\n';
    const py = 'from flask import abort\n\n\ndef show(user):\n    if user is None:\n        abort(404)\n    return user, 201\n';
    write('svc/main.go', go);
    write('svc/app.py', py);
    const svc = path.join(root, 'svc');
    const before = cli('lint', '--format', 'json', svc);
    assert.equal(rules(before.out).filter((r) => r.includes('prefer-constant')).length, 4, before.out);
    const dry = cli('lint', '--fix-dry-run', svc);
    assert.match(dry.out, /^-\tw\.WriteHeader\(405\)$/m);
    assert.match(dry.out, /^\+\tw\.WriteHeader\(http\.StatusMethodNotAllowed\)$/m);
    assert.match(dry.out, /^\+from http import HTTPStatus$/m);
    assert.equal(dry.code, EXIT_OK, 'what would remain is clean');
    assert.equal(fs.readFileSync(path.join(svc, 'main.go'), 'utf8'), go, 'a dry run writes nothing');
    const fixed = cli('lint', '--fix', svc);
    assert.equal(fixed.code, EXIT_OK);
    assert.match(fixed.err, /fixed 2 problems in .*main\.go/);
    assert.equal(fs.readFileSync(path.join(svc, 'main.go'), 'utf8'), go.replace('405', 'http.StatusMethodNotAllowed').replace('404', 'http.StatusNotFound'));
    assert.equal(fs.readFileSync(path.join(svc, 'app.py'), 'utf8'),
      'from flask import abort\nfrom http import HTTPStatus\n\n\ndef show(user):\n    if user is None:\n        abort(HTTPStatus.NOT_FOUND)\n    return user, HTTPStatus.CREATED\n');
    const again = cli('lint', '--format', 'json', svc);
    assert.deepEqual(rules(again.out), [], 'a second lint is clean');
    assert.equal(again.code, EXIT_OK);
  });

  it('--fix leaves files without automatic fixes untouched and reports what remains', () => {
    const file = path.join(root, 'src/b.py');
    const text = fs.readFileSync(file, 'utf8');
    const result = cli('lint', '--fix', file);
    assert.equal(fs.readFileSync(file, 'utf8'), text);
    assert.equal(result.code, EXIT_NOT_FOUND, 'the unassigned 458 remains');
    assert.doesNotMatch(result.err, /fixed/);
  });

  it('honours .gitignore inside the walked folders and above them up to the repository root, but reads a named file', () => {
    fs.mkdirSync(path.join(root, '.git'));
    write('.gitignore', 'generated/\n*.tmp.js\n');
    write('src/scratch.tmp.js', 'res.status(459).end();\n');
    write('src/nested/.gitignore', 'old.js\n');
    write('src/nested/old.js', 'res.status(460).end();\n');
    const files = (out: string): string[] => [...new Set(rules(out).map((r) => r.split(':')[0] ?? ''))].sort();
    assert.deepEqual(files(cli('lint', '--format', 'json', root).out), ['src/a.js', 'src/b.py']);
    assert.deepEqual(files(cli('lint', '--format', 'json', path.join(root, 'src')).out), ['src/a.js', 'src/b.py'], 'the root .gitignore applies from a subfolder too');
    assert.deepEqual(files(cli('lint', '--format', 'json', path.join(root, 'generated/g.js')).out), ['generated/g.js'], 'a named file is read');
  });

  it('--fix never writes over a file that changed while lint ran', () => {
    write('.http-status-guide.json', JSON.stringify({ rules: { 'prefer-constant': 'warning' } }));
    const go = (code: number): string => `package main\n\nimport "net/http"\n\nfunc h(w http.ResponseWriter) { w.WriteHeader(${code}) }\n`;
    write('svc/a.go', go(404));
    write('svc/b.go', go(405));
    let err = '';
    // An editor saves b.go right after lint has fixed a.go (the files are visited in name order).
    runCli(['lint', '--fix', path.join(root, 'svc')], {
      knowledge: () => kb,
      out: () => undefined,
      err: (t) => { err += t; if (/fixed .*a\.go/.test(t)) write('svc/b.go', go(410)); },
    }, '9.9.9');
    assert.match(err, /not fixed .*b\.go: it changed while lint ran/);
    assert.equal(fs.readFileSync(path.join(root, 'svc/b.go'), 'utf8'), go(410), 'the saved text stays');
    assert.match(fs.readFileSync(path.join(root, 'svc/a.go'), 'utf8'), /http\.StatusNotFound/);
  });
});

