import * as assert from 'node:assert/strict';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';
import { lint, RULES, type RuleId } from '../../src/core/lint/rules';

const kb = new KnowledgeBase(allRecords);

function rulesIn(text: string, languageId: string, fileName = 'src/app'): RuleId[] {
  return lint(text, languageId, kb, fileName).map((f) => f.rule);
}

/** [rule, language, code that must trigger it, code that must not]. */
const CASES: readonly (readonly [RuleId, string, string, string])[] = [
  ['invalid-code', 'javascript', 'res.status(99).end();', 'res.status(200).end();'],
  ['invalid-code', 'javascript', 'res.status(600).end();', 'res.status(599).end();'],
  ['unassigned-code', 'javascript', 'res.status(455).end();', 'res.status(451).end();'],
  ['non-standard-code', 'javascript', 'res.status(499).end();', 'res.status(400).end();'],
  ['non-standard-code', 'php', '<?php abort(419);', '<?php abort(403);'],
  ['deprecated-code', 'javascript', 'res.status(305).end();', 'res.status(307).end();'],
  ['deprecated-code', 'python', '    abort(418)', '    abort(400)'],
  ['deprecated-code', 'javascript', 'res.status(510).end();', 'res.status(501).end();'],
  ['missing-header', 'javascript', "res.status(401).json({ error: 'login' });", "res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'login' });"],
  ['missing-header', 'javascript', "res.writeHead(405, { 'Content-Type': 'text/plain' });", "res.writeHead(405, { Allow: 'GET' });"],
  ['missing-header', 'javascript', 'res.writeHead(301);', "res.writeHead(301, { Location: '/new' });"],
  ['missing-header', 'python', "    return jsonify(error='login'), 401", "    return jsonify(error='login'), 401, {'WWW-Authenticate': 'Bearer'}"],
  ['missing-header', 'python', "    raise HTTPException(status_code=401, detail='login')", "    raise HTTPException(status_code=401, detail='login', headers={'WWW-Authenticate': 'Bearer'})"],
  ['body-on-no-content', 'javascript', 'res.status(204).json({ ok: true });', 'res.status(204).end();'],
  ['body-on-no-content', 'typescript', 'return new Response(JSON.stringify(x), { status: 204 });', 'return new Response(null, { status: 204 });'],
  ['body-on-no-content', 'python', "    return Response('done', status=204)", '    return Response(status=204)'],
  ['redirect-after-write', 'javascript', "app.post('/orders', (req, res) => {\n  res.redirect(302, '/orders/1');\n});", "app.get('/old', (req, res) => {\n  res.redirect(302, '/new');\n});"],
  ['redirect-after-write', 'python', "@app.post('/orders')\ndef create():\n    return redirect('/orders/1', code=302)", "@app.get('/old')\ndef old():\n    return redirect('/new', code=302)"],
];

describe('lint rules', () => {
  for (const [rule, language, positive, negative] of CASES) {
    describe(rule, () => {
      it(`reports ${positive.split('\n').pop()?.trim() ?? ''}`, () => {
        assert.ok(rulesIn(positive, language).includes(rule), JSON.stringify(lint(positive, language, kb)));
      });
      it(`stays silent on ${negative.split('\n').pop()?.trim() ?? ''}`, () => {
        assert.ok(!rulesIn(negative, language).includes(rule), JSON.stringify(lint(negative, language, kb)));
      });
    });
  }

  it('accepts 418 in test files and nginx codes inside nginx configuration', () => {
    assert.deepEqual(rulesIn("expect(res.status).toBe(418);", 'javascript', 'test/teapot.test.js'), []);
    assert.deepEqual(rulesIn('location /scanner { return 444; }', 'nginx', 'nginx.conf'), []);
  });

  it('names the vendor pack and the registered code to prefer for non-standard codes', () => {
    const [finding] = lint('res.status(444).end();', 'javascript', kb);
    assert.match(finding?.message ?? '', /non-standard \(nginx only\); prefer 403 Forbidden/);
    assert.deepEqual(finding?.suggest, [403]);
  });

  it('suggests nothing for a log-only code such as 499, which no client ever receives', () => {
    const [finding] = lint('res.status(499).end();', 'javascript', kb);
    assert.ok(finding);
    assert.equal(finding.rule, 'non-standard-code');
    assert.match(finding.message, /non-standard \(nginx only\): a value written to a log/);
    assert.deepEqual(finding.suggest, []);
  });

  it('every rule has an id, a default severity and documentation', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      assert.equal(rule.id, id);
      assert.ok(['error', 'warning', 'information', 'hint', 'off'].includes(rule.defaultSeverity));
      assert.ok(rule.description.length > 20);
    }
  });
});
