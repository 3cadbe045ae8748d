import type { LanguageFamily } from '../detection/languages';
import { LIBRARY_PHRASES, phraseWords } from './phrases';

// How each library names status codes: a rule that derives names from reason phrases, plus the
// exceptions and gaps listed in shared/reference/idioms.md (§11). Detection reads names back to
// codes; fixes write the name of another code in the same scheme.

export type NameStyle = 'UPPER_SNAKE' | 'lower_snake' | 'Pascal' | 'PascalAcronyms' | 'camel';

export interface SchemeSpec {
  /** Stable id reported as the occurrence's idiom, e.g. "go.http". */
  readonly id: string;
  readonly families: readonly LanguageFamily[];
  readonly kind: 'constant' | 'helper';
  /** Written before the name when a fix produces one, e.g. "http." or "HttpStatus.". */
  readonly qualifier: string;
  /** Must match the end of the text before the name (the qualifier and what may precede it). */
  readonly before: RegExp;
  /** Must match the start of the text after the name, e.g. a call's parenthesis. */
  readonly after?: RegExp;
  readonly style: NameStyle;
  readonly prefix?: string;
  readonly suffix?: string;
  /** Put the number into the name after the prefix: HTTP_404_NOT_FOUND, Status404NotFound. */
  readonly embedCode?: { readonly separator: string };
  /** Restrict to these codes (default: every code with a library phrase). */
  readonly only?: readonly number[];
  /** Codes the library does not name. */
  readonly missing?: readonly number[];
  /** Names that differ from the rule (without prefix/suffix unless `exact`). */
  readonly overrides?: Readonly<Record<number, string>>;
  /** Further names that read back to a code (deprecated or alternative spellings), full names. */
  readonly aliases?: Readonly<Record<string, number>>;
}

export interface NamingScheme extends SchemeSpec {
  /** The scheme's canonical name for a code, or undefined if the library has none. */
  nameOf(code: number): string | undefined;
  /** The code a full name stands for, or undefined. */
  codeOf(name: string): number | undefined;
  /** Every name that reads back to a code. */
  readonly names: ReadonlyMap<string, number>;
}

function styled(words: readonly string[], style: NameStyle): string {
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  switch (style) {
    case 'UPPER_SNAKE':
      return words.map((w) => w.toUpperCase()).join('_');
    case 'lower_snake':
      return words.map((w) => w.toLowerCase()).join('_');
    case 'Pascal':
      return words.map(cap).join('');
    case 'PascalAcronyms':
      return words.map((w) => (w.length > 1 && w === w.toUpperCase() ? w : cap(w))).join('');
    case 'camel':
      return words.map((w, i) => (i === 0 ? w.toLowerCase() : cap(w))).join('');
  }
}

function defineScheme(spec: SchemeSpec): NamingScheme {
  const byCode = new Map<number, string>();
  const names = new Map<string, number>();
  const codes = spec.only ?? Object.keys(LIBRARY_PHRASES).map(Number);
  const missing = new Set(spec.missing ?? []);
  const overrides = spec.overrides ?? {};
  const allCodes = new Set([...codes, ...Object.keys(overrides).map(Number)]);
  for (const code of allCodes) {
    if (missing.has(code)) continue;
    const phrase = LIBRARY_PHRASES[code];
    const core = overrides[code] ?? (phrase === undefined ? undefined : styled(phraseWords(phrase), spec.style));
    if (core === undefined) continue;
    const embedded = spec.embedCode ? `${code}${spec.embedCode.separator}` : '';
    const name = `${spec.prefix ?? ''}${embedded}${core}${spec.suffix ?? ''}`;
    byCode.set(code, name);
    names.set(name, code);
  }
  for (const [name, code] of Object.entries(spec.aliases ?? {})) names.set(name, code);
  return {
    ...spec,
    names,
    nameOf: (code) => byCode.get(code),
    codeOf: (name) => names.get(name),
  };
}

