import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { allRecords } from '../../src/core/knowledge/records';
import { EXIT_BROKEN, EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE, runCli } from '../../src/cli/run';
import { cli } from './cli-runner';
import { RULES } from '../../src/core/lint/rules';

describe('CLI', () => {
  it('explain 404 prints the full guide as text', () => {
    const { code, out, err } = cli('explain', '404');
    assert.equal(code, EXIT_OK);
    assert.equal(err, '');
    assert.match(out, /^404 Not Found/);
    for (const heading of ['IN PLAIN WORDS', 'WHEN TO USE', 'CONSIDER INSTEAD', 'PITFALLS', 'EXAMPLES', 'REFERENCES']) {
      assert.ok(out.includes(`\n${heading}\n`), heading);
    }
  });

  it('explain --json prints the stored record as one JSON object', () => {
    for (const record of allRecords) {
      const { code, out } = cli('explain', '--json', String(record.code));
      assert.equal(code, EXIT_OK);
      assert.equal(out.trim().split('\n').length, 1);
      assert.deepEqual(JSON.parse(out), record);
    }
  });

  it('explains an unassigned code honestly, but has no record to print as JSON', () => {
    assert.match(cli('explain', '455').out, /455 \(unassigned\)/);
    const json = cli('explain', '455', '--json');
    assert.equal(json.code, EXIT_NOT_FOUND);
    assert.match(json.err, /455 is not a registered or known status code; clients treat it as 400/);
  });

  it('rejects malformed arguments with a clear message and a non-zero exit', () => {
    assert.equal(cli('explain', 'abc').code, EXIT_USAGE);
    assert.match(cli('explain', 'abc').err, /not a status code: abc/);
    const typo = cli('explain', '4O4');
    assert.equal(typo.code, EXIT_USAGE);
    assert.match(typo.err, /not a status code: 4O4 \(did you mean 404\?\)/);
    assert.match(cli('explain', 'not fond').err, /did you mean 404\?/);
    assert.match(cli('explain', 'gone').err, /did you mean 410\?/, 'a phrase names its code');
    assert.match(cli('explain', '-1').err, /a status code is a number from 100 to 599/, 'a signed number gets the rule, not a guess');
    assert.equal(cli('explain').code, EXIT_USAGE);
    assert.equal(cli('explain', '404', '500').code, EXIT_USAGE);
    assert.equal(cli('explain', '404', '--yaml').code, EXIT_USAGE);
    assert.equal(cli('frobnicate').code, EXIT_USAGE);
    assert.equal(cli().code, EXIT_USAGE);
    const invalid = cli('explain', '600');
    assert.equal(invalid.code, EXIT_NOT_FOUND);
    assert.match(invalid.err, /600 is not a valid HTTP status/);
  });

  it('reports missing data instead of crashing', () => {
    let err = '';
    const code = runCli(['explain', '404'], {
      knowledge: () => { throw new Error('ENOENT knowledge.json'); }, out: () => undefined, err: (t) => { err += t; },
    }, '1');
    assert.equal(code, EXIT_BROKEN);
    assert.match(err, /cannot load the status-code data \(ENOENT knowledge\.json\)/);
  });

  describe('scan', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-scan-'));
      fs.mkdirSync(path.join(dir, 'src'));
      fs.mkdirSync(path.join(dir, 'node_modules', 'dep'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'src', 'app.js'), "const w = 404;\nres.status(404).json({});\n");
      fs.writeFileSync(path.join(dir, 'src', 'main.go'), '\tw.WriteHeader(http.StatusNotFound)\n');
      fs.writeFileSync(path.join(dir, 'node_modules', 'dep', 'index.js'), 'res.status(500);\n');
      fs.writeFileSync(path.join(dir, 'src', 'blob.js'), Buffer.from([0x72, 0x65, 0x73, 0, 0x34, 0x30, 0x34]));
      fs.writeFileSync(path.join(dir, 'src', 'latin1.py'), Buffer.from([0xe9, 0x0a, 0x61, 0x62, 0x6f, 0x72, 0x74, 0x28, 0x34, 0x31, 0x30, 0x29]));
    });
    after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

    it('--json prints one object per occurrence with 1-based positions and the matched text', () => {
      const { code, out, err } = cli('scan', '--json', dir);
      assert.equal(code, EXIT_OK);
      const rows = out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      assert.deepEqual(rows.map((r) => [path.relative(dir, String(r.file)), r.line, r.column, r.endLine, r.endColumn, r.code, r.kind, r.idiom, r.text]), [
        [path.join('src', 'app.js'), 2, 12, 2, 15, 404, 'literal', 'express.status', '404'],
        [path.join('src', 'latin1.py'), 2, 7, 2, 10, 410, 'literal', 'flask.abort', '410'],
        [path.join('src', 'main.go'), 1, 16, 1, 35, 404, 'constant', 'go.http', 'http.StatusNotFound'],
      ]);
      assert.match(err, /skipped .*blob\.js: binary/);
      assert.doesNotMatch(out, /node_modules/);
    });

    it('prints a readable list without --json', () => {
      const { code, out, err } = cli('scan', path.join(dir, 'src', 'app.js'));
      assert.equal(code, EXIT_OK);
      assert.equal(out, `${path.join(dir, 'src', 'app.js')}:2:12  404 Not Found  (express.status)\n`);
      assert.match(err, /scanned 1 file/);
    });

    it('rejects missing paths and unknown options', () => {
      assert.equal(cli('scan').code, EXIT_USAGE);
      assert.match(cli('scan', path.join(dir, 'nope')).err, /does not exist/);
      assert.equal(cli('scan', path.join(dir, 'nope')).code, EXIT_USAGE);
      assert.equal(cli('scan', '--yaml', dir).code, EXIT_USAGE);
    });
  });

  describe('lint', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-lint-'));
      fs.writeFileSync(path.join(dir, 'bad.js'), 'res.status(455).end();\nres.status(401).json({});\n');
      fs.writeFileSync(path.join(dir, 'fine.js'), 'res.status(404).end();\n');
      fs.writeFileSync(path.join(dir, 'info.js'), "app.post('/x', (req, res) => res.redirect(302, '/y'));\n");
    });
    after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

    it('exits 1 when a warning fires, 0 when only information does', () => {
      const bad = cli('lint', path.join(dir, 'bad.js'));
      assert.equal(bad.code, EXIT_NOT_FOUND);
      assert.match(bad.out, /bad\.js:1:12 {2}warning {2}455 is not assigned.*\[unassigned-code\]/);
      assert.match(bad.out, /bad\.js:2:12 {2}information {2}401 Unauthorized needs a WWW-Authenticate header.*\[missing-header\]/);
      assert.equal(cli('lint', path.join(dir, 'info.js')).code, EXIT_OK);
      assert.equal(cli('lint', path.join(dir, 'fine.js')).out, '');
    });

    it('--format json prints one finding per line', () => {
      const rows = cli('lint', '--format', 'json', path.join(dir, 'bad.js')).out.trim().split('\n').map((l) => JSON.parse(l) as { rule: string; line: number; severity: string });
      assert.deepEqual(rows.map((r) => [r.rule, r.line, r.severity]), [['unassigned-code', 1, 'warning'], ['missing-header', 2, 'information']]);
    });

    it('--format sarif writes a SARIF 2.1.0 log with rules and located results', () => {
      const sarif = JSON.parse(cli('lint', '--format=sarif', dir).out) as {
        version: string; runs: { tool: { driver: { rules: { id: string; helpUri?: string; help: { text: string } }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
      };
      assert.equal(sarif.version, '2.1.0');
      const run = sarif.runs[0];
      assert.ok(run);
      assert.deepEqual(run.tool.driver.rules.map((r) => r.id).sort(), Object.keys(RULES).sort());
      // No helpUri: there is no published page to point at; the help text travels in the log.
      assert.ok(run.tool.driver.rules.every((r) => r.helpUri === undefined && r.help.text.length > 20));
      assert.deepEqual(run.results.map((r) => [r.ruleId, r.level]).sort(), [['missing-header', 'note'], ['redirect-after-write', 'note'], ['unassigned-code', 'warning']]);
    });

    it('rejects a bad format with a clear message', () => {
      const result = cli('lint', '--format', 'xml', dir);
      assert.equal(result.code, EXIT_USAGE);
      assert.match(result.err, /--format takes one of text, json, sarif, github/);
    });
  });

  it('prints help and version', () => {
    assert.match(cli('--help').out, /explain <code>/);
    assert.equal(cli('--version').out, '9.9.9\n');
  });

  it('the built binary (dist/cli.js) answers explain 404 from dist/knowledge.json', () => {
    const bin = path.resolve(__dirname, '../../../dist/cli.js');
    const result = spawnSync(process.execPath, [bin, 'explain', '404'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^404 Not Found/);
    const json = spawnSync(process.execPath, [bin, 'explain', '--json', '418'], { encoding: 'utf8' });
    assert.equal((JSON.parse(json.stdout) as { code: number }).code, 418);
  });
});
