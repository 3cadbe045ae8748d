import type { StatusRecord } from '../types';
import { mdn, rfc9110 } from './refs';

// 4xx client errors, 400–414.
export const records4xxA: readonly StatusRecord[] = [
  {
    code: 400,
    phrase: 'Bad Request',
    class: '4xx',
    status: 'standard',
    gist: 'malformed syntax or invalid framing',
    check: 'Use 422 if the body parses but fails validation, 415 if its media type is not accepted.',
    eli5:
      'You sent the server a message it cannot make sense of, like a form where the boxes are filled in with scrambled text. ' +
      'The server will not guess what you meant: you have to fix the request and send it again.',
    serverPerspective:
      'The server will not process the request because the message itself is faulty: its syntax is broken, its framing is invalid, ' +
      'or its routing information looks deceptive. It is also the catch-all client error: a client that meets a 4xx code it does not know treats it as 400.',
    whenToUse: [
      'The body does not parse: truncated JSON, a form field with broken percent-encoding, or a multipart upload whose boundary never appears.',
      'A required query parameter or header is missing or has the wrong shape, such as page=abc where the route needs an integer.',
      'The framing of the message is inconsistent, for example contradictory length information, so the server cannot tell where the request ends.',
      'The client is clearly at fault and no more specific 4xx code (413, 415, 422, 431 and so on) describes the mistake.',
    ],
    whenNotToUse: [
      'The JSON parses and the media type is right, but a value breaks a rule (an end date before the start date): 422 Unprocessable Content.',
      'The body arrives as XML, or in a compression the endpoint does not accept: 415 Unsupported Media Type.',
      'The body is simply bigger than the limit you accept: 413 Content Too Large.',
      'The header section or a single header such as Cookie is too big: 431 Request Header Fields Too Large.',
      'The request is well formed but clashes with current data, such as a username that is already taken: 409 Conflict.',
      'An exception inside your own handler, not anything in the request, caused the failure: 500 Internal Server Error.',
    ],
    howToRespond: [
      'Point at the exact problem: the parameter, field or position that failed to parse and the form the server expected.',
      'Use one error shape for every 400 (RFC 9457 problem details is a common choice), with a list of errors when several inputs fail at once.',
      'Make it clear that repeating the identical request is pointless: the same bytes will be rejected the same way.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the error body (application/problem+json or application/json) so clients can read field-level details instead of scraping text.',
      },
    ],
    body:
      'Say what was malformed and where: a problem-details object with a detail string and, when individual inputs are at fault, a list of {field, message} pairs. ' +
      'Name the offending parameter but do not echo the raw input back, since it may contain secrets or markup.',
    pitfalls: [
      "Frameworks disagree on validation failures: FastAPI answers 422 automatically, while DRF's ValidationError and ASP.NET Core's ValidationProblem() produce 400. Clients of mixed back ends must treat both as 'fix your input', and your API reference should say which one you send.",
      'nginx turns its internal codes 494 to 497 (oversized header or cookie, client-certificate problems, plain HTTP sent to the HTTPS port) into a 400 for the client, so a 400 your application never logged may have come from the proxy in front of it.',
      'Clients treat any 4xx they do not recognise as 400 (RFC 9110 §15), so an invented code such as 460 degrades to a generic client error in libraries, proxies and monitoring.',
      'Mapping every uncaught exception to 400 disguises server bugs as client mistakes: callers keep changing their input instead of reporting the fault, and your 5xx alerts stay silent.',
      'Wrapping a parse failure in 200 with {"ok": false} defeats status-based error handling and lets caches keep the error, because 200 is cacheable by default.',
    ],
    examples: [
      {
        title: 'Body is not valid JSON',
        request:
          'POST /api/orders HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\n\n{"sku": "A-1", "quantity": 2',
        response:
          'HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\n\n{"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "Request body is not valid JSON: unexpected end of input."}',
        note: 'The body cannot be parsed at all, which is a syntax failure rather than a validation one.',
      },
      {
        title: 'Query parameter of the wrong type',
        request: 'GET /api/orders?page=abc HTTP/1.1\nHost: api.example.test\nAccept: application/json',
        response:
          'HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\n\n{"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "Query parameter page must be a positive integer."}',
        note: 'The query string does not have the shape the route requires, so the lookup cannot even start.',
      },
    ],
    alternatives: [
      { code: 422, when: 'the body parses and has a supported type, but its values fail validation rules' },
      { code: 415, when: 'the request content uses a media type or content coding the endpoint does not accept' },
      { code: 413, when: 'the body is larger than the server is willing to take' },
      { code: 431, when: 'the header section, or one header such as Cookie, is too large' },
      { code: 411, when: 'the request has a body but no Content-Length, and the server insists on one' },
    ],
    related: [422, 415, 413, 431, 409, 414],
    references: [rfc9110('15.5.1', '400 Bad Request'), mdn(400)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['malformed', 'invalid json', 'parse error', 'syntax error', 'bad input', 'missing parameter', 'client error'],
  },
  {
    code: 401,
    phrase: 'Unauthorized',
    class: '4xx',
    status: 'standard',
    gist: 'unauthenticated, credentials missing or bad',
    check: 'Send WWW-Authenticate naming the scheme; use 403 if logging in would not help.',
    eli5:
      'The server does not know who you are yet, so it will not let you in. ' +
      'It is like a members-only club asking for your card at the door: show a valid card and you can try again.',
    serverPerspective:
      'The request lacks valid authentication credentials for the target resource: none were sent, or the ones sent were rejected. ' +
      'The server says how to authenticate through one or more challenges in WWW-Authenticate. Despite the phrase, the code is about authentication (who you are), not authorisation (what you may do).',
    whenToUse: [
      'No Authorization header or session credential arrived at an endpoint that only serves identified callers.',
      'A token was sent but is expired, revoked, malformed or signed with the wrong key, so the caller cannot be identified.',
      'A password or API key for a scheme the endpoint accepts was wrong, and trying again with other credentials could succeed.',
    ],
    whenNotToUse: [
      'The caller is authenticated and known, but that identity lacks permission for the action: 403 Forbidden.',
      'The credentials are demanded by a proxy between client and origin, not by the origin: 407 Proxy Authentication Required with Proxy-Authenticate.',
      'A captive portal or other intercepting gateway wants the user to sign in to the network: 511 Network Authentication Required.',
      'Even hinting that logging in would help leaks too much about a secret resource: 404 Not Found.',
      'A browser page needs the user to sign in through a form: redirect to the login page with 303 See Other or 302 Found rather than showing a bare 401.',
    ],
    howToRespond: [
      'Always include WWW-Authenticate with at least one challenge naming the scheme the client should use, for example Bearer with a realm.',
      'Keep the message generic ("authentication required", "invalid credentials") so it does not reveal whether the account or the secret was wrong.',
      'Clients: on a 401, refresh or obtain credentials and retry once; do not loop with the same rejected token.',
    ],
    headers: [
      {
        name: 'WWW-Authenticate',
        requirement: 'MUST',
        note: 'At least one challenge (an auth scheme plus parameters such as realm) telling the client how to authenticate; a 401 without it does not conform to RFC 9110.',
      },
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the short error body; the challenge itself belongs in WWW-Authenticate, not only inside the JSON.',
      },
    ],
    body:
      'A short, uniform message such as {"error": "authentication_required"} or a problem-details object, optionally linking to the login or token endpoint. ' +
      'Never say which part of the credentials was wrong and never echo the token back.',
    pitfalls: [
      "Django REST Framework turns a 401 into a 403 when the authentication class supplies no WWW-Authenticate value, so anonymous callers are told 'forbidden' and clients that only re-authenticate on 401 never try to log in.",
      'FastAPI 0.122.0 switched its security utilities from 403 to 401 with WWW-Authenticate for missing credentials; tests and clients written against the old 403 break on upgrade.',
      "The reason phrase 'Unauthorized' misleads: sending 401 for 'logged in but not allowed' makes clients throw away valid tokens and re-authenticate in a loop, when the answer should have been 403.",
      'Helpers differ in whether they add the challenge: Boom.unauthorized(message, scheme), Werkzeug Unauthorized(www_authenticate=...), Symfony UnauthorizedHttpException($challenge) and JAX-RS NotAuthorizedException take one, while setting a bare 401 status sends none unless you add the header yourself.',
    ],
    examples: [
      {
        title: 'No token sent',
        request: 'GET /api/me HTTP/1.1\nHost: api.example.test\nAccept: application/json',
        response:
          'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api.example.test"\nContent-Type: application/problem+json\n\n{"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "Authentication is required."}',
        note: 'The caller is anonymous, so the server challenges it and names the Bearer scheme it accepts.',
      },
      {
        title: 'Wrong Basic credentials',
        request: 'GET /reports/2024 HTTP/1.1\nHost: intranet.example.test\nAuthorization: Basic dXNlcjp3cm9uZw==',
        response:
          'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="reports"\nContent-Type: text/plain\n\nInvalid credentials.',
        note: 'The credentials did not verify, and the repeated challenge invites the client to try different ones.',
      },
    ],
    alternatives: [
      { code: 403, when: 'the caller is identified but its role or scopes do not permit the action' },
      { code: 407, when: 'a proxy, not the origin server, needs the credentials' },
      { code: 511, when: 'a captive portal requires a network sign-in before any request can pass' },
      { code: 404, when: 'even the fact that a login would help must stay hidden' },
    ],
    related: [403, 407, 511, 404, 303],
    references: [rfc9110('15.5.2', '401 Unauthorized'), rfc9110('11.6.1', 'WWW-Authenticate'), mdn(401)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['unauthenticated', 'login required', 'missing token', 'invalid token', 'expired token', 'authentication', 'www-authenticate', 'bearer'],
  },
  {
    code: 402,
    phrase: 'Payment Required',
    class: '4xx',
    status: 'standard',
    gist: 'reserved, no standard meaning',
    check: 'Send it only under a contract your own clients know; general-purpose APIs use 403.',
    eli5:
      "This code was set aside long ago for 'you have to pay first', but nobody ever wrote down how it should work. " +
      "It is like a sign saying 'pay at the till' in a shop that has not installed a till yet.",
    serverPerspective:
      'RFC 9110 keeps 402 reserved for future use and gives it no defined meaning. ' +
      'A server that sends it relies on a private agreement with its own clients about what payment is missing and how to make it.',
    whenToUse: [
      "Your own API reference defines 402 as 'the subscription or prepaid balance does not cover this call', and your clients are written to handle exactly that.",
      'A metered endpoint refuses work until an unpaid invoice is settled, and the contract with the caller names 402 for this case along with a documented body.',
    ],
    whenNotToUse: [
      'The account plan simply does not include the feature: 403 Forbidden with a body describing the upgrade path is understood by every client.',
      'The caller has used up a request quota that refills over time: 429 Too Many Requests, optionally with Retry-After.',
      'The caller is not logged in, so you cannot yet tell what it has paid for: 401 Unauthorized.',
      'A public, general-purpose API whose clients cannot be expected to know your private meaning of 402: a registered code with defined semantics, usually 403 Forbidden.',
    ],
    howToRespond: [
      'If you use it, publish the body format and the action that clears the condition (pay, top up, upgrade) in your API reference.',
      'Include a machine-readable reason and a link to the billing page, so clients can show more than a generic error.',
      'Clients: treat an unexpected 402 as an ordinary 4xx and show its body to the user; there is no standard payment or retry protocol behind it.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'With no standard meaning behind 402, the body is the only explanation a client gets; label it so your documented error format can be parsed.',
      },
    ],
    body:
      'Your documented payment error: a problem-details object with a type URI you define, a plain explanation of what is unpaid and a link to where it can be paid. ' +
      'Leave out card numbers and full billing records.',
    pitfalls: [
      'RFC 9110 §15.5.3 reserves 402 for future use: no specification says what a client should do with it, so generic HTTP clients, proxies and SDKs handle it as a plain client error.',
      "Werkzeug defines no exception class for 402, so Flask's abort(402) raises LookupError('no exception for 402') instead of sending a response; abort with a Response object carrying status 402, or return one.",
      'Because the meaning is private, a 402 that passes through a gateway or aggregator reaches callers who never saw your contract; translate it to 403 with an explanatory body at such boundaries.',
      'Helper coverage is patchy (Boom has paymentRequired() and Laravel tests have assertPaymentRequired(), Werkzeug has nothing), so a mixed stack cannot rely on one shared way to raise or test it.',
    ],
    examples: [
      {
        title: 'Prepaid credits exhausted (documented private contract)',
        request:
          'POST /api/exports HTTP/1.1\nHost: api.example.test\nAuthorization: Bearer <token>\nContent-Type: application/json\n\n{"format": "pdf"}',
        response:
          'HTTP/1.1 402 Payment Required\nContent-Type: application/problem+json\n\n{"type": "https://api.example.test/problems/credits-exhausted", "title": "Export credits used up", "status": 402, "detail": "Top up to continue exporting.", "billing": "https://billing.example.test/top-up"}',
        note: "This API's published contract defines 402 as 'prepaid credits used up', so its own clients know to send the user to billing.",
      },
    ],
    alternatives: [
      { code: 403, when: "the account's plan does not include the feature and clients are general-purpose" },
      { code: 429, when: 'a usage quota is exhausted and refills after a known time' },
      { code: 401, when: 'the caller is anonymous, so nothing about its payments can be checked' },
    ],
    related: [403, 429, 401],
    references: [rfc9110('15.5.3', '402 Payment Required'), mdn(402)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['payment', 'billing', 'subscription', 'paywall', 'credits', 'reserved', 'upgrade plan'],
  },
  {
    code: 403,
    phrase: 'Forbidden',
    class: '4xx',
    status: 'standard',
    gist: 'authenticated or not, refused anyway',
    check: 'Use 401 if logging in could change the answer, 404 if even admitting it exists leaks too much.',
    eli5:
      'The server knows exactly what you asked for and has decided you may not have it. ' +
      'It is like showing a real ticket at a VIP door: the ticket is valid, it just does not get you into this room.',
    serverPerspective:
      'The server understood the request and refuses to carry it out. If credentials were sent, the server considers them insufficient for this resource, ' +
      'so the client should not automatically repeat the request with the same ones; trying different credentials is allowed.',
    whenToUse: [
      'An authenticated user lacks the role, scope or ownership required, such as a regular member calling an admin-only endpoint.',
      'An API key is genuine but restricted, for example read-only, and this request would write.',
      'Access is refused by a rule unrelated to identity, such as an IP allow-list or a directory listing the server never exposes.',
    ],
    whenNotToUse: [
      'The caller sent no credentials, or credentials that failed to verify, and logging in could change the answer: 401 Unauthorized with a WWW-Authenticate challenge.',
      "Admitting that the resource exists would itself leak information (another tenant's invoice, a private repository): 404 Not Found.",
      'The block comes from a court order or another legal demand: 451 Unavailable For Legal Reasons.',
      'Nobody may use this method on this resource, whatever their rights: 405 Method Not Allowed with an Allow header.',
      'The caller is simply sending too many requests: 429 Too Many Requests, not a permission refusal.',
    ],
    howToRespond: [
      'Say which permission or condition is missing when that is safe ("requires scope orders:write"), so a legitimate caller can ask for access.',
      "Decide per resource type whether existence is secret; if it is, answer 404 for both 'not yours' and 'does not exist'.",
      'Clients: do not retry automatically with the same credentials; let the user switch account or request access.',
    ],
    headers: [
      {
        name: 'WWW-Authenticate',
        requirement: 'MAY',
        note: 'Allowed on any response; a server can use it to describe a scheme under which other credentials might be accepted, but a 403 does not require a challenge.',
      },
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the refusal body that explains which permission is missing.',
      },
    ],
    body:
      'A short reason the caller can act on (missing role or scope, suspended account) in a problem-details object. ' +
      'Do not list which other users or groups do have access.',
    pitfalls: [
      "Answering 403 for 'exists but not yours' and 404 for 'no such id' lets anyone probe ids to learn which exist; RFC 9110 §15.5.4 explicitly allows 404 instead to hide a forbidden resource.",
      "Django REST Framework answers 403 instead of 401 when the authenticator provides no WWW-Authenticate header, so in DRF a 403 may really mean 'not logged in'.",
      "Before 0.122.0, FastAPI's security helpers sent 403 for missing credentials; code that reads 403 as 'permission denied' may have been catching unauthenticated calls and needs review after upgrading.",
      "Web servers and proxies send 403 too (Apache's [F] rewrite flag, HAProxy's deny_status 403), so a 403 without your API's error format may come from the edge rather than from your authorisation code.",
      'ASP.NET Core Forbid() does not write 403 itself: it hands the outcome to the authentication handler, so the status depends on which scheme is configured.',
    ],
    examples: [
      {
        title: 'Member calls an admin action',
        request: 'DELETE /api/users/42 HTTP/1.1\nHost: api.example.test\nAuthorization: Bearer <member-token>',
        response:
          'HTTP/1.1 403 Forbidden\nContent-Type: application/problem+json\n\n{"type": "about:blank", "title": "Forbidden", "status": 403, "detail": "Deleting users requires the admin role."}',
        note: 'The token is valid and identifies the caller, but its role does not allow deleting users.',
      },
      {
        title: 'Read-only API key attempts a write',
        request:
          'POST /api/payouts HTTP/1.1\nHost: api.example.test\nX-Api-Key: <read-only-key>\nContent-Type: application/json\n\n{"amount": 100}',
        response:
          'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"error": "forbidden", "detail": "This API key is read-only."}',
        note: 'The key is recognised, so 401 would be wrong; it simply lacks write permission.',
      },
    ],
    alternatives: [
      { code: 401, when: 'no valid credentials were sent and logging in could change the answer' },
      { code: 404, when: 'the caller must not learn that the resource exists' },
      { code: 451, when: 'access is blocked because of a legal demand' },
      { code: 405, when: 'the method is refused on this resource for every caller' },
    ],
    related: [401, 404, 451, 405, 429],
    references: [rfc9110('15.5.4', '403 Forbidden'), mdn(403)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['permission denied', 'access denied', 'no permission', 'authorization', 'insufficient scope', 'role', 'forbidden'],
  },
  {
    code: 404,
    phrase: 'Not Found',
    class: '4xx',
    status: 'standard',
    gist: 'nothing here, or not telling',
    check: 'Use 410 if it was removed on purpose, 403 if it exists but is off limits.',
    eli5:
      'You asked for something at an address where the server has nothing to give you. ' +
      'It is like ringing the bell of a flat that is empty: nobody answers, and you are not told whether anyone ever lived there.',
    serverPerspective:
      'The server found no current representation for the target URL, or it prefers not to admit that one exists. ' +
      'A 404 deliberately says nothing about whether the absence is temporary or permanent.',
    whenToUse: [
      'The URL does not match any route, or the route matches but the record it names (an id, a slug) does not exist.',
      'The resource exists but the caller must not learn that: answering 404 instead of 403 hides its existence.',
      'You cannot tell, or do not want to say, whether the resource was deleted, never existed or is only missing for now.',
    ],
    whenNotToUse: [
      'The resource was removed on purpose and will not come back: 410 Gone tells clients and crawlers to drop the link.',
      'The caller is known and simply lacks permission, and revealing that the resource exists is harmless: 403 Forbidden.',
      'The caller has not authenticated and would see the resource after logging in: 401 Unauthorized, with a WWW-Authenticate challenge.',
      'The resource has a new address: 301 Moved Permanently or 308 Permanent Redirect with a Location header.',
      'The route exists but does not accept this method (POST to a read-only URL): 405 Method Not Allowed with an Allow header.',
      'The lookup failed because the database or an upstream service is down: that is a 5xx, not a missing resource.',
    ],
    howToRespond: [
      'Return the same body for "never existed" and "hidden", so the response does not leak which case applies.',
      'Send a short machine-readable error (for example RFC 9457 problem details with "status": 404) for API clients and a helpful page for browsers.',
      'Switch to 410 once you know a resource is gone for good, and to a redirect when it has moved.',
    ],
    headers: [
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'No header is specific to 404. Because a 404 is cacheable by default, give it an explicit lifetime (or no-store) if the resource may appear soon.',
      },
    ],
    body:
      'A short, generic explanation: a problem-details object or {"error": "not_found"} for APIs, a friendly page with navigation for browsers. ' +
      'Never echo internal ids, table names, file paths or stack traces.',
    pitfalls: [
      'A 404 is heuristically cacheable (RFC 9110 §15.1): a CDN or browser may keep serving it after the resource is created, unless you send explicit cache headers.',
      'Answering 404 for "wrong id" but 403 for "exists, not yours" lets an attacker enumerate which ids exist; pick one answer for both when existence is sensitive.',
      'Single-page apps that serve index.html with 200 for every unknown path give crawlers and monitors a "soft 404": return a real 404 status for unknown routes.',
      'Do not turn a failed database query into a 404: clients and monitors then read an outage as "the data is gone" and may delete their copies.',
      'Express, Koa and many routers answer 404 on their own when no route matches; a custom handler that answers 200 with an error message hides broken links.',
    ],
    examples: [
      {
        title: 'Unknown record id',
        request: 'GET /api/users/99999 HTTP/1.1\nHost: api.example.test\nAccept: application/json',
        response:
          'HTTP/1.1 404 Not Found\nContent-Type: application/problem+json\n\n{"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No user with this id."}',
        note: 'The route exists, but there is no user 99999; the body says so without exposing anything internal.',
      },
      {
        title: 'Mistyped path',
        request: 'GET /api/usres/123 HTTP/1.1\nHost: api.example.test',
        response: 'HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"error": "not_found"}',
        note: 'No route matches /api/usres, so the server has nothing at that address.',
      },
    ],
    alternatives: [
      { code: 410, when: 'the resource was removed permanently' },
      { code: 403, when: 'it exists but this caller may not see it' },
      { code: 401, when: 'the caller must log in before it can see it' },
      { code: 301, when: 'it moved to a new URL for good' },
    ],
    related: [410, 403, 401, 405, 301, 308],
    references: [rfc9110('15.5.5', '404 Not Found'), mdn(404)],
    cacheable: true,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['missing', 'does not exist', 'no such resource', 'unknown route', 'not found'],
  },
  {
    code: 405,
    phrase: 'Method Not Allowed',
    class: '4xx',
    status: 'standard',
    gist: 'method not supported by this resource',
    check: 'List the methods the resource does support in an Allow header.',
    eli5:
      "The address is right, but you are trying to do something that address does not support, like pushing a door marked 'pull'. " +
      'The server tells you which actions do work there.',
    serverPerspective:
      'The server knows the request method, and the target resource exists, but this resource does not support that method. ' +
      'The Allow header lists the methods the resource does support at the moment.',
    whenToUse: [
      'A client sends DELETE or PUT to a read-only resource that only supports GET and HEAD.',
      'A route exists for GET but receives a POST, for instance a form submitting to a page that only displays data.',
      'A collection accepts GET and POST, and a client tries PATCH on the collection URL instead of on one item.',
    ],
    whenNotToUse: [
      'The server does not recognise or implement the method for any resource at all: 501 Not Implemented.',
      'The URL matches no resource whatever the method: 404 Not Found.',
      'The method is supported, but this caller lacks permission to use it: 403 Forbidden.',
      'The method is supported, but the current state of the resource blocks it (cancelling an order that has shipped): 409 Conflict.',
    ],
    howToRespond: [
      'Send Allow with every method the resource accepts, generated from the router rather than typed by hand, so it stays accurate.',
      'Answer OPTIONS on the same resource with the same Allow list, so clients can discover methods before trying them.',
      'Let the framework produce 405 for a known path with the wrong method instead of falling through to the 404 handler.',
    ],
    headers: [
      {
        name: 'Allow',
        requirement: 'MUST',
        note: 'Lists the methods the target resource supports (for example "GET, HEAD"); the list may be empty, and proxies must pass it on unmodified.',
      },
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'A 405 is cacheable by default; give it an explicit lifetime or no-store if you expect to add the method to this resource.',
      },
    ],
    body:
      'A brief explanation naming the refused method and repeating the allowed ones for human readers, for example {"error": "method_not_allowed", "allowed": ["GET", "HEAD"]}.',
    pitfalls: [
      'A 405 is heuristically cacheable (RFC 9110 §15.1): after you deploy support for a new method, browsers and CDNs may keep serving the stored 405 unless you set explicit freshness.',
      'A hand-written 405 without Allow breaks a MUST; prefer helpers that build the header from the method list: Django HttpResponseNotAllowed(permitted_methods), aiohttp HTTPMethodNotAllowed(method, allowed_methods), Werkzeug MethodNotAllowed(valid_methods=...), Boom.methodNotAllowed(message, data, allow).',
      'Routers that answer 404 for a known path with an unsupported method hide the real mistake: the client concludes the URL is wrong when only the verb is.',
      "nginx and Django call it 'Not Allowed' (NGX_HTTP_NOT_ALLOWED, nginx's '405 Not Allowed' page, HttpResponseNotAllowed), and Python requests exposes codes.not_allowed, so searching code or logs for 'Method Not Allowed' misses them.",
      'Intermediaries must not modify Allow (RFC 9110 §10.2.1); if a gateway should hide internal methods, restrict them at the origin instead of rewriting the header on the way out.',
    ],
    examples: [
      {
        title: 'DELETE on read-only reference data',
        request: 'DELETE /api/countries/fr HTTP/1.1\nHost: api.example.test',
        response:
          'HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD\nContent-Type: application/json\n\n{"error": "method_not_allowed", "allowed": ["GET", "HEAD"]}',
        note: 'The country list is read-only, so DELETE is refused and Allow names the methods that work.',
      },
    ],
    alternatives: [
      { code: 501, when: 'the server does not implement the method for any resource' },
      { code: 404, when: 'no resource exists at the URL at all' },
      { code: 403, when: 'the method is supported but this caller may not use it' },
      { code: 409, when: "the method is allowed but the resource's current state prevents it" },
    ],
    related: [501, 404, 403, 409, 400],
    references: [rfc9110('15.5.6', '405 Method Not Allowed'), rfc9110('10.2.1', 'Allow'), mdn(405)],
    cacheable: true,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['wrong method', 'wrong verb', 'allow header', 'not allowed', 'unsupported method', 'http verb'],
  },
  {
    code: 406,
    phrase: 'Not Acceptable',
    class: '4xx',
    status: 'standard',
    gist: 'no response format the client accepts',
    check: 'Use 415 if the format of the sent body is the problem; 406 is about the format wanted back.',
    eli5:
      'You told the server which formats you can read, and it has nothing in any of them. ' +
      'It is like asking a bookshop for a title in Braille when it only stocks print editions.',
    serverPerspective:
      'Proactive content negotiation failed: the Accept, Accept-Language or Accept-Encoding request headers ruled out every representation the server can produce, ' +
      'and the server chose not to fall back to a default.',
    whenToUse: [
      'A client sends Accept: application/xml to an endpoint that only produces JSON, and you prefer to be strict rather than ignore the header.',
      'A resource is requested in a format it has no renderer for, such as a CSV export of a report that exists only as PDF and JSON.',
    ],
    whenNotToUse: [
      'The problem is the format of the body the client sent (its Content-Type), not the format it wants back: 415 Unsupported Media Type.',
      'You have a reasonable default representation: send it with 200 OK and let the client decide whether it can use it.',
      'Several representations exist and you want the client to choose among them: 300 Multiple Choices.',
    ],
    howToRespond: [
      'List the representations you can produce (media types, languages) in the body, so the client can retry with a matching Accept header.',
      'Decide deliberately between strictness and a default: a default keeps lax clients working, while 406 surfaces client mistakes early.',
      'Honour wildcards and quality values (*/*, application/*, q=0) before concluding that nothing fits.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'RFC 9110 asks for content listing the available representations; label it with a simple type the client can read even though it asked for something else.',
      },
    ],
    body:
      'The representations on offer, for example {"error": "not_acceptable", "available": ["application/json", "application/pdf"]}, ideally with a link to each variant.',
    pitfalls: [
      '406 concerns the format of the response the client will accept, 415 the format of the request it sent; mixing them up sends developers to fix the wrong header.',
      'Rails maps ActionController::UnknownFormat to 406, so a request for a format that no respond_to block handles fails with 406 even though the route exists; check the respond_to blocks, not the router.',
      'The error body has to be in some format too: a JSON explanation sent to a client that only accepts XML may be unreadable to it, so keep 406 bodies small and simple.',
      'Negotiating strictly on Accept-Language can lock out users whose browsers list only languages you lack; for languages, serving a default is usually kinder than refusing.',
    ],
    examples: [
      {
        title: 'XML requested from a JSON-only API',
        request: 'GET /api/reports/7 HTTP/1.1\nHost: api.example.test\nAccept: application/xml',
        response:
          'HTTP/1.1 406 Not Acceptable\nContent-Type: application/json\n\n{"error": "not_acceptable", "available": ["application/json", "application/pdf"]}',
        note: 'No representation matches application/xml, and the body lists what the client could ask for instead.',
      },
    ],
    alternatives: [
      { code: 415, when: "the request body's Content-Type or content coding is the problem" },
      { code: 200, when: 'you have a sensible default representation to send despite the Accept header' },
      { code: 300, when: 'you want to offer the client a list of representations to pick from' },
    ],
    related: [415, 200, 300],
    references: [rfc9110('15.5.7', '406 Not Acceptable'), mdn(406)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['content negotiation', 'accept header', 'unsupported format', 'media type', 'accept-language', 'no matching representation'],
  },
  {
    code: 407,
    phrase: 'Proxy Authentication Required',
    class: '4xx',
    status: 'standard',
    gist: 'a proxy, not the origin, wants credentials',
    check: 'Send Proxy-Authenticate from the proxy; an origin server that needs a login sends 401.',
    eli5:
      'A gatekeeper between you and the website wants to know who you are before it passes your request on. ' +
      'It is like the front desk of an office building asking for your badge before you can reach any company upstairs.',
    serverPerspective:
      'A proxy on the path, not the origin server, requires the client to authenticate with the proxy before it forwards the request. ' +
      'The proxy describes how to do that in Proxy-Authenticate.',
    whenToUse: [
      'A corporate forward proxy requires clients to authenticate before it relays their requests to the internet.',
      'An authenticating egress proxy for servers or build agents refuses an outbound request sent without proxy credentials, or with wrong ones.',
    ],
    whenNotToUse: [
      'The origin application itself needs the user to log in: 401 Unauthorized with WWW-Authenticate.',
      'An intercepting gateway such as a hotel or airport captive portal wants the user to sign in to the network: 511 Network Authentication Required.',
      'The proxy knows who the client is, but its policy blocks the destination: 403 Forbidden.',
    ],
    howToRespond: [
      'As a proxy, send Proxy-Authenticate with the scheme and realm the client must use, and keep the body short.',
      'Clients: retry with credentials in Proxy-Authorization, which is meant for the proxy; the Authorization header is for the origin.',
      'Configure proxy credentials in the HTTP client or environment, separately from the API credentials your application manages.',
    ],
    headers: [
      {
        name: 'Proxy-Authenticate',
        requirement: 'MUST',
        note: 'The proxy sends at least one challenge describing how the client authenticates with the proxy itself.',
      },
    ],
    body:
      'A brief note that proxy authentication is required and, on managed networks, whom to contact or where the credentials are configured. ' +
      'Nothing from the origin is included, since the request never reached it.',
    pitfalls: [
      'Only proxies should send 407; an origin application that answers 407 sends clients looking for proxy settings that do not exist.',
      "Go names the constant StatusProxyAuthRequired and the JDK HTTP_PROXY_AUTH, and Werkzeug has no exception class for 407 at all, so searches for 'ProxyAuthenticationRequired' miss real uses.",
      'A 407 seen by an application calling a remote API comes from the network path, not the API: rotating the API key will not help, while configuring proxy credentials will.',
      'Client-side request logging can capture Proxy-Authorization along with other headers; redact it like Authorization, or network passwords end up in log files.',
    ],
    examples: [
      {
        title: 'Forward proxy challenges an unauthenticated client',
        request: 'GET http://www.example.test/ HTTP/1.1\nHost: www.example.test',
        response:
          'HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm="corp-proxy"\nContent-Type: text/plain\n\nProxy authentication required.',
        note: 'The forward proxy, not www.example.test, wants credentials, so it answers with its own challenge.',
      },
    ],
    alternatives: [
      { code: 401, when: 'the origin server itself requires the user to authenticate' },
      { code: 511, when: 'a captive portal needs a network sign-in before any traffic passes' },
      { code: 403, when: 'the proxy recognises the client but its policy forbids the destination' },
    ],
    related: [401, 511, 403, 502],
    references: [rfc9110('15.5.8', '407 Proxy Authentication Required'), rfc9110('11.7.1', 'Proxy-Authenticate'), mdn(407)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['proxy', 'proxy auth', 'corporate proxy', 'proxy-authenticate', 'proxy-authorization', 'proxy credentials'],
  },
  {
    code: 408,
    phrase: 'Request Timeout',
    class: '4xx',
    status: 'standard',
    gist: 'client too slow sending the request',
    check: 'Use 504 when an upstream was slow to answer; 408 means the client was slow to send.',
    eli5:
      'The server waited for you to finish sending your request, and you took too long, so it stopped waiting. ' +
      'It is like a phone operator hanging up after a long silence: call again and speak straight away.',
    serverPerspective:
      'The server did not receive a complete request within the time it was prepared to wait. ' +
      'The client may send the request again, on a new connection.',
    whenToUse: [
      'A client sent the headers, but the body trickled in so slowly that the server read timeout expired.',
      'A connection was opened and never delivered a complete request, as with a stalled upload or a deliberately slow client holding the socket.',
      'A server closes an idle persistent connection and tells a client whose request may be in flight that it can repeat it.',
    ],
    whenNotToUse: [
      'Your gateway or reverse proxy waited too long for the upstream application: 504 Gateway Timeout.',
      'Your application was slow with its own work after the whole request had arrived: that is a server problem, 503 Service Unavailable when overloaded, otherwise 500 Internal Server Error.',
      'The client sends requests too often rather than too slowly: 429 Too Many Requests.',
    ],
    howToRespond: [
      'Send 408 and close the connection, because the client is expected to retry on a fresh one.',
      'Clients: resending on a new connection is allowed; if 408s keep coming, look for a stalled upload or a slow network rather than retrying forever.',
      'Size read timeouts to the largest legitimate upload you expect instead of one global value.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the one-line explanation; the client may already have stopped reading, so keep it tiny.',
      },
    ],
    body:
      'One line saying the request was not received in time and may be sent again; nothing more, since the client may no longer be listening.',
    pitfalls: [
      '408 is about the client being slow to send; 504 is about an upstream being slow to answer a gateway. Returning 408 for your own slow back end tells clients to fix their network when the fault is yours.',
      'In Python requests, codes.timeout is 408: a status a server sends about a slow request. It has nothing to do with the timeout you configure on the client, which never produces a status code at all.',
      "nginx still titles its page '408 Request Time-out' (constant NGX_HTTP_REQUEST_TIME_OUT), Boom calls it clientTimeout and the JDK HTTP_CLIENT_TIMEOUT, so searches for 'Request Timeout' miss them.",
      'Proxies log clients that gave up early with their own non-standard codes (nginx 499, AWS ALB 460); those are log entries the client never received, so keep them out of 408 dashboards.',
    ],
    examples: [
      {
        title: 'Upload body stalls',
        request:
          'POST /api/uploads HTTP/1.1\nHost: api.example.test\nContent-Type: application/octet-stream\nContent-Length: 10485760\n\n(only part of the body arrives before the timeout)',
        response:
          'HTTP/1.1 408 Request Timeout\nConnection: close\nContent-Type: text/plain\n\nRequest body not received in time; please retry.',
        note: 'The declared 10 MB body stopped arriving, so the server gave up waiting and closed the connection.',
      },
    ],
    alternatives: [
      { code: 504, when: 'a gateway timed out waiting for the upstream server' },
      { code: 503, when: 'the server itself is overloaded and cannot take requests for now' },
      { code: 429, when: 'the client is sending requests too often rather than too slowly' },
    ],
    related: [504, 503, 429, 413],
    references: [rfc9110('15.5.9', '408 Request Timeout'), mdn(408)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: ['Request Time-out'],
    keywords: ['timeout', 'time out', 'slow client', 'read timeout', 'idle connection', 'request timed out'],
  },
  {
    code: 409,
    phrase: 'Conflict',
    class: '4xx',
    status: 'standard',
    gist: 'clashes with the current resource state',
    check: 'Say what clashed; use 412 for a failed If-Match, 422 if the data is invalid on its own.',
    eli5:
      'Your request makes sense, but it clashes with how things stand on the server right now. ' +
      'It is like trying to book a seat someone else has just taken: look at the current seating and choose again.',
    serverPerspective:
      'The request could not be completed because it conflicts with the current state of the target resource. ' +
      'The server expects that the user may be able to resolve the conflict and resubmit, and it should explain what clashed.',
    whenToUse: [
      'Creating a resource whose unique key already exists, such as signing up with a username that is taken.',
      'An update carries a version number older than the stored one (lost-update detection done in the body rather than with If-Match), so applying it would overwrite someone else\'s change.',
      'A state transition is invalid for the current state, for example cancelling an order that has already shipped.',
      'A PUT supplies a representation inconsistent with the target resource, one of the cases RFC 9110 §9.3.4 suggests 409 for.',
    ],
    whenNotToUse: [
      'The client sent If-Match or If-Unmodified-Since and the condition evaluated false: 412 Precondition Failed.',
      'You require clients to make conditional writes and this request has no precondition: 428 Precondition Required.',
      'The data is invalid on its own, whatever the server holds (a negative quantity): 422 Unprocessable Content.',
      'A WebDAV lock is what blocks the change: 423 Locked.',
      'The PUT body is in a media type the resource cannot store: 415 Unsupported Media Type.',
    ],
    howToRespond: [
      'Describe the conflict so the user can see its source: which field or version clashed and what the current value or version is.',
      'Give the client what it needs to resolve it: the current version number, or a link to the conflicting resource.',
      'Clients: do not resend the same request blindly; re-read the current state, merge or ask the user, then resubmit.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'RFC 9110 asks for content that lets the user recognise the source of the conflict; label that body (usually problem details) so clients can display it.',
      },
    ],
    body:
      'Enough detail to resolve the clash: the conflicting field, the current state or version and, where safe, a link to the existing resource, ' +
      'for example {"error": "version_conflict", "currentVersion": 8, "yourVersion": 7}.',
    pitfalls: [
      "A conflict message such as 'email already registered' lets anyone test which addresses have accounts; on public sign-up endpoints consider a neutral reply and an out-of-band message instead.",
      'For optimistic concurrency, ETags with If-Match and a 412 are the standard mechanism; a private version field with 409 works, but generic clients and libraries cannot act on it.',
      'Backoff-and-retry does not cure a 409: the same request conflicts again until the client re-reads the resource, so retry middleware should not treat it as transient.',
      "Using 409 for plain validation errors blurs two different situations: 'your data is wrong' (422) and 'the server's data changed' (409) need different handling in the client.",
    ],
    examples: [
      {
        title: 'Username already taken',
        request:
          'POST /api/users HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\n\n{"username": "ada"}',
        response:
          'HTTP/1.1 409 Conflict\nContent-Type: application/problem+json\n\n{"type": "https://api.example.test/problems/username-taken", "title": "Username already taken", "status": 409, "detail": "Choose a different username."}',
        note: 'The request is valid, but it collides with an existing user, which the client can fix by picking another name.',
      },
      {
        title: 'Stale version in an update',
        request:
          'PUT /api/articles/12 HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\n\n{"version": 7, "title": "New title"}',
        response:
          'HTTP/1.1 409 Conflict\nContent-Type: application/json\n\n{"error": "version_conflict", "currentVersion": 8, "yourVersion": 7}',
        note: 'Someone saved version 8 in the meantime, and the body shows both versions so the editor can merge before resubmitting.',
      },
    ],
    alternatives: [
      { code: 412, when: 'the If-Match or If-Unmodified-Since condition the client sent evaluated false' },
      { code: 428, when: 'the server requires a conditional request and none was sent' },
      { code: 422, when: "the request is invalid regardless of the resource's state" },
      { code: 423, when: 'a WebDAV lock blocks the change' },
    ],
    related: [412, 428, 422, 423, 415],
    references: [rfc9110('15.5.10', '409 Conflict'), mdn(409)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['conflict', 'duplicate', 'already exists', 'version conflict', 'concurrent update', 'optimistic locking', 'state conflict'],
  },
  {
    code: 410,
    phrase: 'Gone',
    class: '4xx',
    status: 'standard',
    gist: 'gone for good, on purpose',
    check: 'Send it only when the removal is known to be permanent; otherwise use 404.',
    eli5:
      'What you are looking for used to be here and has been removed for good. ' +
      "It is like a shop door with a sign saying 'closed permanently': there is no point in coming back.",
    serverPerspective:
      'The resource is no longer available at this URL, and the server knows the condition is permanent. ' +
      'Clients and crawlers are expected to drop their links to it.',
    whenToUse: [
      'A retired API version or endpoint that has been shut down for good after a deprecation period.',
      'Content deleted on purpose with no replacement, such as an expired promotion page.',
      'A one-off resource, like a single-use download link, that has been consumed or expired and will never return.',
    ],
    whenNotToUse: [
      'You do not know whether the absence is permanent, or the resource might return: 404 Not Found.',
      'The content lives at a new URL: 301 Moved Permanently or 308 Permanent Redirect with Location.',
      'The content was taken down because of a legal demand: 451 Unavailable For Legal Reasons.',
      'The resource is only disabled for now, such as an account suspended pending review: 403 Forbidden if the caller may know, otherwise 404.',
    ],
    howToRespond: [
      'State that the removal is permanent and, for retired APIs, point to the replacement version or migration guide.',
      'Keep answering 410 for the retired URLs instead of letting them drift to 404 after a redeploy, so the signal stays consistent.',
      'Choose the cache lifetime on purpose, because caches may store a 410 without being told to.',
    ],
    headers: [
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'A 410 is cacheable by default; send a long max-age when you are certain, or a short one if the resource could ever be restored.',
      },
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the explanation body, which for retired endpoints should carry the pointer to the successor.',
      },
    ],
    body:
      'A short statement that the resource was removed permanently, optionally when and why, and for APIs a link to the successor endpoint or its documentation.',
    pitfalls: [
      'Both 410 and 404 are heuristically cacheable (RFC 9110 §15.1): if you later restore the resource, browsers and CDNs may keep serving the stored error until it expires.',
      'Using 410 as a stronger 404 for ids that never existed asserts that they once did, which can leak the history of deleted records.',
      'Apache can send 410 without application code (Redirect gone /path, or the [G] rewrite flag), and Django has HttpResponseGone; use them for retired URLs instead of a catch-all 404.',
      'Clients that trust 410 as permanent may delete local copies or stop syncing; sending it for a temporary outage causes real data loss on their side.',
    ],
    examples: [
      {
        title: 'Retired API version',
        request: 'GET /api/v1/invoices HTTP/1.1\nHost: api.example.test',
        response:
          'HTTP/1.1 410 Gone\nContent-Type: application/problem+json\nCache-Control: max-age=86400\n\n{"type": "about:blank", "title": "Gone", "status": 410, "detail": "API v1 was retired. Use /api/v2/invoices."}',
        note: 'Version 1 was shut down for good, so 410 tells clients to stop calling it and the body points to v2.',
      },
    ],
    alternatives: [
      { code: 404, when: 'you cannot be sure the removal is permanent' },
      { code: 301, when: 'the content moved to a new URL' },
      { code: 451, when: 'a legal demand forced the removal' },
    ],
    related: [404, 301, 308, 451],
    references: [rfc9110('15.5.11', '410 Gone'), mdn(410)],
    cacheable: true,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['gone', 'removed', 'deleted', 'permanently removed', 'retired endpoint', 'sunset', 'no longer available'],
  },
  {
    code: 411,
    phrase: 'Length Required',
    class: '4xx',
    status: 'standard',
    gist: 'Content-Length needed, none was sent',
    check: 'Use 400 if Content-Length is present but malformed, 413 if the declared size is too big.',
    eli5:
      'The server wants to know how big your parcel is before it accepts it, and you did not say. ' +
      'Send it again with the size written on the label.',
    serverPerspective:
      'The server refuses to accept the request without a Content-Length header. The client may repeat the request with a valid Content-Length.',
    whenToUse: [
      'An upload endpoint must know the body size in advance to enforce quotas or reserve storage, and the client streamed the body without declaring its length.',
      'A POST or PUT with a body reaches a server or component that cannot handle bodies of unknown length.',
    ],
    whenNotToUse: [
      'Content-Length is present but malformed, or contradicts other framing information: 400 Bad Request, since that is invalid framing.',
      'The declared length is more than you accept: 413 Content Too Large.',
      'The client stopped sending part-way through a body whose length it did declare: 408 Request Timeout.',
    ],
    howToRespond: [
      'State that a Content-Length header is required and, if one applies, the maximum size accepted.',
      'Clients: buffer the body or compute its size first, then retry with Content-Length set.',
      'Accept streamed bodies where you can; every 411 pushes buffering onto the client.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the short explanation of the length requirement so clients can show it.',
      },
    ],
    body: 'One or two lines: the request body must declare its length, plus the size limit if there is one.',
    pitfalls: [
      'HTTP/1.1 clients that stream a body of unknown size send it chunked, with no Content-Length; a server or proxy that insists on a length rejects every such upload, so document the requirement where client authors will see it.',
      'A Content-Length that is present but malformed or contradictory is invalid framing, which RFC 9110 files under 400; answering 411 wrongly suggests the client merely forgot the header.',
      'If the length is needed only to enforce a size cap, counting bytes while streaming and stopping with 413 once the cap is passed avoids 411 altogether.',
    ],
    examples: [
      {
        title: 'Chunked upload to an endpoint that needs the size',
        request:
          'POST /api/uploads HTTP/1.1\nHost: api.example.test\nContent-Type: application/octet-stream\nTransfer-Encoding: chunked\n\n(chunked body)',
        response:
          'HTTP/1.1 411 Length Required\nContent-Type: application/json\n\n{"error": "length_required", "detail": "Send Content-Length; uploads are limited to 100 MB."}',
        note: 'The body was streamed without a declared size, and this endpoint has to know the size before accepting it.',
      },
    ],
    alternatives: [
      { code: 400, when: 'a Content-Length is present but malformed or inconsistent' },
      { code: 413, when: 'the declared length is larger than you accept' },
    ],
    related: [400, 413, 408],
    references: [rfc9110('15.5.12', '411 Length Required'), mdn(411)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['content-length', 'missing content length', 'chunked', 'transfer-encoding', 'upload size', 'length required'],
  },
  {
    code: 412,
    phrase: 'Precondition Failed',
    class: '4xx',
    status: 'standard',
    gist: 'a precondition the client sent was false',
    check: 'Answer a failed If-None-Match on GET or HEAD with 304; use 428 when a required condition is absent.',
    eli5:
      "You told the server 'only do this if the document is still the version I saw', and it is not any more. " +
      'It is like a clerk refusing to file your corrections because someone else edited the form after you printed it.',
    serverPerspective:
      'One or more conditions in the request headers (If-Match, If-Unmodified-Since, or If-None-Match on a method other than GET or HEAD) evaluated to false, ' +
      'so the server did not apply the method and the resource is unchanged by this request.',
    whenToUse: [
      'A PUT or PATCH carries If-Match with an ETag that no longer matches the stored resource, because someone else changed it first.',
      'A DELETE with If-Unmodified-Since arrives after the resource was modified, so deleting would discard newer data.',
      'A create-only PUT uses If-None-Match: * and a resource already exists at that URL.',
    ],
    whenNotToUse: [
      'The failed check is If-None-Match or If-Modified-Since on a GET or HEAD: 304 Not Modified.',
      'The client sent no precondition, but your service requires one for writes: 428 Precondition Required.',
      'No precondition headers were involved and the clash was found in the body or the business rules: 409 Conflict.',
    ],
    howToRespond: [
      'Do not apply the change; tell the client to fetch the resource again to obtain its current ETag.',
      'Evaluate conditions in the order RFC 9110 §13.2.2 sets (If-Match, then If-Unmodified-Since, then If-None-Match, then If-Modified-Since), so the right status comes out.',
      "Clients: on 412, GET the resource again, reapply the user's edit to the new version and send its ETag in If-Match.",
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the explanation of which precondition failed.',
      },
    ],
    body:
      'Which condition failed (for example "If-Match did not match the current version") and a hint to re-read the resource. ' +
      'Keep it short: the next step is always to fetch the latest state.',
    pitfalls: [
      'In Python requests, codes.precondition resolves to 428, not 412, because aliases collide in its table; compare against 412 directly.',
      "For GET and HEAD a false If-None-Match must yield 304, not 412; answering 412 to a cache's revalidation breaks caching for every client behind it.",
      'A server that ignores If-Match silently overwrites concurrent edits; if you publish ETags, check them on every unsafe method, or clients gain a false sense of safety.',
      'Send 412 only when the request actually carried a precondition; emitting it for body-level conflicts leaves clients hunting for a header they never sent.',
    ],
    examples: [
      {
        title: 'Concurrent edit detected with If-Match',
        request:
          'PUT /api/articles/12 HTTP/1.1\nHost: api.example.test\nIf-Match: "v7"\nContent-Type: application/json\n\n{"title": "New title"}',
        response:
          'HTTP/1.1 412 Precondition Failed\nContent-Type: application/problem+json\n\n{"type": "about:blank", "title": "Precondition Failed", "status": 412, "detail": "The article changed after version v7; fetch it again and reapply your edit."}',
        note: 'The client made the update conditional on version v7, which is no longer current, so nothing was written.',
      },
    ],
    alternatives: [
      { code: 409, when: 'no precondition header was sent and the clash shows up in the body or the business rules' },
      { code: 428, when: 'the client omitted a precondition your server requires' },
      { code: 304, when: 'the failed check is If-None-Match or If-Modified-Since on a GET or HEAD' },
    ],
    related: [409, 428, 304],
    references: [rfc9110('15.5.13', '412 Precondition Failed'), rfc9110('13.2.2', 'Precedence of Preconditions'), mdn(412)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['if-match', 'etag', 'conditional request', 'lost update', 'if-unmodified-since', 'precondition', 'concurrency'],
  },
  {
    code: 413,
    phrase: 'Content Too Large',
    class: '4xx',
    status: 'standard',
    gist: 'request body larger than the server takes',
    check: 'State the size limit, and send Retry-After if the condition is only temporary.',
    eli5:
      'What you tried to send is bigger than the server is willing to accept. ' +
      'It is like a post office refusing a parcel over its size limit: send something smaller or split it up.',
    serverPerspective:
      'The request content is larger than the server is willing or able to process. ' +
      'The server may close the connection to stop the upload, and if the limit is only temporary it should say when to try again.',
    whenToUse: [
      'An upload exceeds the configured maximum, such as a 50 MB image posted to an endpoint that accepts 10 MB.',
      'A JSON or form body is larger than the parser limit that protects the server\'s memory.',
      'Capacity for large bodies is exhausted for the moment, for example a full staging area; then send Retry-After as well.',
    ],
    whenNotToUse: [
      'The headers or cookies are too large, not the body: 431 Request Header Fields Too Large.',
      'The URL, typically a long query string, is what is too long: 414 URI Too Long.',
      'The body has no declared length and you need one before deciding: 411 Length Required.',
      'The client is sending too many requests rather than one oversized request: 429 Too Many Requests.',
    ],
    howToRespond: [
      'State the limit in the body ("maximum 10 MB") so clients can resize, compress or split the upload.',
      'If the condition is temporary, include Retry-After; otherwise make clear the limit is fixed.',
      'Reject as early as possible, ideally from Content-Length before reading the body, and close the connection if the client keeps sending.',
    ],
    headers: [
      {
        name: 'Retry-After',
        requirement: 'SHOULD',
        note: 'When the limit is temporary (a full buffer or staging area), tell the client how long to wait before retrying the large request.',
      },
      {
        name: 'Connection',
        requirement: 'MAY',
        note: 'The server may close the connection instead of reading the rest of the body; announce that with Connection: close.',
      },
    ],
    body:
      'The accepted maximum and, when known, the size received, for example {"error": "content_too_large", "maxBytes": 10485760}. ' +
      'Mention a chunked or resumable upload route if you offer one.',
    pitfalls: [
      "The phrase changed twice (Request Entity Too Large in RFC 2616, Payload Too Large in RFC 7231, Content Too Large in RFC 9110), and libraries lag: Go's StatusRequestEntityTooLarge, the http crate's PAYLOAD_TOO_LARGE, npm http-status-codes' REQUEST_TOO_LONG. Compare numbers, never reason phrases.",
      "Python's HTTPStatus(413).name is CONTENT_TOO_LARGE from 3.13 but REQUEST_ENTITY_TOO_LARGE before, and Starlette 0.48+ warns on its old constant names; code or tests keyed on the name break across upgrades.",
      "A reverse proxy in front of the app may enforce its own body limit first; nginx then answers with its built-in '413 Request Entity Too Large' HTML page, so API clients get HTML instead of your JSON error unless you configure the proxy's error page.",
      'Because the server may close the connection once it decides to reject, a client still uploading can see a reset or broken pipe instead of the 413; sending Expect: 100-continue lets a client learn about the rejection before transmitting the body.',
      'Ruby and Elixir disagree on the symbol: Rack 3.1 uses :content_too_large (older :payload_too_large still works with a deprecation warning), while Plug keeps :request_entity_too_large.',
    ],
    examples: [
      {
        title: 'Upload over the size limit',
        request:
          'POST /api/avatars HTTP/1.1\nHost: api.example.test\nContent-Type: image/png\nContent-Length: 52428800\n\n(binary data)',
        response:
          'HTTP/1.1 413 Content Too Large\nConnection: close\nContent-Type: application/problem+json\n\n{"type": "about:blank", "title": "Content Too Large", "status": 413, "detail": "Avatars are limited to 10 MB.", "maxBytes": 10485760}',
        note: 'The declared 50 MB exceeds the 10 MB limit, so the server refuses before reading the body and closes the connection.',
      },
      {
        title: 'Temporary limit with Retry-After',
        request:
          'PUT /api/backups/2024-06-01 HTTP/1.1\nHost: api.example.test\nContent-Type: application/octet-stream\nContent-Length: 2147483648\n\n(binary data)',
        response:
          'HTTP/1.1 413 Content Too Large\nRetry-After: 3600\nContent-Type: application/json\n\n{"error": "content_too_large", "detail": "Backup staging is full; retry in an hour."}',
        note: 'The size would normally be accepted, but staging space is full for now, so Retry-After tells the client when to try again.',
      },
    ],
    alternatives: [
      { code: 431, when: 'the header section or a single header is too large' },
      { code: 414, when: 'the URI rather than the body exceeds the limit' },
      { code: 429, when: 'the client is over a rate or volume limit measured over time' },
      { code: 507, when: 'the server cannot store the representation even though its size is within limits' },
    ],
    related: [431, 414, 411, 429, 507],
    references: [rfc9110('15.5.14', '413 Content Too Large'), mdn(413)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: ['Request Entity Too Large', 'Payload Too Large'],
    keywords: ['payload too large', 'request entity too large', 'upload limit', 'body too large', 'file too big', 'max body size'],
  },
  {
    code: 414,
    phrase: 'URI Too Long',
    class: '4xx',
    status: 'standard',
    gist: 'target URI longer than the server accepts',
    check: 'State the length limit and offer a POST route that takes large queries in the body.',
    eli5:
      'The web address you used is so long that the server will not read it. ' +
      'It is like writing a whole letter on the envelope when the post office only accepts a short address there.',
    serverPerspective:
      'The server refuses the request because the target URI is longer than it is willing to interpret. ' +
      'Nothing is implied about the resource itself; the address is the problem.',
    whenToUse: [
      'A GET carries a huge query string, such as hundreds of ids or a serialised filter object, that exceeds the server URI limit.',
      'A redirect loop keeps appending parameters to the URL until it grows past the limit.',
      'A client puts data that belongs in a body, such as a long base64 blob, into the query string.',
    ],
    whenNotToUse: [
      'The header section, not the URI, is what is too large: 431 Request Header Fields Too Large.',
      'The request body is what exceeds the limit: 413 Content Too Large.',
      'The URI is short but malformed, for example broken percent-encoding: 400 Bad Request.',
    ],
    howToRespond: [
      'State the maximum URI length you accept so client developers can design around it.',
      'Offer a way to send large queries in a request body, such as a POST search endpoint.',
      'If the URI grew because of a redirect loop, fix the redirect instead of raising the limit.',
    ],
    headers: [
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'A 414 is cacheable by default; set a lifetime (or no-store) if you intend to raise the URI limit soon.',
      },
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the short explanation of the URI length limit.',
      },
    ],
    body:
      'The maximum accepted URI length and the suggested alternative (send the filters in a POST body). Do not echo the oversized URI back.',
    pitfalls: [
      'A 414 is heuristically cacheable (RFC 9110 §15.1), so after you raise the limit, caches may keep answering 414 for that exact URI until the stored response expires.',
      "Old names persist: RFC 2616 defined Request-URI Too Long but listed Request-URI Too Large; nginx's page still reads '414 Request-URI Too Large', Werkzeug's class is RequestURITooLarge, and Go's StatusText says 'Request URI Too Long' without a hyphen.",
      'Servers, proxies and CDNs each enforce their own URI limit, so a URL that works against the app in development can fail with 414 at the edge in production; keep large inputs out of the URL.',
      "In Python requests, codes.uri_too_long is listed for both Internet Explorer's unofficial 122 and 414; the 414 entry wins at import, so the attribute equals 414.",
      'Moving a large query from GET to POST gives up the cacheability and safe-method guarantees of GET, so document the POST search as read-only and safe to repeat.',
    ],
    examples: [
      {
        title: 'Huge id list in the query string',
        request: 'GET /api/products?ids=1,2,3,4,5,6,7,8,9,10,...,9998,9999 HTTP/1.1\nHost: api.example.test',
        response:
          'HTTP/1.1 414 URI Too Long\nContent-Type: text/plain\n\nURI exceeds 8192 bytes. Send the id list in a POST to /api/products/search.',
        note: 'Listing thousands of ids pushes the URI far past the server limit, and the body points to a route that accepts them in a request body.',
      },
    ],
    alternatives: [
      { code: 431, when: 'the header section rather than the URI is too large' },
      { code: 413, when: 'the request body is what exceeds the limit' },
      { code: 400, when: 'the URI is malformed rather than too long' },
    ],
    related: [431, 413, 400],
    references: [rfc9110('15.5.15', '414 URI Too Long'), mdn(414)],
    cacheable: true,
    bodyAllowed: true,
    formerNames: ['Request-URI Too Long', 'Request-URI Too Large'],
    keywords: ['url too long', 'uri too long', 'long query string', 'request-uri too long', 'query string limit'],
  },
];
