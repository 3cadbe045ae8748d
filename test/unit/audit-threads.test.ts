import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { learnSinksOf, languageIdForFile, scan, sinkTable } from '../../src/core/detection';
import { EMPTY_CONFIG, parseLintConfig, type LintConfig } from '../../src/core/lint/config';
import { RULES } from '../../src/core/lint/rules';
import { auditThreads, type AuditRequest } from '../../src/editor/audit-threads';
import { allRecords } from '../../src/core/knowledge/records';
import { writeUnder } from './cli-runner';

// The desktop audit's worker threads (no vscode in them): what they find per file is what the
// two passes find in one thread — helpers learnt across files, the project's config applied —
// files that cannot be read are counted as skipped, and a cancelled audit stops.

const WORKER = path.resolve(__dirname, '../../src/node/scan-worker.js');

describe('workspace audit in worker threads', () => {
  let root: string;
  let knowledgeFile: string;
  let files: string[];
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-audit-threads-'));
    knowledgeFile = path.join(root, 'knowledge.json');
    fs.writeFileSync(knowledgeFile, JSON.stringify(allRecords));
    writeUnder(root, 'app/respond.js', 'function respondWith(res, httpCode, payload) {\n  res.status(httpCode).json(payload);\n}\nmodule.exports = { respondWith };\n');
    for (let i = 0; i < 70; i++) writeUnder(root, `app/h${i}.js`, `const { respondWith } = require('./respond');\nexports.h = (req, res) => respondWith(res, ${451 - (i % 3)}, {});\nres.status(302).end();\n`);
    writeUnder(root, 'app/views.py', 'from flask import abort\n\ndef show(x):\n    abort(404)\n');
    fs.writeFileSync(path.join(root, 'app', 'blob.js'), Buffer.from([0x72, 0x00, 0x01]));
    files = fs.readdirSync(path.join(root, 'app')).sort().map((f) => path.join(root, 'app', f));
  });
  after(() => { fs.rmSync(root, { recursive: true, force: true }); });

  const request = (config: LintConfig, extra: Partial<AuditRequest> = {}): AuditRequest => ({
    files: files.map((f) => ({ path: f, fileName: f, config })), maxFileBytes: 1024 * 1024, progress: () => undefined, cancelled: () => false, ...extra,
  });

  it('finds per file what one thread finds, with helpers from other files', async () => {
    const answer = await auditThreads(WORKER, knowledgeFile)(request(EMPTY_CONFIG));
    assert.equal(answer.cancelled, false);
    assert.equal(answer.skipped, 1, 'the binary file');
    assert.equal(answer.files, files.length - 1);
    const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
    const table = sinkTable(files.flatMap((f, i) => {
      const language = languageIdForFile(f, texts[i]);
      return language && !f.endsWith('blob.js') ? learnSinksOf(texts[i] ?? '', language, f) : [];
    }));
    for (const [i, file] of files.entries()) {
      if (file.endsWith('blob.js')) continue;
      const expected = scan(texts[i] ?? '', languageIdForFile(file, texts[i]) ?? '', { workspaceSinks: table }).map((o) => o.code);
      assert.deepEqual(answer.places.get(i)?.map((p) => p.code), expected, file);
    }
    const h0 = files.findIndex((f) => f.endsWith('h0.js'));
    assert.deepEqual(answer.places.get(h0)?.map((p) => [p.line, p.code]), [[2, 451], [3, 302]]);
  });

  it('applies the project config given per file', async () => {
    const count = (answer: Awaited<ReturnType<ReturnType<typeof auditThreads>>>): number => [...answer.places.values()].flat().reduce((n, p) => n + p.findings.length, 0);
    const defaults = await auditThreads(WORKER, knowledgeFile)(request(EMPTY_CONFIG));
    const parsed = parseLintConfig(JSON.stringify({ rules: Object.fromEntries(Object.keys(RULES).map((rule) => [rule, 'off'])) }));
    assert.ok('config' in parsed);
    const quiet = await auditThreads(WORKER, knowledgeFile)(request(parsed.config));
    assert.ok(count(defaults) > 0, 'a redirect without Location is a finding by default');
    assert.equal(count(quiet), 0);
  });

  it('reports progress up to both passes of every file, and stops when cancelled', async () => {
    let last = 0;
    const done = await auditThreads(WORKER, knowledgeFile)(request(EMPTY_CONFIG, { progress: (d, total) => { last = d / total; } }));
    assert.equal(last, 1);
    assert.ok(done.places.size > 0);
    let answers = 0;
    const cancelled = await auditThreads(WORKER, knowledgeFile)(request(EMPTY_CONFIG, { progress: () => { answers++; }, cancelled: () => answers > 0 }));
    assert.equal(cancelled.cancelled, true);
    assert.ok(cancelled.places.size < done.places.size);
  });

  it('answers an empty audit at once, and a missing worker script as an error', async () => {
    const empty = await auditThreads(WORKER, knowledgeFile)({ ...request(EMPTY_CONFIG), files: [] });
    assert.equal(empty.files, 0);
    await assert.rejects(auditThreads(path.join(root, 'no-such-worker.js'), knowledgeFile)(request(EMPTY_CONFIG)));
  });
});
