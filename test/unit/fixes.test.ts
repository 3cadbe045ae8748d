import * as assert from 'node:assert/strict';
import { findAt, scan } from '../../src/core/detection';
import { alternativeFixes, applyEdits, headerFixes, refactorings, rewriteTo } from '../../src/core/fixes';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';

const kb = new KnowledgeBase(allRecords);

function at(language: string, text: string, needle: string) {
  const found = findAt(text, language, text.indexOf(needle) + 1);
  assert.ok(found, `${needle} is detected in ${text}`);
  return found;
}

/** [language, before, token, target code, after]: the rewrite keeps the idiom. */
const GOLDEN: readonly (readonly [string, string, string, number, string | undefined])[] = [
  ['javascript', 'return res.status(404).json({ error: "x" });', '404', 410, 'return res.status(410).json({ error: "x" });'],
  ['go', '\tw.WriteHeader(http.StatusNotFound)', 'StatusNotFound', 410, '\tw.WriteHeader(http.StatusGone)'],
  ['go', '\tw.WriteHeader(http.StatusTeapot)', 'StatusTeapot', 306, '\tw.WriteHeader(306)'],
  ['typescript', '@HttpCode(HttpStatus.NOT_FOUND)', 'NOT_FOUND', 413, '@HttpCode(HttpStatus.PAYLOAD_TOO_LARGE)'],
  ['python', '    return Response(status=status.HTTP_404_NOT_FOUND)', 'HTTP_404', 410, '    return Response(status=status.HTTP_410_GONE)'],
  ['python', '    if r.status_code == HTTPStatus.NOT_FOUND:', 'NOT_FOUND', 413, '    if r.status_code == HTTPStatus.REQUEST_ENTITY_TOO_LARGE:'],
  ['java', 'return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();', 'BAD_REQUEST', 422, 'return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).build();'],
  ['java', 'return ResponseEntity.status(HttpStatus.NOT_FOUND).build();', 'NOT_FOUND', 418, 'return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).build();'],
  ['java', 'return ResponseEntity.status(HttpStatus.NOT_FOUND).build();', 'NOT_FOUND', 306, undefined],
  ['ruby', '    head :not_found', 'not_found', 410, '    head :gone'],
  ['ruby', '    head :not_found', 'not_found', 418, '    head 418'],
  ['typescript', 'throw new NotFoundException("no");', 'NotFound', 410, 'throw new GoneException("no");'],
  ['typescript', 'throw new NotFoundException("no");', 'NotFound', 429, 'throw new HttpException("no", HttpStatus.TOO_MANY_REQUESTS);'],
  ['python', '    return HttpResponseNotFound("no")', 'HttpResponseNotFound', 410, '    return HttpResponseGone("no")'],
  ['python', '    return HttpResponseNotFound("no")', 'HttpResponseNotFound', 401, '    return HttpResponse("no", status=401)'],
  ['csharp', '        return NotFound();', 'NotFound', 410, '        return StatusCode(StatusCodes.Status410Gone);'],
  ['csharp', '        return NotFound(new { id });', 'NotFound', 403, '        return StatusCode(StatusCodes.Status403Forbidden, new { id });'],
  ['csharp', '        return NotFound();', 'NotFound', 403, '        return Forbid();'],
  ['csharp', 'if (response.StatusCode == HttpStatusCode.NotFound) {', 'NotFound', 418, 'if (response.StatusCode == (HttpStatusCode)418) {'],
  ['java', 'return ResponseEntity.notFound().build();', 'notFound', 410, 'return ResponseEntity.status(HttpStatus.GONE).build();'],
  ['java', 'return ResponseEntity.ok(body);', 'ok', 201, undefined],
  // Fixes that once broke code: TypedResults.StatusCode has no body overload, a lookup is not a
  // response, and a qualified constant's number form drops every qualifier.
  ['csharp', 'app.MapGet("/x", () => TypedResults.Ok(order));', 'Ok', 201, undefined],
  ['csharp', 'app.MapGet("/x", () => TypedResults.Ok(order));', 'Ok', 204, undefined],
  ['csharp', '        return Ok(order);', 'Ok', 201, '        return StatusCode(StatusCodes.Status201Created, order);'],
  ['python', '    article = get_object_or_404(Article, slug=slug)', 'get_object_or_404', 410, undefined],
  ['python', 'if r.status_code == httpx.codes.OK:', 'OK', 104, 'if r.status_code == 104:'],
  ['python', 'if r.status_code == httpx.codes.OK:', 'OK', 404, 'if r.status_code == httpx.codes.NOT_FOUND:'],
  ['javascript', "throw Boom.notFound('gone');", 'notFound', 410, "throw Boom.resourceGone('gone');"],
  ['go', '\treturn echo.ErrNotFound', 'ErrNotFound', 410, '\treturn echo.NewHTTPError(http.StatusGone)'],
  ['rust', '    Err(StatusCode::NOT_FOUND)', 'NOT_FOUND', 410, '    Err(StatusCode::GONE)'],
  ['rust', '    HttpResponse::NotFound().finish()', 'NotFound', 410, '    HttpResponse::Gone().finish()'],
  ['php', "    return new Response('', Response::HTTP_NOT_FOUND);", 'HTTP_NOT_FOUND', 308, "    return new Response('', Response::HTTP_PERMANENTLY_REDIRECT);"],
  ['elixir', '    conn |> put_status(:not_found)', 'not_found', 410, '    conn |> put_status(:gone)'],
  ['http', 'HTTP/1.1 404 Not Found', '404', 410, 'HTTP/1.1 410 Gone'],
  ['markdown', 'HTTP/2 404', '404', 410, 'HTTP/2 410'],
  ['yaml', "responses:\n  '404':\n    description: x", "404'", 410, "responses:\n  '410':\n    description: x"],
  ['nginx', '    return 404;', '404', 410, '    return 410;'],
  ['java', 'mockMvc.perform(get("/x")).andExpect(status().isNotFound());', 'isNotFound', 410, 'mockMvc.perform(get("/x")).andExpect(status().isGone());'],
];

