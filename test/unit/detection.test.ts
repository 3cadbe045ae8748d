import * as assert from 'node:assert/strict';
import { findAt, scan } from '../../src/core/detection';

/** findAt on the first `marker` in `text`, at the marker's first character plus `delta`. */
function at(text: string, marker: string, languageId = 'javascript', delta = 0) {
  const index = text.indexOf(marker);
  assert.ok(index >= 0, `marker ${marker}`);
  return findAt(text, languageId, index + delta);
}

describe('detection', () => {
  describe('findAt', () => {
    it('finds 404 in res.status(404) from any position on the number', () => {
      const text = "return res.status(404).json({ error: 'not_found' });";
      const start = text.indexOf('404');
      for (const offset of [start, start + 1, start + 2, start + 3]) {
        assert.deepEqual(findAt(text, 'typescript', offset), { start, end: start + 3, code: 404, kind: 'literal', idiom: 'express.status' });
      }
      assert.equal(findAt(text, 'typescript', start - 1), undefined, 'the parenthesis is not the number');
    });

    it('knows the Express, Node and Fastify literal idioms', () => {
      assert.equal(at('res.sendStatus(204);', '204')?.idiom, 'express.sendStatus');
      assert.equal(at("res.writeHead(301, { Location: '/new' });", '301')?.idiom, 'node.writeHead');
      assert.equal(at('res.statusCode = 500;', '500')?.idiom, 'node.statusCode');
      assert.equal(at('reply.code(201).send(item)', '201')?.idiom, 'fastify.code');
    });

    it('ignores numbers that are not in a status position', () => {
      for (const text of [
        'const PAGE_WIDTH = 404;',
        'setTimeout(done, 404);',
        'items.slice(0, 200)',
        'res.status(404 * 2)',
        "fetch('/api/users/404')",
        'const status = 404;',
      ]) {
        const index = text.indexOf('40') >= 0 ? text.indexOf('40') : text.indexOf('200');
        assert.equal(findAt(text, 'javascript', index + 1), undefined, text);
      }
    });

    it('reports out-of-range numbers in a status position, so they can be flagged as invalid', () => {
      assert.equal(at('res.status(4040)', '4040')?.code, 4040);
      assert.equal(at('res.status(99)', '99')?.code, 99);
    });

    it('answers nothing for languages it does not serve or offsets outside the text', () => {
      assert.equal(at('res.status(404)', '404', 'plaintext'), undefined);
      assert.equal(findAt('res.status(404)', 'javascript', -1), undefined);
      assert.equal(findAt('res.status(404)', 'javascript', 999), undefined);
    });
  });

  describe('scan', () => {
    it('returns every occurrence in order, agreeing with findAt', () => {
      const text = 'app.get(x, (req, res) => res.status(404).end());\nres.sendStatus(204);\nconst w = 404;\n';
      const found = scan(text, 'javascript');
      assert.deepEqual(found.map((o) => o.code), [404, 204]);
      for (const occurrence of found) assert.deepEqual(findAt(text, 'javascript', occurrence.start), occurrence);
    });

    it('returns nothing for unsupported languages and empty text', () => {
      assert.deepEqual(scan('res.status(404)', 'markdown'), []);
      assert.deepEqual(scan('', 'javascript'), []);
    });
  });
});
