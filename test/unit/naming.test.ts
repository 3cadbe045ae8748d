import * as assert from 'node:assert/strict';
import { allSchemes, schemeById } from '../../src/core/naming/schemes';

function scheme(id: string) {
  const found = schemeById(id);
  assert.ok(found, id);
  return found;
}

// Each expectation is a name (or a gap) stated in shared/reference/idioms.md §11.
const NAMES: readonly (readonly [scheme: string, code: number, name: string | undefined])[] = [
  ['go.http', 404, 'StatusNotFound'], ['go.http', 203, 'StatusNonAuthoritativeInfo'], ['go.http', 413, 'StatusRequestEntityTooLarge'],
  ['go.http', 418, 'StatusTeapot'], ['go.http', 226, 'StatusIMUsed'], ['go.http', 505, 'StatusHTTPVersionNotSupported'], ['go.http', 306, undefined],
  ['python.HTTPStatus', 413, 'REQUEST_ENTITY_TOO_LARGE'], ['python.HTTPStatus', 418, 'IM_A_TEAPOT'], ['python.HTTPStatus', 306, undefined],
  ['starlette.status', 404, 'HTTP_404_NOT_FOUND'], ['starlette.status', 306, 'HTTP_306_RESERVED'], ['starlette.status', 422, 'HTTP_422_UNPROCESSABLE_ENTITY'],
  ['spring.HttpStatus', 418, 'I_AM_A_TEAPOT'], ['spring.HttpStatus', 416, 'REQUESTED_RANGE_NOT_SATISFIABLE'], ['spring.HttpStatus', 305, undefined],
  ['nestjs.HttpStatus', 421, 'MISDIRECTED'], ['nestjs.HttpStatus', 413, 'PAYLOAD_TOO_LARGE'], ['nestjs.HttpStatus', 507, undefined],
  ['http-status-codes', 302, 'MOVED_TEMPORARILY'], ['http-status-codes', 413, 'REQUEST_TOO_LONG'], ['http-status-codes', 425, undefined],
  ['axios.HttpStatusCode', 200, 'Ok'], ['axios.HttpStatusCode', 414, 'UriTooLong'], ['axios.HttpStatusCode', 306, 'Unused'],
  ['dotnet.HttpStatusCode', 200, 'OK'], ['dotnet.HttpStatusCode', 414, 'RequestUriTooLong'], ['dotnet.HttpStatusCode', 418, undefined],
  ['aspnet.StatusCodes', 404, 'Status404NotFound'], ['aspnet.StatusCodes', 203, 'Status203NonAuthoritative'], ['aspnet.StatusCodes', 505, 'Status505HttpVersionNotsupported'],
  ['ktor.HttpStatusCode', 431, 'RequestHeaderFieldTooLarge'], ['ktor.HttpStatusCode', 505, 'VersionNotSupported'], ['ktor.HttpStatusCode', 451, undefined],
  ['servlet.SC', 302, 'SC_FOUND'], ['servlet.SC', 413, 'SC_REQUEST_ENTITY_TOO_LARGE'],
  ['symfony.Response', 308, 'HTTP_PERMANENTLY_REDIRECT'], ['symfony.Response', 505, 'HTTP_VERSION_NOT_SUPPORTED'],
  ['http.StatusCode', 413, 'PAYLOAD_TOO_LARGE'], ['http.StatusCode', 203, 'NON_AUTHORITATIVE_INFORMATION'],
  ['rack.symbols', 404, 'not_found'], ['rack.symbols', 413, 'payload_too_large'], ['rack.symbols', 418, undefined],
  ['plug.atoms', 413, 'request_entity_too_large'], ['plug.atoms', 418, 'im_a_teapot'],
  ['boom', 410, 'resourceGone'], ['boom', 422, 'badData'], ['boom', 451, 'illegal'],
  ['nestjs.exceptions', 404, 'NotFoundException'], ['nestjs.exceptions', 418, 'ImATeapotException'], ['nestjs.exceptions', 429, undefined],
  ['jdk.HttpURLConnection', 405, 'HTTP_BAD_METHOD'], ['jdk.HttpURLConnection', 500, 'HTTP_INTERNAL_ERROR'],
  ['django.HttpResponse', 405, 'HttpResponseNotAllowed'], ['aiohttp.web', 200, 'HTTPOk'],
];

describe('naming schemes', () => {
  for (const [id, code, name] of NAMES) {
    it(`${id} names ${code} ${name ?? '(no name)'}`, () => {
      assert.equal(scheme(id).nameOf(code), name);
      if (name) assert.equal(scheme(id).codeOf(name), code);
    });
  }

  it('writes names every supported version has, and reads the newer RFC 9110 names back too', () => {
    assert.equal(scheme('spring.HttpStatus').nameOf(422), 'UNPROCESSABLE_ENTITY');
    assert.equal(scheme('spring.HttpStatus').codeOf('UNPROCESSABLE_CONTENT'), 422);
    assert.equal(scheme('python.HTTPStatus').codeOf('CONTENT_TOO_LARGE'), 413);
    assert.equal(scheme('starlette.status').codeOf('HTTP_422_UNPROCESSABLE_CONTENT'), 422);
    assert.equal(scheme('rack.symbols').codeOf('unprocessable_content'), 422);
    assert.equal(scheme('dotnet.HttpStatusCode').codeOf('RedirectKeepVerb'), 307);
    assert.equal(scheme('rack.symbols').codeOf('unprocessable_entity'), 422);
  });

  it('has unique ids and no name that reads back to two codes within a scheme', () => {
    const schemes = allSchemes();
    assert.equal(new Set(schemes.map((s) => s.id)).size, schemes.length);
    for (const s of schemes) {
      for (const [name, code] of s.names) assert.ok(code >= 100 && code <= 599, `${s.id} ${name}`);
    }
  });
});
