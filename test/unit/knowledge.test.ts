import * as assert from 'node:assert/strict';
import { STATUS_CODES } from 'node:http';
import { KnowledgeBase, parseKnowledge } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';
import { validateRecords } from '../../src/core/knowledge/validate';
import {
  CACHEABLE, HEADER_OBLIGATIONS, NO_CONTENT, REGISTERED, REQUIRED_ALTERNATIVES, SPECIAL_STATUS, UNOFFICIAL,
} from './reference-table';

const kb = new KnowledgeBase(allRecords);
const registeredCodes = Object.keys(REGISTERED).map(Number);

describe('knowledge base', () => {
  it('passes schema validation: every field present, cross-references resolve, no repeated text', () => {
    const problems = validateRecords(allRecords);
    assert.deepEqual(problems.map((p) => `${p.code}: ${p.message}`), []);
  });

  it('the validator catches what it promises to catch', () => {
    const base = kb.get(404);
    assert.ok(base);
    const broken = {
      ...base,
      code: 471,
      eli5: '',
      alternatives: [{ code: 999, when: 'never' }],
      references: [{ title: 'x', url: 'not a url' }],
      pitfalls: [...base.pitfalls],
    };
    const messages = validateRecords([base, broken]).map((p) => p.message).join('\n');
    assert.match(messages, /eli5 is empty/);
    assert.match(messages, /refers to 999/);
    assert.match(messages, /malformed URL/);
    assert.match(messages, /repeats text of 404/);
  });

  it('has a record for every IANA-registered code with its RFC 9110 phrase', () => {
    for (const code of registeredCodes) {
      const record = kb.get(code);
      assert.ok(record, `record for ${code}`);
      assert.equal(record.phrase, REGISTERED[code], `phrase of ${code}`);
      assert.equal(record.status, SPECIAL_STATUS[code] ?? 'standard', `registry status of ${code}`);
    }
  });

  it('has a record for every listed non-standard code, marked unofficial with a registered code to prefer (unless log-only)', () => {
    for (const code of UNOFFICIAL) {
      const record = kb.get(code);
      assert.ok(record, `record for ${code}`);
      assert.equal(record.status, 'unofficial');
      assert.ok(record.usedBy?.length, `${code} says who uses it`);
      assert.ok(
        record.logOnly || (record.preferInstead !== undefined && REGISTERED[record.preferInstead]),
        `${code} prefers a registered code, or is a log-only code no client chooses`,
      );
    }
    assert.equal(allRecords.length, registeredCodes.length + UNOFFICIAL.length, 'no records beyond these two lists');
  });

  it('states the header obligations of the spec with the spec keyword', () => {
    for (const [code, header, requirement] of HEADER_OBLIGATIONS) {
      const rule = kb.get(code)?.headers.find((h) => h.name === header);
      assert.ok(rule, `${code} lists ${header}`);
      assert.equal(rule.requirement, requirement, `${code} ${header}`);
    }
  });

  it('marks exactly the heuristically cacheable codes as cacheable', () => {
    const cacheable = allRecords.filter((r) => r.cacheable).map((r) => r.code);
    assert.deepEqual(cacheable, [...CACHEABLE].sort((a, b) => a - b));
  });

  it('allows no content exactly for 1xx, 204, 205 and 304 among registered codes', () => {
    const noContent = allRecords.filter((r) => r.status !== 'unofficial' && !r.bodyAllowed).map((r) => r.code);
    assert.deepEqual(noContent, [...NO_CONTENT]);
  });

  it('offers the promised "consider instead" alternatives', () => {
    for (const [code, expected] of REQUIRED_ALTERNATIVES) {
      const offered = kb.get(code)?.alternatives.map((a) => a.code) ?? [];
      for (const alternative of expected) assert.ok(offered.includes(alternative), `${code} offers ${alternative}`);
    }
  });

  it('keeps former names where the phrase changed', () => {
    assert.ok(kb.get(413)?.formerNames.includes('Payload Too Large'));
    assert.ok(kb.get(413)?.formerNames.includes('Request Entity Too Large'));
    assert.ok(kb.get(422)?.formerNames.includes('Unprocessable Entity'));
    assert.ok(kb.get(302)?.formerNames.includes('Moved Temporarily'));
  });

  it('agrees with Node http.STATUS_CODES, apart from historical names it reports', () => {
    const historical: string[] = [];
    for (const [key, nodePhrase] of Object.entries(STATUS_CODES)) {
      const record = kb.get(Number(key));
      if (!record || !nodePhrase) continue;
      const names = [record.phrase, ...record.formerNames].map((n) => n.toLowerCase());
      if (names.includes(nodePhrase.toLowerCase())) continue;
      historical.push(`${key}: Node "${nodePhrase}" vs "${record.phrase}"`);
    }
    if (historical.length) console.log(`      Node phrases that differ from RFC 9110 (reported, not failed):\n        ${historical.join('\n        ')}`);
    // Every difference must be a code whose name changed or that the registry retired.
    const allowed = new Set([306, 413, 418, 422, 509, 510]);
    for (const line of historical) assert.ok(allowed.has(Number(line.slice(0, 3))), `unexpected difference ${line}`);
  });

  describe('lookup', () => {
    it('answers an unassigned code with its class and the x00 clients fall back to', () => {
      assert.deepEqual(kb.lookup(455), { kind: 'unassigned', code: 455, class: '4xx', treatedAs: 400 });
      assert.deepEqual(kb.lookup(299), { kind: 'unassigned', code: 299, class: '2xx', treatedAs: 200 });
    });

    it('calls numbers outside 100–599 invalid', () => {
      for (const code of [0, 99, 600, 1000, -404, 404.5]) assert.equal(kb.lookup(code).kind, 'invalid', String(code));
    });

    it('labels codes with their phrase', () => {
      assert.equal(kb.label(404), '404 Not Found');
      assert.equal(kb.label(455), '455');
    });

    it('parses the shipped JSON form and rejects anything else', () => {
      const parsed = parseKnowledge(JSON.stringify(allRecords));
      assert.deepEqual(parsed.get(404), kb.get(404));
      assert.throws(() => parseKnowledge('{"not": "a list"}'), /not a list of status records/);
      assert.throws(() => parseKnowledge('not json'));
    });
  });
});