describe('fixes', () => {
  describe('rewrite in the same idiom', () => {
    for (const [language, before, token, code, after] of GOLDEN) {
      it(`${language}: ${token} → ${code}${after === undefined ? ' is not offered' : ''}`, () => {
        const edits = rewriteTo(before, at(language, before, token), code);
        assert.equal(edits === undefined ? undefined : applyEdits(before, edits), after);
      });
    }
  });

  it('offers one quick fix per alternative, titled with code, phrase and condition', () => {
    const text = "app.get('/x', (req, res) => res.status(404).end());";
    const titles = alternativeFixes(text, at('javascript', text, '404'), kb).map((f) => f.title);
    assert.ok(titles.includes('Use 410 Gone — the resource was removed permanently'), titles.join('\n'));
    assert.ok(titles.includes('Use 403 Forbidden — it exists but this caller may not see it'), titles.join('\n'));
  });

  it('names the header a new code needs and offers to add it where the call makes that simple', () => {
    const express = "res.status(403).json({ error: 'forbidden' });";
    const fixes = alternativeFixes(express, at('javascript', express, '403'), kb).filter((f) => f.code === 401);
    assert.deepEqual(fixes.map((f) => f.title), [
      `Use 401 Unauthorized — ${kb.get(403)?.alternatives.find((a) => a.code === 401)?.when ?? ''} (needs WWW-Authenticate)`,
      'Use 401 Unauthorized and add WWW-Authenticate',
    ]);
    assert.equal(applyEdits(express, fixes[1]?.edits ?? []), "res.status(401).header('WWW-Authenticate', 'Bearer realm=\"api\"').json({ error: 'forbidden' });");
    const node = "res.writeHead(404, { 'Content-Type': 'text/plain' });";
    const to405 = rewriteTo(node, at('javascript', node, '404'), 405);
    assert.ok(to405);
    const nodeFix = alternativeFixes(node.replace('404', '501'), at('javascript', node.replace('404', '501'), '501'), kb).find((f) => f.title.endsWith('and add Allow'));
    assert.equal(applyEdits(node.replace('404', '501'), nodeFix?.edits ?? []), "res.writeHead(405, { 'Allow': 'GET, HEAD', 'Content-Type': 'text/plain' });");
    const sendStatus = 'res.sendStatus(403);';
    assert.ok(!alternativeFixes(sendStatus, at('javascript', sendStatus, '403'), kb).some((f) => f.title.includes('and add')), 'no header after sendStatus has sent');
  });

  it('still adds Location when switching to 303, whose Location RFC 9110 states without a keyword', () => {
    const text = 'res.status(205).end();';
    const titles = alternativeFixes(text, at('javascript', text, '205'), kb).filter((f) => f.code === 303).map((f) => f.title);
    assert.ok(titles.some((t) => t.endsWith('(needs Location)')), titles.join('\n'));
    assert.ok(titles.includes('Use 303 See Other and add Location'), titles.join('\n'));
  });

  it('adds a required header to a response built without it', () => {
    const text = "res.status(401).json({ error: 'login' });";
    const [fix] = headerFixes(text, at('javascript', text, '401'));
    assert.ok(fix);
    assert.equal(fix.title, 'Add the WWW-Authenticate header 401 needs');
    assert.equal(applyEdits(text, fix.edits), "res.status(401).header('WWW-Authenticate', 'Bearer realm=\"api\"').json({ error: 'login' });");
    assert.deepEqual(headerFixes('res.status(404).end();', at('javascript', 'res.status(404).end();', '404')), []);
  });

  it('adds Connection: upgrade with Upgrade on 426, as RFC 9110 §7.8 requires of every sender of Upgrade', () => {
    const text = "res.status(426).json({ error: 'upgrade' });";
    const [fix] = headerFixes(text, at('javascript', text, '426'));
    assert.ok(fix);
    assert.equal(fix.title, 'Add the Upgrade and Connection headers 426 needs');
    assert.equal(applyEdits(text, fix.edits), "res.status(426).header('Upgrade', 'HTTP/2').header('Connection', 'upgrade').json({ error: 'upgrade' });");
    // 505 offers 426 as an alternative: switching adds both headers in one edit.
    const node = "res.writeHead(505, { 'Content-Type': 'text/plain' });";
    const to426 = alternativeFixes(node, at('javascript', node, '505'), kb).find((f) => f.code === 426 && f.title.includes('and add'));
    assert.ok(to426, 'a fix to 426 that adds its headers');
    assert.match(to426.title, /add Upgrade, Connection$/);
    assert.equal(applyEdits(node, to426.edits), "res.writeHead(426, { 'Upgrade': 'HTTP/2', 'Connection': 'upgrade', 'Content-Type': 'text/plain' });");
  });

  it('marks the registered code as preferred for a non-standard one', () => {
    const text = 'res.status(444).end();';
    const fixes = alternativeFixes(text, at('javascript', text, '444'), kb);
    const preferred = fixes.filter((f) => f.preferred);
    assert.equal(preferred.length, 1);
    assert.equal(preferred[0]?.code, kb.get(444)?.preferInstead);
  });

  it('prefers nothing for a log-only code (499): its alternatives are other situations, not replacements', () => {
    const text = 'res.status(499).end();';
    const fixes = alternativeFixes(text, at('javascript', text, '499'), kb);
    assert.ok(fixes.length > 0, 'alternatives are still offered');
    assert.deepEqual(fixes.filter((f) => f.preferred), []);
  });

  describe('literal ↔ constant', () => {
    it('uses the scheme the file already uses', () => {
      const text = 'import "net/http"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusOK)\n\tw.WriteHeader(404)\n}\n';
      const [toConstant] = refactorings(text, 'go', at('go', text, '404'));
      assert.ok(toConstant);
      assert.equal(toConstant.title, 'Replace 404 with http.StatusNotFound');
      assert.equal(toConstant.kind, 'refactor.rewrite');
      const [toLiteral] = refactorings(text, 'go', at('go', text, 'StatusOK'));
      assert.equal(toLiteral?.title, 'Replace http.StatusOK with 200');
    });

    it('adds the standard-library import in Python when the file has no scheme yet', () => {
      const text = 'from flask import abort\n\n\ndef f():\n    abort(404)\n';
      const [fix] = refactorings(text, 'python', at('python', text, '404'));
      assert.ok(fix);
      assert.equal(fix.title, 'Replace 404 with HTTPStatus.NOT_FOUND (adds "from http import HTTPStatus")');
      assert.equal(applyEdits(text, fix.edits), 'from flask import abort\nfrom http import HTTPStatus\n\n\ndef f():\n    abort(HTTPStatus.NOT_FOUND)\n');
    });

    it('uses Rails symbols where Rails takes them, and never in a Rack triplet', () => {
      const rails = '    head 404';
      assert.equal(refactorings(rails, 'ruby', at('ruby', rails, '404'))[0]?.title, 'Replace 404 with :not_found');
      const rack = "    [404, { 'content-type' => 'text/plain' }, ['x']]";
      assert.deepEqual(refactorings(rack, 'ruby', at('ruby', rack, '404')), []);
    });

    it('offers no literal for constants whose type is not a number (Spring HttpStatus)', () => {
      const text = 'return ResponseEntity.status(HttpStatus.NOT_FOUND).build();';
      assert.deepEqual(refactorings(text, 'java', at('java', text, 'NOT_FOUND')), []);
    });
  });

  it('rewrites the phrase given right after the code with it', () => {
    const text = "sendError(res, 405, 'Method Not Allowed');\nfunction sendError(res, status, message) { res.status(status).send(message); }";
    const fix = alternativeFixes(text, at('javascript', text, '405'), kb).find((f) => f.code === 501);
    assert.ok(fix);
    assert.equal(applyEdits(text, fix.edits).split('\n')[0], "sendError(res, 501, 'Not Implemented');");
    const shouting = 'abort(404, "NOT FOUND")';
    const gone = alternativeFixes(shouting, at('python', shouting, '404'), kb).find((f) => f.code === 410);
    assert.equal(applyEdits(shouting, gone?.edits ?? []), 'abort(410, "GONE")');
    const map = 'MESSAGES = {\n  404: "Not Found",\n  500: "Internal Server Error",\n}';
    const mapFix = alternativeFixes(map, at('python', map, '404'), kb).find((f) => f.code === 410);
    assert.equal(applyEdits(map, mapFix?.edits ?? []).split('\n')[1], '  410: "Gone",');
    const former = "sendError(res, 413, 'Request Entity Too Large')";
    const to414 = alternativeFixes(former, at('javascript', former, '413'), kb).find((f) => f.code === 414);
    assert.equal(applyEdits(former, to414?.edits ?? []), "sendError(res, 414, 'URI Too Long')", 'a former phrase is read as the phrase too');
    const ownWords = "res.status(404).send('no such order')";
    const kept = alternativeFixes(ownWords, at('javascript', ownWords, '404'), kb).find((f) => f.code === 410);
    assert.equal(applyEdits(ownWords, kept?.edits ?? []), "res.status(410).send('no such order')", 'a message of its own is left alone');
  });

  it('does not rewrite a number its row pairs with a name of the same status: the row would lie', () => {
    const text = 'ERRORS = [(exceptions.NotFound, 404), (exceptions.Gone, 410)]';
    const number = scan(text, 'python').find((o) => o.idiom === 'paired-with-name' && o.code === 404);
    assert.ok(number, 'the number is found as paired with its name');
    assert.deepEqual(alternativeFixes(text, number, kb), []);
  });

  it('offers constant → literal only where the number still reads as a status', () => {
    const kept = 'return StatusCode(StatusCodes.Status404NotFound);';
    assert.ok(refactorings(kept, 'csharp', at('csharp', kept, 'StatusCodes.Status404NotFound')).some((r) => r.title.startsWith('Replace')));
    const lost = 'var isMissing = code == StatusCodes.Status404NotFound;';
    const found = at('csharp', lost, 'StatusCodes.Status404NotFound');
    assert.ok(!refactorings(lost, 'csharp', found).some((r) => r.title.startsWith('Replace')), 'a bare 404 there would no longer be a status');
  });
});
