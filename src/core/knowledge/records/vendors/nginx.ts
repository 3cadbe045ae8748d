import type { StatusRecord } from '../../types';
import { rfc9110 } from '../refs';
import { aspnetStatusCodes, fallbackRule, nginxRequestHeader, requestsStatusCodes } from './shared';

// nginx's own numbers (444, 494–497, 499). Most never reach a client as themselves: nginx uses
// them to tell cases apart inside its error-page machinery or in the access log. Checked against
// ngx_http_request.h and the nginx.org module docs (2026-12).

const nginxReturn = {
  title: 'nginx: return directive (ngx_http_rewrite_module)',
  url: 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return',
};
const nginxErrorPage = {
  title: 'nginx: error_page directive (ngx_http_core_module)',
  url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#error_page',
};
const nginxSslErrors = {
  title: 'nginx: error processing in ngx_http_ssl_module (495, 496, 497)',
  url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
};
const nginxVerifyClient = {
  title: 'nginx: ssl_verify_client directive',
  url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_verify_client',
};
const nginxLargeHeaders = {
  title: 'nginx: large_client_header_buffers directive',
  url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers',
};

export const nginxRecords: readonly StatusRecord[] = [
  {
    code: 444,
    phrase: 'No Response',
    class: '4xx',
    status: 'unofficial',
    gist: 'nginx drops the connection without a reply',
    check: 'Answer real clients with 403 instead; a silent drop looks like a network fault and invites retries.',
    pack: 'nginx',
    eli5:
      'The server hangs up without saying a word. ' +
      "It is like knocking on a door and hearing the lights switch off inside: you get no answer at all, not even a 'no'.",
    serverPerspective:
      'A non-standard value known only to nginx. ' +
      'For nginx, 444 is an instruction rather than a status on the wire: `return 444;` (internally NGX_HTTP_CLOSE) makes it close the connection without writing any response header, as the return directive docs state (nginx.org, checked 2026-12). ' +
      'The number appears only in the access log. The client receives no status line, so the x00 fallback never comes into play; it simply sees the connection end.',
    whenToUse: [
      'Reading nginx access logs: a 444 entry marks a request that a `return 444;` rule dropped, such as a catch-all server block refusing unknown Host names or a rule aimed at scanners.',
      'Configuring nginx to discard obviously bogus traffic without spending bytes on a reply, accepting that anyone caught by mistake gets no explanation.',
      'Putting `return 444;` in a default_server block so that requests naming no configured site are not answered with the first site in the file.',
    ],
    whenNotToUse: [
      'Refusing a real user or API client: 403 Forbidden, so they get a readable refusal instead of what looks like a network fault.',
      'Slowing down a client you still want to serve later: 429 Too Many Requests, because a silent drop looks like an outage and invites immediate retries.',
      'Answering from application code: an app cannot send "444" meaningfully; writing the number as a status puts a bogus 4xx on the wire that clients read as 400.',
    ],
    howToRespond: [
      'Clients: expect a closed connection or an empty reply, not a status; check whether your Host header, path or user agent trips a drop rule on the server.',
      'Operators: search the access log for status 444 to see what is being dropped, and confirm the rule does not catch health checks or legitimate clients.',
      'When a drop rule catches people it should not, switch it to `return 403;` for a while: the refusals then become visible on the client side too.',
    ],
    headers: [],
    body: 'None at all: nginx writes neither a status line nor headers before closing the socket.',
    pitfalls: [
      'Browsers and HTTP libraries report a 444 drop as a transport error (curl says the reply was empty), so client-side error tracking never shows the number and teams may chase a phantom network problem.',
      'Python requests names 444 no_response, yet a requests call can never observe it: the library raises a connection error before any status exists.',
      'Behind a CDN, an origin that answers 444 leaves the edge with an empty reply, which Cloudflare reports to the visitor as 520; the refusal turns into an apparent server fault.',
      'Retrying clients treat a dropped connection as transient, so a 444 rule aimed at a misbehaving bot can multiply its traffic instead of stopping it.',
    ],
    examples: [
      {
        title: 'Catch-all server block drops a request for an unknown host',
        request: 'GET /wp-login.php HTTP/1.1\nHost: unknown.example.test\nUser-Agent: scanner/1.0',
        response:
          '(nothing: the connection is closed; curl reports "Empty reply from server")\n\nnginx access log:\n198.51.100.23 - - [10/Oct/2025:13:55:36 +0000] "GET /wp-login.php HTTP/1.1" 444 0 "-" "scanner/1.0"',
        note: 'The 444 exists only in the log line; the scanner got no status to act on.',
      },
    ],
    alternatives: [
      { code: 403, when: 'the client deserves an explicit refusal it can read' },
      { code: 429, when: 'the client is sending too fast but may continue later' },
      { code: 400, when: 'the request is malformed and the sender should be told why' },
    ],
    related: [403, 429, 499, 520],
    references: [fallbackRule, nginxReturn, nginxRequestHeader, requestsStatusCodes],
    cacheable: false,
    bodyAllowed: false,
    formerNames: [],
    keywords: ['nginx', 'return 444', 'connection closed', 'no response', 'drop connection', 'empty reply', 'NGX_HTTP_CLOSE', 'connection closed without response'],
    usedBy: [
      'nginx: NGX_HTTP_CLOSE, set with `return 444;` to close the connection without replying; the code appears only in nginx logs',
      'Python requests: status name no_response',
    ],
    preferInstead: 403,
  },
  {
    code: 494,
    phrase: 'Request Header Too Large',
    class: '4xx',
    status: 'unofficial',
    gist: 'request headers or cookies too large',
    check: 'Look for cookie growth behind the 400 clients see; from your own code, send 431 instead.',
    pack: 'nginx',
    eli5:
      'Your browser sent so many cookies or such long headers that nginx could not fit them in its buffers. ' +
      'Think of a mail slot too narrow for the stuffed envelope you are pushing through it.',
    serverPerspective:
      'Non-standard and private to nginx. ' +
      'Inside nginx, 494 (NGX_HTTP_REQUEST_HEADER_TOO_LARGE, ngx_http_request.h, checked 2026-12) marks a request whose header line or cookies exceed the configured buffers. ' +
      'It stays internal: what actually goes out is a 400 with the page title "Request Header Or Cookie Too Large", unless an `error_page 494` rule sends something else.',
    whenToUse: [
      'Reading nginx logs or writing an `error_page 494 ...` rule to serve a friendlier page when oversized cookies or headers are rejected.',
      'Explaining to support staff why some users see "400 Request Header Or Cookie Too Large" while others on the same page do not.',
    ],
    whenNotToUse: [
      'Your own application rejects an oversized header section: 431 Request Header Fields Too Large, the registered code clients can act on.',
      'The URL, not the headers, is what is too long: 414 URI Too Long.',
    ],
    howToRespond: [
      'Users: clear the cookies for the site and reload; a pile of stale or oversized cookies is the usual cause.',
      'Developers: find which cookie or header has grown (large session or tracking cookies, big bearer tokens) and shrink it before raising nginx buffer limits.',
      'Operators: if the headers are legitimate, enlarge large_client_header_buffers, and map the condition with `error_page 494` to an explanatory page.',
    ],
    headers: [],
    body:
      'The client gets the 400 page nginx renders for this case, titled "Request Header Or Cookie Too Large"; a custom `error_page 494` target can replace it with advice to clear cookies.',
    pitfalls: [
      "The browser shows 400, not 494, so support tickets say 'bad request' while the real culprit is cookie growth; search nginx's log and error page title rather than the client status.",
      'Only some users hit it, those whose cookie jar grew past the limit, which makes it look like an intermittent server bug.',
      'Raising buffer sizes treats the symptom; an application that keeps adding cookies will cross the new limit later.',
    ],
    examples: [
      {
        title: 'Oversized cookie header',
        request: 'GET /dashboard HTTP/1.1\nHost: app.example.test\nCookie: session=<4 KB>; prefs=<3 KB>; tracking=<6 KB>',
        response:
          'HTTP/1.1 400 Bad Request\nContent-Type: text/html\n\n<html><head><title>400 Request Header Or Cookie Too Large</title></head><body>...</body></html>',
        note: 'nginx classed the request internally as 494 but put 400 on the wire, as it always does for this case.',
      },
    ],
    alternatives: [
      { code: 431, when: 'the header section or a single header such as Cookie exceeds what the server accepts' },
      { code: 414, when: 'the request URI rather than the headers is too long' },
    ],
    related: [431, 400, 414],
    references: [fallbackRule, nginxErrorPage, nginxLargeHeaders, nginxRequestHeader],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['nginx', 'cookie too large', 'header too large', 'request header or cookie too large', 'large_client_header_buffers', 'clear cookies'],
    usedBy: ['nginx: NGX_HTTP_REQUEST_HEADER_TOO_LARGE, internal; the client receives 400 "Request Header Or Cookie Too Large" (can be caught with error_page 494)'],
    preferInstead: 431,
  },
  {
    code: 495,
    phrase: 'SSL Certificate Error',
    class: '4xx',
    status: 'unofficial',
    gist: 'client certificate failed verification',
    check: 'Read the nginx error log for why the client certificate failed; clients only ever see a 400.',
    pack: 'nginx',
    eli5:
      'The site asked your device to show its own ID card (a client certificate), and the card failed the check. ' +
      'Like a badge reader at an office door rejecting an expired or forged badge.',
    serverPerspective:
      'An nginx-internal value with no standing in any HTTP specification. ' +
      'nginx uses 495 (NGX_HTTPS_CERT_ERROR) internally when a client certificate presented during mutual TLS fails verification; the ssl module docs list it among the non-standard codes usable with error_page (nginx.org, checked 2026-12). ' +
      'The visitor is never told 495; nginx answers with a 400 whose page reads "The SSL certificate error".',
    whenToUse: [
      'Reading nginx logs on a server that verifies client certificates, or mapping the case with `error_page 495` to a page that explains how to install a valid certificate.',
      'Diagnosing a mutual-TLS rollout where some devices hold certificates from an issuer the server does not trust yet.',
    ],
    whenNotToUse: [
      'Telling an API client, in your own code, that its credentials were not accepted: 401 Unauthorized with a challenge, or 403 Forbidden if the identity is known but lacks rights.',
      'Reporting that no client certificate arrived at all: that is the separate nginx case 496, which also reaches the client as 400.',
    ],
    howToRespond: [
      'Clients: check that the certificate is unexpired, issued by a CA the server trusts, and sent together with any intermediate certificates.',
      'Operators: the nginx error log states why verification failed; compare the configured trusted CA file with the issuer of the rejected certificate.',
      'To see the reason per request, log $ssl_client_verify, which holds FAILED followed by the reason when verification fails.',
    ],
    headers: [],
    body: 'nginx sends its 400 page headed "The SSL certificate error"; a custom `error_page 495` target can give the user steps to renew or reinstall the certificate.',
    pitfalls: [
      'Because the status is 400, clients and dashboards cannot tell a bad certificate from a malformed request; the nginx log and the error page wording are the only clues.',
      "The TLS handshake itself completes, so tools that only test connectivity report success while every HTTP request still fails.",
      'A genuine certificate issued through an intermediate CA still fails when the chain is longer than ssl_verify_depth allows (the default depth is 1), so check that setting before blaming the client.',
    ],
    examples: [
      {
        title: 'Client presents an expired certificate to a mutual-TLS endpoint',
        request: 'GET /internal/metrics HTTP/1.1\nHost: ops.example.test\n(TLS client certificate: expired)',
        response:
          'HTTP/1.1 400 Bad Request\nContent-Type: text/html\n\n<html><head><title>400 The SSL certificate error</title></head><body>...</body></html>',
        note: 'nginx logged 495 for the failed certificate check, but the client only saw 400.',
      },
    ],
    alternatives: [
      { code: 400, when: 'the request cannot be accepted as sent and the body explains the certificate problem' },
      { code: 403, when: 'the client is identified but its certificate does not grant access to this resource' },
    ],
    related: [496, 400, 403],
    references: [fallbackRule, nginxSslErrors, nginxVerifyClient, nginxErrorPage],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['nginx', 'client certificate', 'mtls', 'mutual tls', 'ssl certificate error', 'ssl_verify_client'],
    usedBy: ['nginx: NGX_HTTPS_CERT_ERROR, internal; the client receives 400 "The SSL certificate error"'],
    preferInstead: 400,
  },
  {
    code: 496,
    phrase: 'SSL Certificate Required',
    class: '4xx',
    status: 'unofficial',
    gist: 'no client certificate was sent',
    check: 'Configure the client to present its certificate and key; nginx sends it 400, never 496.',
    pack: 'nginx',
    eli5:
      'The site only lets in visitors whose device shows a certificate, and yours showed none. ' +
      'It is like arriving at a members-only club without your membership card.',
    serverPerspective:
      'Unregistered and used only inside nginx. ' +
      'When nginx requires a client certificate and the client sends none, it flags the request internally as 496 (NGX_HTTPS_NO_CERT); the ssl module docs list the number for use with error_page (nginx.org, checked 2026-12). ' +
      'On the wire the response is 400, with a page saying "No required SSL certificate was sent".',
    whenToUse: [
      'Spotting clients in nginx logs that reach a mutual-TLS location without a certificate, or catching them with `error_page 496` to link to enrolment instructions.',
      'Checking that a new mutual-TLS requirement rejects certificate-less clients before it goes live.',
    ],
    whenNotToUse: [
      'Asking a caller of your own API to authenticate: 401 Unauthorized with a WWW-Authenticate challenge.',
      'A certificate was sent but did not verify: nginx reports that as 495, not 496.',
    ],
    howToRespond: [
      'Clients: configure the HTTP library or browser to present the client certificate and key (curl uses --cert and --key).',
      'Operators: check whether this location really must demand a certificate; if it is optional for some paths, adjust the verification setting there.',
    ],
    headers: [],
    body: 'The default nginx 400 page reading "No required SSL certificate was sent", or a custom page that explains how to obtain and install a certificate.',
    pitfalls: [
      'Health checks and monitoring probes that carry no certificate trigger 496 and get 400, which can mark a working backend as unhealthy.',
      'Callers see an ordinary 400 and may keep fiddling with the request body; the missing piece is at the TLS layer, not in the HTTP message.',
      'A TLS-terminating load balancer in front of nginx never forwards the browser certificate, so every request looks certificate-less to nginx.',
      'Only `ssl_verify_client on` produces 496; with `optional` a certificate-less client is let through, and the application has to check $ssl_client_verify (NONE) itself or it serves protected pages to anyone.',
    ],
    examples: [
      {
        title: 'No client certificate sent to a protected location',
        request: 'GET /admin/ HTTP/1.1\nHost: ops.example.test\n(no TLS client certificate)',
        response:
          'HTTP/1.1 400 Bad Request\nContent-Type: text/html\n\n<html><head><title>400 No required SSL certificate was sent</title></head><body>...</body></html>',
        note: 'The access log holds 496; the client received 400 with the explanatory title.',
      },
    ],
    alternatives: [
      { code: 401, when: 'the caller must authenticate and your API can issue a challenge' },
      { code: 400, when: 'the request lacks something required and the body names it' },
    ],
    related: [495, 401, 400],
    references: [fallbackRule, nginxSslErrors, nginxVerifyClient],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['nginx', 'client certificate required', 'no certificate', 'mtls', 'mutual tls', 'ssl'],
    usedBy: ['nginx: NGX_HTTPS_NO_CERT, internal; the client receives 400 "No required SSL certificate was sent"'],
    preferInstead: 400,
  },
  {
    code: 497,
    phrase: 'HTTP Request Sent to HTTPS Port',
    class: '4xx',
    status: 'unofficial',
    gist: 'plain HTTP sent to the HTTPS port',
    check: 'Catch it with error_page 497 and redirect to https; unhandled, clients just see 400.',
    pack: 'nginx',
    eli5:
      'You spoke plain, unencrypted HTTP to a door that only understands the encrypted kind. ' +
      'It is like shouting through a window that only accepts sealed letters.',
    serverPerspective:
      'This is an nginx invention, not a standard HTTP code. ' +
      'nginx raises 497 (NGX_HTTP_TO_HTTPS) internally when a plain HTTP request arrives on a port configured for TLS; the ssl module docs note that the redirect happens after the request is parsed, so $request_uri and friends are available (nginx.org, checked 2026-12). ' +
      'Left alone, the client receives 400 with "The plain HTTP request was sent to HTTPS port"; many sites instead catch it with `error_page 497 https://$host$request_uri;` to redirect to the https URL.',
    whenToUse: [
      'Configuring nginx so that visitors who type http:// with the TLS port are redirected, using `error_page 497` to point at the same path over https.',
      'Explaining a 400 "plain HTTP request was sent to HTTPS port" page found in nginx logs as 497.',
    ],
    whenNotToUse: [
      'Moving all traffic to https from the normal port 80: a 301 or 308 redirect from a plain-HTTP server block is the ordinary solution.',
      'Telling a client to switch protocols on the same connection: 426 Upgrade Required with an Upgrade header.',
    ],
    howToRespond: [
      'Clients: use https:// for this host and port; the port number in the URL is a hint that TLS is expected there.',
      'Operators: add `error_page 497 https://$host$request_uri;` (or a 301 to the https origin) so mistyped URLs recover instead of ending on a 400.',
    ],
    headers: [
      {
        name: 'Location',
        requirement: 'SHOULD',
        note: 'Only once `error_page 497 <url>` turns the case into a redirect (302 by default, or the code given with =301 and the like): that redirect names the https URL here.',
      },
    ],
    body: 'Without a handler, the nginx 400 page about a plain HTTP request reaching the HTTPS port; with the error_page redirect, the body of that redirect.',
    pitfalls: [
      'Load balancers that end TLS and forward plain HTTP to an nginx port still configured for TLS produce this on every request; check the hop between proxy and origin.',
      'An `error_page 497` redirect built from $host drops a non-standard port, so test it when the https site does not live on 443.',
      'The error_page redirect is a 302 unless you ask for another code, so a POST that hits it may come back as a GET without its body.',
    ],
    examples: [
      {
        title: 'Plain HTTP to the TLS port, left unhandled',
        request: 'GET /login HTTP/1.1\nHost: shop.example.test:8443',
        response:
          'HTTP/1.1 400 Bad Request\nContent-Type: text/html\n\n<html><head><title>400 The plain HTTP request was sent to HTTPS port</title></head><body>...</body></html>',
        note: 'nginx recorded 497 internally; without an error_page rule the visitor only gets this 400.',
      },
    ],
    alternatives: [
      { code: 301, when: 'every plain HTTP URL should move permanently to its https twin' },
      { code: 308, when: 'the redirect to https must keep the method and body of the original request' },
      { code: 400, when: 'no redirect is wanted and the client should simply be told the request was wrong' },
    ],
    related: [301, 308, 426, 400],
    references: [fallbackRule, nginxSslErrors, nginxErrorPage, rfc9110('15.4.2', '301 Moved Permanently')],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['nginx', 'http to https', 'plain http request was sent to https port', 'ssl port', 'redirect to https', 'error_page 497'],
    usedBy: ['nginx: NGX_HTTP_TO_HTTPS, internal; the client receives 400 "The plain HTTP request was sent to HTTPS port" unless error_page 497 redirects it'],
    preferInstead: 400,
  },
  {
    code: 499,
    phrase: 'Client Closed Request',
    class: '4xx',
    status: 'unofficial',
    gist: 'client closed the connection (log only)',
    check: 'No response carries 499; when they cluster, check upstream latency against client timeouts.',
    pack: 'nginx',
    logOnly: true,
    eli5:
      'You hung up before the server finished answering. ' +
      'The server notes 499 in its diary, the way a pizza place writes down that the caller put the phone down mid-order.',
    serverPerspective:
      'Non-standard, though widely copied. ' +
      'nginx logs 499 (NGX_HTTP_CLIENT_CLOSED_REQUEST) when the client closed the connection while nginx was still working on, or waiting upstream for, the response; the source comment says HTTP has no code for this, so nginx made one up for its log. Nothing is sent, because nobody is listening any more. ' +
      'Cloudflare, built on nginx, logs 499 the same way; ASP.NET Core (.NET 8 and later) names it Status499ClientClosedRequest and Python requests calls it client_closed_request. Esri ArcGIS separately uses 499 for "Token Required" inside its JSON error objects.',
    whenToUse: [
      'Reading nginx access logs: 499 lines show requests whose clients gave up, typically because a browser navigated away or a caller timed out before a slow upstream answered.',
      'Reading Cloudflare Logs or analytics, where 499 marks visitors that closed the connection before Cloudflare finished the request (Cloudflare docs, checked 2026-12).',
      'Labelling aborted requests in your own server logs or metrics, as ASP.NET Core does with its constant, so they are counted apart from server failures.',
    ],
    whenNotToUse: [
      'Reporting that your upstream was too slow: 504 Gateway Timeout, which a waiting client can actually receive.',
      'Telling an ArcGIS-style caller that a token is missing: in your own API, 401 Unauthorized with a challenge does that in a standard way.',
      'Sending it from application code as a response: no client is left to read it, and any client that is still there reads it as 400.',
    ],
    howToRespond: [
      'Look at the request time in the same log line: if 499s cluster just past a client timeout, speed up the upstream or raise the client timeout.',
      'Make expensive endpoints idempotent or cancellable, because the upstream may keep working after the client has already left.',
      "Behind Cloudflare, compare the visitor's timeout with the time Cloudflare needs to reach the origin: Cloudflare's 499 page explains that a visitor who gives up during a slow origin connect is logged as 499, while one who waits longer sees 522 if the connect fails.",
      'ArcGIS clients that find code 499 in an error object should request a token and send the call again with it.',
    ],
    headers: [],
    body: 'None: the client has closed the connection, so there is no one to receive content.',
    pitfalls: [
      'A rise in 499 often reflects slowness upstream, not misbehaving clients; they are leaving because responses take too long.',
      'Counting 499 as a server error inflates error budgets, while ignoring it hides latency problems; track it as its own series.',
      'The error_page directive cannot turn a 499 into a response, since the connection is already gone.',
      "OpenTelemetry's HTTP semantic conventions (stable; checked 2026-12) have no rule for 499: they leave a server span's status unset for any 4xx and instead ask instrumentation that notices a request cut short to mark the span Error with an error.type, so look for aborted requests there rather than for a 499 status.",
    ],
    examples: [
      {
        title: 'Browser navigates away while a slow upstream works',
        request: 'GET /api/search?q=boots HTTP/1.1\nHost: shop.example.test',
        response:
          '(client already disconnected; nothing sent)\n\nnginx access log:\n198.51.100.23 - - [10/Oct/2025:13:55:36 +0000] "GET /api/search?q=boots HTTP/1.1" 499 0 "-" "Mozilla/5.0"',
        note: 'The 499 exists only in the log; the browser had already closed the connection.',
      },
    ],
    alternatives: [
      { code: 504, when: 'a gateway gave up on a slow upstream while the client was still waiting' },
      { code: 408, when: 'the server stops waiting for a request the client is sending too slowly' },
    ],
    related: [460, 444, 504, 408, 522],
    references: [
      fallbackRule,
      nginxRequestHeader,
      { title: 'Cloudflare: Error 499 (client closed request, as logged by Cloudflare)', url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/4xx-client-error/error-499/' },
      aspnetStatusCodes,
      { title: 'dotnet/aspnetcore PR #46330: add Status499ClientClosedRequest', url: 'https://github.com/dotnet/aspnetcore/pull/46330' },
      { title: 'OpenTelemetry: semantic conventions for HTTP spans, Status', url: 'https://opentelemetry.io/docs/specs/semconv/http/http-spans/#status' },
      requestsStatusCodes,
    ],
    cacheable: false,
    bodyAllowed: false,
    formerNames: [],
    keywords: ['nginx', 'client closed request', 'client disconnected', 'cancelled', 'aborted request', 'client_closed_request', 'esri', 'token required'],
    usedBy: [
      'nginx: NGX_HTTP_CLIENT_CLOSED_REQUEST, written to the access log only',
      'Cloudflare: logged in Cloudflare Logs and analytics for visitors that closed the connection first (Cloudflare docs, checked 2026-12)',
      'ASP.NET Core: StatusCodes.Status499ClientClosedRequest (added in .NET 8)',
      'Python requests: status name client_closed_request',
      'Esri ArcGIS: "Token Required", as the code of a JSON error object',
    ],
  },
];
