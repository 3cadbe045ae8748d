import * as assert from 'node:assert/strict';
import { groupAudit } from '../../src/core/audit';
import { DECISION_TREE, ROOT, questionById, walk, type Question } from '../../src/core/decide/tree';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';
import { didYouMean, editDistance, searchCodes } from '../../src/core/lookup';
import { REGISTERED } from './reference-table';

const kb = new KnowledgeBase(allRecords);

describe('look up a code', () => {
  const first = (query: string): number | undefined => searchCodes(kb, query)[0]?.code;

  it('finds codes by number, phrase, former names and keywords', () => {
    assert.equal(first('404'), 404);
    assert.deepEqual(searchCodes(kb, '41').slice(0, 3).map((e) => e.code), [410, 411, 412]);
    assert.equal(first('gone'), 410);
    assert.equal(first('payload too large'), 413);
    assert.equal(first('rate limit'), 429);
    assert.equal(first('teapot'), 418);
    const moved = searchCodes(kb, 'moved').map((e) => e.code);
    assert.ok(moved.includes(301) && moved.includes(308), moved.join(','));
  });

  it('ranks registered codes above non-standard ones and finds nothing for nonsense', () => {
    const rate = searchCodes(kb, 'rate limit').map((e) => e.code);
    assert.ok(rate.includes(420) && rate.indexOf(429) < rate.indexOf(420), rate.join(','));
    const standings = searchCodes(kb, 'timeout').map((e) => kb.get(e.code)?.status === 'unofficial');
    assert.ok(standings.includes(true) && standings.includes(false));
    assert.equal(standings.indexOf(true), standings.lastIndexOf(false) + 1, 'every registered match before any non-standard one');
    assert.deepEqual(searchCodes(kb, 'zzqx'), []);
  });

  it('says "did you mean" for numbers typed oddly and for misspelt phrases', () => {
    const guesses = (query: string): number[] => didYouMean(kb, query).map((e) => e.code);
    assert.deepEqual(guesses('4O4'), [404], 'the letter O for zero');
    assert.deepEqual(guesses('4o4'), [404]);
    assert.deepEqual(guesses('40 4'), [404], 'a space inside the number, although "40" alone finds 400-409');
    assert.deepEqual(guesses('l0l'), [101], 'the letter l for one');
    assert.deepEqual(guesses('044'), [404], 'transposed digits');
    assert.deepEqual(guesses('4004'), [404, 400], 'one digit too many');
    assert.equal(guesses('not fond')[0], 404);
    assert.equal(guesses('too mnay requets')[0], 429);
    assert.equal(guesses('gateway timout')[0], 504);
    assert.equal(guesses('forbiden')[0], 403);
    assert.equal(guesses('intrenal server eror')[0], 500);
  });

  it('guesses nothing when the query finds what it says or nothing is close', () => {
    for (const query of ['404', '40', 'too many request', 'rate limit', 'gone', '', '  ']) assert.deepEqual(didYouMean(kb, query), [], query);
    for (const query of ['xyzzy', 'qqqq qqqq', '455', '999']) assert.deepEqual(didYouMean(kb, query), [], query);
  });

  it('measures edit distance with transpositions and stops above the limit', () => {
    assert.equal(editDistance('fond', 'found', 2), 1);
    assert.equal(editDistance('mnay', 'many', 2), 1, 'a swap costs one');
    assert.equal(editDistance('abc', 'abc', 0), 0);
    assert.equal(editDistance('kitten', 'sitting', 5), 3);
    assert.equal(editDistance('a', 'abcdef', 2), 3, 'over the limit reports limit + 1');
    assert.equal(editDistance('abcdef', 'uvwxyz', 1), 2);
  });
});

describe('which code should I use?', () => {
  /** Every path from the root, as the list of outcomes it reaches. */
  function outcomes(question: Question, seen: readonly string[] = []): number[] {
    assert.ok(!seen.includes(question.id), `cycle through ${question.id}`);
    return question.answers.flatMap((answer) => {
      if (typeof answer.next !== 'string') return [answer.next.code];
      const next = questionById(answer.next);
      assert.ok(next, `${question.id} → ${answer.next} exists`);
      return outcomes(next, [...seen, question.id]);
    });
  }

  it('every path ends in a registered code with a reason', () => {
    const root = questionById(ROOT);
    assert.ok(root);
    const reached = outcomes(root);
    for (const code of reached) assert.ok(REGISTERED[code] !== undefined && kb.get(code)?.status === 'standard', `${code} is registered`);
    for (const q of DECISION_TREE) for (const a of q.answers) if (typeof a.next !== 'string') assert.ok(a.next.reason.length > 20);
    assert.ok(new Set(reached).size >= 25, `${new Set(reached).size} distinct codes`);
  });

  it('every question is reachable and answers are unique within a question', () => {
    const targets = new Set(DECISION_TREE.flatMap((q) => q.answers.flatMap((a) => (typeof a.next === 'string' ? [a.next] : []))));
    for (const q of DECISION_TREE) {
      if (q.id !== ROOT) assert.ok(targets.has(q.id), `${q.id} is reachable`);
      assert.equal(new Set(q.answers.map((a) => a.label)).size, q.answers.length);
    }
  });

  it('walks a path of answers', () => {
    const result = walk(['The request is at fault', 'The resource does not exist here', 'It was removed on purpose and will not return']);
    assert.deepEqual(result && 'code' in result ? result.code : undefined, 410);
    const question = walk(['The client should look elsewhere']);
    assert.equal(question && 'id' in question ? question.id : undefined, 'redirect');
    assert.equal(walk(['no such answer']), undefined);
  });
});

describe('audit grouping', () => {
  it('groups places by class and code, in order, with counts', () => {
    const groups = groupAudit(kb, [
      { file: 'b.js', line: 3, column: 1, code: 404, findings: [] },
      { file: 'a.js', line: 9, column: 1, code: 404, findings: [] },
      { file: 'a.js', line: 1, column: 1, code: 201, findings: [] },
      { file: 'a.js', line: 2, column: 1, code: 99, findings: [] },
    ]);
    assert.deepEqual(groups.map((g) => [g.group, g.count]), [['2xx', 1], ['4xx', 2], ['invalid', 1]]);
    const notFound = groups[1]?.codes[0];
    assert.ok(notFound);
    assert.deepEqual(notFound.places.map((p) => `${p.file}:${p.line}`), ['a.js:9', 'b.js:3']);
    assert.equal(notFound.label, '404 Not Found');
  });
});
