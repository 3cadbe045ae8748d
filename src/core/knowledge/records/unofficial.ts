import type { StatusRecord } from '../types';
import { rfc9110 } from './refs';

// Non-standard codes seen in the wild. None is in the IANA registry: each record says who sends the
// code, how a standard client reads it (RFC 9110 §15: an unknown code counts as the x00 of its class)
// and which registered code to use instead.

const fallbackRule = rfc9110('15', 'Status Codes');
const nginxErrorPage = {
  title: 'nginx: error_page directive (ngx_http_core_module)',
  url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#error_page',
};
const nginxSslErrors = {
  title: 'nginx: error processing in ngx_http_ssl_module (495, 496, 497)',
  url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
};
const nginxRequestHeader = {
  title: 'nginx source: ngx_http_request.h (nginx-only status codes)',
  url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
};
const cloudflare5xx = {
  title: 'Cloudflare: Cloudflare 5xx errors',
  url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/',
};
const albTroubleshooting = {
  title: 'AWS: Troubleshoot your Application Load Balancers',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
};
const requestsStatusCodes = {
  title: 'psf/requests: status_codes.py',
  url: 'https://github.com/psf/requests/blob/main/src/requests/status_codes.py',
};

export const recordsUnofficial: readonly StatusRecord[] = [
  {
    code: 122,
    phrase: 'Request-URI Too Long',
    class: '1xx',
    status: 'unofficial',
    eli5:
      'Internet Explorer 7 used the number 122 to complain that a web address was too long for it. ' +
      'It is like a clerk refusing an envelope because the address will not fit on the label.',
    serverPerspective:
      'This number is not part of HTTP: IANA never registered it. ' +
      'No web server defines 122; the number belongs to Internet Explorer 7, which used it for an over-long request URI. ' +
      'Because it sits in the 1xx range, a standard client that somehow received it would treat it like 100 Continue, an interim answer, and keep waiting for a final status.',
    whenToUse: [
      "You meet it in Python requests' status table (requests.codes) or in old browser support notes about links stuffed with very long query strings.",
    ],
    whenNotToUse: [
      'A server refuses a request target longer than it will parse: 414 URI Too Long is the registered code for exactly that.',
      'Reporting any error from an API: a 1xx number is read as an interim response, so the client would never treat it as a failure at all.',
    ],
    howToRespond: [
      'Shorten the URL: move bulky query data into a POST body, or store it on the server and pass a short identifier.',
      'In Python, compare the status with 414 when you mean the server refused a long URI; requests.codes.uri_too_long resolves to 414, never to 122.',
    ],
    headers: [],
    body:
      'Nothing: a 1xx status ends at the header section, and 122 was a browser-side number rather than something a server writes.',
    pitfalls: [
      "Python requests lists the name uri_too_long under both 122 and 414 in its internal _codes table; the 414 entry wins when the table is loaded, so code expecting requests.codes.uri_too_long to be 122 is wrong.",
      'If a broken component ever put 122 on the wire, the x00 rule of RFC 9110 §15 would make clients handle it as 100 Continue, so the symptom would be a request that seems to hang rather than a clear error.',
    ],
    examples: [
      {
        title: 'Over-long search link: IE7 number versus a real server answer',
        request: 'GET /search?filters=<several thousand characters of encoded JSON> HTTP/1.1\nHost: www.example.test',
        response:
          'HTTP/1.1 414 URI Too Long\nContent-Type: text/plain\n\nThe request URI is longer than this server accepts.',
        note: 'Internet Explorer 7 labelled this situation 122; a server with a URI limit answers with the registered 414 instead.',
      },
    ],
    alternatives: [{ code: 414, when: 'a server refuses a request target longer than it is willing to parse' }],
    related: [414, 100],
    references: [fallbackRule, requestsStatusCodes],
    cacheable: false,
    bodyAllowed: false,
    formerNames: [],
    keywords: ['internet explorer', 'ie7', 'url too long', 'long url', 'requests.codes', 'uri_too_long'],
    usedBy: [
      'Internet Explorer 7: "Request-URI too long", for an address longer than the browser accepted',
      'Python requests: listed in its _codes table under uri_too_long (the attribute itself resolves to 414)',
    ],
    preferInstead: 414,
  },
  {
    code: 419,
    phrase: 'Page Expired',
    class: '4xx',
    status: 'unofficial',
    eli5:
      'You sent a form, but the hidden ticket proving it came from this site was missing or too old, so the site threw the form away. ' +
      "It is like handing in last week's cloakroom ticket.",
    serverPerspective:
      'Non-standard: no RFC or IANA entry defines 419. ' +
      "In a Laravel app, 419 means the CSRF check failed: the framework's exception handler converts a TokenMismatchException into an HTTP 419. " +
      'Other products gave the number unrelated meanings (ASP.NET Core calls it Authentication Timeout; early WebDAV drafts, and through them Spring up to 6 and npm http-status-codes, call it Insufficient Space On Resource), and a standard client reads every one of them as 400.',
    whenToUse: [
      'You meet it in a Laravel app after a form post or AJAX call whose CSRF token was missing, not forwarded by the JavaScript client, or stale because the session ended while the page sat open.',
    ],
    whenNotToUse: [
      'Your own framework rejects a tokenless or cross-site form submission: 403 Forbidden, which every client and proxy already understands.',
      "A sign-in session has lapsed and the user must log in again: 401 Unauthorized with a WWW-Authenticate challenge, not ASP.NET Core's Status419AuthenticationTimeout.",
      'A WebDAV store has no room left for an upload: 507 Insufficient Storage is the registered code for that.',
    ],
    howToRespond: [
      'Users: copy anything you typed, reload the page to get a fresh token, then submit again.',
      'Developers: make sure every state-changing form and AJAX call carries the CSRF token, and look at the session lifetime if people leave pages open for hours.',
      'Front-end code talking to a Laravel back end: catch 419 specifically and fetch a new token instead of showing a generic error; other clients will just see a 400-class failure.',
    ],
    headers: [],
    body:
      "For browsers, Laravel's 'Page Expired' error page; for an API that keeps the code, a short JSON message telling the client to obtain a fresh CSRF token and retry.",
    pitfalls: [
      'One number, three unrelated meanings (CSRF failure in Laravel, session timeout in ASP.NET Core, lack of storage in old WebDAV-derived tables): never interpret a 419 without knowing which product sent it.',
      'Spring deprecated HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE and removed it in Spring 7, so Java code still naming that constant stops compiling on upgrade.',
      "ASP.NET Core's own source comment on Status419AuthenticationTimeout says it is not defined in any RFC: a constant shipping in a framework does not make a code standard.",
      'Monitoring that groups by class counts CSRF expiries as generic client errors, so a spike caused by a too-short session lifetime hides among ordinary 400s unless you chart 419 separately.',
    ],
    examples: [
      {
        title: 'Laravel form posted after the session expired',
        request:
          'POST /profile HTTP/1.1\nHost: app.example.test\nCookie: session=<expired-session>\nContent-Type: application/x-www-form-urlencoded\n\nname=Ada&_token=<stale-token>',
        response: 'HTTP/2 419\ncontent-type: text/html; charset=UTF-8\n\n<!DOCTYPE html><title>Page Expired</title><p>Page Expired</p>',
        note: 'Laravel turns the CSRF TokenMismatchException into 419; a client unaware of the code can only treat it as a 400.',
      },
    ],
    alternatives: [
      { code: 403, when: 'a form or AJAX request fails its CSRF check' },
      { code: 401, when: 'the sign-in session timed out and the user has to authenticate again' },
      { code: 507, when: 'a WebDAV server lacks the space to store the submitted representation' },
    ],
    related: [403, 401, 507, 400],
    references: [
      fallbackRule,
      { title: 'Laravel: CSRF Protection', url: 'https://laravel.com/docs/csrf' },
      { title: 'ASP.NET Core: StatusCodes class', url: 'https://learn.microsoft.com/en-us/dotnet/api/microsoft.aspnetcore.http.statuscodes' },
    ],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['csrf', 'page expired', 'token mismatch', 'TokenMismatchException', 'laravel', 'session expired', 'authentication timeout', 'insufficient space on resource'],
    usedBy: [
      'Laravel: "Page Expired", sent when the CSRF token check fails (TokenMismatchException)',
      'ASP.NET Core: StatusCodes.Status419AuthenticationTimeout, "Authentication Timeout", commented as not defined in any RFC',
      'Spring up to 6 (deprecated, removed in 7) and npm http-status-codes: "Insufficient Space On Resource" (INSUFFICIENT_SPACE_ON_RESOURCE), from early WebDAV drafts',
    ],
    preferInstead: 403,
  },
  {
    code: 420,
    phrase: 'Enhance Your Calm',
    class: '4xx',
    status: 'unofficial',
    eli5:
      'You have been asking too often, so the server tells you to slow down. ' +
      "Picture a shop assistant saying 'one at a time, please' before serving you again.",
    serverPerspective:
      'Not a registered status: 420 appears in no RFC and not in the IANA registry. ' +
      "Twitter's legacy v1 API answered 420 when a client exceeded its rate limit, the job the registered 429 does today. " +
      'Separately, early WebDAV drafts used 420 for Method Failure, a name that survived in Spring up to version 6 and in npm http-status-codes. A standard client sees either meaning as a generic 400.',
    whenToUse: [
      "You meet it when maintaining code written against Twitter's old v1 API, whose throttling errors used this number.",
      'You find METHOD_FAILURE (420) in an older Spring or http-status-codes table and need to know it is a WebDAV draft leftover, not a rate limit.',
    ],
    whenNotToUse: [
      'Throttling callers of your own API: 429 Too Many Requests, optionally with Retry-After so clients know when to come back.',
      'One step of a WebDAV operation failed because another step it relied on failed: 424 Failed Dependency is the registered code.',
    ],
    howToRespond: [
      'Back off: pause before retrying and spread requests out; services that moved to 429 may also tell you how long to wait.',
      'Clients that talk to several services: read 420 as a throttling signal only for the legacy Twitter endpoints and as a plain 400 everywhere else.',
    ],
    headers: [],
    body:
      'If a legacy contract forces you to emit it, a JSON error naming the limit that was hit and when it resets; new services should put exactly that content in a 429.',
    pitfalls: [
      'Retry middleware usually keys on 429 and 503, so a 420 falls through as a non-retryable client error and the caller gives up instead of backing off.',
      'Spring 7 dropped the long-deprecated HttpStatus.METHOD_FAILURE; to keep reading 420 from old services, use HttpStatusCode.valueOf(420), which accepts any number from 100 to 999.',
      "The two meanings collide: a dashboard that labels every 420 'Enhance Your Calm' will mislabel a WebDAV Method Failure, and the reverse.",
    ],
    examples: [
      {
        title: 'Legacy rate-limited timeline call',
        request: 'GET /1/statuses/home_timeline.json HTTP/1.1\nHost: api.example.test\nAuthorization: OAuth <credentials>',
        response:
          'HTTP/1.1 420 Enhance Your Calm\nContent-Type: application/json\n\n{"error": "Enhance your calm: too many requests, slow down"}',
        note: 'A Twitter-v1-style API throttles with 420; answering 429 would carry the same message in a form every client understands.',
      },
    ],
    alternatives: [
      { code: 429, when: 'a caller exceeds a request quota and should back off before trying again' },
      { code: 424, when: 'a WebDAV method failed because an action it depended on failed' },
    ],
    related: [429, 424, 503],
    references: [fallbackRule, { title: 'npm: http-status-codes', url: 'https://www.npmjs.com/package/http-status-codes' }],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['enhance your calm', 'twitter', 'rate limit', 'throttle', 'slow down', 'method failure', 'webdav', 'METHOD_FAILURE'],
    usedBy: [
      'Twitter API v1: "Enhance Your Calm", its legacy rate-limiting response',
      'Spring up to 6 (deprecated, removed in 7) and npm http-status-codes: "Method Failure" (METHOD_FAILURE), taken from early WebDAV drafts',
    ],
    preferInstead: 429,
  },
  {
    code: 440,
    phrase: 'Login Time-out',
    class: '4xx',
    status: 'unofficial',
    eli5:
      'You were signed in, but you left the page alone for so long that the server forgot who you are. ' +
      'It is like a locker that unlocks itself and clears out after your time runs out.',
    serverPerspective:
      'An unofficial, Microsoft-only code that IANA has never listed. ' +
      "Microsoft IIS and Exchange's Outlook Web Access use 440 to say the user's session has expired and a fresh sign-in is needed. " +
      'Nothing outside that product family knows the code, so browsers and libraries fall back to handling it as 400 Bad Request.',
    whenToUse: [
      "You meet it in IIS logs or Outlook Web Access traffic once a user's session has lapsed, typically on the next request from a tab that sat idle.",
    ],
    whenNotToUse: [
      'Your own application needs the user to log in again after the session expires: 401 Unauthorized with a WWW-Authenticate challenge, or a redirect to the login page for browsers.',
      'The user is signed in but may not open this mailbox or page: 403 Forbidden.',
    ],
    howToRespond: [
      'Users: sign in again; an expired session cannot be revived.',
      "Scripts calling OWA-style endpoints: treat 440 as 'session gone', drop the stored session cookies and restart the login flow rather than retrying the same call.",
    ],
    headers: [],
    body:
      "Whatever the Microsoft product renders, usually a page asking the user to sign in again; in your own services a 401 body with a 'session expired' reason says the same in a standard way.",
    pitfalls: [
      'A generic client files 440 under 400 and may report a malformed request, hiding the real cause: an expired login.',
      'IIS W3C logs keep status, sub-status and Win32 status in separate columns (sc-status sc-substatus sc-win32-status); filter on sc-status to find 440s, because the other two numbers are not HTTP codes.',
    ],
    examples: [
      {
        title: 'Idle webmail tab makes its next request',
        request: 'GET /owa/ HTTP/1.1\nHost: mail.example.test\nCookie: session=<expired-session>',
        response:
          'HTTP/1.1 440 Login Time-out\nContent-Type: text/html\n\n<html><body>Your session has timed out. Please sign in again.</body></html>',
        note: 'Exchange reports the lapsed session with its private 440, which any other client would read as a plain 400.',
      },
    ],
    alternatives: [
      { code: 401, when: 'the session lapsed and the user has to authenticate again' },
      { code: 403, when: 'the user is signed in but not allowed to open this mailbox or page' },
    ],
    related: [401, 403, 419],
    references: [fallbackRule],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['iis', 'exchange', 'owa', 'outlook web access', 'session expired', 'login timeout', 'microsoft'],
    usedBy: ['Microsoft IIS and Exchange (Outlook Web Access): "Login Time-out", the sign-in session has expired'],
    preferInstead: 401,
  },
  {
    code: 444,
    phrase: 'No Response',
    class: '4xx',
    status: 'unofficial',
    eli5:
      'The server hangs up without saying a word. ' +
      "It is like knocking on a door and hearing the lights switch off inside: you get no answer at all, not even a 'no'.",
    serverPerspective:
      'A non-standard value known only to nginx. ' +
      'For nginx, 444 is an instruction rather than a status on the wire: `return 444;` (internally NGX_HTTP_CLOSE) makes it close the connection without writing any response. ' +
      'The number appears only in the access log. The client receives no status line, so the x00 fallback never comes into play; it simply sees the connection end.',
    whenToUse: [
      'Reading nginx access logs: a 444 entry marks a request that a `return 444;` rule dropped, such as a catch-all server block refusing unknown Host names or a rule aimed at scanners.',
      'Configuring nginx to discard obviously bogus traffic without spending bytes on a reply, accepting that anyone caught by mistake gets no explanation.',
    ],
    whenNotToUse: [
      'Refusing a real user or API client: 403 Forbidden, so they get a readable refusal instead of what looks like a network fault.',
      'Slowing down a client you still want to serve later: 429 Too Many Requests, because a silent drop looks like an outage and invites immediate retries.',
    ],
    howToRespond: [
      'Clients: expect a closed connection or an empty reply, not a status; check whether your Host header, path or user agent trips a drop rule on the server.',
      'Operators: search the access log for status 444 to see what is being dropped, and confirm the rule does not catch health checks or legitimate clients.',
    ],
    headers: [],
    body: 'None at all: nginx writes neither a status line nor headers before closing the socket.',
    pitfalls: [
      'Browsers and HTTP libraries report a 444 drop as a transport error (curl says the reply was empty), so client-side error tracking never shows the number and teams may chase a phantom network problem.',
      'Python requests names 444 no_response, yet a requests call can never observe it: the library raises a connection error before any status exists.',
      'Behind a CDN, an origin that answers 444 leaves the edge with an empty reply, which Cloudflare reports to the visitor as 520; the refusal turns into an apparent server fault.',
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
    references: [
      fallbackRule,
      { title: 'nginx: return directive (ngx_http_rewrite_module)', url: 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return' },
      nginxRequestHeader,
    ],
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
    code: 449,
    phrase: 'Retry With',
    class: '4xx',
    status: 'unofficial',
    eli5:
      "The server says: 'ask me again, but this time include what I need'. " +
      'It is like a receptionist handing your form back because a box was left empty.',
    serverPerspective:
      'A Microsoft extension from IIS and Exchange: the request cannot be handled as sent and should be repeated once the client supplies what is missing or does what the server asks. ' +
      'No standard defines what must be added, so a generic client treats 449 as 400 Bad Request.',
    whenToUse: [
      'You meet it in traffic from Microsoft IIS or Exchange services, or as retry_with in the Python requests status table and as a Microsoft extension in libmicrohttpd.',
    ],
    whenNotToUse: [
      'A required field or parameter is missing from the request: 400 Bad Request with a body naming what to add.',
      'The server insists on a conditional request (If-Match) before it will modify state: 428 Precondition Required.',
      'The request parses but its values fail validation: 422 Unprocessable Content.',
    ],
    howToRespond: [
      'Read the body for the missing piece, add it and send the request once more; resending it unchanged will only produce the same answer.',
      'Outside the Microsoft products that define it, handle 449 like 400 and surface the server message to the developer.',
    ],
    headers: [],
    body: 'A description of what the retry must include; without one, the client has no standard way to learn what the server wants.',
    pitfalls: [
      "The name invites automatic retries, but a retry loop that repeats the identical request just collects 449 after 449; the request must change first.",
      'Proxies, SDKs and status-class checks outside the Microsoft stack know nothing of 449, so any hint it carries is lost unless the body explains it.',
    ],
    examples: [
      {
        title: 'Request repeated without the information the server asked for',
        request: 'POST /mailbox/sync HTTP/1.1\nHost: mail.example.test\nContent-Type: application/xml\n\n<sync/>',
        response: 'HTTP/1.1 449 Retry With\nContent-Type: text/plain\n\nSend this request again with the additional information the server asked for.',
        note: 'The Microsoft server signals with 449 that the same request must be sent again with extra data, which a non-Microsoft client can only read as 400.',
      },
    ],
    alternatives: [
      { code: 400, when: 'the request lacks information the server needs and the body says which' },
      { code: 428, when: 'the server will only act on a conditional request' },
      { code: 422, when: 'the request is complete but its values are invalid' },
    ],
    related: [400, 428, 422],
    references: [fallbackRule, requestsStatusCodes],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['retry with', 'retry_with', 'microsoft', 'iis', 'exchange', 'missing information'],
    usedBy: [
      'Microsoft IIS and Exchange: "Retry With", repeat the request after supplying what the server asked for',
      'Python requests: status name retry_with; libmicrohttpd lists it as a Microsoft extension',
    ],
    preferInstead: 400,
  },
  {
    code: 450,
    phrase: 'Blocked by Windows Parental Controls',
    class: '4xx',
    status: 'unofficial',
    eli5:
      "A parent or administrator has switched on a filter in Windows, and it decided this page is off limits. " +
      'It is like a TV channel that is locked until a grown-up enters the PIN.',
    serverPerspective:
      'A proprietary Microsoft code, absent from the IANA registry. ' +
      'Microsoft uses 450 to say that Windows Parental Controls blocked access to the requested page. ' +
      'The decision comes from a family-safety policy, not from the site itself, and any client that does not recognise the code handles it as 400.',
    whenToUse: [
      'You meet it on Windows machines where Parental Controls filter browsing, or as parental_controls in the Python requests status table.',
    ],
    whenNotToUse: [
      'Your own service refuses access under its policy: 403 Forbidden with a reason the user can understand.',
      'The content is blocked because of a legal demand: 451 Unavailable For Legal Reasons.',
    ],
    howToRespond: [
      "Users: ask whoever manages the computer's family-safety settings to allow the site; the site owner cannot lift the block.",
      'Site owners who see 450 in bug reports: the page works; the block lives in the visitor\'s local Windows settings.',
    ],
    headers: [],
    body: 'A short notice that a parental-controls policy blocked the page, ideally saying who can change the setting.',
    pitfalls: [
      'Because the block is applied on the user side, reproducing it from another machine fails; ask for the exact status before debugging the site.',
      'Scripts that branch on the status class treat 450 as a malformed request (400), which sends developers looking for a bug in the request that does not exist.',
    ],
    examples: [
      {
        title: 'Filtered page on a child account',
        request: 'GET /games/arena HTTP/1.1\nHost: play.example.test',
        response:
          'HTTP/1.1 450 Blocked by Windows Parental Controls\nContent-Type: text/html\n\n<html><body>Windows Parental Controls have blocked this page.</body></html>',
        note: 'The 450 says a family-safety filter, not the game site, refused the page.',
      },
    ],
    alternatives: [
      { code: 403, when: 'your own policy refuses the request and the user should see why' },
      { code: 451, when: 'access is withheld because of a legal demand' },
    ],
    related: [403, 451],
    references: [fallbackRule, requestsStatusCodes],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['parental controls', 'parental_controls', 'windows', 'family safety', 'blocked', 'content filter', 'microsoft'],
    usedBy: [
      'Microsoft: "Blocked by Windows Parental Controls"',
      'Python requests: status name parental_controls',
    ],
    preferInstead: 403,
  },
  {
    code: 460,
    phrase: 'Client Closed Connection',
    class: '4xx',
    status: 'unofficial',
    eli5:
      'You asked a question and walked away before the answer came back. ' +
      'The load balancer writes 460 in its notebook so staff know the caller, not the server, ended the conversation.',
    serverPerspective:
      'Non-standard and specific to AWS. ' +
      'An AWS Application Load Balancer records 460 in its access log when the client closed the connection before the response was ready, earlier than the load balancer\'s idle timeout. ' +
      'It is a log value: the client left, so nobody receives it, and a tool that reads it as a status applies the 400 fallback.',
    whenToUse: [
      'Reading ALB access logs or CloudWatch metrics, where 460 entries show clients that gave up, often because their own timeout is shorter than the backend takes to answer.',
    ],
    whenNotToUse: [
      'Your own server gives up waiting for a slow request body: 408 Request Timeout is the registered code for that case.',
      'The backend took too long and the gateway itself stopped waiting: 504 Gateway Timeout.',
    ],
    howToRespond: [
      "Compare the client's timeout with the target's processing time in the same log line; raise the client timeout or speed up the endpoint.",
      'For long-running work, accept the job with 202 Accepted and let the client poll, so nobody has to hold a connection open.',
    ],
    headers: [],
    body: 'Nothing reaches the client, which has already hung up; the only trace is the load balancer log entry.',
    pitfalls: [
      'A burst of 460 usually points at a client-side timeout or a user closing the page, not at an ALB failure, so alerting on it as a server error pages the wrong team.',
      'The backend may still finish the work after the client left; a non-idempotent POST that the client then retries can run twice.',
    ],
    examples: [
      {
        title: 'Client timeout fires while a report is still being built (ALB log, abridged)',
        request: 'GET /api/report?year=2025 HTTP/1.1\nHost: shop.example.test',
        response:
          '(client closed the connection; no response delivered)\n\nALB access log:\nhttps 2025-10-10T13:55:36.123456Z app/shop-alb/50dc6c495c0c9188 198.51.100.23:54321 10.0.1.5:8080 0.001 -1 -1 460 - 120 0 "GET https://shop.example.test:443/api/report?year=2025 HTTP/1.1" "curl/8.5.0"',
        note: 'The ALB logged 460 because the caller hung up before the target answered.',
      },
    ],
    alternatives: [
      { code: 400, when: 'you need a registered code for a connection the client dropped (clients read 460 as 400 anyway)' },
      { code: 408, when: 'the server stops waiting because the client sent its request too slowly' },
      { code: 504, when: 'a gateway stops waiting for a slow upstream' },
      { code: 202, when: 'the work takes longer than clients are willing to wait and can finish in the background' },
    ],
    related: [499, 408, 504],
    references: [fallbackRule, albTroubleshooting],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['aws', 'alb', 'application load balancer', 'elb', 'client closed connection', 'client timeout', 'access log'],
    usedBy: ['AWS Application Load Balancer: access-log value for a client that closed the connection before the response (and before the idle timeout)'],
    preferInstead: 400,
  },
  {
    code: 463,
    phrase: 'Too Many X-Forwarded-For IPs',
    class: '4xx',
    status: 'unofficial',
    eli5:
      'Each proxy that forwards a request adds its address to a list in the X-Forwarded-For header, like stamps in a passport. ' +
      'The load balancer refuses a passport with more than 30 stamps.',
    serverPerspective:
      'An AWS-specific, unregistered code. ' +
      'An AWS Application Load Balancer answers 463 when the incoming X-Forwarded-For header lists more than 30 IP addresses. ' +
      'Clients that do not know the number handle it like 400, which is close to the truth: the request itself is unacceptable.',
    whenToUse: [
      'You meet it from an ALB when requests pass through a long chain of proxies, or when a client or proxy keeps appending to X-Forwarded-For, for example in a forwarding loop.',
    ],
    whenNotToUse: [
      'Your own server rejects a header section that is simply too big: 431 Request Header Fields Too Large.',
      'A header value is malformed or contradicts the rest of the request: 400 Bad Request.',
    ],
    howToRespond: [
      'Count the addresses in the X-Forwarded-For header of the failing request and find which hop keeps adding entries.',
      'Have edge proxies overwrite or trim an untrusted X-Forwarded-For from the internet instead of appending to whatever the client sent.',
    ],
    headers: [],
    body: 'Whatever error page the load balancer serves; the request never reaches your targets, so your application cannot shape it.',
    pitfalls: [
      'A client can trigger 463 deliberately by sending a padded X-Forwarded-For, so proxies that pass the header through unchecked hand attackers a cheap way to get requests refused.',
      'Forwarding loops between proxies make the list grow on every pass; 463 is often the first visible symptom of such a loop.',
    ],
    examples: [
      {
        title: 'Request arrives with an overgrown X-Forwarded-For chain',
        request:
          'GET /api/items HTTP/1.1\nHost: shop.example.test\nX-Forwarded-For: 198.51.100.1, 198.51.100.2, 198.51.100.3, <27 more>, 198.51.100.31',
        response: 'HTTP/1.1 463\nContent-Type: text/html\n\n<html><body>463</body></html>',
        note: 'The ALB counted 31 addresses, more than its limit of 30, and refused the request with 463.',
      },
    ],
    alternatives: [
      { code: 431, when: 'the header section or one header is larger than the server accepts' },
      { code: 400, when: 'a header is malformed or not acceptable to the server' },
    ],
    related: [431, 400, 464],
    references: [fallbackRule, albTroubleshooting],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['aws', 'alb', 'x-forwarded-for', 'xff', 'proxy chain', 'forwarding loop', 'load balancer'],
    usedBy: ['AWS Application Load Balancer: the X-Forwarded-For header carried more than 30 IP addresses'],
    preferInstead: 400,
  },
  {
    code: 464,
    phrase: 'Protocol/Target Group Mismatch',
    class: '4xx',
    status: 'unofficial',
    eli5:
      'The load balancer was told to speak one dialect to the servers behind it, but your request arrived in another. ' +
      'It is like posting a letter in French to an office that only handles German mail.',
    serverPerspective:
      'Like the other ALB 46x values, this is an unregistered code that only AWS uses. ' +
      "An AWS Application Load Balancer sends 464 when the request's protocol does not fit the protocol version configured on the target group, for instance plain HTTP/1.1 reaching a gRPC or HTTP/2 target group. " +
      'A client unaware of the code treats it as 400.',
    whenToUse: [
      "You meet it after pointing a listener rule at a target group whose protocol version does not match the traffic, or when a client speaks a different protocol than the team assumed.",
    ],
    whenNotToUse: [
      'Your server does not support the major HTTP version the client used: 505 HTTP Version Not Supported.',
      'The client must switch to another protocol before the server will continue: 426 Upgrade Required with an Upgrade header.',
    ],
    howToRespond: [
      "Compare the protocol the client really sends (curl -v shows it) with the target group's protocol version, then fix whichever side is wrong.",
      'Route gRPC and ordinary HTTP traffic to separate target groups through distinct listener rules.',
    ],
    headers: [],
    body: 'The load balancer\'s own error page; the request was refused before any target saw it.',
    pitfalls: [
      'The request is fine in itself; treating 464 like an ordinary 400 sends developers hunting through payloads when the fault is load-balancer configuration.',
      'The load balancer produces 464 itself, so application logs stay silent; look for it in the ALB access log, where the target status field is empty.',
    ],
    examples: [
      {
        title: 'HTTP/1.1 call routed to a gRPC target group',
        request: 'POST /orders.OrderService/Create HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\n\n{"sku": "A1"}',
        response: 'HTTP/1.1 464\nContent-Type: text/html\n\n<html><body>464</body></html>',
        note: 'The ALB refuses with 464 because the target group expects a different protocol version than the one the request used.',
      },
    ],
    alternatives: [
      { code: 505, when: 'the server does not support the HTTP major version of the request' },
      { code: 426, when: 'the client has to switch protocols before the server will continue' },
      { code: 400, when: 'the request cannot be processed as sent' },
    ],
    related: [505, 426, 463],
    references: [fallbackRule, albTroubleshooting],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['aws', 'alb', 'grpc', 'http2', 'protocol version', 'target group', 'load balancer'],
    usedBy: ["AWS Application Load Balancer: the request's protocol is incompatible with the target group's protocol version"],
    preferInstead: 400,
  },
  {
    code: 494,
    phrase: 'Request Header Too Large',
    class: '4xx',
    status: 'unofficial',
    eli5:
      'Your browser sent so many cookies or such long headers that nginx could not fit them in its buffers. ' +
      "Think of a mail slot too narrow for the stuffed envelope you are pushing through it.",
    serverPerspective:
      'Non-standard and private to nginx. ' +
      'Inside nginx, 494 (NGX_HTTP_REQUEST_HEADER_TOO_LARGE) marks a request whose header line or cookies exceed the configured buffers. ' +
      'It stays internal: what actually goes out is a 400 with the page title "Request Header Or Cookie Too Large", unless an `error_page 494` rule sends something else.',
    whenToUse: [
      'Reading nginx logs or writing an `error_page 494 ...` rule to serve a friendlier page when oversized cookies or headers are rejected.',
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
    references: [
      fallbackRule,
      nginxErrorPage,
      { title: 'nginx: large_client_header_buffers directive', url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers' },
    ],
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
    eli5:
      'The site asked your device to show its own ID card (a client certificate), and the card failed the check. ' +
      'Like a badge reader at an office door rejecting an expired or forged badge.',
    serverPerspective:
      'An nginx-internal value with no standing in any HTTP specification. ' +
      'nginx uses 495 (NGX_HTTPS_CERT_ERROR) internally when a client certificate presented during mutual TLS fails verification. ' +
      'The visitor is never told 495; nginx answers with a 400 whose page reads "The SSL certificate error".',
    whenToUse: [
      'Reading nginx logs on a server that verifies client certificates, or mapping the case with `error_page 495` to a page that explains how to install a valid certificate.',
    ],
    whenNotToUse: [
      'Telling an API client, in your own code, that its credentials were not accepted: 401 Unauthorized with a challenge, or 403 Forbidden if the identity is known but lacks rights.',
      'Reporting that no client certificate arrived at all: that is the separate nginx case 496, which also reaches the client as 400.',
    ],
    howToRespond: [
      'Clients: check that the certificate is unexpired, issued by a CA the server trusts, and sent together with any intermediate certificates.',
      'Operators: the nginx error log states why verification failed; compare the configured trusted CA file with the issuer of the rejected certificate.',
    ],
    headers: [],
    body: 'nginx sends its 400 page headed "The SSL certificate error"; a custom `error_page 495` target can give the user steps to renew or reinstall the certificate.',
    pitfalls: [
      'Because the status is 400, clients and dashboards cannot tell a bad certificate from a malformed request; the nginx log and the error page wording are the only clues.',
      "The TLS handshake itself completes, so tools that only test connectivity report success while every HTTP request still fails.",
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
    references: [fallbackRule, nginxSslErrors, nginxErrorPage],
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
    eli5:
      'The site only lets in visitors whose device shows a certificate, and yours showed none. ' +
      'It is like arriving at a members-only club without your membership card.',
    serverPerspective:
      'Unregistered and used only inside nginx. ' +
      'When nginx requires a client certificate and the client sends none, it flags the request internally as 496 (NGX_HTTPS_NO_CERT). ' +
      'On the wire the response is 400, with a page saying "No required SSL certificate was sent".',
    whenToUse: [
      'Spotting clients in nginx logs that reach a mutual-TLS location without a certificate, or catching them with `error_page 496` to link to enrolment instructions.',
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
    references: [fallbackRule, nginxSslErrors],
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
    eli5:
      'You spoke plain, unencrypted HTTP to a door that only understands the encrypted kind. ' +
      'It is like shouting through a window that only accepts sealed letters.',
    serverPerspective:
      'This is an nginx invention, not a standard HTTP code. ' +
      'nginx raises 497 (NGX_HTTP_TO_HTTPS) internally when a plain HTTP request arrives on a port configured for TLS. ' +
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
    headers: [],
    body: 'Without a handler, the nginx 400 page about a plain HTTP request reaching the HTTPS port; with the error_page redirect, the body of that redirect.',
    pitfalls: [
      'Load balancers that end TLS and forward plain HTTP to an nginx port still configured for TLS produce this on every request; check the hop between proxy and origin.',
      'An `error_page 497` redirect built from $host drops a non-standard port, so test it when the https site does not live on 443.',
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
    references: [fallbackRule, nginxSslErrors, nginxErrorPage],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['nginx', 'http to https', 'plain http request was sent to https port', 'ssl port', 'redirect to https', 'error_page 497'],
    usedBy: ['nginx: NGX_HTTP_TO_HTTPS, internal; the client receives 400 "The plain HTTP request was sent to HTTPS port" unless error_page 497 redirects it'],
    preferInstead: 400,
  },
  {
    code: 498,
    phrase: 'Invalid Token',
    class: '4xx',
    status: 'unofficial',
    eli5:
      'The access pass you showed has expired or is not genuine, so the map service will not serve you. ' +
      'It is like a theme-park wristband from yesterday: real once, useless now.',
    serverPerspective:
      'No standard defines 498; two vendors use it independently. ' +
      'Esri ArcGIS uses 498 to say the token sent with a request is invalid or expired. ' +
      'nginx has its own, unrelated 498: a source comment calls it the canceled code for requests with an invalid host name, an internal value that is never the status a client receives. A generic client reading the ArcGIS one applies the 400 fallback.',
    whenToUse: [
      'You meet it when calling ArcGIS services with a token that has lapsed or was issued for something else.',
      'You see the number in nginx internals, where it marks a request cancelled because of an invalid host name.',
    ],
    whenNotToUse: [
      'Your own API rejects an expired or forged token: 401 Unauthorized with a WWW-Authenticate challenge, which standard auth libraries already know how to handle.',
      'The token is valid but lacks permission for the layer or operation: 403 Forbidden.',
      'The Host header names no site the server serves: 400 Bad Request, or 421 Misdirected Request if the connection reached the wrong server.',
    ],
    howToRespond: [
      'ArcGIS clients: request a new token and repeat the call; if it fails at once, check that the token was generated for this server or referer.',
      'Generic clients: without ArcGIS-specific handling the code is just a 400, so map 498 to a token refresh only for Esri endpoints.',
    ],
    headers: [],
    body: 'An error object with the code and a message such as "Invalid Token", so client code can trigger a fresh sign-in.',
    pitfalls: [
      "Standard auth middleware refreshes tokens on 401 only; an ArcGIS 498 bypasses that logic unless you add it, so users see failures instead of silent renewal.",
      "Two meanings share the number: if a 498 turns up in nginx's own processing, it concerns the Host name, not any token.",
    ],
    examples: [
      {
        title: 'Map query with an expired token',
        request: 'GET /arcgis/rest/services/Parcels/MapServer/0/query?where=1%3D1&f=json&token=<expired> HTTP/1.1\nHost: gis.example.test',
        response:
          'HTTP/1.1 498 Invalid Token\nContent-Type: application/json\n\n{"error": {"code": 498, "message": "Invalid Token"}}',
        note: 'An ArcGIS-style service reports the lapsed token as 498; a registered-code API would send 401 for the same case.',
      },
    ],
    alternatives: [
      { code: 401, when: 'the token is missing, expired or not genuine and a new one would help' },
      { code: 403, when: 'the token is valid but does not grant this operation' },
      { code: 400, when: 'the request names a host the server does not serve' },
    ],
    related: [499, 401, 403, 421],
    references: [fallbackRule, nginxRequestHeader],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['esri', 'arcgis', 'invalid token', 'expired token', 'token', 'nginx', 'invalid host'],
    usedBy: [
      'Esri ArcGIS: "Invalid Token", the token sent is not valid or has expired',
      'nginx: per a source comment, the canceled code for requests with an invalid host name (internal only)',
    ],
    preferInstead: 401,
  },
  {
    code: 499,
    phrase: 'Client Closed Request',
    class: '4xx',
    status: 'unofficial',
    eli5:
      'You hung up before the server finished answering. ' +
      'The server notes 499 in its diary, the way a pizza place writes down that the caller put the phone down mid-order.',
    serverPerspective:
      'Non-standard, though widely copied. ' +
      'nginx logs 499 (NGX_HTTP_CLIENT_CLOSED_REQUEST) when the client closed the connection while nginx was still working on, or waiting upstream for, the response. Nothing is sent, because nobody is listening any more. ' +
      'ASP.NET Core (.NET 8) added StatusCodes.Status499ClientClosedRequest, Python requests calls it client_closed_request and OpenTelemetry maps it to Cancelled; Esri ArcGIS separately uses 499 for "Token Required".',
    whenToUse: [
      'Reading nginx access logs: 499 lines show requests whose clients gave up, typically because a browser navigated away or a caller timed out before a slow upstream answered.',
      'Recording a cancelled request in your own telemetry, as ASP.NET Core and OpenTelemetry do, so aborted calls are not mistaken for server failures.',
    ],
    whenNotToUse: [
      'Reporting that your upstream was too slow: 504 Gateway Timeout, which a waiting client can actually receive.',
      'Telling an ArcGIS-style caller that a token is missing: in your own API, 401 Unauthorized with a challenge does that in a standard way.',
    ],
    howToRespond: [
      'Look at the request time in the same log line: if 499s cluster just past a client timeout, speed up the upstream or raise the client timeout.',
      'Make expensive endpoints idempotent or cancellable, because the upstream may keep working after the client has already left.',
      'ArcGIS clients seeing 499 should supply a token and try again.',
    ],
    headers: [],
    body: 'None: the client has closed the connection, so there is no one to receive content.',
    pitfalls: [
      'A rise in 499 often reflects slowness upstream, not misbehaving clients; they are leaving because responses take too long.',
      'Counting 499 as a server error inflates error budgets, while ignoring it hides latency problems; track it as its own series.',
      'The error_page directive cannot turn a 499 into a response, since the connection is already gone.',
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
      { code: 400, when: 'you need a registered code for a request the client abandoned (clients read 499 as 400 anyway)' },
      { code: 504, when: 'a gateway gave up on a slow upstream while the client was still waiting' },
      { code: 408, when: 'the server stops waiting for a request the client is sending too slowly' },
      { code: 401, when: 'a token is required and the caller sent none' },
    ],
    related: [460, 444, 504, 408],
    references: [
      fallbackRule,
      nginxRequestHeader,
      { title: 'dotnet/aspnetcore PR #46330: add Status499ClientClosedRequest', url: 'https://github.com/dotnet/aspnetcore/pull/46330' },
    ],
    cacheable: false,
    bodyAllowed: false,
    formerNames: [],
    keywords: ['nginx', 'client closed request', 'client disconnected', 'cancelled', 'aborted request', 'client_closed_request', 'esri', 'token required'],
    usedBy: [
      'nginx: NGX_HTTP_CLIENT_CLOSED_REQUEST, written to the access log only',
      'ASP.NET Core: StatusCodes.Status499ClientClosedRequest (added in .NET 8)',
      'Python requests: status name client_closed_request; OpenTelemetry maps 499 to the Cancelled status',
      'Esri ArcGIS: "Token Required"',
    ],
    preferInstead: 400,
  },
  {
    code: 509,
    phrase: 'Bandwidth Limit Exceeded',
    class: '5xx',
    status: 'unofficial',
    eli5:
      'The website has used up all the data traffic its hosting plan allows for this period, so it is switched off for now. ' +
      'Like a prepaid phone that stops working when the credit runs out.',
    serverPerspective:
      'Shared hosts running Apache mod_bw or cPanel send 509 when a site has exceeded its bandwidth allowance. ' +
      'IANA has never assigned the number, yet it sits in many tables (Node http.STATUS_CODES, jshttp statuses, DRF, Python requests, and Spring up to 6, deprecated in 7); generic clients treat it as 500.',
    whenToUse: [
      'You meet it on sites hosted with a traffic quota, usually after a spike such as a popular link or a hotlinked image.',
    ],
    whenNotToUse: [
      'Your service is temporarily out of capacity: 503 Service Unavailable, with Retry-After if you know when it will recover.',
      'One client is consuming too much: 429 Too Many Requests limits that client without taking the site down for everyone.',
    ],
    howToRespond: [
      'Site owners: raise the plan\'s bandwidth limit or move heavy files to a CDN, and look for hotlinking that burns traffic.',
      'Visitors and crawlers: try again after the hosting period resets; nothing in the request will change the answer.',
    ],
    headers: [],
    body: "The host's quota page, ideally saying when the allowance resets.",
    pitfalls: [
      'jshttp statuses, which Express, Koa and http-errors rely on, copies Node\'s phrase table, so http-errors offers a BandwidthLimitExceeded constructor and raising 509 looks as legitimate as raising 503.',
      'Rack 3.1 and later only accept :bandwidth_limit_exceeded through a deprecated fallback that logs a warning, and Spring 7 deprecates BANDWIDTH_LIMIT_EXCEEDED; code using these names will need to change.',
      'Retry logic that treats every 5xx as transient hammers a site that is down for quota reasons, consuming more of the traffic it has already exhausted.',
    ],
    examples: [
      {
        title: 'Shared-hosting site over its monthly quota',
        request: 'GET /images/banner.jpg HTTP/1.1\nHost: blog.example.test',
        response:
          'HTTP/1.1 509 Bandwidth Limit Exceeded\nContent-Type: text/html\n\n<html><body>This site has exceeded its bandwidth allowance. It will return when the quota resets.</body></html>',
        note: 'The hosting panel answers 509 because the account has used its traffic allowance, not because the request was wrong.',
      },
    ],
    alternatives: [
      { code: 503, when: 'the service is temporarily unable to serve anyone, for quota or capacity reasons' },
      { code: 429, when: 'a single client has sent more than its share and should slow down' },
    ],
    related: [503, 429, 507],
    references: [fallbackRule, { title: 'Node.js: http.STATUS_CODES', url: 'https://nodejs.org/api/http.html#httpstatus_codes' }],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['bandwidth', 'quota', 'traffic limit', 'cpanel', 'mod_bw', 'shared hosting', 'BANDWIDTH_LIMIT_EXCEEDED'],
    usedBy: [
      'Apache mod_bw and cPanel hosts: the site has exceeded its bandwidth allowance',
      'Listed in Node http.STATUS_CODES, jshttp statuses (and so http-errors), DRF HTTP_509_BANDWIDTH_LIMIT_EXCEEDED, Python requests, Rack 1.6 to 3.0 and Spring up to 6 (deprecated in 7)',
    ],
    preferInstead: 503,
  },
  {
    code: 520,
    phrase: 'Web Server Returned an Unknown Error',
    class: '5xx',
    status: 'unofficial',
    eli5:
      "Cloudflare passed your request to the website's own server and got back something empty or garbled. " +
      'It is like a messenger returning with a blank, torn note: clearly something went wrong, but not what.',
    serverPerspective:
      'Non-standard: Cloudflare invented the 52x family for its own edge network. ' +
      'Cloudflare generates 520 itself when the origin answered with an empty, unknown or unexpected response that it could not turn into a normal reply. ' +
      "It is Cloudflare's catch-all for origin trouble; a client that does not know the code handles it as 500 Internal Server Error.",
    whenToUse: [
      "You meet it on sites behind Cloudflare when the origin crashes mid-response, resets the connection, sends an empty reply (for example nginx's `return 444;`) or writes a response Cloudflare cannot parse.",
    ],
    whenNotToUse: [
      'Your own gateway received an invalid answer from its upstream: 502 Bad Gateway is the registered code for exactly that.',
      'Your application failed with an unexpected exception: 500 Internal Server Error, sent by the application itself.',
    ],
    howToRespond: [
      'Site owners: check the origin server logs at the time of the failure for crashes, restarts and connection resets; the edge log alone will not say what went wrong.',
      'Fetch the page straight from the origin (bypassing Cloudflare) and inspect the raw response for missing status lines or broken headers.',
      'Visitors: reload after a short wait; the problem sits between Cloudflare and the website, not in your browser.',
    ],
    headers: [],
    body: "Cloudflare's own error page explaining that the origin returned an unknown error; the origin's response, if any, is not passed on.",
    pitfalls: [
      'Because 520 is a catch-all, the same number covers several different origin faults; correlate with origin logs before assuming one cause.',
      'Clients that retry every 5xx may retry 520 on requests that changed state; the origin may have acted before its response broke.',
    ],
    examples: [
      {
        title: 'Origin process crashes while writing the response',
        request: 'GET /checkout HTTP/1.1\nHost: shop.example.test',
        response:
          'HTTP/2 520\ncontent-type: text/html; charset=UTF-8\nserver: cloudflare\n\n<!DOCTYPE html><title>Web server is returning an unknown error</title>...',
        note: 'Cloudflare received nothing usable from the origin, so it answered with its generic 520 instead of a registered 502.',
      },
    ],
    alternatives: [
      { code: 502, when: 'a gateway received an invalid or empty response from its upstream' },
      { code: 500, when: 'the application itself hit an unexpected error' },
    ],
    related: [502, 500, 521, 444],
    references: [fallbackRule, cloudflare5xx],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', 'unknown error', 'origin error', 'empty response', 'connection reset', 'cdn'],
    usedBy: ['Cloudflare: "Web Server Returned an Unknown Error", the origin sent an empty, unknown or unexpected response'],
    preferInstead: 502,
  },
  {
    code: 521,
    phrase: 'Web Server Is Down',
    class: '5xx',
    status: 'unofficial',
    eli5:
      "Cloudflare knocked on the website's server and the server turned it away at the door. " +
      'Think of phoning a shop and hearing the line refuse the call outright.',
    serverPerspective:
      'Another Cloudflare-only code outside the IANA registry. ' +
      "With 521, Cloudflare reports that the origin actively refused its connection attempt, so no HTTP exchange with the site's server took place. " +
      'Clients without Cloudflare knowledge apply the generic 500 meaning.',
    whenToUse: [
      "You meet it behind Cloudflare when the origin's web server process is stopped, listens on a different port, or a firewall rejects connections from Cloudflare's addresses.",
    ],
    whenNotToUse: [
      'Your proxy could not open a connection to its upstream: 502 Bad Gateway describes that in registered terms.',
      'Your own service is deliberately offline for maintenance: 503 Service Unavailable, with Retry-After when the end time is known.',
    ],
    howToRespond: [
      'Confirm the web server is running and listening on the port Cloudflare connects to.',
      "Review firewall and security-software rules on the origin; blocking Cloudflare's ranges turns every request into 521.",
      'Visitors: the website itself is down; there is nothing to fix on your side.',
    ],
    headers: [],
    body: 'A Cloudflare page stating that the web server is down; no content comes from the origin.',
    pitfalls: [
      'Rate-limiting or intrusion-prevention tools on the origin sometimes start rejecting Cloudflare because all traffic arrives from its few addresses, which produces 521 only under load.',
      "Uptime checks that hit the origin directly stay green while Cloudflare's path fails, so monitor through the proxied hostname as well.",
    ],
    examples: [
      {
        title: 'Origin web server stopped after a deploy',
        request: 'GET / HTTP/1.1\nHost: www.example.test',
        response:
          'HTTP/2 521\ncontent-type: text/html; charset=UTF-8\nserver: cloudflare\n\n<!DOCTYPE html><title>Web server is down</title>...',
        note: "The origin refused Cloudflare's connection, which Cloudflare labels 521.",
      },
    ],
    alternatives: [
      { code: 502, when: 'a proxy cannot obtain any valid response because the upstream refuses connections' },
      { code: 503, when: 'the service is intentionally unavailable for a while' },
    ],
    related: [502, 503, 520, 522],
    references: [fallbackRule, cloudflare5xx],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', 'web server is down', 'connection refused', 'origin down', 'firewall', 'cdn'],
    usedBy: ['Cloudflare: "Web Server Is Down", the origin refused the connection'],
    preferInstead: 502,
  },
  {
    code: 522,
    phrase: 'Connection Timed Out',
    class: '5xx',
    status: 'unofficial',
    eli5:
      "Cloudflare tried to open a line to the website's server and waited, but the server never picked up. " +
      'Like ringing a number that just keeps ringing.',
    serverPerspective:
      'Unregistered; only Cloudflare emits it. ' +
      'Cloudflare answers 522 when establishing the TCP connection to the origin timed out: no acceptance and no refusal arrived before Cloudflare gave up. ' +
      'To a generic client it is simply a 500-class failure.',
    whenToUse: [
      'You meet it when the origin is overloaded, a firewall silently drops packets from Cloudflare, or the DNS record points Cloudflare at an address where nothing answers.',
    ],
    whenNotToUse: [
      'Your gateway timed out waiting on an upstream: 504 Gateway Timeout is the registered way to say so.',
      'The connection was actively refused rather than left hanging: Cloudflare reports that as 521.',
    ],
    howToRespond: [
      'Check that the origin IP in the Cloudflare DNS record is current and that the server accepts connections on that address.',
      'Look for packet-dropping firewall rules and for CPU or connection exhaustion on the origin during the incident.',
      'Client libraries: a 522 happened before any request reached the origin, so retrying it is reasonably safe; a curl discussion proposes treating it as retryable.',
    ],
    headers: [],
    body: "Cloudflare's error page saying the connection to the origin timed out.",
    pitfalls: [
      'Unlike 524, no request reached the origin, so its access log shows nothing; a quiet log during a 522 outage is a clue, not proof that all is well.',
      'A firewall that drops instead of rejecting turns what would be a quick 521 into a slow 522, adding the full connect timeout to every failed visit.',
    ],
    examples: [
      {
        title: 'Origin IP changed but DNS still points at the old one',
        request: 'GET /api/status HTTP/1.1\nHost: api.example.test',
        response:
          'HTTP/2 522\ncontent-type: text/html; charset=UTF-8\nserver: cloudflare\n\n<!DOCTYPE html><title>Connection timed out</title>...',
        note: 'The TCP connection to the stale address never completed, so Cloudflare reported 522.',
      },
    ],
    alternatives: [
      { code: 504, when: 'a gateway gave up because its upstream did not respond in time' },
      { code: 503, when: 'the origin is knowingly overloaded and will recover' },
    ],
    related: [504, 521, 524, 408],
    references: [fallbackRule, cloudflare5xx],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', 'connection timed out', 'tcp timeout', 'origin unreachable', 'firewall drop', 'cdn'],
    usedBy: ['Cloudflare: "Connection Timed Out", the TCP connection to the origin could not be established in time'],
    preferInstead: 504,
  },
  {
    code: 523,
    phrase: 'Origin Is Unreachable',
    class: '5xx',
    status: 'unofficial',
    eli5:
      "Cloudflare could not even find a road to the website's server. " +
      'It is like a courier whose map has no route to the delivery address.',
    serverPerspective:
      'A Cloudflare-specific number that no RFC defines. ' +
      'Cloudflare uses 523 when it cannot reach the origin at all, before any connection attempt can succeed or time out. ' +
      'Clients that do not know Cloudflare codes fall back to 500.',
    whenToUse: [
      "You meet it behind Cloudflare when the origin's network path is broken, for instance after the server moved and DNS records still name an address that no longer routes anywhere.",
    ],
    whenNotToUse: [
      'Your reverse proxy cannot reach its upstream host: 502 Bad Gateway.',
      'The upstream is reachable but slow: 504 Gateway Timeout.',
    ],
    howToRespond: [
      "Verify the origin's A and AAAA records in Cloudflare point at addresses that are live and routable.",
      "Ask the hosting provider whether the origin's network is having routing trouble.",
    ],
    headers: [],
    body: 'A Cloudflare page stating that the origin is unreachable.',
    pitfalls: [
      "Traceroutes from your office prove little: the path that fails runs from Cloudflare's edge to the origin, which you cannot observe from elsewhere.",
      'Since 523 concerns routing rather than the web server, restarting the application changes nothing; look at network and DNS configuration first.',
    ],
    examples: [
      {
        title: 'DNS record names an address that no longer routes',
        request: 'GET / HTTP/1.1\nHost: docs.example.test',
        response:
          'HTTP/2 523\ncontent-type: text/html; charset=UTF-8\nserver: cloudflare\n\n<!DOCTYPE html><title>Origin is unreachable</title>...',
        note: 'Cloudflare had no working path to the origin and signalled it with 523.',
      },
    ],
    alternatives: [
      { code: 502, when: 'a proxy cannot get any response from an upstream it fails to reach' },
      { code: 504, when: 'the upstream can be reached but answers too slowly' },
    ],
    related: [502, 522, 530],
    references: [fallbackRule, cloudflare5xx],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', 'origin unreachable', 'routing', 'dns record', 'network', 'cdn'],
    usedBy: ['Cloudflare: "Origin Is Unreachable"'],
    preferInstead: 502,
  },
  {
    code: 524,
    phrase: 'A Timeout Occurred',
    class: '5xx',
    status: 'unofficial',
    eli5:
      "Cloudflare got through to the website's server and asked its question, but the answer took too long. " +
      'Like waiting at a counter while the clerk disappears into the back room and never returns.',
    serverPerspective:
      'Not an IANA code but a Cloudflare one. ' +
      'Cloudflare reports 524 when the TCP connection to the origin succeeded but no HTTP response arrived within its time limit. ' +
      'The origin may still be processing the request; a generic client reads the code as 500.',
    whenToUse: [
      'You meet it on long-running requests proxied through Cloudflare: large exports, slow reports, heavy database queries.',
    ],
    whenNotToUse: [
      'Your own gateway stops waiting for an upstream response: 504 Gateway Timeout.',
      'The work is long by design: accept it with 202 Accepted and let the client poll for the result, so no response has to beat the timeout.',
    ],
    howToRespond: [
      'Find the slow endpoint in the origin logs and speed it up, or move the work to a background job with a status resource.',
      'For clients: the request probably reached the origin and may have completed, so check before repeating anything that changes state.',
    ],
    headers: [],
    body: "Cloudflare's timeout page; whatever the origin produces after the deadline is discarded.",
    pitfalls: [
      'The origin log often records a successful 200 for the very request the visitor saw fail with 524, because the origin finished after Cloudflare stopped waiting.',
      'Raising server-side timeouts on the origin does not help when the limit that expired is the proxy\'s; redesign the endpoint instead.',
      'Automatic retries of a POST that hit 524 can run the operation twice, since the first attempt may have succeeded.',
    ],
    examples: [
      {
        title: 'Large export outlives the proxy timeout',
        request: 'POST /reports/export HTTP/1.1\nHost: app.example.test\nContent-Type: application/json\n\n{"range": "all"}',
        response:
          'HTTP/2 524\ncontent-type: text/html; charset=UTF-8\nserver: cloudflare\n\n<!DOCTYPE html><title>A timeout occurred</title>...',
        note: 'The origin accepted the connection but sent no response in time, which Cloudflare labels 524.',
      },
    ],
    alternatives: [
      { code: 504, when: 'a gateway waited too long for its upstream to answer' },
      { code: 202, when: 'the job is long-running and the client should fetch the result later' },
    ],
    related: [504, 522, 202, 408],
    references: [fallbackRule, cloudflare5xx],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', 'timeout', 'a timeout occurred', 'slow origin', 'long request', 'cdn'],
    usedBy: ['Cloudflare: "A Timeout Occurred", connected to the origin but it did not return an HTTP response in time'],
    preferInstead: 504,
  },
  {
    code: 525,
    phrase: 'SSL Handshake Failed',
    class: '5xx',
    status: 'unofficial',
    eli5:
      "Cloudflare and the website's server tried to agree on a secret code for talking privately, and could not. " +
      'Like two people reaching for a handshake and missing each other entirely.',
    serverPerspective:
      'Non-standard and defined by Cloudflare alone. ' +
      'Cloudflare returns 525 when the TLS handshake between its edge and the origin fails, so no encrypted channel exists to carry the request. ' +
      'This concerns the Cloudflare-to-origin leg, not the visitor\'s connection; a generic client applies the 500 fallback.',
    whenToUse: [
      'You meet it when Cloudflare is set to reach the origin over HTTPS but the origin is not serving TLS on that port, has no certificate installed, or supports no protocol version or cipher Cloudflare offers.',
    ],
    whenNotToUse: [
      'Your proxy fails to negotiate TLS with its upstream: 502 Bad Gateway.',
      "The visitor's own browser cannot establish TLS: that fails before any HTTP status exists, so no code applies.",
    ],
    howToRespond: [
      'Test the origin directly with a TLS client (openssl s_client or curl -v against the origin IP) to see where the handshake breaks.',
      'Install a certificate on the origin and enable modern TLS versions, or change the Cloudflare setting to match what the origin can do.',
    ],
    headers: [],
    body: 'A Cloudflare page reporting that the SSL handshake with the origin failed.',
    pitfalls: [
      "The padlock in the visitor's browser looks fine during a 525, because the failing TLS session is the one behind Cloudflare; do not debug the browser side.",
      'Switching Cloudflare to plain HTTP towards the origin makes the error vanish but leaves that leg unencrypted.',
    ],
    examples: [
      {
        title: 'Origin without a TLS listener on 443',
        request: 'GET /account HTTP/1.1\nHost: portal.example.test',
        response:
          'HTTP/2 525\ncontent-type: text/html; charset=UTF-8\nserver: cloudflare\n\n<!DOCTYPE html><title>SSL handshake failed</title>...',
        note: 'The edge could not complete TLS with the origin, so Cloudflare responded with 525.',
      },
    ],
    alternatives: [{ code: 502, when: 'a gateway cannot establish a usable, secure connection to its upstream' }],
    related: [502, 526, 495],
    references: [fallbackRule, cloudflare5xx],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', 'ssl handshake failed', 'tls handshake', 'origin tls', 'cipher mismatch', 'cdn'],
    usedBy: ['Cloudflare: "SSL Handshake Failed", the TLS handshake with the origin did not succeed'],
    preferInstead: 502,
  },
  {
    code: 526,
    phrase: 'Invalid SSL Certificate',
    class: '5xx',
    status: 'unofficial',
    eli5:
      "The website's server showed Cloudflare an ID card, and Cloudflare decided the card is not valid. " +
      'Like a bouncer turning away a passport that has expired or names someone else.',
    serverPerspective:
      'Cloudflare-defined and absent from the standard registry. ' +
      'Cloudflare sends 526 when it validates the origin certificate and the check fails, so it refuses to forward the request over that connection. ' +
      'The handshake technically worked, unlike 525; generic clients still see nothing more than a 500-class error.',
    whenToUse: [
      "You meet it when Cloudflare is configured to verify the origin's certificate and that certificate is expired, self-signed, issued by an untrusted authority or made out for a different hostname.",
    ],
    whenNotToUse: [
      "Your gateway rejects its upstream's certificate: 502 Bad Gateway with the reason in your logs.",
      'TLS could not be negotiated at all: Cloudflare reports that case as 525.',
    ],
    howToRespond: [
      'Inspect the certificate the origin actually serves (expiry date, issuer, names) and renew or replace it.',
      'Automate certificate renewal on the origin so the edge never sees an expired one.',
    ],
    headers: [],
    body: 'A Cloudflare page stating that the origin presented an invalid SSL certificate.',
    pitfalls: [
      'Loosening Cloudflare to stop verifying the origin certificate hides 526 but lets anyone able to intercept that leg impersonate the origin.',
      'Visitors see a valid edge certificate, so the outage looks mysterious until someone checks the certificate on the origin itself.',
    ],
    examples: [
      {
        title: 'Origin certificate expired overnight',
        request: 'GET /pricing HTTP/1.1\nHost: www.example.test',
        response:
          'HTTP/2 526\ncontent-type: text/html; charset=UTF-8\nserver: cloudflare\n\n<!DOCTYPE html><title>Invalid SSL certificate</title>...',
        note: 'Certificate validation against the origin failed, so Cloudflare stopped with 526.',
      },
    ],
    alternatives: [{ code: 502, when: "a gateway will not trust its upstream's certificate and so has no valid response" }],
    related: [502, 525, 495],
    references: [fallbackRule, cloudflare5xx],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', 'invalid ssl certificate', 'expired certificate', 'self-signed', 'origin certificate', 'cdn'],
    usedBy: ['Cloudflare: "Invalid SSL Certificate", the origin certificate failed validation'],
    preferInstead: 502,
  },
  {
    code: 527,
    phrase: 'Railgun Error',
    class: '5xx',
    status: 'unofficial',
    eli5:
      "Cloudflare once offered a special fast lane, called Railgun, between itself and websites' servers; 527 meant that lane broke. " +
      'It is like a closed-down express train line whose fault code still appears in old timetables.',
    serverPerspective:
      'Non-standard, and now obsolete along with the product that produced it. ' +
      'Cloudflare used 527 for failures in Railgun, its since-retired link between the edge and the origin network. ' +
      'With Railgun gone, the code mostly survives in old logs and status tables; a generic client treats it as 500.',
    whenToUse: [
      'You meet it in historical logs or monitoring data from sites that ran Railgun, or in lists of Cloudflare codes.',
    ],
    whenNotToUse: [
      'Any new gateway or proxy failure in your own stack: 502 Bad Gateway, since the product behind 527 no longer exists.',
    ],
    howToRespond: [
      "When auditing old incidents, read 527 as 'the Railgun connection between Cloudflare and the origin failed', then check the origin side of that setup.",
      'Remove any alerting or retry rules that still special-case 527; the code is no longer produced by the retired service.',
    ],
    headers: [],
    body: "Cloudflare's Railgun error page, as served while the service existed.",
    pitfalls: [
      'Documentation and blog posts about 527 describe a service that has been retired; do not plan troubleshooting around it for current setups.',
    ],
    examples: [
      {
        title: 'Historic Railgun failure (as once served)',
        request: 'GET /news HTTP/1.1\nHost: media.example.test',
        response:
          'HTTP/1.1 527\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\n\n<!DOCTYPE html><title>Railgun Error</title>...',
        note: 'While Railgun ran, a broken link between it and Cloudflare showed up as 527.',
      },
    ],
    alternatives: [{ code: 502, when: 'an intermediary could not get a valid response through its link to the origin' }],
    related: [502, 520],
    references: [fallbackRule, cloudflare5xx],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', 'railgun', 'railgun error', 'retired', 'cdn'],
    usedBy: ['Cloudflare Railgun (retired): "Railgun Error"'],
    preferInstead: 502,
  },
  {
    code: 530,
    phrase: 'Cloudflare 1xxx Error',
    class: '5xx',
    status: 'unofficial',
    eli5:
      "Cloudflare hit one of its own numbered problems, such as not being able to look up the website's server address. " +
      'Like a switchboard operator who cannot find the extension in the directory.',
    serverPerspective:
      'A non-standard code whose meaning depends on the vendor sending it. ' +
      'Cloudflare returns HTTP 530 together with one of its 1xxx error numbers shown in the page, for example 1016, an origin DNS error. The 1xxx number, not the 530, says what failed. ' +
      'Pantheon uses 530 for something else entirely: "Site is frozen". A generic client reads both as 500.',
    whenToUse: [
      'You meet it behind Cloudflare when its lookup of the origin hostname fails (error 1016) or another 1xxx condition applies.',
      'You meet it on Pantheon when a site has been frozen.',
    ],
    whenNotToUse: [
      'Your own proxy cannot resolve or reach its upstream: 502 Bad Gateway.',
      'A hosted site is deliberately switched off for a while: 503 Service Unavailable says that in registered terms.',
    ],
    howToRespond: [
      'Read the 1xxx number in the Cloudflare page and look it up; for 1016, make sure the origin hostname in the DNS settings resolves publicly.',
      'On Pantheon, treat 530 as a platform state rather than a network fault: the frozen site has to be reactivated on Pantheon before it serves pages again.',
      'Visitors: the problem sits with the site configuration, so retrying will not help until the owner fixes it.',
    ],
    headers: [],
    body: 'A Cloudflare error page carrying the 1xxx code and its title (for example "Origin DNS error"), or the Pantheon frozen-site notice.',
    pitfalls: [
      'Filtering dashboards by status alone lumps very different 1xxx causes together; capture the 1xxx number from the body as well.',
      'A CNAME origin pointing at a hostname that was deleted elsewhere produces 1016 and so 530, even though nothing changed in Cloudflare.',
    ],
    examples: [
      {
        title: 'Origin hostname no longer resolves (error 1016)',
        request: 'GET / HTTP/1.1\nHost: shop.example.test',
        response:
          'HTTP/2 530\ncontent-type: text/html; charset=UTF-8\nserver: cloudflare\n\n<!DOCTYPE html><title>Origin DNS error | shop.example.test | Cloudflare</title>... Error 1016 ...',
        note: 'Cloudflare pairs the 530 status with error 1016 to say it could not resolve the origin.',
      },
    ],
    alternatives: [
      { code: 502, when: 'a gateway cannot resolve or reach its upstream' },
      { code: 503, when: 'the site is intentionally unavailable for a period' },
    ],
    related: [502, 503, 523],
    references: [
      fallbackRule,
      cloudflare5xx,
      { title: 'Cloudflare: Cloudflare 1xxx errors', url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/' },
    ],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', '1xxx', '1016', 'origin dns error', 'pantheon', 'site is frozen', 'frozen site'],
    usedBy: [
      'Cloudflare: sent together with a 1xxx error such as 1016 (origin DNS error)',
      'Pantheon: "Site is frozen"',
    ],
    preferInstead: 502,
  },
  {
    code: 561,
    phrase: 'Unauthorized',
    class: '5xx',
    status: 'unofficial',
    eli5:
      'The load balancer sent you off to sign in with an identity provider, and that provider came back with an error. ' +
      'Like a hotel front desk calling the booking agency to confirm you and getting a garbled reply.',
    serverPerspective:
      'An AWS-only code that IANA has not registered. ' +
      'An AWS Application Load Balancer configured to authenticate users through OIDC or Amazon Cognito returns 561 when the identity provider answers its authentication step with an error. ' +
      'Despite the name, the code is in the 5xx range, so a generic client treats it as 500 Internal Server Error, not as a login prompt.',
    whenToUse: [
      'You meet it on ALB listeners with an authenticate-oidc or authenticate-cognito rule, when the sign-in round trip with the identity provider fails.',
    ],
    whenNotToUse: [
      'The user must present credentials for your own application: 401 Unauthorized with a WWW-Authenticate challenge.',
      'The user signed in successfully but may not use this application: 403 Forbidden.',
    ],
    howToRespond: [
      "Check the ALB's OIDC or Cognito settings (client id, client secret, issuer, token and user-info endpoints) against the identity provider's configuration.",
      "Look at the identity provider's own logs for the rejected request; the ALB only knows that the provider returned an error.",
    ],
    headers: [],
    body: 'The load balancer\'s error page; your targets never see the request, because authentication failed before forwarding.',
    pitfalls: [
      'Client code that refreshes credentials on 401 does nothing here: 561 sits in the 5xx class, so retry policies may even hammer the identity provider with repeated attempts.',
      'Because the target application never receives the request, its logs are empty during the incident; the ALB access log and the identity provider are the places to look.',
    ],
    examples: [
      {
        title: 'Identity provider rejects the ALB client credentials',
        request: 'GET /oauth2/idpresponse?code=<authorization-code>&state=<state> HTTP/1.1\nHost: intranet.example.test',
        response: 'HTTP/1.1 561\nContent-Type: text/html\n\n<html><body>561 Unauthorized</body></html>',
        note: 'The ALB reports the failed exchange with the identity provider as 561.',
      },
    ],
    alternatives: [
      { code: 401, when: 'the user has to authenticate before reaching the application' },
      { code: 403, when: 'the user is authenticated but not allowed in' },
      { code: 502, when: 'a gateway received an error or invalid answer from an upstream service it depends on' },
    ],
    related: [401, 403, 502, 460],
    references: [fallbackRule, albTroubleshooting],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['aws', 'alb', 'oidc', 'cognito', 'identity provider', 'authentication', 'load balancer', 'idp'],
    usedBy: ['AWS Application Load Balancer: "Unauthorized", the identity provider returned an error during OIDC or Cognito authentication'],
    preferInstead: 401,
  },
  {
    code: 598,
    phrase: 'Network Read Timeout Error',
    class: '5xx',
    status: 'unofficial',
    eli5:
      'A middleman server was reading the answer from the next server along, and the answer stopped arriving. ' +
      'Like a phone call where the other side goes silent halfway through a sentence.',
    serverPerspective:
      'Some HTTP proxies use 598, informally, to say a read from the upstream timed out after the connection was open. ' +
      'No specification or widely used product defines it, and generic clients treat it as 500.',
    whenToUse: [
      "You meet it from particular proxies or proxy libraries that invented it; their documentation, not any RFC, defines what it means.",
    ],
    whenNotToUse: [
      'A proxy or gateway gave up waiting for its upstream to answer: 504 Gateway Timeout says this in registered terms.',
      'The upstream answered with something broken rather than nothing: 502 Bad Gateway.',
    ],
    howToRespond: [
      'Treat it like 504: check how long the upstream takes and whether the proxy read timeout is shorter than the slowest legitimate response.',
      'When you control the proxy, configure it to emit 504 so every client and monitor understands the failure.',
    ],
    headers: [],
    body: 'A short statement from the proxy that reading from the upstream timed out, with the upstream name if that is safe to reveal.',
    pitfalls: [
      'Status tables disagree on whether 598 exists at all, so libraries may print it as an unknown status and monitoring may lump it into a generic 500 bucket.',
      'A read timeout means the upstream may already have acted on the request; retrying a non-idempotent call can duplicate its effect.',
    ],
    examples: [
      {
        title: 'Proxy stops waiting for the rest of an upstream response',
        request: 'GET /feeds/latest HTTP/1.1\nHost: proxy.example.test',
        response: 'HTTP/1.1 598 Network Read Timeout Error\nContent-Type: text/plain\n\nTimed out reading from upstream.',
        note: 'The proxy signals its upstream read timeout with the informal 598; 504 would carry the same news in a standard way.',
      },
    ],
    alternatives: [
      { code: 504, when: 'a gateway timed out waiting for its upstream' },
      { code: 502, when: 'the upstream sent an invalid or truncated answer' },
    ],
    related: [504, 599, 524],
    references: [fallbackRule, rfc9110('15.6.5', '504 Gateway Timeout')],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['network read timeout', 'proxy', 'read timeout', 'upstream timeout', 'informal'],
    usedBy: ['Some HTTP proxies (informal): "Network Read Timeout Error"'],
    preferInstead: 504,
  },
  {
    code: 599,
    phrase: 'Network Connect Timeout Error',
    class: '5xx',
    status: 'unofficial',
    eli5:
      'A middleman server tried to connect to the next server along and never got through. ' +
      'It is like a receptionist who cannot get a line to the department you asked for.',
    serverPerspective:
      'Some HTTP proxies use 599, informally, when opening a connection to the upstream timed out. ' +
      'laminas-diactoros carries the phrase in its status map, but no standard defines it; generic clients treat it as 500. It is also the highest valid status number, since RFC 9110 sets the range at 100 to 599.',
    whenToUse: [
      'You meet it from proxies that report upstream connect timeouts this way, or in PHP code built on laminas-diactoros, whose phrase map includes it.',
    ],
    whenNotToUse: [
      'A gateway could not connect to its upstream in time: 504 Gateway Timeout.',
      'The upstream refused the connection outright rather than timing out: 502 Bad Gateway.',
    ],
    howToRespond: [
      'Check whether the upstream is listening and reachable from the proxy, and whether a firewall silently drops the connection attempts.',
      'If you run the proxy, have it send 504 so the failure is understood everywhere.',
    ],
    headers: [],
    body: 'A short note from the proxy that connecting to the upstream timed out.',
    pitfalls: [
      'As the top of the valid range, 599 is where off-by-one checks bite: a server-error test written as status < 599 silently skips it, so use status <= 599 or simply status >= 500.',
      'Since no request reached the upstream, a retry is usually safe, but the retry will face the same connect timeout unless the network problem is fixed.',
    ],
    examples: [
      {
        title: 'Proxy cannot open a connection to the upstream in time',
        request: 'GET /inventory HTTP/1.1\nHost: proxy.example.test',
        response: 'HTTP/1.1 599 Network Connect Timeout Error\nContent-Type: text/plain\n\nTimed out connecting to upstream.',
        note: 'The informal 599 reports a connect timeout; a standard client only knows it as a 500-class failure.',
      },
    ],
    alternatives: [
      { code: 504, when: 'a gateway could not get an answer from its upstream in time' },
      { code: 502, when: 'the upstream actively refused or broke the connection' },
    ],
    related: [504, 598, 522],
    references: [fallbackRule, rfc9110('15.6.5', '504 Gateway Timeout')],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['network connect timeout', 'proxy', 'connect timeout', 'upstream unreachable', 'laminas', 'informal'],
    usedBy: [
      'Some HTTP proxies (informal): "Network Connect Timeout Error"',
      'laminas-diactoros: includes 599 in its phrase map',
    ],
    preferInstead: 504,
  },
];
