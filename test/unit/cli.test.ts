import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';
import { EXIT_BROKEN, EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE, runCli } from '../../src/cli/run';

const kb = new KnowledgeBase(allRecords);

function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, { knowledge: () => kb, out: (t) => { out += t; }, err: (t) => { err += t; } }, '9.9.9');
  return { code, out, err };
}

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
    assert.match(cli('explain', 'abc').err, /"abc" is not a number/);
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
