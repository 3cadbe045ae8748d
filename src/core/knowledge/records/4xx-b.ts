import type { StatusRecord } from '../types';
import { ianaRegistry, mdn, rfc, rfc9110 } from './refs';

// 4xx client errors, 415–451.
export const records4xxB: readonly StatusRecord[] = [
  {
    code: 415,
    phrase: 'Unsupported Media Type',
    class: '4xx',
    status: 'standard',
    gist: 'request body format or coding not accepted',
    check: 'Use 406 if the problem is the format wanted back; 415 is about the Content-Type sent.',
    eli5:
      'You sent the server data in a format it does not take. ' +
      'It is like handing a cassette tape to someone who only owns a CD player: the tape may be fine, they simply cannot play it.',
    serverPerspective:
      'The server turns the request content away because of its format: the Content-Type names a media type this endpoint does not handle, ' +
      'or the Content-Encoding names a compression it cannot undo. The content may be perfectly valid in its own format; the server never got as far as reading it.',
    whenToUse: [
      'A JSON-only endpoint receives text/xml, multipart/form-data or a body with no Content-Type at all.',
      'The request body is compressed with a Content-Encoding (br, zstd, a custom coding) that the server cannot decode.',
      'A PUT carries a representation type the target cannot store, such as an image sent to a URL that only holds PDFs (RFC 9110 §9.3.4 names 415 or 409 for this).',
    ],
    whenNotToUse: [
      'The problem is the format the client wants back (its Accept header), not the format it sent: 406 Not Acceptable.',
      'The body has the advertised type but is broken, such as truncated JSON or a stray comma: 400 Bad Request.',
      'The JSON parses and has the right type, but its values break your rules: 422 Unprocessable Content.',
      'The URL does not take this method at all, whatever the body looks like: 405 Method Not Allowed with an Allow header.',
    ],
    howToRespond: [
      'Say what you do take: an Accept response header listing media types (for example `Accept: application/json, application/merge-patch+json`), or Accept-Encoding listing content codings.',
      'Name the type you received and the types you support in the error body, so the caller can fix its header in one attempt.',
      'Before rejecting, compare only the media type and ignore parameters such as charset or boundary, so `application/json; charset=utf-8` is not turned away.',
    ],
    headers: [
      {
        name: 'Accept',
        requirement: 'MAY',
        note: 'When the media type is the problem, list the types this endpoint takes for request content; here Accept describes what the server accepts, not what the client wants.',
      },
      {
        name: 'Accept-Encoding',
        requirement: 'MAY',
        note: 'When a Content-Encoding is the problem, list the codings the server can decode, so the client can resend uncompressed or with a supported coding.',
      },
    ],
    body:
      'A short error naming the Content-Type (or Content-Encoding) received and the ones supported, e.g. problem details with an "accepted" list. ' +
      'Do not echo the rejected content back.',
    pitfalls: [
      '406 and 415 are often swapped: 406 concerns the response format asked for with Accept, 415 the request content described by Content-Type. Getting it backwards sends client developers off to fix the wrong header.',
      'Matching Content-Type as a raw string rejects good requests: media types may carry parameters such as charset, so `application/json; charset=UTF-8` is still JSON and should pass.',
      'Names differ across stacks: the JDK has `HTTP_UNSUPPORTED_TYPE`, Jakarta REST throws `NotSupportedException`, DRF raises `UnsupportedMediaType` and Echo has `ErrUnsupportedMediaType`; a search for one spelling will not find the others.',
      'A request without any content (a bodiless DELETE, say) should not be refused with 415 just because Content-Type is absent; only judge the format of content that is actually present.',
    ],
    examples: [
      {
        title: 'XML sent to a JSON endpoint',
        request:
          'POST /api/orders HTTP/1.1\nHost: api.example.test\nContent-Type: text/xml\n\n<order><sku>A-100</sku><quantity>2</quantity></order>',
        response:
          'HTTP/1.1 415 Unsupported Media Type\nAccept: application/json\nContent-Type: application/problem+json\n\n{"type": "about:blank", "title": "Unsupported Media Type", "status": 415, "detail": "Send the order as application/json."}',
        note: 'The endpoint only reads JSON, so the XML body is refused before parsing, and Accept tells the client what to send instead.',
      },
      {
        title: 'Unknown content coding',
        request:
          'POST /api/logs HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\nContent-Encoding: zstd\n\n<zstd-compressed bytes>',
        response:
          'HTTP/1.1 415 Unsupported Media Type\nAccept-Encoding: gzip\nContent-Type: application/json\n\n{"error": "unsupported_content_encoding", "received": "zstd", "supported": ["gzip"]}',
        note: 'The media type is fine but the server cannot decompress zstd, and Accept-Encoding names the coding it can read.',
      },
    ],
    alternatives: [
      { code: 406, when: 'the server cannot produce any response format the client will accept' },
      { code: 400, when: 'the body claims a supported type but cannot be parsed' },
      { code: 422, when: 'the body parses in a supported type but its values are invalid' },
    ],
    related: [406, 400, 422, 409, 405],
    references: [rfc9110('15.5.16', '415 Unsupported Media Type'), rfc9110('12.5.3', 'Accept-Encoding'), mdn(415)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['content-type', 'wrong content type', 'media type', 'mime type', 'unsupported format', 'content-encoding'],
  },
  {
    code: 416,
    phrase: 'Range Not Satisfiable',
    class: '4xx',
    status: 'standard',
    gist: 'range set unsatisfiable or abusive',
    check: 'Send Content-Range with the full length, such as bytes */4000000, so the client can resync.',
    eli5:
      'You asked for pages 300 to 310 of a book that only has 200 pages. ' +
      'The server cannot hand you a piece that does not exist, so it tells you how long the whole thing really is.',
    serverPerspective:
      'The server rejects the set of ranges in the Range header, for one of two reasons RFC 9110 §15.5.17 names: none of them can be satisfied (usually they start at or past the end), or the set itself is abusive, asking for too many small or overlapping pieces. ' +
      'It declines the partial request and, for byte ranges, reports the real total length.',
    whenToUse: [
      'A download manager asks to resume at byte 5,000,000 of a file that is now only 4,000,000 bytes long.',
      'A download that already completed is "resumed" anyway: for a 4,000,000-byte file the client asks for bytes=4000000-, a range that starts exactly at the end, and no byte can satisfy it.',
      'A media player seeks to an offset beyond the end of a video that was replaced by a shorter encode.',
      'Every range in a multi-range request lies outside the representation, so not a single part can be sent.',
      'The bytes exist, but the range set looks like an attack or a broken client: too many small ranges (hundreds of tiny slices out of order), or more than two ranges overlapping the same bytes; RFC 9110 §14.2 lets the server reject such a set (or ignore it and send 200), and 416 is the rejection.',
    ],
    whenNotToUse: [
      'Some of the requested bytes exist and the range set is reasonable: 206 Partial Content with the part that can be served.',
      'The server does not do ranges for this resource: ignore the Range header and send 200 OK with the whole representation.',
      'The client sent If-Range with a validator that no longer matches: send the full, current representation with 200 OK rather than an error.',
      'An If-Match or If-Unmodified-Since condition evaluated false: 412 Precondition Failed.',
    ],
    howToRespond: [
      'Send `Content-Range: bytes */<length>` with the current full size, so the client can recompute its range or start over.',
      'Clients should compare the length in Content-Range with what they already hold: if it matches, the earlier download was complete and nothing needs fetching; otherwise the file changed, so drop the partial copy, download from the start, and send If-Range next time.',
      'When rejecting an abusive set, say so in the body (for example that at most 20 ranges are served), so a well-meaning client can merge its ranges into fewer, larger ones.',
      'Keep the body tiny; the caller is usually a download manager or media player that only reads the headers.',
    ],
    headers: [
      {
        name: 'Content-Range',
        requirement: 'SHOULD',
        note: 'For byte ranges, give the complete length as `bytes */<length>`; the asterisk says no range is being sent.',
      },
    ],
    body: 'Optional short text such as "Range starts past the end of the 4000000-byte file"; clients act on Content-Range, not on the body.',
    pitfalls: [
      'Servers may ignore Range and answer 200 with the whole file instead of 416, so clients must handle both; a resume client that blindly appends a 200 body to its partial file corrupts the download.',
      'A 416 without Content-Range leaves the client guessing the real size; Werkzeug\'s `RequestedRangeNotSatisfiable(length=…, units="bytes")` fills in `bytes */len`, while hand-written handlers often forget it.',
      'Constant names still used the old phrase in the 2025–2026 sources checked: Go `StatusRequestedRangeNotSatisfiable`, Spring 7 `REQUESTED_RANGE_NOT_SATISFIABLE` (reason "Requested range not satisfiable"), aiohttp `HTTPRequestRangeNotSatisfiable`; Rack\'s symbol is `:range_not_satisfiable` but Plug\'s atom is `:requested_range_not_satisfiable`.',
      'Files that change size while clients resume (growing logs, regenerated exports) produce 416s whenever a saved offset outruns the new version; give each version its own ETag so clients can send If-Range and get a clean 200 instead.',
      'Serving every range set a client asks for is a denial-of-service risk: many small or overlapping ranges multiply the work and the multipart overhead, which is why RFC 9110 §15.5.17 allows 416 for them even when every byte is in the file.',
    ],
    examples: [
      {
        title: 'Resume past the end of a file',
        request: 'GET /downloads/app.iso HTTP/1.1\nHost: files.example.test\nRange: bytes=5000000-',
        response:
          'HTTP/1.1 416 Range Not Satisfiable\nContent-Range: bytes */4000000\nContent-Type: text/plain\n\nRequested range starts past the end of the file.',
        note: 'The file is 4,000,000 bytes, so a range starting at 5,000,000 cannot be served, and Content-Range reports the true size.',
      },
      {
        title: 'Too many overlapping ranges',
        request: 'GET /docs/manual.pdf HTTP/1.1\nHost: files.example.test\nRange: bytes=0-99,50-149,100-199,150-249,200-299',
        response:
          'HTTP/1.1 416 Range Not Satisfiable\nContent-Range: bytes */250000\nContent-Type: text/plain\n\nRanges overlap; request one range covering bytes 0-299 instead.',
        note: 'Every byte exists, but five ranges overlapping each other are the kind of set RFC 9110 lets a server reject, so it answers 416 and explains.',
      },
    ],
    alternatives: [
      { code: 206, when: 'at least part of the requested range exists and can be sent' },
      { code: 200, when: 'the server would rather ignore Range and send the whole representation' },
      { code: 412, when: 'a condition such as If-Match evaluated false' },
    ],
    related: [206, 200, 412],
    references: [
      rfc9110('15.5.17', '416 Range Not Satisfiable'),
      rfc9110('14.2', 'Range'),
      rfc9110('14.1.2', 'Byte Ranges'),
      rfc9110('14.4', 'Content-Range'),
      mdn(416),
    ],
    cacheable: false,
    bodyAllowed: true,
    formerNames: ['Requested Range Not Satisfiable'],
    keywords: ['range', 'byte range', 'resume download', 'partial download', 'content-range', 'seek', 'out of range'],
  },
  {
    code: 417,
    phrase: 'Expectation Failed',
    class: '4xx',
    status: 'standard',
    gist: 'cannot meet the Expect header',
    check: 'Keep it for the Expect header itself; use 413, 401 or 415 for what a 100-continue check finds.',
    eli5:
      'You asked the server to agree to a condition before you carried on, and it cannot agree to it. ' +
      'It is like asking a restaurant to promise something on the phone that they simply do not do.',
    serverPerspective:
      'The Expect header asked for something this server will not or cannot honour, most often a value it does not recognise. ' +
      'The server is refusing the expectation itself and has not judged the rest of the request.',
    whenToUse: [
      'Expect carries an extension token the server has never heard of, for example `Expect: x-priority-upload`.',
      'Expect is garbled (`Expect: 100-continu`, `Expect: continue`) and the server would rather refuse plainly than guess what the client meant.',
    ],
    whenNotToUse: [
      'The client sent `Expect: 100-continue` and the body is welcome: reply 100 Continue (or just read the body) and then send the final status.',
      'The announced Content-Length is more than you will take: answer 413 Content Too Large instead of 100; the expectation itself was fine.',
      'An upload asking for 100-continue has no credentials: answer 401 Unauthorized before the body is sent, which is exactly what the handshake is for.',
      'The request is broken in ways that have nothing to do with Expect: 400 Bad Request.',
    ],
    howToRespond: [
      'State which expectation was refused and that the request will work if sent again without the Expect header.',
      'As a client, when a 417 answers a request that carried 100-continue, resend the same request without Expect (RFC 9110 §10.1.1: SHOULD).',
    ],
    headers: [],
    body: 'One line naming the refused Expect value, e.g. {"error": "unsupported_expectation", "expect": "x-priority-upload"}.',
    pitfalls: [
      'Treating 417 as final breaks uploads: a client that sent 100-continue is expected to retry once without Expect, and code that shows 417 straight to users turns a handshake mismatch into an outage.',
      'Keep 417 for the Expect header itself; problems a 100-continue check uncovers (too big, not logged in, wrong type) get their own status, 413, 401 or 415, so the client learns what to fix.',
      'The spec only says a server MAY answer 417 to an unknown expectation, so servers differ; client tests cannot count on a 417 to prove that a bad Expect value was noticed.',
    ],
    examples: [
      {
        title: 'Unknown expectation',
        request:
          'PUT /uploads/video.mp4 HTTP/1.1\nHost: media.example.test\nContent-Type: video/mp4\nContent-Length: 73400320\nExpect: x-priority-upload',
        response:
          'HTTP/1.1 417 Expectation Failed\nContent-Type: application/json\n\n{"error": "unsupported_expectation", "expect": "x-priority-upload"}',
        note: 'The server does not know the x-priority-upload expectation, so it refuses before the 70 MB body is sent.',
      },
    ],
    alternatives: [
      { code: 100, when: 'the expectation is 100-continue and the server is ready for the body' },
      { code: 413, when: 'the announced body is larger than the server will accept' },
      { code: 401, when: 'the upload lacks credentials and should be stopped before the body is sent' },
    ],
    related: [100, 413, 401, 400, 411],
    references: [rfc9110('15.5.18', '417 Expectation Failed'), rfc9110('10.1.1', 'Expect'), mdn(417)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['expect header', '100-continue', 'expect: 100-continue', 'expectation'],
  },
  {
    code: 418,
    phrase: '(Unused)',
    class: '4xx',
    status: 'reserved',
    gist: 'reserved, an old joke, not a real code',
    check: 'Do not send it from a real API; pick the registered code you meant, such as 400 or 403.',
    eli5:
      'Picture asking a teapot to brew coffee and hearing it reply "I am a teapot". ' +
      'The code started life as a joke, and in real web services it has no official meaning at all.',
    serverPerspective:
      'Officially nothing. RFC 2324, published as an April Fools\' joke, defined 418 "I\'m a teapot", and RFC 7168 carried the gag on. ' +
      'So many servers and libraries shipped it that RFC 9110 now lists 418 as reserved and unused instead of giving the number a real meaning.',
    whenToUse: [
      'An easter egg on a hobby or demo server where nothing depends on the status, such as a /coffee route.',
      'A test fixture that needs a deliberately odd 4xx to check that client code handles a client error it has no special case for.',
    ],
    whenNotToUse: [
      'Do not send 418 from a real API at all. If the request is malformed or makes no sense: 400 Bad Request.',
      'You want to turn away a bot, a scraper or a blocked user: 403 Forbidden, or 429 Too Many Requests when the problem is volume.',
      'The server does not support the requested method for any resource: 501 Not Implemented; a route that simply does not exist gets 404 Not Found.',
      'You need a private signal between your own services: a registered status such as 409 Conflict with a machine-readable error code in the body, rather than a borrowed joke number.',
    ],
    howToRespond: [
      'In production code, replace 418 with the registered status that matches what you meant and keep any humour in the body text.',
      'Clients that receive a surprise 418 should treat it like 400, the fallback RFC 9110 §15 prescribes for client errors a client does not recognise.',
    ],
    headers: [],
    body: 'If you send it at all (demo servers only), a light-hearted message is fine; never hide real error information behind a code clients cannot interpret.',
    pitfalls: [
      'Not every stack can even name it: .NET\'s HttpStatusCode enum omits 418 on purpose, Rack dropped its symbol in 1.6 because its table is generated from IANA, and Spring 7 deprecates `I_AM_A_TEAPOT`; code built on it breaks or warns when ported.',
      'Reserved is not the same as free to use: the number is parked because it was deployed as a joke, and it may be reassigned if the 4xx range runs out, at which point your easter egg means something else.',
      'Using 418 to refuse bots or scrapers hides those refusals from monitoring and alert rules that count 403s and 429s.',
      'Libraries spell the joke in many ways (Go `StatusTeapot`, Python `IM_A_TEAPOT`, NestJS `ImATeapotException`, Boom `teapot`, Symfony `HTTP_I_AM_A_TEAPOT`, ASP.NET `Status418ImATeapot`); appearing in those tables does not make it a registered meaning.',
    ],
    examples: [
      {
        title: 'Easter egg on a demo server',
        request: 'GET /coffee HTTP/1.1\nHost: demo.example.test',
        response: "HTTP/1.1 418 I'm a teapot\nContent-Type: text/plain\n\nI'm a teapot. Try /tea instead.",
        note: 'A toy server telling a joke is the one setting where 418 is harmless, because no client depends on what it means.',
      },
    ],
    alternatives: [
      { code: 400, when: 'the request is malformed or makes no sense' },
      { code: 403, when: 'you are deliberately refusing this client' },
      { code: 501, when: 'the server does not implement the requested method' },
      { code: 429, when: 'a client is sending too many requests' },
    ],
    related: [306, 400, 403, 501, 404],
    references: [
      rfc9110('15.5.19', '418 (Unused)'),
      rfc(2324, '2.3.2', "418 I'm a teapot"),
      rfc(7168, '2.3.3', "418 I'm a Teapot"),
      mdn(418),
      ianaRegistry,
    ],
    cacheable: false,
    bodyAllowed: true,
    formerNames: ["I'm a teapot"],
    keywords: ['teapot', "i'm a teapot", 'im a teapot', 'easter egg', 'joke', 'april fools', 'coffee'],
  },
  {
    code: 421,
    phrase: 'Misdirected Request',
    class: '4xx',
    status: 'standard',
    gist: 'wrong server for this connection',
    check: 'Never send it from a proxy; a proxy that cannot reach the origin answers 502 or 504.',
    eli5:
      'You reached the right building but knocked on the wrong company\'s door: this server does not look after the site you named. ' +
      'Go back out and come in through a fresh entrance, and you will reach the right one.',
    serverPerspective:
      'The origin, or the gateway that fronts it, received a request for a host, scheme or port it is not set up to answer on this connection. ' +
      'It is not saying the resource is missing; it is saying this connection was the wrong way in.',
    whenToUse: [
      'A client reused an existing connection for a second host name that the server on that connection does not serve, for instance because one certificate lists both names.',
      'A virtual-hosting origin receives a request whose Host (or :authority) names a site that is not configured on it.',
    ],
    whenNotToUse: [
      'You are a proxy or CDN edge that cannot reach or route to the origin: a proxy MUST NOT generate 421; use 502 Bad Gateway or 504 Gateway Timeout.',
      'The host is served here but the path is unknown: 404 Not Found.',
      'The resource lives at another URL the client should use from now on: 308 Permanent Redirect with Location.',
      'The Host header is missing or malformed: 400 Bad Request.',
    ],
    howToRespond: [
      'As a client, open a new connection for that origin and retry the request there; RFC 9110 explicitly allows that retry.',
      'As a server, keep the body short and name the host that was refused, so a confused client\'s logs show what went wrong.',
      'When 421s show up, review certificate and DNS layout: they usually mean clients are being invited to share connections between names the servers cannot all answer.',
    ],
    headers: [],
    body: 'Brief text naming the host this connection cannot serve; a retrying client rarely displays it, so it is mostly for logs.',
    pitfalls: [
      'A proxy MUST NOT generate 421 (RFC 9110 §15.5.20); a reverse proxy that emits it for its own routing failures sends clients off to reconnect instead of surfacing the real upstream problem.',
      'RFC 7540 made 421 heuristically cacheable, but RFC 9110 withdrew that (Appendix B.3); do not follow older guidance that lets caches keep it.',
      'Certificates listing many names, shared between backends that each serve only some of them, invite clients to pool one connection for all those names; every backend that cannot serve them all has to answer 421.',
      'Stack names differ: NestJS uses `MISDIRECTED` and `MisdirectedException`, Servlet only gained `SC_MISDIRECTED_REQUEST` in 6.1, and Spring 6 and earlier carried a deprecated `DESTINATION_LOCKED(421)` constant whose name has nothing to do with misdirection.',
    ],
    examples: [
      {
        title: 'Connection reused for a host this server does not serve',
        request: 'GET /logo.png HTTP/1.1\nHost: static.example.test',
        response:
          'HTTP/1.1 421 Misdirected Request\nContent-Type: text/plain\n\nThis server does not serve static.example.test on this connection.',
        note: 'The connection leads to the API server, which does not host static.example.test, so the client must open a new connection and retry.',
      },
    ],
    alternatives: [
      { code: 502, when: 'you are a proxy and the upstream failed or could not be chosen' },
      { code: 404, when: 'the host is served here but the path is unknown' },
      { code: 400, when: 'the Host header is missing or malformed' },
    ],
    related: [400, 404, 502, 308],
    references: [
      rfc9110('15.5.20', '421 Misdirected Request'),
      rfc9110('7.4', 'Rejecting Misdirected Requests'),
      mdn(421),
    ],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['misdirected', 'wrong host', 'connection reuse', 'connection coalescing', 'sni', 'virtual host'],
  },
  {
    code: 422,
    phrase: 'Unprocessable Content',
    class: '4xx',
    status: 'standard',
    gist: 'parses fine, but values fail validation',
    check: 'Use 400 if the body does not parse, 409 if valid data clashes with the current state.',
    eli5:
      'You filled in the form neatly and in the right language, but what you wrote does not make sense, like a birth date in the future. ' +
      'The server could read every word; it just cannot accept those values.',
    serverPerspective:
      'The server understood the media type and parsed the content without trouble, but the instructions inside are semantically wrong: a field fails validation, values contradict each other, or something referenced does not exist. ' +
      'Sending the same content again will fail the same way.',
    whenToUse: [
      'A JSON body parses but fails validation: an email without @, a negative quantity, a required field set to null.',
      'Fields are valid one by one but inconsistent together, such as an end date before the start date.',
      'The body refers to something that does not exist, such as an order line naming an unknown product id, while the URL itself is fine.',
    ],
    whenNotToUse: [
      'The body cannot be parsed at all (broken JSON, wrong framing): 400 Bad Request.',
      'The Content-Type or Content-Encoding is one the endpoint does not accept: 415 Unsupported Media Type.',
      'The values are valid but clash with the current state of the resource, like a duplicate username or an edit based on an old version: 409 Conflict.',
      'A precondition header such as If-Match evaluated false: 412 Precondition Failed.',
    ],
    howToRespond: [
      'Report every failing field at once, each with its location (a JSON Pointer or field path) and a message, so the client can fix everything in one round trip.',
      'Give each validation rule a stable, machine-readable code, so client apps can map failures to their own wording.',
      'Choose one status for validation failures per API (400 or 422), document it and keep to it; mixing both turns client error handling into guesswork.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the validation report, typically application/problem+json; 422 adds no header of its own.',
      },
    ],
    body:
      'A list of validation errors: problem details with an "errors" array of {pointer, code, message}, or your framework\'s validation format. ' +
      'Use the field names the client sent, never internal model or column names.',
    pitfalls: [
      'Frameworks disagree on the default: FastAPI returns 422 for request validation errors and adds a "422" response to every generated OpenAPI operation with parameters or a body, while DRF\'s ValidationError and ASP.NET Core\'s ValidationProblem() send 400; a mixed stack reports the same mistake two ways.',
      'The rename from "Unprocessable Entity" is still rolling through libraries: Spring 7 deprecates `UNPROCESSABLE_ENTITY` for `UNPROCESSABLE_CONTENT`, Rack 3.1 renamed the symbol to `:unprocessable_content` (Rails scaffolds follow), and CPython 3.13 changed the enum\'s canonical name; code that compares names instead of numbers breaks on upgrade.',
      'Rails maps `InvalidAuthenticityToken` (a failed CSRF check) to 422, so a burst of 422s from a Rails app may be expired forms or sessions rather than bad input.',
      'Do not answer 422 for content that fails to parse: RFC 9110 keeps 422 for syntactically correct content, and clients then show "invalid field" messages for what is really a broken request.',
      'Older names linger: Go `StatusUnprocessableEntity`, ASP.NET Core only `Status422UnprocessableEntity`, NestJS `UNPROCESSABLE_ENTITY`, and Boom calls it `badData`.',
    ],
    examples: [
      {
        title: 'Validation failure on a new order',
        request:
          'POST /api/orders HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\n\n{"sku": "A-100", "quantity": -3, "email": "not-an-email"}',
        response:
          'HTTP/1.1 422 Unprocessable Content\nContent-Type: application/problem+json\n\n{"type": "https://api.example.test/problems/validation", "title": "Invalid order", "status": 422, "errors": [{"pointer": "/quantity", "code": "min", "message": "Must be at least 1."}, {"pointer": "/email", "code": "format", "message": "Must be an email address."}]}',
        note: 'The JSON is well formed and of an accepted type, but two values break the rules, and both are reported together.',
      },
    ],
    alternatives: [
      { code: 400, when: 'the body is malformed and cannot be parsed' },
      { code: 415, when: 'the Content-Type or Content-Encoding is not supported' },
      { code: 409, when: 'the values are valid but conflict with the resource\'s current state' },
    ],
    related: [400, 415, 409, 412],
    references: [
      rfc9110('15.5.21', '422 Unprocessable Content'),
      rfc(4918, '11.2', '422 Unprocessable Entity'),
      mdn(422),
    ],
    cacheable: false,
    bodyAllowed: true,
    formerNames: ['Unprocessable Entity'],
    keywords: ['validation', 'validation error', 'invalid input', 'semantic error', 'unprocessable entity', 'form errors'],
  },
  {
    code: 423,
    phrase: 'Locked',
    class: '4xx',
    status: 'standard',
    gist: 'WebDAV lock on the resource',
    check: 'Use it only for WebDAV locks, not locked accounts, and name the failed precondition.',
    eli5:
      'Someone else has checked the document out and locked it, so you cannot change it until they finish or hand you the key.',
    serverPerspective:
      'The target resource is under a WebDAV lock, and the request did not show that it holds that lock. ' +
      'The server refuses to change the resource while the lock stands.',
    whenToUse: [
      'A WebDAV client tries to PUT, DELETE, MOVE or PROPPATCH a locked file without submitting the matching lock token (precondition `lock-token-submitted`).',
      'A request asks for a lock that collides with one another client already holds (precondition `no-conflicting-lock`).',
    ],
    whenNotToUse: [
      'A user account is locked after failed logins: that is an access refusal, so 403 Forbidden, or 429 Too Many Requests while attempts are being throttled.',
      'The edit clashes with a newer version rather than with a lock: 409 Conflict, or 412 Precondition Failed if the client sent If-Match.',
      'The whole service is read-only for maintenance: 503 Service Unavailable.',
    ],
    howToRespond: [
      'Include the WebDAV precondition element that failed, with the URL of the locked resource, so the client knows which lock stands in the way.',
      'Clients should submit the lock token they hold, wait for the lock to be released or expire, or tell the user that someone else is editing.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'RFC 4918 says a 423 SHOULD carry a precondition code, which travels in an XML error body; label it application/xml so WebDAV clients parse it.',
      },
    ],
    body:
      'A WebDAV error document naming the failed precondition, e.g. `<D:error xmlns:D="DAV:"><D:lock-token-submitted><D:href>/docs/plan.odt</D:href></D:lock-token-submitted></D:error>`.',
    pitfalls: [
      '423 comes from WebDAV (RFC 4918), and several stacks have no constant for it (Servlet 6.1, Jakarta REST, aiohttp), so code ends up writing the bare number.',
      'Reusing 423 for "account locked" in a JSON API misleads WebDAV-aware clients that expect a lock on the resource, and it does not tell the user how to get back in; 403 with an explanation is clearer.',
      'Do not retry a 423 in a tight loop: the lock may belong to a person editing a document for hours; back off and tell the user who holds it, if you know.',
    ],
    examples: [
      {
        title: 'Write to a locked file without the token',
        request:
          'PUT /docs/plan.odt HTTP/1.1\nHost: dav.example.test\nContent-Type: application/vnd.oasis.opendocument.text\n\n<document bytes>',
        response:
          'HTTP/1.1 423 Locked\nContent-Type: application/xml; charset=utf-8\n\n<?xml version="1.0" encoding="utf-8"?>\n<D:error xmlns:D="DAV:"><D:lock-token-submitted><D:href>/docs/plan.odt</D:href></D:lock-token-submitted></D:error>',
        note: 'Another client holds a lock on plan.odt, and this PUT did not submit its token, so the write is refused.',
      },
    ],
    alternatives: [
      { code: 409, when: 'the change clashes with the resource\'s state but no lock is involved' },
      { code: 403, when: 'an account or resource is blocked by policy rather than by a lock' },
      { code: 412, when: 'the client\'s own If-Match or If-Unmodified-Since check failed' },
    ],
    related: [409, 412, 403, 424, 207],
    references: [rfc(4918, '11.3', '423 Locked'), mdn(423)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['webdav', 'lock', 'locked', 'lock token', 'checked out', 'file locked'],
  },
  {
    code: 424,
    phrase: 'Failed Dependency',
    class: '4xx',
    status: 'standard',
    gist: 'skipped because another action failed',
    check: 'Pair it with the real error; use 502, 503 or 504 when a backend service fails.',
    eli5:
      'You asked for several things that only make sense together. One of them failed, so the server skipped this one too, even though nothing was wrong with it on its own.',
    serverPerspective:
      'This action was not carried out because it depended on another action in the same request, and that one failed. ' +
      'The real error lies elsewhere; 424 points the client at it.',
    whenToUse: [
      'Inside a 207 Multi-Status body, for the parts of a WebDAV request that were skipped because a related part failed, such as a set of property changes that must apply together.',
      'In a batch or transactional API, for the items that were not attempted because an item they depend on failed, reported next to that item\'s real error.',
    ],
    whenNotToUse: [
      'A service your backend calls (database, payment provider, another microservice) failed: that is a server-side problem, so 502 Bad Gateway, 503 Service Unavailable or 504 Gateway Timeout.',
      'The item itself is invalid: give it its own error, such as 422 Unprocessable Content.',
      'The whole request failed for a single reason and nothing else was attempted: answer with that reason\'s status, e.g. 409 Conflict, instead of a dependency report.',
    ],
    howToRespond: [
      'Always pair 424 entries with the error that caused them, so the client can see which operation really failed.',
      'Clients should fix the failing operation and resend the whole set, not retry the 424 items on their own.',
    ],
    headers: [],
    body:
      'Inside a 207 body, the 424 entries sit beside the entry carrying the real error. ' +
      'Used as the overall status, the body should say which other operation failed and why.',
    pitfalls: [
      '424 is often misused for "an upstream dependency failed": it is a 4xx, so clients conclude their request was wrong and retry logic keyed on 5xx never fires. Use 502, 503 or 504 when your own service\'s dependencies break.',
      'Outside a multi-status body, a bare 424 tells the client that something else failed but not what; include the cause in the body or return the cause\'s status directly.',
      'Framework support is thin: Servlet and Jakarta REST have no constant for 424, and Boom names it `failedDependency`, so expect bare numbers in code.',
    ],
    examples: [
      {
        title: 'Property update where one change fails',
        request:
          'PROPPATCH /docs/plan.odt HTTP/1.1\nHost: dav.example.test\nContent-Type: application/xml; charset=utf-8\n\n<?xml version="1.0" encoding="utf-8"?>\n<D:propertyupdate xmlns:D="DAV:" xmlns:Z="urn:example:props"><D:set><D:prop><Z:owner>Ana</Z:owner><D:getetag>"v9"</D:getetag></D:prop></D:set></D:propertyupdate>',
        response:
          'HTTP/1.1 207 Multi-Status\nContent-Type: application/xml; charset=utf-8\n\n<?xml version="1.0" encoding="utf-8"?>\n<D:multistatus xmlns:D="DAV:" xmlns:Z="urn:example:props"><D:response><D:href>/docs/plan.odt</D:href><D:propstat><D:prop><D:getetag/></D:prop><D:status>HTTP/1.1 403 Forbidden</D:status></D:propstat><D:propstat><D:prop><Z:owner/></D:prop><D:status>HTTP/1.1 424 Failed Dependency</D:status></D:propstat></D:response></D:multistatus>',
        note: 'The owner change was fine but was skipped because the other change in the same request (to a protected property) failed.',
      },
    ],
    alternatives: [
      { code: 502, when: 'an upstream service your server relies on returned an error' },
      { code: 503, when: 'a dependency of your service is down or overloaded' },
      { code: 422, when: 'the operation itself is invalid rather than merely skipped' },
    ],
    related: [207, 502, 503, 423, 422],
    references: [rfc(4918, '11.4', '424 Failed Dependency'), mdn(424)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['webdav', 'dependency failed', 'batch', 'multi-status', 'transaction', 'skipped'],
  },
  {
    code: 425,
    phrase: 'Too Early',
    class: '4xx',
    status: 'standard',
    gist: 'sent in 0-RTT early data, replay risk',
    check: 'Reserve it for requests that arrived in early data or with Early-Data: 1.',
    eli5:
      'You started talking before the handshake was finished, and what you asked for would be risky to do twice if someone recorded and replayed it. ' +
      'The server asks you to wait until the connection is fully set up and ask again.',
    serverPerspective:
      'The request arrived in TLS 1.3 early data (0-RTT), or a front end marked it with `Early-Data: 1`, and the server will not act on something an attacker could replay. ' +
      'It wants the same request again once the handshake has completed.',
    whenToUse: [
      'A POST that moves money, places an order or otherwise changes state arrives in 0-RTT data, where a replay would repeat the action.',
      'A CDN or TLS-terminating proxy forwards a request with `Early-Data: 1`, and the origin decides this endpoint must not run on data that could be replayed.',
    ],
    whenNotToUse: [
      'The request did not arrive in early data and has no `Early-Data: 1` header: the server SHOULD NOT send 425; answer with the status that fits the real problem, such as 400 Bad Request.',
      'The server is overloaded or in maintenance: 503 Service Unavailable with Retry-After.',
      'The connection reached a server that does not serve this host: 421 Misdirected Request.',
    ],
    howToRespond: [
      'User agents SHOULD retry automatically once the handshake is done, and that retry MUST NOT be sent as early data again.',
      'Accept early data only for safe requests such as GETs of public pages and answer 425 for the rest, so most traffic keeps the 0-RTT speed-up.',
      'An intermediary that forwarded the request with Early-Data MUST pass the 425 back to the client rather than absorb it, so the client can do the retry.',
    ],
    headers: [],
    body: 'A short note that the request arrived before the handshake completed and is safe to resend; most clients retry without ever showing it.',
    pitfalls: [
      'Many stacks have no name for it: .NET HttpStatusCode, ASP.NET Core StatusCodes, npm http-status-codes 2.3.0, actix-web builders, aiohttp and Werkzeug all lacked 425 in the 2025–2026 sources checked, so you set the number yourself (CPython only added it in 3.9).',
      '425 is not cacheable by default (RFC 8470 §5.2); do not add freshness headers that would let a cache hand the refusal to a later, fully handshaken request.',
      'Turning on 0-RTT at a load balancer without passing Early-Data to the application is the real danger: the origin cannot tell replayable requests apart and never gets the chance to answer 425.',
      'Older code may know the number 425 from an abandoned WebDAV proposal ("Unordered Collection"); that name was never registered for 425 and is no former name of Too Early (RFC 8470): requests exposes `codes.unordered_collection` (as of 2026), and Symfony (7.1 line) kept the deprecated `HTTP_RESERVED_FOR_WEBDAV_ADVANCED_COLLECTIONS_EXPIRED_PROPOSAL` next to `HTTP_TOO_EARLY`.',
    ],
    examples: [
      {
        title: 'Payment request forwarded from early data',
        request:
          'POST /api/payments HTTP/1.1\nHost: shop.example.test\nEarly-Data: 1\nContent-Type: application/json\n\n{"amount": 4999, "currency": "EUR"}',
        response:
          'HTTP/1.1 425 Too Early\nContent-Type: application/json\n\n{"error": "too_early", "detail": "Resend after the TLS handshake completes."}',
        note: 'A replayed payment would charge twice, so the origin refuses to run it from early data and the client resends after the handshake.',
      },
    ],
    alternatives: [
      { code: 503, when: 'the server cannot take requests right now for reasons unrelated to early data' },
      { code: 400, when: 'the request is wrong no matter how it arrives' },
      { code: 421, when: 'the connection reached a server that does not serve this host' },
    ],
    related: [421, 503, 400, 429],
    references: [rfc(8470, '5.2', '425 Too Early'), mdn(425)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['0-rtt', 'early data', 'early-data', 'tls 1.3', 'replay', 'replay attack', 'unordered collection'],
  },
  {
    code: 426,
    phrase: 'Upgrade Required',
    class: '4xx',
    status: 'standard',
    gist: 'switch to the protocol named in Upgrade',
    check: 'Send Upgrade naming the protocol plus Connection: upgrade; redirect to move users to HTTPS.',
    eli5:
      'The server will only talk to you in a different language from the one you used. ' +
      'It tells you which language to switch to, and you have to start again speaking that one.',
    serverPerspective:
      'The server refuses to handle the request over the current protocol but would do so after the client switches to one it names in the Upgrade header. ' +
      'It is an invitation to switch, not a permanent rejection.',
    whenToUse: [
      'A WebSocket-only endpoint receives a plain HTTP GET without the handshake headers; reply 426 with `Upgrade: websocket`.',
      'A service that has retired an older protocol on this endpoint wants clients to move to one it lists in Upgrade.',
    ],
    whenNotToUse: [
      'You want browsers to move from http:// to https://: redirect to the https URL with 301 Moved Permanently or 308 Permanent Redirect, which clients follow on their own.',
      'The client asked to upgrade and you agree to switch: 101 Switching Protocols.',
      'The server does not support the HTTP version of the request at all: 505 HTTP Version Not Supported.',
    ],
    howToRespond: [
      'Always send Upgrade with the protocol token or tokens you will accept, most preferred first, together with `Connection: upgrade`, which RFC 9110 §7.8 makes mandatory wherever Upgrade appears.',
      'Explain in the body which protocol is required and where its documentation lives, for developers who hit the endpoint with a plain HTTP tool.',
    ],
    headers: [
      {
        name: 'Upgrade',
        requirement: 'MUST',
        note: 'List the protocol(s) the client has to switch to, e.g. `Upgrade: websocket`; a 426 without it does not conform to RFC 9110 §15.5.22.',
      },
      {
        name: 'Connection',
        requirement: 'MUST',
        note: 'Include the upgrade option, `Connection: upgrade`, next to Upgrade: RFC 9110 §7.8 binds every sender of Upgrade to it, marking the field as meant for this connection only.',
      },
    ],
    body: 'Readable text naming the required protocol (for example "This endpoint speaks WebSocket only"), useful to someone testing with curl or a browser.',
    pitfalls: [
      'Leaving out Upgrade is the classic bug: the client learns it must switch but not to what, and the response breaks a MUST; dropping the matching `Connection: upgrade` breaks a second one (RFC 9110 §7.8).',
      'HTTP/2 has no 101 Switching Protocols (RFC 9113 §8.6), so the switch a 426 asks for cannot happen on an HTTP/2 connection; check which HTTP version your load balancer speaks to clients before relying on it.',
      'Support is uneven (as read in 2025–2026 sources): Werkzeug, Boom and Jakarta REST 4.x have no named 426, and Servlet only added `SC_UPGRADE_REQUIRED` in 6.1.',
    ],
    examples: [
      {
        title: 'Plain GET to a WebSocket endpoint',
        request: 'GET /socket HTTP/1.1\nHost: chat.example.test',
        response:
          'HTTP/1.1 426 Upgrade Required\nUpgrade: websocket\nConnection: Upgrade\nContent-Type: text/plain\n\nThis endpoint only speaks WebSocket.',
        note: 'The endpoint cannot serve plain HTTP, and Upgrade tells the client exactly which protocol to switch to.',
      },
    ],
    alternatives: [
      { code: 101, when: 'the client asked to upgrade and the server agrees to switch' },
      { code: 308, when: 'the client should use an https:// URL instead' },
      { code: 505, when: 'the HTTP version itself is not supported' },
    ],
    related: [101, 505, 301, 308, 400],
    references: [rfc9110('15.5.22', '426 Upgrade Required'), rfc9110('7.8', 'Upgrade'), rfc9110('7.6.1', 'Connection'), mdn(426)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['upgrade', 'upgrade header', 'websocket', 'protocol upgrade', 'switch protocol'],
  },
  {
    code: 428,
    phrase: 'Precondition Required',
    class: '4xx',
    status: 'standard',
    gist: 'conditional request required, none sent',
    check: 'Tell the client how to resubmit with If-Match; use 412 if it sent a condition that failed.',
    eli5:
      'The server wants proof that you saw the latest version before you change something. ' +
      'It is like a shared notebook where you must quote the last page you read before writing, so you do not scribble over someone else\'s note.',
    serverPerspective:
      'The origin insists that this kind of request be conditional, usually with If-Match carrying the ETag the client last saw, and this one was not. ' +
      'It guards against lost updates, where two clients edit stale copies and overwrite each other.',
    whenToUse: [
      'A PUT or PATCH to a shared document or setting arrives without If-Match, and the API requires optimistic concurrency for writes.',
      'A DELETE of an important resource arrives without If-Match or If-Unmodified-Since, and you want clients to confirm which version they are deleting.',
    ],
    whenNotToUse: [
      'The client did send If-Match, but the ETag is out of date: 412 Precondition Failed.',
      'The request clashes with the current state in a way the user has to resolve, such as merging edits, rather than lacking a header: 409 Conflict.',
      'Some other required header or parameter unrelated to preconditions is missing: 400 Bad Request.',
    ],
    howToRespond: [
      'Explain how to resubmit (RFC 6585: SHOULD): fetch the resource, read its ETag, then send the change again with `If-Match: "<etag>"`.',
      'Make sure GET responses actually carry an ETag or Last-Modified; demanding preconditions that clients cannot build locks them out.',
    ],
    headers: [
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'The rule binds caches, not your headers: a 428 MUST NOT be stored by a cache (RFC 6585 §3), whatever freshness the response claims.',
      },
    ],
    body: 'Say which precondition header is required and how to get its value, e.g. {"error": "precondition_required", "detail": "Send If-Match with the ETag from GET /api/docs/42."}.',
    pitfalls: [
      '409, 412 and 428 are easy to mix up: 428 means the precondition header is missing, 412 means it was sent and proved false, 409 means a state clash the user must resolve; clients react differently (add the header, refetch, or offer a merge).',
      'In Python requests, the alias `codes.precondition` resolves to 428, not 412, because of a name collision in its table; code using it to test for "precondition failed" checks the wrong status.',
      'Servlet 6.1 has no `SC_PRECONDITION_REQUIRED` (it arrives in 6.2), so Java servlet code has to write 428 as a bare number.',
      'Switching on 428 for an existing endpoint breaks every client that never sent If-Match, and it breaks them on writes, the requests users care most about; announce it and phase it in.',
    ],
    examples: [
      {
        title: 'Update without If-Match',
        request:
          'PUT /api/docs/42 HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\n\n{"title": "Q3 plan", "body": "..."}',
        response:
          'HTTP/1.1 428 Precondition Required\nContent-Type: application/problem+json\n\n{"type": "about:blank", "title": "Precondition Required", "status": 428, "detail": "Send If-Match with the ETag from GET /api/docs/42."}',
        note: 'The API refuses unconditional writes to shared documents, and the body tells the client how to make the request conditional.',
      },
    ],
    alternatives: [
      { code: 412, when: 'the client sent a precondition and it evaluated false' },
      { code: 409, when: 'the request clashes with the current state in a way the user must resolve' },
      { code: 400, when: 'some unrelated required part of the request is missing' },
    ],
    related: [412, 409, 400],
    references: [rfc(6585, '3', '428 Precondition Required'), rfc9110('13.1.1', 'If-Match'), mdn(428)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['if-match', 'etag', 'optimistic locking', 'optimistic concurrency', 'lost update', 'conditional request'],
  },
  {
    code: 429,
    phrase: 'Too Many Requests',
    class: '4xx',
    status: 'standard',
    gist: 'this caller is over its rate limit',
    check: 'Say when to come back with Retry-After; use 503 if the whole service is overloaded.',
    eli5:
      'You are asking too often. Like a ticket machine that hands out only so many numbers a minute, the server wants you to wait before trying again, and may tell you for how long.',
    serverPerspective:
      'This caller, identified by API key, user, token or address, has used up its allowance for a time window. ' +
      'The service itself is healthy; the caller\'s pace is the problem.',
    whenToUse: [
      'An API key goes over its quota, such as 100 requests per minute.',
      'Login or password-reset attempts for one account or from one address come too fast, and you slow them down to hinder guessing.',
      'A client runs more concurrent operations than its plan allows.',
      'A per-client allowance counted across a whole cluster runs out: RFC 6585 §4 leaves open how you identify the caller and where you count (per resource, per server or over a set of servers), so a shared counter still earns 429 as long as the limit belongs to this caller.',
    ],
    whenNotToUse: [
      'The whole service is overloaded or down for maintenance, whoever is calling: 503 Service Unavailable.',
      'A global limit trips, one that protects the backend as a whole and turns everyone away at once (total requests per second, a full connection pool): that is overload, so 503 Service Unavailable with Retry-After, even when a rate limiter is the component refusing.',
      'The client is not allowed at all, however slowly it asks: 403 Forbidden.',
      'A single request is too big rather than too frequent: 413 Content Too Large.',
    ],
    howToRespond: [
      'Send Retry-After (seconds or an HTTP date) whenever you know when the limit resets, and make clients wait at least that long.',
      'Describe the limit in the body (RFC 6585 says the response SHOULD explain the condition): which limit, its window and when it resets.',
      'Clients without a Retry-After should back off exponentially with some random jitter instead of retrying at once and deepening the throttle.',
      'Decide, and document, what each limit is keyed on (API key, user, tenant, address) and whether it is per client or global; only per-client limits answer 429, and the draft RateLimit fields can name the bucket with their pk parameter.',
      'Consider sending RateLimit and RateLimit-Policy on ordinary 2xx responses too, so well-behaved clients slow down before they hit the limit; the draft allows them with any status.',
    ],
    headers: [
      {
        name: 'Retry-After',
        requirement: 'MAY',
        note: 'Tell the client how long to wait, as seconds (`Retry-After: 30`) or an HTTP date (RFC 9110 §10.2.3); seconds avoid clock-skew trouble. When RateLimit is sent too, clients give Retry-After precedence, and it should not point earlier than the RateLimit reset.',
      },
      {
        name: 'RateLimit',
        requirement: 'MAY',
        note: 'From an IETF Internet-Draft, not an RFC (draft-ietf-httpapi-ratelimit-headers-10, September 2025, §4): the live state of a named policy, e.g. `RateLimit: "default";r=0;t=30`, with r the quota left and t the seconds until more becomes available.',
      },
      {
        name: 'RateLimit-Policy',
        requirement: 'MAY',
        note: 'Same draft (draft-ietf-httpapi-ratelimit-headers-10 §3): the quota itself, e.g. `RateLimit-Policy: "default";q=100;w=60` for 100 requests per 60-second window; it should stay the same from response to response, while RateLimit changes.',
      },
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'Caches MUST NOT store a 429 (RFC 6585 §4); it belongs to one caller at one moment, and no freshness you send changes that.',
      },
    ],
    body:
      'Problem details saying which limit was hit, its size and window, and when it resets, e.g. {"title": "Too Many Requests", "detail": "Limit of 100 requests per minute exceeded.", "retryAfter": 30}.',
    pitfalls: [
      '429 versus 503: 429 blames one caller\'s rate, 503 says the service cannot serve anyone right now. Answering 503 to a single noisy client makes dashboards show an outage; answering 429 during real overload tells well-behaved clients they misbehaved.',
      'Retry helpers can skip it: jshttp `statuses.retry` (2.0.2) holds only 502, 503 and 504, so retry code built on that set never retries a 429 and never reads its Retry-After.',
      'Defaults vary by stack (as read in 2026 sources): nginx limit_req needs `limit_req_status 429;` to answer with 429, NestJS has no built-in 429 exception (ThrottlerException comes from @nestjs/throttler), and Servlet 6.1 has no `SC_TOO_MANY_REQUESTS` (6.2, still in development, adds it); check what your limiter really sends.',
      'Limits keyed only on IP address throttle everyone behind a shared NAT or corporate proxy together; key on the API key or user wherever you can.',
      'The RateLimit fields are still a draft and have changed shape: revisions up to -06 (2022) defined separate RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset fields, the named-policy syntax arrived in -08 (2024), and many limiters still send X-RateLimit-* names of their own; say which format you emit, and have clients tolerate missing or unfamiliar ones.',
      'Rate-limit fields on a cached or replayed response are stale; the draft tells clients to ignore them on responses served from cache, and a 429 itself must never be stored.',
    ],
    examples: [
      {
        title: 'Per-key rate limit exceeded',
        request: 'GET /api/search?q=lamps HTTP/1.1\nHost: api.example.test\nAuthorization: Bearer <token>',
        response:
          'HTTP/1.1 429 Too Many Requests\nRetry-After: 30\nContent-Type: application/problem+json\n\n{"type": "about:blank", "title": "Too Many Requests", "status": 429, "detail": "Limit of 100 requests per minute exceeded.", "retryAfter": 30}',
        note: 'This key used its whole allowance while the service stays healthy, and Retry-After says when to try again.',
      },
      {
        title: 'Quota state in the draft RateLimit fields',
        request: 'POST /api/exports HTTP/1.1\nHost: api.example.test\nAuthorization: Bearer <token>',
        response:
          'HTTP/1.1 429 Too Many Requests\nRetry-After: 40\nRateLimit-Policy: "exports";q=10;w=3600\nRateLimit: "exports";r=0;t=40\nContent-Type: application/problem+json\n\n{"type": "https://iana.org/assignments/http-problem-types#quota-exceeded", "title": "Export quota used up", "status": 429, "violated-policies": ["exports"]}',
        note: 'The policy says 10 exports an hour, RateLimit shows none left for another 40 seconds, and Retry-After, which clients obey first, agrees with it.',
      },
    ],
    alternatives: [
      { code: 503, when: 'the whole service is overloaded or in maintenance, not just this caller' },
      { code: 403, when: 'the caller is refused regardless of how often it asks' },
      { code: 413, when: 'one request is too large rather than too frequent' },
    ],
    related: [503, 420, 403, 413],
    references: [
      rfc(6585, '4', '429 Too Many Requests'),
      rfc9110('10.2.3', 'Retry-After'),
      rfc9110('15.6.4', '503 Service Unavailable'),
      {
        title: 'Internet-Draft draft-ietf-httpapi-ratelimit-headers-10 §4 RateLimit Field (September 2025)',
        url: 'https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-ratelimit-headers-10#section-4',
      },
      {
        title: 'Internet-Draft draft-ietf-httpapi-ratelimit-headers-10 §6 Server Behavior',
        url: 'https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-ratelimit-headers-10#section-6',
      },
      mdn(429),
    ],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['rate limit', 'throttle', 'throttling', 'quota', 'too many requests', 'retry-after', 'backoff', 'ratelimit', 'ratelimit-policy', 'x-ratelimit'],
  },
  {
    code: 431,
    phrase: 'Request Header Fields Too Large',
    class: '4xx',
    status: 'standard',
    gist: 'request headers too large, often Cookie',
    check: 'Name the oversized field when one is at fault; use 414 for a long URL, 413 for a big body.',
    eli5:
      'Your request came with too much paperwork stapled to the front. ' +
      'Like a post office that refuses envelopes covered in labels, the server will not read it until the labels are trimmed.',
    serverPerspective:
      'The header section as a whole, or a single field in it (often Cookie), is bigger than the server will accept. ' +
      'The server refuses before it looks at the method, path or body.',
    whenToUse: [
      'A browser has piled up so many or such large cookies for the domain that the Cookie header passes the server\'s limit.',
      'One field, such as an oversized Authorization token, exceeds the per-field limit.',
      'The total of all request headers goes over the configured maximum even though each field is small.',
    ],
    whenNotToUse: [
      'The URL (path plus query string) is too long: 414 URI Too Long.',
      'The body is too large: 413 Content Too Large.',
      'The headers are malformed rather than oversized: 400 Bad Request.',
    ],
    howToRespond: [
      'Name the offending field when one field is at fault (RFC 6585: SHOULD), e.g. "Cookie header is 12 KB; the limit is 8 KB".',
      'Clients should clear or shrink cookies for the site and retry; for tokens, move bulky claims out of the header.',
      'On browser-facing sites, serve a page telling people to clear cookies for the domain, because they cannot see the header themselves.',
    ],
    headers: [
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'No cache may keep a 431 (RFC 6585 §5): the answer depends on this one request\'s headers, so storing it would be wrong for the next visitor.',
      },
    ],
    body: 'Which header was too large and the limit, e.g. {"error": "header_too_large", "field": "Cookie"}; never echo the oversized header back, since it may hold session secrets.',
    pitfalls: [
      'nginx does not send 431: an oversized header becomes its internal 494 and the client gets 400 "Request Header Or Cookie Too Large", so clients and dashboards looking for 431 miss it.',
      'Every hop (CDN, load balancer, app server) has its own header limit; a request that passes the edge can still be refused further in, possibly with a different status. Know the smallest limit on the path.',
      'Naming varies: Ktor calls it `RequestHeaderFieldTooLarge` (singular), requests has `codes.header_fields_too_large`, Boom has no helper, and Servlet only gains `SC_REQUEST_HEADER_FIELDS_TOO_LARGE` in 6.2.',
      'A cookie that grows with every response (appended tracking values, session state kept client-side) produces 431s that only hit long-standing users; keep session data on the server and cookies small.',
    ],
    examples: [
      {
        title: 'Cookie header over the limit',
        request: 'GET /account HTTP/1.1\nHost: www.example.test\nCookie: session=abc123; prefs=<9 KB of accumulated values>',
        response:
          'HTTP/1.1 431 Request Header Fields Too Large\nContent-Type: text/html\n\n<p>Your cookies for this site are too large. Clear cookies for www.example.test and reload.</p>',
        note: 'The Cookie field alone exceeds the server\'s header limit, and the page tells the user how to fix it.',
      },
    ],
    alternatives: [
      { code: 414, when: 'the request target (URL) is what is too long' },
      { code: 413, when: 'the request body is what is too large' },
      { code: 400, when: 'the header section is malformed rather than oversized' },
    ],
    related: [413, 414, 400, 494],
    references: [rfc(6585, '5', '431 Request Header Fields Too Large'), mdn(431)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['header too large', 'cookie too large', 'large cookies', 'header size limit', 'request header or cookie too large'],
  },
  {
    code: 451,
    phrase: 'Unavailable For Legal Reasons',
    class: '4xx',
    status: 'standard',
    gist: 'blocked by a legal demand',
    check: 'Explain the legal demand and identify the blocker with a Link header, rel blocked-by.',
    eli5:
      'The server will not show you this page because of a legal demand, such as a court order or a law where you are. ' +
      'It is like a shop that has been ordered not to sell a certain book in your town.',
    serverPerspective:
      'The server, or something on the path such as a network operator\'s filter, is refusing because a legal demand requires blocking access. ' +
      'It says nothing about whether the resource exists; it only says that law, not policy or permissions, is the reason.',
    whenToUse: [
      'A court order or takedown demand requires you to block a specific page or file.',
      'Content is geo-blocked because it is unlawful in the requester\'s country or region.',
      'A network operator blocks a site under a government mandate and wants users to see why.',
    ],
    whenNotToUse: [
      'Access is refused by your own policy, terms of service or permissions rather than a legal demand: 403 Forbidden.',
      'The content was withdrawn for good and no legal reason needs to be given: 410 Gone.',
      'You must not even reveal that something is being withheld: 404 Not Found.',
    ],
    howToRespond: [
      'Explain in the body which legal demand applies and who made it (RFC 7725: SHOULD), as far as the law lets you say.',
      'Add `Link: <https://...>; rel="blocked-by"` identifying the party doing the blocking, which may be you or an intermediary.',
      'When the block depends on where the requester is, set explicit Cache-Control so a shared cache cannot serve one region\'s block to another.',
    ],
    headers: [
      {
        name: 'Link',
        requirement: 'SHOULD',
        note: 'The blocking party SHOULD identify itself with `Link: <uri>; rel="blocked-by"`; the relation value MUST be exactly blocked-by (RFC 7725 §4).',
      },
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: '451 is cacheable by default (RFC 7725 §3); send private, no-store or a short max-age if the block varies by region or may be lifted.',
      },
    ],
    body: 'A page naming the legal demand (court, statute or authority, and a case reference) and, where possible, where the requester can learn more or contest it.',
    pitfalls: [
      '451 is cacheable by default, so a CDN can store a block meant for one country and replay it to everyone; mark geo-dependent 451s private or no-store.',
      'Do not use 451 as a vague "not allowed": readers take it as a statement that a legal demand exists, and claiming one that does not can have consequences of its own.',
      'Microsoft Exchange ActiveSync uses 451 for an unrelated "Redirect" meaning, so mail clients talking to Exchange may see 451s that have nothing to do with legal blocks.',
      'Naming gaps: Boom calls it `illegal`, Ktor has no constant (build `HttpStatusCode(451, "...")`), Servlet has no SC_ constant, and CPython only added it in 3.8.',
    ],
    examples: [
      {
        title: 'Page blocked by court order',
        request: 'GET /articles/leaked-report HTTP/1.1\nHost: news.example.test',
        response:
          'HTTP/1.1 451 Unavailable For Legal Reasons\nLink: <https://news.example.test/legal/blocks>; rel="blocked-by"\nCache-Control: private\nContent-Type: text/html\n\n<p>This article is unavailable in your region following a court order (case 2025-1234).</p>',
        note: 'A legal demand, not the site\'s own policy, is why access is refused, and Link names who is blocking it.',
      },
    ],
    alternatives: [
      { code: 403, when: 'access is refused for policy or permission reasons rather than a legal demand' },
      { code: 404, when: 'even the fact that something is withheld must stay hidden' },
      { code: 410, when: 'the content was withdrawn permanently and no legal reason needs to be given' },
    ],
    related: [403, 404, 410],
    references: [
      rfc(7725, '3', '451 Unavailable For Legal Reasons'),
      rfc(7725, '4', 'Identifying Blocking Entities'),
      mdn(451),
    ],
    cacheable: true,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['legal', 'censorship', 'court order', 'geo-block', 'geoblocking', 'takedown', 'blocked', 'legal reasons'],
  },
];
