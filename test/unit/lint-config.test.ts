import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { VENDOR_PACKS } from '../../src/core/knowledge/types';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';
import { applyConfig, EMPTY_CONFIG, parseLintConfig, type LintConfig } from '../../src/core/lint/config';
import { lint, RULES } from '../../src/core/lint/rules';
import { applyFixes, applyFixesOnce, lineDiff } from '../../src/core/lint/fix';
import { applySuppressions, suppressionsIn } from '../../src/core/lint/suppressions';

const kb = new KnowledgeBase(allRecords);

function config(text: string): LintConfig {
  const result = parseLintConfig(text);
  if (!('config' in result)) throw new Error(`${result.key}: ${result.message}`);
  return result.config;
}

function problem(text: string): string {
  const result = parseLintConfig(text);
  assert.ok(!('config' in result), `expected a problem in ${text}`);
  return `${result.key}: ${result.message}`;
}

describe('lint configuration (.http-status-guide.json)', () => {
  it('reads rules, ignore, packs and custom codes', () => {
    const c = config(JSON.stringify({
      $schema: './node_modules/http-status-guide/schemas/config.schema.json',
      rules: { 'missing-header': 'error', 'redirect-after-write': 'off', 'unassigned-code': ['info'], 'prefer-constant': ['warning', { style: 'literal' }] },
      ignore: ['generated/**'],
      packs: ['nginx'],
      customCodes: [{ code: 499, phrase: 'Quota Exceeded', meaning: 'the team quota ran out' }],
    }));
    assert.deepEqual(c.rules, { 'missing-header': 'error', 'redirect-after-write': 'off', 'unassigned-code': 'information', 'prefer-constant': 'warning' });
    assert.equal(c.preferConstantStyle, 'literal');
    assert.deepEqual(c.ignore, ['generated/**']);
    assert.deepEqual(c.packs, ['nginx']);
    assert.equal(c.customCodes[0]?.phrase, 'Quota Exceeded');
  });

  it('names the key of every problem', () => {
    assert.match(problem('{ "rules": { "missing-header": "loud" } }'), /^rules\.missing-header: expected one of off, info, warning, error \(got "loud"\)/);
    assert.match(problem('{ "rules": { "no-such-rule": "off" } }'), /^rules\.no-such-rule: unknown rule/);
    assert.match(problem('{ "packs": ["apache"] }'), /^packs\[0\]: unknown pack "apache"/);
    assert.match(problem('{ "customCodes": [{ "code": 700, "phrase": "x", "meaning": "y" }] }'), /^customCodes\[0\]\.code: expected a status code from 100 to 599/);
    assert.match(problem('{ "rulez": {} }'), /^rulez: unknown key/);
    assert.match(problem('{ "rules": { "missing-header": ["error", {}] } }'), /^rules\.missing-header\[1\]: this rule takes no options/);
    assert.match(problem('{ "rules": { "prefer-constant": ["warning", { "style": "names" }] } }'), /^rules\.prefer-constant\[1\]\.style: expected "constant" or "literal"/);
    assert.match(problem('{ "ignore": "dist" }'), /^ignore: expected a list/);
    assert.match(problem('{ "rules": '), /^\(file\): not valid JSON/);
    assert.match(problem('[1]'), /^\(file\): expected a JSON object/);
  });

  it('applies severities, turns rules off, accepts packs and custom codes', () => {
    const text = "res.status(455).end();\nres.status(444).end();\nres.status(401).end();\nres.writeHead(401);\n";
    const findings = lint(text, 'javascript', kb);
    const rules = (c: LintConfig): string[] => applyConfig(findings, c, kb).map((f) => `${f.code} ${f.rule} ${f.severity}`);
    assert.ok(rules(EMPTY_CONFIG).includes('455 unassigned-code warning'));
    assert.ok(rules(EMPTY_CONFIG).includes('444 non-standard-code information'));
    const tuned = rules(config('{ "rules": { "missing-header": "error", "unassigned-code": "off" }, "packs": ["nginx"] }'));
    assert.ok(!tuned.some((r) => r.startsWith('455')), 'unassigned-code off');
    assert.ok(!tuned.some((r) => r.startsWith('444')), 'nginx pack accepted');
    assert.ok(tuned.includes('401 missing-header error'), tuned.join(', '));
    const custom = rules(config('{ "customCodes": [{ "code": 455, "phrase": "Quota Exceeded", "meaning": "the quota ran out" }] }'));
    assert.ok(!custom.some((r) => r.startsWith('455')), 'a custom code is not unassigned');
  });
});

