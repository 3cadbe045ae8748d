import type { StatusRecord } from '../types';
import { ianaRegistry, mdn, rfc, rfc9110 } from './refs';

// 5xx server errors, 500–511.
export const records5xx: readonly StatusRecord[] = [
  {
    code: 500,
    phrase: 'Internal Server Error',
    class: '5xx',
    status: 'standard',
    gist: 'server bug, nothing more specific fits',
    check: 'Log the details server-side and never leak stack traces in the body.',
    eli5:
      'Something broke inside the server while it was working on your request, and it has no more precise explanation to offer. ' +
      'It is like a shop assistant saying "sorry, something went wrong in the back" without telling you what.',
    serverPerspective:
      'The server ran into a condition it did not anticipate (an unhandled exception, a broken invariant, a bug) and could not finish the request. ' +
      '500 is the catch-all of the 5xx class: it puts the fault on the server side but says nothing about whether trying again will help.',
    whenToUse: [
      'An unhandled exception reaches the framework\'s top-level error handler: a null dereference, a failed assertion, a violated invariant.',
      'A component the server itself owns, such as its own database or cache, returns something the code cannot make sense of, and no narrower 5xx fits.',
      'No other code from 501 to 511 describes the server-side failure; clients already treat any unrecognised 5xx (Cloudflare\'s 520, for instance) as a 500.',
    ],
    whenNotToUse: [
      'The client sent malformed or invalid input, even if your parser threw while reading it: a 4xx such as 400 Bad Request or 422 Unprocessable Content.',
      'The service is overloaded or down for planned maintenance and will come back: 503 Service Unavailable, optionally with Retry-After.',
      'Your server is a proxy or gateway and the upstream returned garbage or dropped the connection: 502 Bad Gateway.',
      'Your server is a proxy or gateway and the upstream did not answer within the time limit: 504 Gateway Timeout.',
      'The server has no support at all for the requested method or feature: 501 Not Implemented.',
    ],
    howToRespond: [
      'Log the full exception together with a correlation id on the server, and hand only that id to the client so support can find the log entry.',
      'Send a generic problem-details body ("status": 500) to API clients and a plain apology page to browsers, both free of internals.',
      'Alert on the 500 rate: every one is a bug or an unhandled failure mode that deserves either a fix or a more specific status code.',
      'When you know the failure is transient (a dependency restarting), answer 503 instead so clients learn that a later retry makes sense.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the error body (application/problem+json or text/html); RFC 9110 ties no header to 500 itself.',
      },
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'A 500 is not heuristically cacheable, so caches keep it only when told to; never attach max-age or public to the output of a crash.',
      },
    ],
    body:
      'A short, generic message plus a request or correlation id, e.g. problem details with "status": 500 and an "instance" naming the failed request. ' +
      'Never include stack traces, exception messages, SQL, file paths or environment variables.',
    pitfalls: [
      'A development error page left switched on in production puts a stack trace into the 500 body, revealing file paths, library versions, SQL and sometimes secrets to anyone who can trigger the error.',
      'Catch-all handlers such as Ktor\'s StatusPages exception<Throwable> block or an Express error middleware turn every exception into 500, including not-found and validation errors thrown deep in the code; map those exception types to their 4xx codes first.',
      'The jshttp statuses package flags 502, 503 and 504 as retryable (status.retry) but not 500: a 500 says nothing about whether repeating is safe, and replaying a POST that failed halfway can apply it twice.',
      'Answering 200 with {"error": ...} instead of 500 hides the failure from monitors and retry logic, and since 200 is heuristically cacheable a CDN may keep serving the error page.',
      'An origin that reports its own crashes as 502 or 504 misleads whoever is on call: those codes point at a proxy and its upstream, so people start debugging the load balancer instead of the application.',
    ],
    examples: [
      {
        title: 'Unhandled exception in a handler',
        request: 'GET /api/orders/42 HTTP/1.1\nHost: api.example.test\nAccept: application/json',
        response:
          'HTTP/1.1 500 Internal Server Error\nContent-Type: application/problem+json\n\n' +
          '{"type": "about:blank", "title": "Internal Server Error", "status": 500, "detail": "An unexpected error occurred. Quote the reference when contacting support.", "instance": "/api/orders/42", "reference": "req-7f3a9c"}',
        note: 'The order handler threw an exception nobody anticipated; the client gets a reference id while the stack trace stays in the server log.',
      },
    ],
    alternatives: [
      { code: 502, when: 'a gateway received an invalid response from its upstream server' },
      { code: 503, when: 'the outage is temporary, such as overload or planned maintenance' },
      { code: 504, when: 'a gateway gave up waiting for its upstream to answer' },
      { code: 501, when: 'the server does not support the requested functionality anywhere' },
      { code: 400, when: 'the request itself was malformed and caused the failure' },
    ],
    related: [502, 503, 504, 501, 400, 422],
    references: [rfc9110('15.6.1', '500 Internal Server Error'), mdn(500)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['crash', 'exception', 'unhandled exception', 'server error', 'bug', 'stack trace', 'internal error', 'something went wrong'],
  },
  {
    code: 501,
    phrase: 'Not Implemented',
    class: '5xx',
    status: 'standard',
    gist: 'method or feature unsupported server-wide',
    check: 'Reserve 501 for methods no resource supports; use 405 with Allow when only this resource refuses.',
    eli5:
      'The server does not know how to do what you asked, not for this page and not for any other. ' +
      'It is like asking a vending machine to make you a sandwich: it is not refusing, it simply has no such function.',
    serverPerspective:
      'The server lacks the capability the request needs, most often because it does not recognise the request method for any resource. ' +
      'Unlike 405, the statement covers the whole server rather than one URL, and the response is heuristically cacheable.',
    whenToUse: [
      'The request uses a method the server recognises for no resource at all, such as a custom verb or PROPFIND sent to a server without WebDAV support.',
      'A capability that clients can ask for through the protocol or your API contract does not exist anywhere on this deployment.',
    ],
    whenNotToUse: [
      'The method is known but this particular resource rejects it (DELETE on a read-only collection): 405 Method Not Allowed with an Allow header.',
      'The feature exists but is switched off for a while (a feature flag, maintenance): 503 Service Unavailable, which caches do not keep by default.',
      'What the server cannot handle is the Content-Type or Content-Encoding of the request body: 415 Unsupported Media Type.',
      'What the server cannot handle is the HTTP version in the request line: 505 HTTP Version Not Supported.',
    ],
    howToRespond: [
      'Name the missing method or feature in the body and point to documentation of what the server does support.',
      'Attach explicit Cache-Control whenever the capability might be added later; without it a cache may keep the 501 under heuristic freshness.',
      'Prefer 405 whenever the server knows the method, and reserve 501 for things that are unsupported server-wide.',
    ],
    headers: [
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'A 501 is heuristically cacheable (RFC 9110 §15.1); give it an explicit max-age, or no-store, so a cache does not keep it after you ship the feature.',
      },
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Describe the explanatory body that names the unsupported method or capability.',
      },
    ],
    body:
      'A short explanation naming the unsupported method or feature, for example problem details with "status": 501 and a detail such as ' +
      '"PROPFIND is not supported by this server", plus a link to documentation of what is supported.',
    pitfalls: [
      'Because 501 is heuristically cacheable, a CDN may go on answering 501 for a stub endpoint long after the real implementation ships; send Cache-Control: no-store on placeholder responses.',
      'Scaffolding that answers 501 for unfinished endpoints (NestJS NotImplementedException, Boom.notImplemented()) slips into production easily, and then 5xx alerting pages someone for a feature that was simply never built.',
      'Mixing up 501 and 405 misleads clients: 405 MUST carry an Allow header listing what the resource accepts, whereas 501 tells the client that no resource on this server supports the method.',
      '501 belongs to the 5xx class, so generic retry logic and uptime monitors count it as a server failure even though repeating the request can never succeed.',
    ],
    examples: [
      {
        title: 'Method unknown to the whole server',
        request: 'PROPFIND /files/ HTTP/1.1\nHost: www.example.test\nDepth: 1',
        response:
          'HTTP/1.1 501 Not Implemented\nContent-Type: text/plain\nCache-Control: max-age=3600\n\nThis server does not support the PROPFIND method.',
        note: 'The server has no WebDAV support, so PROPFIND is unknown for every URL, not only for /files/.',
      },
    ],
    alternatives: [
      { code: 405, when: 'the method is known but this resource does not accept it' },
      { code: 415, when: 'the format of the request body is what the server cannot handle' },
      { code: 503, when: 'the feature exists but is switched off for a while' },
      { code: 505, when: 'the protocol version of the request is the unsupported part' },
    ],
    related: [405, 500, 503, 505, 415],
    references: [rfc9110('15.6.2', '501 Not Implemented'), rfc9110('15.1', 'Overview of Status Codes'), mdn(501)],
    cacheable: true,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['not implemented', 'unsupported method', 'unknown method', 'stub', 'unsupported feature', 'todo endpoint'],
  },
  {
    code: 502,
    phrase: 'Bad Gateway',
    class: '5xx',
    status: 'standard',
    gist: 'gateway got a bad answer upstream',
    check: 'Send 502 only from a proxy or gateway; an origin failing in its own code should answer 500.',
    eli5:
      'A middleman passed your request on to another server, and what came back was broken or missing. ' +
      'It is like a receptionist who phones another department for you and only hears a garbled line.',
    serverPerspective:
      'Acting as a gateway or proxy, this server forwarded the request to an upstream (inbound) server and got back something it could not use: ' +
      'a malformed message, a connection closed mid-response, or no connection at all. The fault lies behind the gateway, not in the client.',
    whenToUse: [
      'A reverse proxy or load balancer (nginx, HAProxy, a cloud load balancer) cannot connect to the application, or the connection is reset before a complete response arrives.',
      'A gateway receives an upstream reply that is not valid HTTP, such as a truncated status line or a body shorter than its declared Content-Length.',
      'An API gateway or backend-for-frontend calls another service for the client and cannot parse or relay what that service returned.',
    ],
    whenNotToUse: [
      'Your own application code threw an exception with no upstream involved: 500 Internal Server Error.',
      'The upstream was reachable but did not answer before the gateway\'s deadline: 504 Gateway Timeout.',
      'The upstream answered correctly with its own 4xx or 5xx: relay that status (or map it deliberately, e.g. 404 Not Found) instead of masking it as 502.',
      'Every upstream instance is deliberately drained or in maintenance and the gateway knows it: 503 Service Unavailable with Retry-After.',
    ],
    howToRespond: [
      'Record at the gateway which upstream failed and how (connection refused, reset, invalid header); the client only needs to know that no usable answer came back.',
      'Try an idempotent request once more against another upstream instance before giving up; never silently replay a POST, since the upstream may already have acted on it.',
      'Return a short error page or problem-details body that names no internal host names, ports or IP addresses.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the gateway\'s own error page; no header obligation is specific to 502.',
      },
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'A 502 is not cacheable by default; if a CDN is configured to cache errors, keep that lifetime to seconds so a brief upstream blip is not amplified.',
      },
    ],
    body:
      'A brief, generic statement that an upstream failed, plus a request id. ' +
      'Never pass on the upstream\'s raw error output, internal host names, ports or addresses.',
    pitfalls: [
      'An application behind a proxy should never emit 502 for its own failures: dashboards, on-call engineers and retry policies all read 502 as "the proxy could not get a healthy answer upstream" and look in the wrong place.',
      'Mismatched keep-alive timeouts cause sporadic 502s: if the application closes an idle connection just as the proxy reuses it, the proxy sees a reset. Keep the upstream\'s idle timeout longer than the proxy\'s.',
      'Cloudflare reports many origin failures with its own unofficial codes (520 to 527, e.g. 521 when the origin refuses the connection) rather than 502; clients must fall back to generic 500 handling for them.',
      'Retries stack up: jshttp statuses marks 502 as retryable, and if the client, the gateway and a service mesh each retry, one failing request becomes many attempts against an already struggling backend.',
    ],
    examples: [
      {
        title: 'Upstream closed the connection',
        request: 'GET /api/products HTTP/1.1\nHost: shop.example.test\nAccept: text/html',
        response:
          'HTTP/1.1 502 Bad Gateway\nContent-Type: text/html\n\n' +
          '<html><body><h1>502 Bad Gateway</h1><p>The service behind this site sent an invalid response. Please try again shortly.</p></body></html>',
        note: 'The reverse proxy reached the application server, but the connection closed before a complete response arrived.',
      },
    ],
    alternatives: [
      { code: 504, when: 'the upstream was reachable but answered too slowly' },
      { code: 500, when: 'the failure is in your own application rather than an upstream' },
      { code: 503, when: 'the upstreams are intentionally offline or overloaded and will recover' },
    ],
    related: [500, 503, 504],
    references: [rfc9110('15.6.3', '502 Bad Gateway'), mdn(502)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['upstream', 'proxy', 'reverse proxy', 'load balancer', 'gateway', 'nginx', 'connection refused', 'connection reset', 'invalid response'],
  },
  {
    code: 503,
    phrase: 'Service Unavailable',
    class: '5xx',
    status: 'standard',
    gist: 'down for now, try again later',
    check: 'Send Retry-After when you know how long the outage lasts.',
    eli5:
      'The server is there but cannot take your request right now, because it is overloaded or closed for maintenance. ' +
      'It is like a shop with a sign saying "closed for stocktaking, back at 3 pm": come back later and it should work.',
    serverPerspective:
      'The server is temporarily unable to handle the request, because of overload or scheduled maintenance, and expects to recover. ' +
      'It may say when to come back with Retry-After; without one, clients should handle the outage like any transient failure.',
    whenToUse: [
      'Planned maintenance: the application is deliberately offline for a deployment or database migration and will return.',
      'Load shedding: the server is saturated (worker pool full, queue too long) and turns requests away to protect itself rather than slowing everything down.',
      'A dependency the service cannot work without, such as its own database, is down, and the service will recover as soon as it returns.',
      'A readiness endpoint reports that this instance cannot take traffic yet, so the load balancer routes requests elsewhere.',
    ],
    whenNotToUse: [
      'One client is sending too many requests while everyone else is served normally: 429 Too Many Requests, aimed at that client.',
      'An unexpected bug stopped the request and there is no sign that waiting will help: 500 Internal Server Error.',
      'A proxy or gateway did not get an answer from its upstream in time: 504 Gateway Timeout.',
      'The feature is not and never will be offered by this server: 501 Not Implemented.',
      'The resource was retired for good, such as a shut-down API version: 410 Gone.',
    ],
    howToRespond: [
      'Send Retry-After with a realistic delay or the end of the maintenance window, and keep it consistent with what the body says.',
      'Make the refusal fast and cheap: a 503 issued for load shedding must cost far less than the work it turns away.',
      'Serve the maintenance page from the proxy or a static file rather than from the application that is down; give API clients problem details that call the outage temporary.',
      'Add Cache-Control: no-store so no cache keeps the outage response once the service is back.',
    ],
    headers: [
      {
        name: 'Retry-After',
        requirement: 'MAY',
        note: 'RFC 9110 §15.6.4 lets the server state when to retry, as seconds (Retry-After: 120) or an HTTP-date; clients and crawlers can use it to schedule the next attempt.',
      },
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'A 503 is not heuristically cacheable; still send no-store when a CDN in front may be set to cache errors, so the outage page vanishes as soon as you recover.',
      },
    ],
    body:
      'Say that the outage is temporary and, when known, when service should resume (matching Retry-After): a maintenance page for browsers, ' +
      'problem details with "status": 503 for APIs. Do not reveal which internal component failed.',
    pitfalls: [
      'A load balancer may mark a backend that answers 503 as unhealthy or resend its requests to another instance; when every instance sheds load at once, that rerouting spreads the overload instead of relieving it.',
      'Retry-After is only advisory: plenty of HTTP clients ignore it and retry at once. Give your own clients exponential backoff with jitter, and never count on Retry-After alone to shield an overloaded server.',
      'A maintenance page served with 200 is heuristically cacheable and looks like real content to crawlers and uptime checks; 503 tells caches, search engines and monitors that the condition is temporary.',
      'Helpers differ: Werkzeug\'s ServiceUnavailable(retry_after=...), Symfony\'s ServiceUnavailableHttpException($retryAfter) and Jakarta REST\'s ServiceUnavailableException can set Retry-After for you, while a bare res.status(503) or w.WriteHeader(http.StatusServiceUnavailable) sends none.',
      'Using 503 to throttle a single noisy client makes the whole service look down to monitoring and to every other client; per-client limits belong to 429.',
    ],
    examples: [
      {
        title: 'Planned maintenance window',
        request: 'GET /dashboard HTTP/1.1\nHost: app.example.test\nAccept: text/html',
        response:
          'HTTP/1.1 503 Service Unavailable\nRetry-After: 1800\nCache-Control: no-store\nContent-Type: text/html\n\n' +
          '<html><body><h1>Down for maintenance</h1><p>We expect to be back within 30 minutes.</p></body></html>',
        note: 'The site is offline on purpose for a short while, and Retry-After tells clients when to come back.',
      },
      {
        title: 'Shedding load on a busy endpoint',
        request:
          'POST /api/reports HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\n\n{"range": "2024-Q4"}',
        response:
          'HTTP/1.1 503 Service Unavailable\nRetry-After: 30\nContent-Type: application/problem+json\n\n' +
          '{"type": "about:blank", "title": "Service Unavailable", "status": 503, "detail": "Report generation is at capacity. Try again in 30 seconds."}',
        note: 'The report workers are saturated, so the server refuses this request quickly instead of queueing it indefinitely.',
      },
    ],
    alternatives: [
      { code: 429, when: 'a single client exceeded its rate limit while the service is otherwise healthy' },
      { code: 500, when: 'an unexpected bug caused the failure and waiting will not fix it' },
      { code: 504, when: 'a gateway timed out waiting on its upstream' },
      { code: 502, when: 'a gateway got a broken answer from its upstream' },
    ],
    related: [429, 500, 502, 504, 501],
    references: [rfc9110('15.6.4', '503 Service Unavailable'), rfc9110('10.2.3', 'Retry-After'), mdn(503)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['maintenance', 'overloaded', 'down', 'unavailable', 'load shedding', 'retry after', 'outage', 'capacity', 'service temporarily unavailable'],
  },
  {
    code: 504,
    phrase: 'Gateway Timeout',
    class: '5xx',
    status: 'standard',
    gist: 'gateway gave up waiting upstream',
    check: 'Do not auto-retry a non-idempotent request without an idempotency key; the upstream may still finish it.',
    eli5:
      'A middleman forwarded your request to another server and gave up waiting for its answer. ' +
      'It is like a receptionist who puts you on hold to call another department and finally tells you nobody picked up in time.',
    serverPerspective:
      'Acting as a gateway or proxy, this server did not get a response from the upstream server it needed within its time limit. ' +
      'The upstream may still be working on the request, may already have finished it, or may never have received it.',
    whenToUse: [
      'A reverse proxy or load balancer reaches its upstream read timeout while the application is still producing the response.',
      'An API gateway calling a backend service for the client waits longer than its configured limit without receiving a reply.',
      'A gateway cannot complete the connection to the upstream before its connect timeout expires.',
    ],
    whenNotToUse: [
      'The client itself was too slow to send its request to your server: 408 Request Timeout.',
      'Your application\'s own query or job ran too long with no gateway involved: 500 Internal Server Error, or 503 Service Unavailable if temporary overload caused the slowness.',
      'The upstream did answer, but with a broken or unparseable response: 502 Bad Gateway.',
      'The work is legitimately long-running: accept it with 202 Accepted and a status URL rather than holding the connection until something times out.',
    ],
    howToRespond: [
      'Log at the gateway which upstream timed out and after how long; give the client only a generic message and a request id.',
      'Assume the upstream may still complete the work: do not automatically retry a non-idempotent method after a 504 unless the request carries an idempotency key.',
      'Align timeouts along the chain so each inner hop gives up before the outer one; otherwise the outer gateway answers 504 while inner services keep working.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the gateway\'s timeout page; RFC 9110 attaches no header requirement to 504 itself.',
      },
    ],
    body:
      'A short note that an upstream did not reply in time and that the request may or may not have taken effect, with a request id. ' +
      'Leave out upstream host names, timeout values and internal topology.',
    pitfalls: [
      'A 504 does not mean the work failed: the upstream may finish after the gateway gives up, so retrying a payment or order POST can execute it twice unless the backend deduplicates.',
      'Confusing 504 with 408 points the blame the wrong way: 408 means the client was slow to send its request, 504 means a server behind the gateway was slow to answer.',
      'An origin application that answers 504 for its own slow database queries makes dashboards blame the proxy; 502 and 504 belong to gateways reporting on their upstreams.',
      'Cloudflare reports timeouts with unofficial codes (522 when the TCP connection to the origin times out, 524 when the origin connected but sent no response in time), and nginx still titles its page "504 Gateway Time-out"; match on the number, not the text.',
      'When the proxy\'s timeout is shorter than the application\'s, abandoned requests keep occupying application workers after the client already has its 504, which can turn slowness into overload.',
    ],
    examples: [
      {
        title: 'Slow backend behind an API gateway',
        request: 'GET /api/reports/annual HTTP/1.1\nHost: api.example.test\nAccept: application/json',
        response:
          'HTTP/1.1 504 Gateway Timeout\nContent-Type: application/problem+json\n\n' +
          '{"type": "about:blank", "title": "Gateway Timeout", "status": 504, "detail": "The reporting service did not respond in time."}',
        note: 'The API gateway waited for the reporting backend past its deadline, so the delay was upstream, not on the client side.',
      },
    ],
    alternatives: [
      { code: 408, when: 'the client was too slow to send the request' },
      { code: 502, when: 'the upstream answered with something invalid' },
      { code: 503, when: 'the service is knowingly overloaded or in maintenance' },
      { code: 202, when: 'the work is long-running and should continue in the background' },
    ],
    related: [408, 502, 503, 500, 202],
    references: [rfc9110('15.6.5', '504 Gateway Timeout'), mdn(504)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: ['Gateway Time-out'],
    keywords: ['timeout', 'timed out', 'upstream', 'proxy', 'gateway', 'slow backend', 'load balancer', 'gateway time-out'],
  },
  {
    code: 505,
    phrase: 'HTTP Version Not Supported',
    class: '5xx',
    status: 'standard',
    gist: 'major HTTP version not supported',
    check: 'Refuse only unsupported major versions, never HTTP/1.0, and list the versions you accept in the body.',
    eli5:
      'Your request was written in a generation of HTTP that this server does not speak or refuses to use. ' +
      'It is like posting a letter in a language the recipient cannot read and getting a note back listing the languages they do read.',
    serverPerspective:
      'The server does not support, or will not support, the major version of HTTP the request used: the number before the dot, as in the 2 of HTTP/2.0. ' +
      'Its response is expected to explain why and to say which protocols it does support.',
    whenToUse: [
      'The request line names a major version the server has no implementation for, such as HTTP/2.0 written as text to an HTTP/1.1-only server, or an unknown number like HTTP/4.2 from a broken or experimental client.',
      'The server refuses a whole major version it could parse, for example an endpoint that serves only HTTP/2 and turns away HTTP/1.x requests, saying in the body how to reach it instead.',
    ],
    whenNotToUse: [
      'You want to stop serving HTTP/1.0 while still speaking HTTP/1.1: 1.0 and 1.1 share major version 1, and 505 concerns the major version (RFC 9110 §15.6.6); an HTTP/1.1 server is meant to answer a 1.0 request in a form a 1.0 recipient can read (RFC 9112 §2.3), so keep serving it.',
      'The client should move to a different protocol on the same connection: 426 Upgrade Required with an Upgrade header.',
      'The version is fine and it is the method the server does not know: 501 Not Implemented.',
      'The request line is garbled rather than naming an unsupported version: 400 Bad Request.',
    ],
    howToRespond: [
      'List the versions you accept in a body a person can read, because clients rarely handle 505 programmatically.',
      'Log the User-Agent of the offender: a 505 usually points at a misconfigured client, library or intermediary rather than a user mistake.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'RFC 9110 asks for a representation explaining the refusal and the supported versions, so send one and label it (text/plain or text/html).',
      },
    ],
    body:
      'Per RFC 9110 §15.6.6 the server SHOULD explain why the version is refused and which protocols it does support, ' +
      'e.g. "This server accepts HTTP/1.1 and HTTP/2 only."',
    pitfalls: [
      'HTTP/2 and HTTP/3 are normally agreed on before any request is sent, so a modern server rarely needs 505 for them; a 505 in the logs usually means a client or proxy that writes request lines by hand.',
      'Names drift from the phrase (as read in 2025–2026 sources): Spring 7\'s reason phrase is still "HTTP Version not supported", ASP.NET Core spells the constant Status505HttpVersionNotsupported, Ktor and actix-web call it VersionNotSupported, and Symfony (7.1 line) uses HTTP_VERSION_NOT_SUPPORTED; search code by number.',
      'Answering HTTP/1.0 with 505 misreads the code, because 1.0 is a minor version of the same major version 1, and it breaks simple health checkers and command-line tools that still send 1.0; an HTTP/1.1 response already works for them.',
    ],
    examples: [
      {
        title: 'A major version the server does not implement',
        request: 'GET /status HTTP/2.0\nHost: api.example.test',
        response:
          'HTTP/1.1 505 HTTP Version Not Supported\nContent-Type: text/plain\nConnection: close\n\nThis server speaks HTTP/1.1 only; HTTP/2 is offered through TLS with ALPN on port 443.',
        note: 'The request line claims major version 2 in HTTP/1 text form, which this server cannot process, so it answers 505 in the highest version it does speak and says what it supports.',
      },
    ],
    alternatives: [
      { code: 426, when: 'the client should switch protocols on this connection' },
      { code: 400, when: 'the request line is malformed rather than naming an unsupported version' },
      { code: 501, when: 'it is the method, not the version, that the server lacks' },
    ],
    related: [426, 400, 501],
    references: [
      rfc9110('15.6.6', '505 HTTP Version Not Supported'),
      rfc9110('2.5', 'Protocol Version'),
      rfc(9112, '2.3', 'HTTP Version'),
      mdn(505),
    ],
    cacheable: false,
    bodyAllowed: true,
    formerNames: ['HTTP Version not supported'],
    keywords: ['http version', 'protocol version', 'major version', 'http/2', 'unsupported version', 'version not supported'],
  },
  {
    code: 506,
    phrase: 'Variant Also Negotiates',
    class: '5xx',
    status: 'standard',
    gist: 'chosen variant negotiates again (RFC 2295)',
    check: 'Send 506 only for RFC 2295 negotiation faults; a plain Accept mismatch is 406 Not Acceptable.',
    eli5:
      'The server was set up to pick the best version of a page for you, but the version it picked wants to start choosing all over again. ' +
      'It is like a waiter who hands you to a second waiter, who hands you back a menu instead of your meal.',
    serverPerspective:
      'Under transparent content negotiation (RFC 2295), the variant the server selected is itself configured to negotiate, so it cannot act as a final answer. ' +
      'This is a configuration error on the server, not something the client can fix.',
    whenToUse: [
      'A server implementing RFC 2295 transparent negotiation finds that the chosen variant resource is configured to negotiate as well.',
      'A server that supports RFC 2295 wants to report this misconfiguration explicitly instead of picking an arbitrary variant or recursing.',
    ],
    whenNotToUse: [
      'No available representation matches the client\'s Accept headers: 406 Not Acceptable.',
      'Ordinary Accept or Accept-Language handling is misconfigured in an application that never implemented RFC 2295: 500 Internal Server Error.',
      'The client should choose between several representations itself: 300 Multiple Choices with a list of the alternatives.',
    ],
    howToRespond: [
      'Fix the variant configuration so every variant a negotiating resource lists is a plain resource that does not negotiate again.',
      'Return a short body naming the resource whose variant set is broken; the client can do nothing but report it to the operator.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the short body that explains the variant misconfiguration; the response needs no header specific to 506.',
      },
    ],
    body:
      'A brief server-side error description naming the misconfigured negotiation, for example ' +
      '"The selected variant of /docs/guide negotiates again; the server is misconfigured." No file-system paths.',
    pitfalls: [
      'Symfony names the constant HTTP_VARIANT_ALSO_NEGOTIATES_EXPERIMENTAL, a reminder that RFC 2295 is experimental; few clients know the code, and they fall back to generic 500 handling.',
      'Library support is patchy: the npm http-status-codes package and Werkzeug have no entry for 506, so Flask\'s abort(506) raises LookupError instead of sending a response; build a Response with status 506 directly.',
      'Reaching for 506 on a plain Accept mismatch turns a client-side negotiation problem into an apparent server outage; that case is 406.',
    ],
    examples: [
      {
        title: 'Selected variant negotiates again',
        request: 'GET /docs/guide HTTP/1.1\nHost: www.example.test\nAccept-Language: fr',
        response:
          'HTTP/1.1 506 Variant Also Negotiates\nContent-Type: text/plain\n\nServer configuration error: the selected variant of /docs/guide is itself negotiable.',
        note: 'The French variant the server picked is set up to negotiate once more, which is a server-side misconfiguration.',
      },
    ],
    alternatives: [
      { code: 406, when: 'no available representation matches what the client accepts' },
      { code: 500, when: 'the negotiation bug lives in an application that does not implement RFC 2295' },
      { code: 300, when: 'the client should pick among the variants itself' },
    ],
    related: [406, 300, 500],
    references: [rfc(2295, '8.1', '506 Variant Also Negotiates'), mdn(506)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['content negotiation', 'transparent negotiation', 'variant', 'misconfiguration', 'rfc 2295'],
  },
  {
    code: 507,
    phrase: 'Insufficient Storage',
    class: '5xx',
    status: 'standard',
    gist: 'no storage left to complete the request',
    check: 'Use 413 for a size limit on every request; 507 means the server itself has no room right now.',
    eli5:
      'The server wanted to save what you sent, but it has run out of room to keep it. ' +
      'It is like trying to push one more box into a storage unit that is already full.',
    serverPerspective:
      'The server could not store the representation it needed to complete the request, for example while writing a WebDAV upload or creating a collection. ' +
      'WebDAV treats the shortage as temporary: once space is freed, the same request may succeed.',
    whenToUse: [
      'A WebDAV or file-storage server runs out of disk space, or hits a volume quota, while writing an uploaded file.',
      'Creating a collection or copying a tree cannot finish because the storage backend reports that it is full.',
    ],
    whenNotToUse: [
      'The request body exceeds a size limit applied to every upload: 413 Content Too Large.',
      'The server ran out of memory or crashed while processing, which has nothing to do with storing the representation: 500 Internal Server Error.',
      'Storage is fine but the service as a whole is overloaded: 503 Service Unavailable.',
    ],
    howToRespond: [
      'Say in the body that the server is out of space and whether any of the client\'s data was written, so it can clean up or retry later.',
      'Alert operators: a 507 goes away only when someone frees or adds storage.',
      'Write uploads atomically (temporary file, then rename) so a failed write does not leave a truncated file behind.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the body that explains the storage shortage so a client can show it to the user.',
      },
    ],
    body:
      'A short explanation that storage is exhausted, which operation failed and whether anything was kept, as plain text or a WebDAV XML error. ' +
      'Omit disk paths, volume names and free-space figures of other tenants.',
    pitfalls: [
      '507 comes from WebDAV (RFC 4918) and some stacks have no name for it: NestJS\'s HttpStatus enum lacks a 507 member and Werkzeug has no exception class, so abort(507) in Flask fails with LookupError; send the number directly.',
      'Because the condition is meant to be temporary, clients may retry the same upload later; if the real cause is a fixed per-account limit they will retry in vain, so state that limit plainly in the body.',
      'A full disk usually shows up first as 500s from log writes or temporary files elsewhere in the stack; monitor free space instead of waiting for 507 responses to warn you.',
    ],
    examples: [
      {
        title: 'Upload to a full WebDAV share',
        request:
          'PUT /dav/projects/video.mp4 HTTP/1.1\nHost: files.example.test\nContent-Type: video/mp4\nContent-Length: 734003200\n\n<binary data>',
        response:
          'HTTP/1.1 507 Insufficient Storage\nContent-Type: text/plain\n\nThe server has no space left to store video.mp4. Nothing was saved; try again later.',
        note: 'The file is acceptable in itself, but the share has no room to store it right now.',
      },
    ],
    alternatives: [
      { code: 413, when: 'the upload is larger than a limit applied to every request' },
      { code: 500, when: 'the failure has nothing to do with storing the representation' },
      { code: 503, when: 'the whole service is temporarily overloaded' },
    ],
    related: [413, 500, 503],
    references: [rfc(4918, '11.5', '507 Insufficient Storage'), mdn(507)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['disk full', 'out of space', 'storage', 'quota', 'webdav', 'no space left'],
  },
  {
    code: 508,
    phrase: 'Loop Detected',
    class: '5xx',
    status: 'standard',
    gist: 'WebDAV binding cycle in a deep traversal',
    check: 'Use 508 only for WebDAV traversal cycles, never for redirect loops or runaway recursion in code.',
    eli5:
      'While walking through a tree of folders for you, the server found that the tree leads back into itself, so it stopped instead of going round forever. ' +
      'It is like following signposts that bring you back to where you started.',
    serverPerspective:
      'The server ended a WebDAV operation because it met an infinite loop, typically while processing a request with Depth: infinity over collections whose bindings form a cycle (RFC 5842).',
    whenToUse: [
      'A PROPFIND, COPY or other request with Depth: infinity reaches a collection it has already visited through another binding.',
      'A server that supports WebDAV bindings detects a cycle during a recursive operation and stops it rather than recursing endlessly.',
    ],
    whenNotToUse: [
      'Your redirects point back at each other: fix the Location targets; the server keeps sending 301, 302, 307 or 308 and the user agent detects the loop.',
      'The client sent DAV: bind, so repeated bindings can be reported compactly and the listing go on: 208 Already Reported inside a 207 Multi-Status response (RFC 5842 §7.1).',
      'Application code recursed too deeply or a job kept calling itself, with no WebDAV traversal involved: 500 Internal Server Error.',
    ],
    howToRespond: [
      'Name in the body the collection that closed the loop, so the client can retry with a smaller Depth or the owner can remove the extra binding.',
      'Support 208 Already Reported so clients that announce DAV: bind can list a cycle without the request failing; every other client gets the 508.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the explanation of where the cycle was found.',
      },
    ],
    body:
      'Which resource (href) was reached twice and which Depth caused the traversal, as plain text or a WebDAV XML error; no server file-system paths.',
    pitfalls: [
      'Depth: infinity over a tree with cycles is a denial-of-service vector; detect revisits by resource identity, not by path, because every binding gives the same resource a different path.',
      'Constants are often missing: Werkzeug, aiohttp, Ktor and the npm http-status-codes package have no name for 508, so code has to use the literal number.',
      'Clients built only for RFC 4918 may not know 508 and handle it like 500, losing the hint that a smaller Depth would work.',
    ],
    examples: [
      {
        title: 'Binding cycle during infinite-depth PROPFIND',
        request:
          'PROPFIND /projects/ HTTP/1.1\nHost: dav.example.test\nDepth: infinity\nContent-Type: application/xml\n\n' +
          '<?xml version="1.0"?><propfind xmlns="DAV:"><allprop/></propfind>',
        response:
          'HTTP/1.1 508 Loop Detected\nContent-Type: text/plain\n\nThe collection /projects/shared/ binds back to /projects/, so infinite-depth traversal was stopped.',
        note: 'The server reached /projects/ a second time through a binding and ended the traversal instead of looping.',
      },
    ],
    alternatives: [
      { code: 208, when: 'the repeat can be reported inside a multistatus instead of failing the request' },
      { code: 500, when: 'the runaway recursion is an application bug unrelated to WebDAV bindings' },
    ],
    related: [208, 207, 500],
    references: [rfc(5842, '7.2', '508 Loop Detected'), mdn(508)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['infinite loop', 'cycle', 'recursion', 'depth infinity', 'webdav', 'bindings', 'loop'],
  },
  {
    code: 510,
    phrase: 'Not Extended (OBSOLETED)',
    class: '5xx',
    status: 'obsoleted',
    gist: 'obsoleted: mandatory extension missing',
    check: 'Do not send 510 in new code; pick a current code such as 400, 426, 428 or 501.',
    eli5:
      'The server wanted the request to declare some extra extension rules before it would handle it. ' +
      'That whole extension scheme was abandoned, so today this code is a museum piece you should not send.',
    serverPerspective:
      'Under the RFC 2774 HTTP Extension Framework, the server says the request did not meet its policy for mandatory extensions. ' +
      'That framework has been moved to Historic status and IANA marks 510 as obsoleted, so a current server has no reason to send it.',
    whenToUse: [
      'Only when maintaining a legacy system that really implements the RFC 2774 extension framework and whose clients expect this code.',
      'When writing client or gateway code that must recognise a 510 from an old server, so it can be logged and handled as a server error.',
    ],
    whenNotToUse: [
      'The client must switch to another protocol to continue: 426 Upgrade Required with an Upgrade header.',
      'The server insists on a conditional request that the client did not send: 428 Precondition Required.',
      'A required header or field is missing from the request: 400 Bad Request.',
      'The server lacks the feature the request depends on: 501 Not Implemented.',
    ],
    howToRespond: [
      'In new code, map the situation to a current code (400, 426, 428 or 501) instead of 510.',
      'When a legacy upstream still sends 510, log it and translate it at your gateway to a code modern clients handle, such as 502.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label any explanation of which extension the legacy server expected; 510 carries no header obligation of its own.',
      },
    ],
    body:
      'If it is sent at all, a plain explanation of which extension the server required and where that extension is documented.',
    pitfalls: [
      'Library support is disappearing: Spring 7 deprecates HttpStatus.NOT_EXTENDED, Rack 3.1 dropped the :not_extended symbol (it still resolves with a deprecation warning), and Werkzeug, Ktor and npm http-status-codes have no entry, so code that sends 510 warns or breaks on upgrades.',
      'The registry description is literally "Not Extended (OBSOLETED)": Rack builds its phrase table from the IANA list and skips descriptions containing a parenthesis, which is why 510 has no symbol there; never match responses on the phrase.',
      'Clients that do not recognise 510 treat it as a plain 500, so whatever extension negotiation it was meant to trigger never happens.',
    ],
    examples: [
      {
        title: 'Legacy extension-framework server',
        request: 'GET /reports HTTP/1.1\nHost: legacy.example.test',
        response:
          'HTTP/1.1 510 Not Extended\nContent-Type: text/plain\n\nThis server requires the reporting extension described in its documentation.',
        note: 'An old RFC 2774 server refuses a request that lacks a mandatory extension; new services should pick a current code instead.',
      },
    ],
    alternatives: [
      { code: 501, when: 'the server lacks the feature the request relies on' },
      { code: 426, when: 'the client must move to another protocol' },
      { code: 428, when: 'the server requires a conditional request' },
      { code: 400, when: 'a required part of the request is missing or malformed' },
    ],
    related: [501, 426, 428, 400, 500],
    references: [rfc(2774, '7', '510 Not Extended'), mdn(510), ianaRegistry],
    cacheable: false,
    bodyAllowed: true,
    formerNames: ['Not Extended'],
    keywords: ['not extended', 'obsolete', 'obsoleted', 'http extension framework', 'rfc 2774', 'mandatory extension', 'historic'],
  },
  {
    code: 511,
    phrase: 'Network Authentication Required',
    class: '5xx',
    status: 'standard',
    gist: 'captive portal wants a network sign-in',
    check: 'Send 511 only from a captive portal or intercepting proxy; an application needing login uses 401.',
    eli5:
      'The network you are on, such as hotel or café Wi-Fi, wants you to sign in or accept its terms before it lets you reach any website. ' +
      'The site you asked for never saw your request; the network answered first.',
    serverPerspective:
      'An intercepting proxy between the client and the internet, typically a captive portal, says the client must authenticate to the network before it gets access. ' +
      'The response does not come from the origin server the client addressed.',
    whenToUse: [
      'A captive portal on a guest network intercepts plain-HTTP requests from devices that have not yet signed in or accepted the terms of use.',
      'An intercepting network gateway (hotel, airport, conference Wi-Fi) needs the user to pay, log in or click through before it forwards any traffic.',
    ],
    whenNotToUse: [
      'Your own application needs the user to log in: 401 Unauthorized with a WWW-Authenticate challenge, or a redirect to your login page.',
      'An explicitly configured forward proxy needs credentials: 407 Proxy Authentication Required with Proxy-Authenticate.',
      'The user is signed in to your application but lacks permission: 403 Forbidden.',
    ],
    howToRespond: [
      'Link to the portal\'s login page from the body instead of embedding the login form, so the client loads the sign-in page as a resource of its own.',
      'Answer every intercepted URL the same way, API and background calls included, so the device\'s portal detection notices.',
      'Keep the page tiny and self-contained: until the user signs in, the device cannot fetch anything beyond the portal.',
    ],
    headers: [
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'RFC 6585 §6 says a 511 MUST NOT be stored by a cache; send Cache-Control: no-store so the portal page can never be replayed for the real site after sign-in.',
      },
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'The response SHOULD link to the network login resource, so send text/html that a browser renders with that link.',
      },
    ],
    body:
      'A small HTML page that points the user to the portal\'s login resource with a link; RFC 6585 says it SHOULD NOT contain the login form itself. ' +
      'Nothing about the origin site the user was trying to reach.',
    pitfalls: [
      '511 is for interception points such as captive portals, never for origin servers: an application that answers its own login requirement with 511 confuses device portal detection and clients expecting 401 or a redirect.',
      'A portal can only inject a 511 into unencrypted HTTP; on an HTTPS connection it cannot answer without a certificate error, which is why portal detection relies on plain-HTTP probe requests.',
      'API clients and background sync jobs on a captive network receive an HTML 511 where they expected JSON; treat it as "no network access yet" rather than a failure of the API you called, and do not retry in a tight loop.',
      'Library coverage is uneven: Ktor and Werkzeug have no constant or exception for 511, Servlet only gains SC_NETWORK_AUTHENTICATION_REQUIRED in 6.2, and very old DRF versions misspelled it HTTP_511_NETWORD_AUTHENTICATION_REQUIRED.',
    ],
    examples: [
      {
        title: 'Guest Wi-Fi before sign-in',
        request: 'GET /news HTTP/1.1\nHost: www.example.test',
        response:
          'HTTP/1.1 511 Network Authentication Required\nCache-Control: no-store\nContent-Type: text/html\n\n' +
          '<html><head><title>Network sign-in required</title></head><body><p>Please <a href="https://portal.example.test/login">sign in to the guest Wi-Fi</a> to continue.</p></body></html>',
        note: 'The guest network\'s portal, not www.example.test, answered because this device has not signed in yet.',
      },
    ],
    alternatives: [
      { code: 401, when: 'your own application needs the user to authenticate' },
      { code: 407, when: 'a configured forward proxy needs credentials' },
      { code: 403, when: 'the user is authenticated but not permitted' },
    ],
    related: [401, 407, 403],
    references: [rfc(6585, '6', '511 Network Authentication Required'), mdn(511)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['captive portal', 'wifi login', 'hotspot', 'guest network', 'network login', 'intercepting proxy', 'hotel wifi'],
  },
];
