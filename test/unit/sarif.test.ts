import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { artifactLocation, sarifLog } from '../../src/cli/sarif';
import { RULES } from '../../src/core/lint/rules';

// `lint --format sarif` against the official SARIF 2.1.0 schema (draft-04, formats checked), and
// file locations that read back to the file for any name. Runs the built binary (npm run build).

const SCHEMA = path.resolve(__dirname, '../../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const bin = path.resolve(__dirname, '../../../dist/cli.js');

function validator(): (log: unknown) => string | undefined {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema has one pattern that is invalid with the u flag;
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as object);
  return (log) => (validate(log) ? undefined : ajv.errorsText(validate.errors));
}

/** The file a SARIF location points at, resolved the way a SARIF consumer does. */
function fileOf(log: Sarif.Log, location: Sarif.ArtifactLocation): string {
  const base = location.uriBaseId === undefined ? undefined : log.runs[0]?.originalUriBaseIds?.[location.uriBaseId]?.uri;
  return fileURLToPath(new URL(location.uri ?? '', base));
}

const ODD_NAMES = ['plain.js', 'with space.js', '100%.js', '[id].js', 'hash#1.js', 'ünï cödé.js', path.join('sub dir', 'q?.js')];

describe('SARIF output', () => {
  const check = validator();

  it('the schema check itself rejects a raw path with a space as uri (so it can fail)', () => {
    const log = sarifLog([], '1.0.0', '/tmp');
    assert.equal(check(log), undefined);
    const broken = { ...log, runs: [{ ...log.runs[0], artifacts: [{ location: { uri: 'a b.js' } }] }] };
    assert.match(check(broken) ?? '', /uri-reference/);
  });

  it('encodes every name as a relative URI under SRCROOT, or a file:// URI outside the working folder', () => {
    const cwd = path.join(os.tmpdir(), 'project root');
    for (const name of ODD_NAMES) {
      const location = artifactLocation(name, cwd);
      assert.equal(location.uriBaseId, 'SRCROOT', name);
      assert.doesNotMatch(location.uri ?? '', /[ [\]#?%](?![0-9A-F]{2})/, name);
    }
    assert.equal(artifactLocation('with space.js', cwd).uri, 'with%20space.js');
    assert.equal(artifactLocation(path.join(cwd, '[id].js'), cwd).uri, '%5Bid%5D.js');
    const outside = artifactLocation(path.join(os.tmpdir(), 'else where', '[x].js'), cwd);
    assert.equal(outside.uriBaseId, undefined);
    assert.match(outside.uri ?? '', /^file:\/\/\/.*else%20where\/%5Bx%5D\.js$/);
  });

  describe('from the built CLI', () => {
    let root: string;
    let outside: string;
    before(() => {
      root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'hsg sarif [root] ')));
      outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-sarif-outside-')));
      fs.mkdirSync(path.join(root, 'sub dir'));
      for (const name of ODD_NAMES) fs.writeFileSync(path.join(root, name), 'res.status(455).end();\n');
      fs.writeFileSync(path.join(outside, '50% off.js'), 'res.status(401).json({});\n');
    });
    after(() => {
      fs.rmSync(root, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    });

    it('lint --format sarif validates against the SARIF 2.1.0 schema and every location reads back to its file', () => {
      const run = spawnSync(process.execPath, [bin, 'lint', '--format', 'sarif', '.', path.join(outside, '50% off.js')], { cwd: root, encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr); // a warning (455 is unassigned) was found
      const log = JSON.parse(run.stdout) as Sarif.Log;
      assert.equal(check(log), undefined);
      const results = log.runs[0]?.results ?? [];
      const files = results.map((r) => {
        const location = r.locations?.[0]?.physicalLocation?.artifactLocation;
        assert.ok(location, 'each result has a location');
        return fileOf(log, location);
      });
      assert.deepEqual(files.sort(), [...ODD_NAMES.map((n) => path.join(root, n)), path.join(outside, '50% off.js')].sort());
      const rules: Sarif.ReportingDescriptor[] = log.runs[0]?.tool.driver.rules ?? [];
      assert.deepEqual(rules.map((r) => r.id).sort(), Object.keys(RULES).sort());
      assert.ok(rules.length > 0 && rules.every((r) => (r.help?.text.length ?? 0) > 20), 'every rule carries its help text');
    });

    it('a result with an automatic fix carries it as SARIF fixes, still valid', () => {
      const project = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-sarif-fix-'));
      try {
        fs.writeFileSync(path.join(project, '.http-status-guide.json'), '{ "rules": { "prefer-constant": "warning" } }');
        fs.writeFileSync(path.join(project, 'main.go'), 'package main\n\nimport "net/http"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(404)\n}\n');
        const run = spawnSync(process.execPath, [bin, 'lint', '--format', 'sarif', 'main.go'], { cwd: project, encoding: 'utf8' });
        const log = JSON.parse(run.stdout) as Sarif.Log;
        assert.equal(check(log), undefined);
        const [result] = log.runs[0]?.results ?? [];
        assert.equal(result?.ruleId, 'prefer-constant');
        const replacement = result.fixes?.[0]?.artifactChanges[0]?.replacements[0];
        assert.deepEqual(replacement, { deletedRegion: { startLine: 6, startColumn: 16, endLine: 6, endColumn: 19 }, insertedContent: { text: 'http.StatusNotFound' } });
      } finally {
        fs.rmSync(project, { recursive: true, force: true });
      }
    });

    it('an empty result set is a valid log too', () => {
      fs.writeFileSync(path.join(outside, 'fine.js'), 'res.status(200).end();\n');
      const run = spawnSync(process.execPath, [bin, 'lint', '--format=sarif', path.join(outside, 'fine.js')], { cwd: root, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const log = JSON.parse(run.stdout) as Sarif.Log;
      assert.equal(check(log), undefined);
      assert.deepEqual(log.runs[0]?.results, []);
    });
  });
});