describe('the config file\'s JSON Schema (completion and errors in VS Code)', () => {
  const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../schemas/config.schema.json'), 'utf8')) as {
    properties: { rules: { properties: Record<string, unknown> }; packs: { items: { enum: string[] } } };
  };
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('names exactly the rules and packs the engine has', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), Object.keys(RULES).sort());
    assert.deepEqual([...schema.properties.packs.items.enum].sort(), Object.keys(VENDOR_PACKS).sort());
  });

  it('agrees with the parser on good and bad files', () => {
    const files = [
      '{ "rules": { "missing-header": "error", "redirect-after-write": "off", "unassigned-code": ["info"], "prefer-constant": ["warning", { "style": "literal" }] }, "ignore": ["gen/"], "packs": ["nginx"], "customCodes": [{ "code": 455, "phrase": "Quota", "meaning": "quota ran out" }] }',
      '{}',
      '{ "rules": { "missing-header": "loud" } }',
      '{ "rules": { "no-such-rule": "off" } }',
      '{ "packs": ["apache"] }',
      '{ "customCodes": [{ "code": 700, "phrase": "x", "meaning": "y" }] }',
      '{ "customCodes": [{ "code": 455, "phrase": "x" }] }',
      '{ "rulez": {} }',
      '{ "ignore": "dist" }',
      '{ "rules": { "missing-header": ["error", {}] } }',
      '{ "rules": { "prefer-constant": ["warning", { "style": "names" }] } }',
    ];
    for (const text of files) {
      assert.equal(validate(JSON.parse(text)), 'config' in parseLintConfig(text), text);
    }
  });
});

describe('inline suppressions', () => {
  const lineOf = (text: string) => (offset: number): number => text.slice(0, offset).split('\n').length - 1;

  it('reads the directive in every comment syntax', () => {
    const texts = [
      '// http-status-guide-disable-next-line unassigned-code',
      '# http-status-guide-disable-next-line unassigned-code',
      '-- http-status-guide-disable-next-line unassigned-code',
      '<!-- http-status-guide-disable-next-line unassigned-code -->',
      '/* http-status-guide-disable-next-line unassigned-code */',
      '% http-status-guide-disable-next-line unassigned-code',
    ];
    for (const text of texts) assert.deepEqual(suppressionsIn(text).map((s) => [s.scope, s.rules]), [['next-line', ['unassigned-code']]], text);
    assert.deepEqual(suppressionsIn('x // http-status-guide-disable-line').map((s) => [s.scope, s.rules]), [['line', []]]);
    assert.deepEqual(suppressionsIn('# http-status-guide-disable deprecated-code, missing-header').map((s) => [s.scope, s.rules]), [['file', ['deprecated-code', 'missing-header']]]);
    assert.deepEqual(suppressionsIn('const s = "http-status-guide-disable-line";'), [], 'only in a comment');
  });

  it('silences one line in JavaScript, Python and YAML, and reports a suppression that silences nothing', () => {
    const cases: [string, string][] = [
      ['javascript', "// http-status-guide-disable-next-line unassigned-code\nres.status(455).end();\nres.status(456).end();\n"],
      ['python', 'abort(455)  # http-status-guide-disable-line unassigned-code\nabort(456)\n'],
      ['yaml', "paths:\n  /a:\n    get:\n      responses:\n        # http-status-guide-disable-next-line\n        '455':\n          description: x\n        '456':\n          description: y\n"],
    ];
    for (const [language, text] of cases) {
      const findings = lint(text, language, kb);
      assert.deepEqual(findings.map((f) => f.code).sort(), [455, 456], `${language}: both found before suppression`);
      const { kept, unused } = applySuppressions(text, findings, lineOf(text));
      assert.deepEqual(kept.map((f) => f.code), [456], `${language}: only 455 silenced`);
      assert.deepEqual(unused, []);
    }
    const stale = '// http-status-guide-disable-next-line missing-header\nres.status(455).end();\n';
    const { kept, unused } = applySuppressions(stale, lint(stale, 'javascript', kb), lineOf(stale));
    assert.deepEqual(kept.map((f) => f.rule), ['unassigned-code'], 'another rule is not silenced');
    assert.equal(unused.length, 1, 'the stale suppression is reported');
  });
});

describe('lint --fix passes', () => {
  it('takes non-overlapping fixes in a pass, and passes again until none applies', () => {
    const text = 'from flask import abort\nabort(404)\nabort(401)\n';
    const findings = lint(text, 'python', kb, '', undefined, { preferConstant: 'constant' });
    assert.equal(findings.filter((f) => f.fix).length, 2);
    // both want to insert the import at the same place: one per pass
    assert.equal(applyFixesOnce(text, findings).applied, 1);
    const fixed = applyFixes(text, (t) => lint(t, 'python', kb, '', undefined, { preferConstant: 'constant' }));
    assert.equal(fixed.text, 'from flask import abort\nfrom http import HTTPStatus\nabort(HTTPStatus.NOT_FOUND)\nabort(HTTPStatus.UNAUTHORIZED)\n');
    assert.equal(fixed.applied, 2);
  });

  it('style "literal" writes the number back', () => {
    const text = 'package main\n\nimport "net/http"\n\nfunc h(w http.ResponseWriter) { w.WriteHeader(http.StatusNotFound) }\n';
    const fixed = applyFixes(text, (t) => lint(t, 'go', kb, '', undefined, { preferConstant: 'literal' }));
    assert.equal(fixed.text, text.replace('http.StatusNotFound', '404'));
  });

  it('prints a unified diff with the changed lines only', () => {
    assert.equal(lineDiff('a.go', 'x\ny\nz\n', 'x\nY\nz\n'), '--- a.go\n+++ a.go\n@@ -2,1 +2,1 @@\n-y\n+Y\n');
    assert.equal(lineDiff('a.go', 'same', 'same'), '');
  });
});