// Shapes of what may stand before a qualified name.
const member = (qualifier: string): RegExp => new RegExp(`(?:^|[^\\w$.])${qualifier.replace(/[.$]/g, '\\$&')}$`);
const CALL = /^\s*\(/;

/** aiohttp's `web.HTTP*` exceptions, whose names (WebOb's) differ from the phrases here. */
const AIOHTTP_CODES = [200, 201, 202, 203, 204, 205, 206, 300, 301, 302, 303, 304, 305, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422, 424, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 510, 511];
const WEBOB_NAMES: Readonly<Record<number, string>> = { 200: 'Ok', 413: 'RequestEntityTooLarge', 414: 'RequestURITooLong', 416: 'RequestRangeNotSatisfiable', 422: 'UnprocessableEntity', 505: 'VersionNotSupported' };

/** Go's net/http names that differ from the phrases; Fiber copies them. */
const GO_NAMES: Readonly<Record<number, string>> = {
  407: 'ProxyAuthRequired', 413: 'RequestEntityTooLarge', 414: 'RequestURITooLong', 416: 'RequestedRangeNotSatisfiable', 418: 'Teapot', 422: 'UnprocessableEntity',
};

/** Codes Rack::Response::Helpers has a predicate for (`ok?`, `not_found?`), as RSpec's `be_ok` reads them. */
const RACK_PREDICATES = [200, 201, 202, 204, 301, 400, 401, 403, 404, 405, 406, 408, 409, 410, 412, 415, 422, 429, 500];

/** The schemes as data; their name tables are built on first use (not at activation). */
const SPECS: readonly SchemeSpec[] = [
  // ── JavaScript / TypeScript ──
  {
    id: 'http-status-codes', families: ['js'], kind: 'constant', qualifier: 'StatusCodes.',
    before: member('StatusCodes.'), style: 'UPPER_SNAKE',
    overrides: { 302: 'MOVED_TEMPORARILY', 413: 'REQUEST_TOO_LONG', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 418: 'IM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY', 419: 'INSUFFICIENT_SPACE_ON_RESOURCE', 420: 'METHOD_FAILURE' },
    missing: [208, 226, 425, 506, 508, 510],
  },
  {
    // The `http-status` package (`httpStatus.NOT_FOUND`, `httpStatus[404]`), as real Express apps import it.
    id: 'http-status', families: ['js'], kind: 'constant', qualifier: 'httpStatus.',
    before: member('httpStatus.'), style: 'UPPER_SNAKE',
    overrides: { 413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 418: 'IM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY' },
    aliases: { PAYLOAD_TOO_LARGE: 413, URI_TOO_LONG: 414, RANGE_NOT_SATISFIABLE: 416, UNPROCESSABLE_CONTENT: 422, CONTENT_TOO_LARGE: 413 },
  },
  {
    id: 'http-status-codes.ReasonPhrases', families: ['js'], kind: 'constant', qualifier: 'ReasonPhrases.',
    before: member('ReasonPhrases.'), style: 'UPPER_SNAKE',
    overrides: { 302: 'MOVED_TEMPORARILY', 413: 'REQUEST_TOO_LONG', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 418: 'IM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY' },
    missing: [208, 226, 425, 506, 508, 510],
  },
  {
    id: 'nestjs.HttpStatus', families: ['js'], kind: 'constant', qualifier: 'HttpStatus.',
    before: member('HttpStatus.'), style: 'UPPER_SNAKE',
    overrides: { 413: 'PAYLOAD_TOO_LARGE', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 418: 'I_AM_A_TEAPOT', 421: 'MISDIRECTED', 422: 'UNPROCESSABLE_ENTITY' },
    aliases: { AMBIGUOUS: 300, EARLYHINTS: 103 },
    missing: [305, 507],
  },
  {
    id: 'axios.HttpStatusCode', families: ['js'], kind: 'constant', qualifier: 'HttpStatusCode.',
    before: member('HttpStatusCode.'), style: 'Pascal',
    overrides: { 306: 'Unused', 413: 'PayloadTooLarge', 418: 'ImATeapot', 422: 'UnprocessableEntity' },
  },
  {
    id: 'nestjs.exceptions', families: ['js'], kind: 'helper', qualifier: '', before: /(?:^|[^\w$.])$/,
    style: 'Pascal', suffix: 'Exception',
    only: [400, 401, 403, 404, 405, 406, 408, 409, 410, 412, 413, 415, 418, 421, 422, 500, 501, 502, 503, 504, 505],
    overrides: { 413: 'PayloadTooLarge', 418: 'ImATeapot', 421: 'Misdirected', 422: 'UnprocessableEntity' },
  },
  {
    id: 'boom', families: ['js'], kind: 'helper', qualifier: 'Boom.', before: member('Boom.'), after: CALL, style: 'camel',
    only: [400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 422, 423, 424, 425, 428, 429, 451, 500, 501, 502, 503, 504],
    overrides: { 407: 'proxyAuthRequired', 408: 'clientTimeout', 410: 'resourceGone', 413: 'entityTooLarge', 418: 'teapot', 422: 'badData', 451: 'illegal', 500: 'badImplementation', 503: 'serverUnavailable' },
    aliases: { internal: 500 },
  },
  {
    // @fastify/sensible (reply.notFound(), fastify.httpErrors.conflict()) and Hono's c.notFound()
    id: 'fastify.sensible', families: ['js'], kind: 'helper', qualifier: 'reply.', before: /\b(?:httpErrors|reply|c)\.$/, after: CALL, style: 'camel',
    only: [400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511],
    overrides: { 413: 'payloadTooLarge', 422: 'unprocessableEntity' },
  },
  {
    id: 'nestjs.swagger', families: ['js'], kind: 'helper', qualifier: '@', before: /(?:^|[^\w$.])$/, style: 'Pascal', prefix: 'Api', suffix: 'Response',
    only: [200, 201, 202, 204, 301, 302, 400, 401, 403, 404, 405, 406, 408, 409, 410, 412, 413, 415, 418, 421, 422, 429, 500, 501, 502, 503, 504],
    overrides: { 200: 'Ok', 204: 'NoContent', 301: 'MovedPermanently', 302: 'Found', 413: 'PayloadTooLarge', 418: 'IAmATeapot', 421: 'Misdirected', 422: 'UnprocessableEntity' },
  },
  {
    id: 'http-errors', families: ['js'], kind: 'helper', qualifier: 'createError.', before: member('createError.'), after: CALL,
    style: 'PascalAcronyms',
    only: [400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511],
    overrides: { 413: 'PayloadTooLarge', 418: 'ImATeapot', 422: 'UnprocessableEntity' },
  },
  // ── Python ──
  {
    id: 'python.HTTPStatus', families: ['python'], kind: 'constant', qualifier: 'HTTPStatus.',
    before: member('HTTPStatus.'), style: 'UPPER_SNAKE',
    // Written with the names every Python 3 has; 3.13's RFC 9110 names read back too.
    overrides: { 413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 422: 'UNPROCESSABLE_ENTITY' },
    aliases: { CONTENT_TOO_LARGE: 413, URI_TOO_LONG: 414, RANGE_NOT_SATISFIABLE: 416, UNPROCESSABLE_CONTENT: 422 },
  },
  {
    id: 'starlette.status', families: ['python'], kind: 'constant', qualifier: 'status.',
    before: /(?:^|[^\w$.])(?:status\.|status_codes\.)?$/, style: 'UPPER_SNAKE', prefix: 'HTTP_', embedCode: { separator: '_' },
    // Written with the names DRF and every Starlette have (≥0.48 still resolves them, with a warning).
    overrides: { 306: 'RESERVED', 413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 418: 'IM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY' },
    aliases: {
      HTTP_413_CONTENT_TOO_LARGE: 413, HTTP_414_URI_TOO_LONG: 414,
      HTTP_416_RANGE_NOT_SATISFIABLE: 416, HTTP_422_UNPROCESSABLE_CONTENT: 422, HTTP_509_BANDWIDTH_LIMIT_EXCEEDED: 509,
    },
  },
  {
    id: 'httpx.codes', families: ['python'], kind: 'constant', qualifier: 'codes.', before: /(?:^|[^\w$.])(?:httpx\.)?codes\.$/, style: 'UPPER_SNAKE',
    overrides: { 413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 418: 'IM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY' },
  },
  {
    id: 'requests.codes', families: ['python'], kind: 'constant', qualifier: 'codes.', before: /(?:^|[^\w$.])(?:requests\.)?codes\.$/, style: 'lower_snake',
    overrides: { 413: 'request_entity_too_large', 414: 'request_uri_too_large', 416: 'requested_range_not_satisfiable', 418: 'im_a_teapot', 422: 'unprocessable_entity' },
    aliases: { okay: 200, all_ok: 200, moved: 301, other: 303, not_allowed: 405, timeout: 408, server_error: 500, unprocessable: 422, content_too_large: 413, uri_too_long: 414, range_not_satisfiable: 416, teapot: 418, too_early: 425 },
  },
  {
    id: 'aiohttp.web', families: ['python'], kind: 'helper', qualifier: 'web.', before: member('web.'), style: 'Pascal', prefix: 'HTTP',
    only: AIOHTTP_CODES, overrides: WEBOB_NAMES,
  },
  {
    // WebOb's and Pyramid's exceptions carry the names aiohttp took from them, imported bare or from
    // their module: `raise HTTPNotFound`, `httpexceptions.HTTPForbidden()`, `exc.HTTPSeeOther(url)`.
    id: 'webob.exc', families: ['python'], kind: 'helper', qualifier: '', before: /(?:^|[^\w$.]|\b(?:httpexceptions|exc)\.)$/, style: 'Pascal', prefix: 'HTTP',
    only: AIOHTTP_CODES, overrides: WEBOB_NAMES,
  },
  {
    id: 'django.HttpResponse', families: ['python'], kind: 'helper', qualifier: '', before: /(?:^|[^\w$])$/,
    style: 'Pascal', prefix: 'HttpResponse', only: [302, 301, 304, 400, 403, 404, 405, 410, 500],
    overrides: { 302: 'Redirect', 301: 'PermanentRedirect', 405: 'NotAllowed', 500: 'ServerError' },
    aliases: { Http404: 404, get_object_or_404: 404, get_list_or_404: 404 },
  },
  // Flask-SQLAlchemy's lookups that abort with 404 when nothing matches: `User.query.first_or_404()`, `db.get_or_404(User, id)`.
  {
    id: 'flask_sqlalchemy.or_404', families: ['python'], kind: 'helper', qualifier: '', before: /\.$/, after: /^\(/, style: 'lower_snake',
    only: [], aliases: { first_or_404: 404, get_or_404: 404, one_or_404: 404 },
  },
  {
    id: 'python.exceptions', families: ['python'], kind: 'helper', qualifier: '',
    before: /(?:(?:^|[^\w$])(?:raise\s+|abort\()(?:[\w.]+\.)?|\bexceptions\.|^\s*from\s+[\w.]+\s+import\s(?:[\w\s,(]*,)?\s*|^\s+(?:\w+,\s*)*|\bexcept\s+\(?(?:[\w.]+\s*,\s*)*|\.(?:exception|errorhandler|register_error_handler)\(\s*\[?(?:[\w.]+\s*,\s*)*)$/, style: 'Pascal',
    only: [400, 401, 403, 404, 405, 406, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 422, 423, 424, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505],
    overrides: { 413: 'RequestEntityTooLarge', 414: 'RequestURITooLarge', 416: 'RequestedRangeNotSatisfiable', 418: 'ImATeapot', 422: 'UnprocessableEntity', 505: 'HTTPVersionNotSupported' },
    aliases: { PermissionDenied: 403, NotAuthenticated: 401, AuthenticationFailed: 401, Throttled: 429, ServerError: 500, PayloadTooLarge: 413, RangeNotSatisfiable: 416 },
  },
  // ── Go ──
  {
    id: 'go.http', families: ['go'], kind: 'constant', qualifier: 'http.', before: member('http.'), style: 'PascalAcronyms', prefix: 'Status',
    overrides: { ...GO_NAMES, 203: 'NonAuthoritativeInfo' },
  },
  {
    id: 'fiber', families: ['go'], kind: 'constant', qualifier: 'fiber.', before: member('fiber.'), style: 'PascalAcronyms', prefix: 'Status',
    overrides: { ...GO_NAMES, 306: 'SwitchProxy' },
  },
  {
    id: 'fiber.errors', families: ['go'], kind: 'helper', qualifier: 'fiber.', before: member('fiber.'), style: 'PascalAcronyms', prefix: 'Err',
    only: [400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511],
    overrides: GO_NAMES,
  },
  {
    id: 'echo.errors', families: ['go'], kind: 'helper', qualifier: 'echo.', before: member('echo.'), style: 'Pascal', prefix: 'Err',
    only: [400, 401, 403, 404, 405, 408, 413, 415, 429, 500, 502, 503],
    overrides: { 413: 'StatusRequestEntityTooLarge' },
  },
  {
    id: 'go.http.helpers', families: ['go'], kind: 'helper', qualifier: 'http.', before: member('http.'), after: /^(?:\(|Handler\()/,
    style: 'Pascal', only: [404], aliases: { NotFoundHandler: 404 },
  },
  // ── JVM ──
  {
    id: 'spring.HttpStatus', families: ['jvm'], kind: 'constant', qualifier: 'HttpStatus.', before: member('HttpStatus.'), style: 'UPPER_SNAKE',
    // Written with names Spring 6 and 7 both have (7 deprecates them); 7's new names read back too.
    overrides: { 413: 'PAYLOAD_TOO_LARGE', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 418: 'I_AM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY', 509: 'BANDWIDTH_LIMIT_EXCEEDED' },
    aliases: { CONTENT_TOO_LARGE: 413, UNPROCESSABLE_CONTENT: 422, MOVED_TEMPORARILY: 302, REQUEST_ENTITY_TOO_LARGE: 413, REQUEST_URI_TOO_LONG: 414, CHECKPOINT: 103, USE_PROXY: 305, INSUFFICIENT_SPACE_ON_RESOURCE: 419, METHOD_FAILURE: 420, DESTINATION_LOCKED: 421 },
    missing: [305],
  },
  {
    id: 'servlet.SC', families: ['jvm'], kind: 'constant', qualifier: 'HttpServletResponse.',
    // Apache HttpComponents' `HttpStatus.SC_*` spell the servlet names.
    before: /(?:^|[^\w$.])(?:HttpServletResponse\.|HttpStatus\.|response\.|resp\.|res\.)?$/, style: 'UPPER_SNAKE', prefix: 'SC_',
    only: [100, 101, 200, 201, 202, 203, 204, 205, 206, 300, 301, 302, 303, 304, 305, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422, 426, 428, 429, 431, 500, 501, 502, 503, 504, 505, 511],
    overrides: { 413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE' },
    aliases: { SC_MOVED_TEMPORARILY: 302 },
  },
  {
    id: 'jaxrs.Response.Status', families: ['jvm'], kind: 'constant', qualifier: 'Response.Status.',
    before: /(?:^|[^\w$.])(?:Response\.)?Status\.$/, style: 'UPPER_SNAKE',
    only: [200, 201, 202, 204, 205, 206, 301, 302, 303, 304, 305, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 428, 429, 431, 500, 501, 502, 503, 504, 505, 511],
    overrides: { 413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE' },
  },
  {
    id: 'jdk.HttpURLConnection', families: ['jvm'], kind: 'constant', qualifier: 'HttpURLConnection.', before: member('HttpURLConnection.'),
    style: 'UPPER_SNAKE', prefix: 'HTTP_',
    only: [200, 201, 202, 203, 204, 205, 206, 300, 301, 302, 303, 304, 305, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 500, 501, 502, 503, 504, 505],
    overrides: { 203: 'NOT_AUTHORITATIVE', 205: 'RESET', 206: 'PARTIAL', 300: 'MULT_CHOICE', 301: 'MOVED_PERM', 302: 'MOVED_TEMP', 303: 'SEE_OTHER', 405: 'BAD_METHOD', 407: 'PROXY_AUTH', 408: 'CLIENT_TIMEOUT', 412: 'PRECON_FAILED', 413: 'ENTITY_TOO_LARGE', 414: 'REQ_TOO_LONG', 415: 'UNSUPPORTED_TYPE', 500: 'INTERNAL_ERROR', 503: 'UNAVAILABLE', 504: 'GATEWAY_TIMEOUT', 505: 'VERSION' },
    aliases: { HTTP_SERVER_ERROR: 500 },
  },
  {
    id: 'ktor.HttpStatusCode', families: ['jvm'], kind: 'constant', qualifier: 'HttpStatusCode.', before: member('HttpStatusCode.'), style: 'Pascal',
    overrides: { 200: 'OK', 306: 'SwitchProxy', 413: 'PayloadTooLarge', 414: 'RequestURITooLong', 416: 'RequestedRangeNotSatisfiable', 422: 'UnprocessableEntity', 431: 'RequestHeaderFieldTooLarge', 505: 'VersionNotSupported' },
    missing: [103, 208, 226, 418, 421, 451, 508, 510, 511],
  },
  {
    // http4k's `org.http4k.core.Status`: `Response(Status.NOT_FOUND)`, `Status.I_M_A_TEAPOT`
    id: 'http4k.Status', families: ['jvm'], kind: 'constant', qualifier: 'Status.', before: /(?:^|[^\w$.])Status\.$/, style: 'UPPER_SNAKE',
    only: [100, 101, 200, 201, 202, 203, 204, 205, 206, 300, 301, 302, 303, 304, 305, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505],
    overrides: { 413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 418: 'I_M_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY' },
    // Statuses http4k's own client reports for failures it generated (`clientGenerated = true`)
    aliases: { CONNECTION_REFUSED: 503, UNKNOWN_HOST: 503, CLIENT_TIMEOUT: 504 },
  },
  {
    id: 'spring.ResponseEntity', families: ['jvm'], kind: 'helper', qualifier: 'ResponseEntity.', before: member('ResponseEntity.'), after: CALL,
    style: 'camel', only: [200, 201, 202, 204, 400, 404, 422, 500],
    overrides: { 422: 'unprocessableEntity' }, aliases: { unprocessableContent: 422 },
  },
  {
    id: 'jaxrs.Response', families: ['jvm'], kind: 'helper', qualifier: 'Response.', before: member('Response.'), after: CALL,
    style: 'camel', only: [200, 201, 202, 204, 303, 304, 307, 406, 500],
    overrides: { 303: 'seeOther', 307: 'temporaryRedirect', 500: 'serverError' },
  },
  {
    id: 'spring.StatusResultMatchers', families: ['jvm'], kind: 'helper', qualifier: 'status().',
    // `status().isOk()`, WebTestClient's `expectStatus().isOk()`, the Kotlin DSL's `status { isOk() }`
    // Kotlin reads `isOk()` as a property too: `andExpect(status().isOk)`
    before: /(?:(?<![\w$])status\(\)|(?<![\w$])expectStatus\(\)|(?<!\w)\w*StatusAssertions\([^()\n]*\))\.$|\bstatus\s*\{(?:[^{}\n]*;)?\s*$/, after: /^(?:\s*\(|(?![\w$]))/, style: 'Pascal', prefix: 'is',
    overrides: { 413: 'PayloadTooLarge', 416: 'RequestedRangeNotSatisfiable', 418: 'IAmATeapot', 422: 'UnprocessableEntity', 509: 'BandwidthLimitExceeded' },
    aliases: { isContentTooLarge: 413, isUnprocessableContent: 422 },
    missing: [305],
  },
  {
    // Micronaut's static responses: `return HttpResponse.ok(body)`, `HttpResponse.notFound()`
    id: 'micronaut.HttpResponse', families: ['jvm'], kind: 'helper', qualifier: 'HttpResponse.', before: /(?:^|[^\w$.])HttpResponse\.(?:<[\w<>, ?]*>)?$/, after: /^\s*\(/,
    style: 'camel', only: [200, 201, 202, 204, 303, 304, 307, 308, 400, 401, 404, 405, 422, 500], overrides: { 405: 'notAllowed', 422: 'unprocessableEntity', 500: 'serverError' },
  },
  {
    // Javalin's HttpResponseException subclasses: `throw NotFoundResponse()`.
    id: 'javalin.responses', families: ['jvm'], kind: 'helper', qualifier: '', before: /(?:^|[^\w$.])$/, after: /^\s*(?:\(|::)/,
    style: 'Pascal', suffix: 'Response', missing: [306, 305],
    aliases: { EnhanceYourCalmResponse: 420 },
  },
  {
    id: 'jaxrs.exceptions', families: ['jvm'], kind: 'helper', qualifier: '', before: /(?:^|[^\w$.])$/,
    style: 'Pascal', suffix: 'Exception', only: [400, 401, 403, 404, 405, 406, 415, 500, 503],
    overrides: { 401: 'NotAuthorized', 405: 'NotAllowed', 415: 'NotSupported' },
  },
  {
    // Spring's MockRestServiceServer responses: `andRespond(withBadRequest())`, `MockRestResponseCreators.withServerError()`
    id: 'spring.MockRestResponseCreators', families: ['jvm'], kind: 'helper', qualifier: 'MockRestResponseCreators.',
    before: /(?:^|[^\w$.])(?:MockRestResponseCreators\.)?$/, after: CALL, style: 'camel', only: [],
    aliases: {
      withSuccess: 200, withCreatedEntity: 201, withAccepted: 202, withNoContent: 204, withBadRequest: 400, withUnauthorizedRequest: 401,
      withForbiddenRequest: 403, withResourceNotFound: 404, withRequestConflict: 409, withTooManyRequests: 429, withServerError: 500,
      withBadGateway: 502, withServiceUnavailable: 503, withGatewayTimeout: 504,
    },
  },
  {
    id: 'spring.client-exceptions', families: ['jvm'], kind: 'helper', qualifier: 'HttpClientErrorException.',
    before: /\b(?:HttpClientErrorException|HttpServerErrorException|WebClientResponseException)\.$/, style: 'Pascal',
    only: [400, 401, 403, 404, 405, 406, 409, 410, 412, 415, 422, 429, 500, 501, 502, 503, 504],
    aliases: { UnprocessableEntity: 422 },
  },
  // ── C# / .NET ──
  {
    id: 'dotnet.HttpStatusCode', families: ['csharp'], kind: 'constant', qualifier: 'HttpStatusCode.', before: /(?:^|[^\w$.]|\bSystem\.Net\.)HttpStatusCode\.$/, style: 'Pascal',
    overrides: { 200: 'OK', 226: 'IMUsed', 306: 'Unused', 413: 'RequestEntityTooLarge', 414: 'RequestUriTooLong', 416: 'RequestedRangeNotSatisfiable', 422: 'UnprocessableEntity' },
    aliases: { Ambiguous: 300, Moved: 301, Redirect: 302, RedirectMethod: 303, RedirectKeepVerb: 307, UnprocessableContent: 422 },
    missing: [418, 425],
  },
  {
    // Also bare: `global using static Microsoft.AspNetCore.Http.StatusCodes;` may sit in any file, and the name carries its code.
    id: 'aspnet.StatusCodes', families: ['csharp'], kind: 'constant', qualifier: 'StatusCodes.', before: /(?:^|[^\w$.])(?:StatusCodes\.)?$/,
    style: 'Pascal', prefix: 'Status', embedCode: { separator: '' },
    overrides: { 203: 'NonAuthoritative', 226: 'IMUsed', 306: 'SwitchProxy', 413: 'PayloadTooLarge', 414: 'UriTooLong', 418: 'ImATeapot', 419: 'AuthenticationTimeout', 422: 'UnprocessableEntity', 499: 'ClientClosedRequest', 505: 'HttpVersionNotsupported' },
    aliases: { Status413RequestEntityTooLarge: 413, Status414RequestUriTooLong: 414, Status416RequestedRangeNotSatisfiable: 416 },
    missing: [103, 425],
  },
  {
    id: 'aspnet.results', families: ['csharp'], kind: 'helper', qualifier: '',
    before: /(?:^|[^\w$.])(?:(?:Typed)?Results\.)?$/, after: /^\s*(?:(?:<[\w<>, ?]*>)\s*)?\(/, style: 'Pascal',
    only: [200, 201, 202, 204, 400, 401, 403, 404, 409, 422],
    overrides: { 403: 'Forbid', 422: 'UnprocessableEntity' },
    aliases: { CreatedAtAction: 201, CreatedAtRoute: 201, AcceptedAtAction: 202, AcceptedAtRoute: 202, ValidationProblem: 400, InternalServerError: 500 },
  },
  {
    // Result types (NotFoundResult, OkObjectResult) and typed results in `Results<Ok<T>, NotFound>`.
    id: 'aspnet.result-types', families: ['csharp'], kind: 'helper', qualifier: '', before: /(?:^|[^\w$.])$/, style: 'Pascal', suffix: 'Result',
    only: [200, 201, 202, 204, 400, 401, 404, 409, 422],
    overrides: { 422: 'UnprocessableEntity' },
    aliases: {
      OkObjectResult: 200, CreatedResult: 201, CreatedAtActionResult: 201, CreatedAtRouteResult: 201, AcceptedResult: 202,
      BadRequestObjectResult: 400, NotFoundObjectResult: 404, ConflictObjectResult: 409, UnprocessableEntityObjectResult: 422,
      UnauthorizedObjectResult: 401, ForbidResult: 403,
    },
  },
  {
    // `Results<Ok<Order>, NotFound>`, and tests asking for one: `Assert.IsType<NotFound>(result)`, `((Ok<Order>)result.Result).Value`
    id: 'aspnet.typed-results', families: ['csharp'], kind: 'helper', qualifier: '', before: /(?:\b(?:Results|Task|ValueTask)<[\w<>, ?]*|\b(?:IsInstanceOfType|IsType|IsAssignableFrom|OfType)<|\(\()$/, after: /^\s*(?:(?:<[\w<>, ?]*>)\s*)?[,>)]/,
    style: 'Pascal', only: [200, 201, 202, 204, 400, 401, 404, 409, 422], overrides: { 422: 'UnprocessableEntity' },
  },
  {
    // Result libraries name an outcome after the status it becomes (Ardalis.Result, Foundatio.Mediator):
    // `return Result.NotFound("…")`, `Result<T>.Created(value, location)`. Not `Result.Ok()`: FluentResults' success is no status.
    id: 'dotnet.result-outcomes', families: ['csharp'], kind: 'helper', qualifier: 'Result.', before: /(?:^|[^\w$.])Result(?:<[\w<>, ?]*>)?\.$/, after: /^\s*\(/,
    style: 'Pascal', only: [201, 204, 400, 401, 403, 404, 409],
  },
  // ── Ruby / Elixir symbols ──
  {
    id: 'rack.symbols', families: ['ruby'], kind: 'constant', qualifier: ':',
    before: /(?:\b(?:[a-z]+_)?status:\s*|:status\s*=>\s*|\bhead[\s(]\s*|have_http_status[\s(]\s*|assert_response[\s(]\s*|\brespond_with[\s(]\s*|status_code\(\s*|\bstatus\s+)$/, style: 'lower_snake',
    missing: [418, 510],
    // Written with the symbols Rack 1.6 to 3.x all accept (3.1+ warns); 3.1's names read back too.
    overrides: { 413: 'payload_too_large', 422: 'unprocessable_entity' },
    aliases: { content_too_large: 413, unprocessable_content: 422, request_entity_too_large: 413, request_uri_too_long: 414, requested_range_not_satisfiable: 416, bandwidth_limit_exceeded: 509, not_extended: 510 },
  },
  {
    // Rack::Test and RSpec predicates on a response: `last_response.ok?`, `expect(last_response).to be_not_found`
    // (Sinatra's and Rack::Test's test helpers also call them bare: `assert ok?`)
    id: 'rack.predicates', families: ['ruby'], kind: 'helper', qualifier: '.', before: /\.$|\b(?:assert|refute)\s+(?:!\s*)?$/, after: /^\?/,
    style: 'lower_snake', only: RACK_PREDICATES, overrides: { 422: 'unprocessable' },
  },
  {
    id: 'rspec.be-predicates', families: ['ruby'], kind: 'helper', qualifier: '', before: /(?:^|[^\w$.])$/, after: /^(?![\w?])/,
    style: 'lower_snake', prefix: 'be_', only: RACK_PREDICATES, overrides: { 422: 'unprocessable' },
  },
  {
    id: 'sinatra.not_found', families: ['ruby'], kind: 'helper', qualifier: '', before: /(?:^|\{)\s*$/, after: /^\s*(?:do\b|\{)/, style: 'lower_snake', only: [404],
  },
  {
    id: 'sinatra.NotFound', families: ['ruby'], kind: 'helper', qualifier: 'Sinatra::', before: /\bSinatra::$/, style: 'Pascal', only: [404],
  },
  {
    id: 'plug.atoms', families: ['elixir'], kind: 'constant', qualifier: ':',
    before: /(?:put_status\((?:\w+\s*,\s*)?|send_resp\((?:\w+\s*,\s*)?|assert_error_sent\s+|\|>\s*(?:(?:json|html|text)_)?(?:response|redirected_to)\(\s*|_response\(\w+\s*,\s*|\b(?:response|resp|redirected_to)\(&?\w+\s*,\s*|\bstatus:\s*|\bplug_status:\s*|Status\.code\(\s*|Status\.reason_atom\([^()\n]*\)\s*[=!]==?\s*)$/, style: 'lower_snake',
    overrides: { 306: 'switch_proxy', 413: 'request_entity_too_large', 414: 'request_uri_too_long', 416: 'requested_range_not_satisfiable', 418: 'im_a_teapot' },
    aliases: { unprocessable_entity: 422 },
  },
  // ── PHP ──
  {
    id: 'symfony.Response', families: ['php'], kind: 'constant', qualifier: 'Response::',
    before: /(?:^|[^\w$])(?:Json|Redirect)?Response::$/, style: 'UPPER_SNAKE', prefix: 'HTTP_',
    overrides: { 306: 'RESERVED', 308: 'PERMANENTLY_REDIRECT', 413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 418: 'I_AM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY', 505: 'VERSION_NOT_SUPPORTED', 506: 'VARIANT_ALSO_NEGOTIATES_EXPERIMENTAL' },
  },
  {
    id: 'psr.StatusCodeInterface', families: ['php'], kind: 'constant', qualifier: 'StatusCodeInterface::',
    before: /(?:^|[^\w$])StatusCodeInterface::$/, style: 'UPPER_SNAKE', prefix: 'STATUS_',
    overrides: { 413: 'PAYLOAD_TOO_LARGE', 418: 'IM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY' },
  },
  {
    id: 'laravel.responses', families: ['php'], kind: 'helper', qualifier: '->', before: /->$/, after: CALL, style: 'camel', only: [204],
    aliases: { createNotFoundException: 404, createAccessDeniedException: 403 },
  },
  {
    id: 'laravel.assertions', families: ['php'], kind: 'helper', qualifier: '->', before: /->$/, after: CALL, style: 'Pascal', prefix: 'assert',
    only: [200, 201, 202, 204, 301, 302, 400, 401, 402, 403, 404, 408, 409, 410, 415, 422, 429],
    overrides: { 200: 'Ok', 422: 'Unprocessable' },
  },
  {
    id: 'symfony.exceptions', families: ['php'], kind: 'helper', qualifier: '', before: /(?:^|[^\w$])$/,
    style: 'Pascal', suffix: 'HttpException', only: [400, 401, 403, 404, 405, 406, 409, 410, 411, 412, 415, 422, 423, 428, 429, 503],
    overrides: { 403: 'AccessDenied', 422: 'UnprocessableEntity' },
  },
  // ── Rust ──
  {
    id: 'http.StatusCode', families: ['rust'], kind: 'constant', qualifier: 'StatusCode::', before: /(?:^|[^\w$:])(?:(?:http|axum::http|reqwest|actix_web::http)::)?StatusCode::$/,
    style: 'UPPER_SNAKE', overrides: { 413: 'PAYLOAD_TOO_LARGE', 418: 'IM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY' },
  },
  {
    id: 'rocket.Status', families: ['rust'], kind: 'constant', qualifier: 'Status::', before: /(?:^|[^\w$:])Status::$/, style: 'Pascal',
    overrides: { 413: 'PayloadTooLarge', 418: 'ImATeapot', 422: 'UnprocessableEntity' }, missing: [103, 425],
  },
  {
    id: 'rocket.responders', families: ['rust'], kind: 'helper', qualifier: 'status::', before: /\bstatus::$/,
    // Built, or named as a handler's return type (`Result<String, status::BadRequest<&str>>`)
    after: /^(?:::new)?\s*\(|^</, style: 'Pascal',
    only: [201, 202, 204, 400, 401, 403, 404, 409],
  },
  {
    id: 'actix.errors', families: ['rust'], kind: 'helper', qualifier: 'error::', before: /(?:^|[^\w$])(?:error::)?$/, style: 'Pascal', prefix: 'Error',
    only: [400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511],
    overrides: { 413: 'PayloadTooLarge', 418: 'ImATeapot', 422: 'UnprocessableEntity' },
  },
  {
    id: 'actix.HttpResponse', families: ['rust'], kind: 'helper', qualifier: 'HttpResponse::', before: /(?:^|[^\w$:])HttpResponse::$/,
    // Called, or handed on as a handler (`web::post().to(HttpResponse::NotFound)`)
    after: /^\s*[(),]/,
    style: 'Pascal', overrides: { 413: 'PayloadTooLarge', 418: 'ImATeapot', 422: 'UnprocessableEntity', 505: 'VersionNotSupported' }, missing: [103, 425],
  },
];

let built: readonly NamingScheme[] | undefined;

/** Every scheme, with its name tables. */
export function allSchemes(): readonly NamingScheme[] {
  built ??= SPECS.map(defineScheme);
  return built;
}

/** All schemes that apply to a language family. */
export function schemesFor(family: LanguageFamily): readonly NamingScheme[] {
  return allSchemes().filter((s) => s.families.includes(family));
}

export function schemeById(id: string): NamingScheme | undefined {
  return allSchemes().find((s) => s.id === id);
}
