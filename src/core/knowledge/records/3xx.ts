import type { StatusRecord } from '../types';
import { ianaRegistry, mdn, rfc, rfc9110 } from './refs';

// 3xx redirection, 300–308.
export const records3xx: readonly StatusRecord[] = [
  {
    code: 300,
    phrase: 'Multiple Choices',
    class: '3xx',
    status: 'standard',
    gist: 'several variants, client picks one',
    check: 'List each choice with its URL in the body, and name any preferred one in Location.',
    eli5:
      'You asked for one thing and the server has several versions of it, so it hands you a menu to pick from. ' +
      'It is like asking a librarian for a book and hearing that it comes in English, in French and in large print.',
    serverPerspective:
      'The target has more than one representation, each reachable at its own more specific URL, and the server is declining to choose for the client. ' +
      'It lists the options in the body and, if it has a favourite, names that one in Location.',
    whenToUse: [
      'A document is published in several formats or languages at separate URLs (/report.html, /report.pdf) and nothing in the request tells the server which one the user wants.',
      'A short identifier is ambiguous and matches several records, for example a product code reused across regions, each with its own page.',
      'You have a sensible default variant but want clients that care to see the full list: send the list in the body and point Location at the default.',
    ],
    whenNotToUse: [
      'The server can pick the variant from Accept or Accept-Language itself: answer 200 OK with the chosen representation and a Vary header, saving the client a second round trip.',
      'None of the variants matches what the client said it accepts and there is no fallback: 406 Not Acceptable.',
      'There is exactly one new address for the resource: 301 Moved Permanently or 308 Permanent Redirect for a lasting move, 302 Found or 307 Temporary Redirect for a short one.',
      'A form was just submitted and the browser should show a result page: 303 See Other.',
    ],
    howToRespond: [
      'For every method except HEAD, include a body that lists each choice with its URL and what sets it apart (media type, language, size), as HTML links for people or a JSON array for programs.',
      'If one option is the natural default, put its URL in Location; user agents may jump straight there, so it must be a page every visitor can land on.',
      'Give the list an explicit Cache-Control lifetime, because a 300 is cacheable by default and a stored menu outlives changes to the set of variants.',
    ],
    headers: [
      {
        name: 'Location',
        requirement: 'SHOULD',
        note: 'Send it when the server prefers one of the choices; it names that preferred URL, and a user agent may follow it without showing the list.',
      },
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Non-HEAD responses should carry content listing the alternatives; label the format of that list (text/html or application/json).',
      },
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'A 300 is heuristically cacheable, so set a lifetime that matches how often variants are added or withdrawn.',
      },
      {
        name: 'Retry-After',
        requirement: 'MAY',
        note: 'Allowed on any redirection; here it is the minimum wait before a client automatically follows the preferred Location.',
      },
    ],
    body:
      'A list of the available representations, each with its URL and the property that distinguishes it (format, language, edition). ' +
      'HTTP defines no standard format for this list, so use plain links for browsers and a small JSON array for API clients you control.',
    pitfalls: [
      'No standard format exists for the list of choices, so generic clients (fetch, curl, HTTP libraries) cannot choose for the user; in practice a 300 only works for a human reading the page or for a client you wrote yourself.',
      'When Location is present, user agents may follow it automatically and never show the list, so for many visitors the 300 behaves like a plain redirect to your default; choose that default with care.',
      'Because 300 is heuristically cacheable, a CDN may keep serving an old menu after you add or remove a variant unless the response carries explicit freshness headers.',
      'Library names hide the number: .NET calls 300 HttpStatusCode.Ambiguous, NestJS keeps a deprecated HttpStatus.AMBIGUOUS alias and the JDK spells it HTTP_MULT_CHOICE, so a search for "300" or "MULTIPLE_CHOICES" misses them.',
    ],
    examples: [
      {
        title: 'Report available in two formats',
        request: 'GET /docs/annual-report HTTP/1.1\nHost: www.example.test\nAccept: */*',
        response:
          'HTTP/1.1 300 Multiple Choices\nLocation: https://www.example.test/docs/annual-report.html\nContent-Type: application/json\nCache-Control: max-age=3600\n\n' +
          '{"choices": [{"href": "/docs/annual-report.html", "type": "text/html"}, {"href": "/docs/annual-report.pdf", "type": "application/pdf"}]}',
        note: 'Accept: */* gives the server no reason to prefer either file, so it lists both and names the HTML version as its default.',
      },
    ],
    alternatives: [
      { code: 200, when: 'the server can pick the right variant itself from the Accept headers' },
      { code: 406, when: 'no variant suits what the client says it accepts' },
      { code: 302, when: 'there is only one place to send the client for now' },
      { code: 301, when: 'there is only one new address and it is permanent' },
    ],
    related: [200, 406, 301, 302, 303],
    references: [rfc9110('15.4.1', '300 Multiple Choices'), mdn(300)],
    cacheable: true,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['multiple choices', 'ambiguous', 'choose variant', 'alternatives', 'content negotiation', 'pick a format', 'redirect'],
  },
  {
    code: 301,
    phrase: 'Moved Permanently',
    class: '3xx',
    status: 'standard',
    gist: 'moved for good, method may change',
    check: 'Use 308 instead if clients POST to the old URL, since a 301 may turn POST into GET.',
    eli5:
      'What you want now lives at a new address for good, and the server tells you where so you can update your bookmarks. ' +
      'It is like a shop that moved across town leaving a sign on the old door with the new street.',
    serverPerspective:
      'The resource has been given a new permanent URL, named in Location, and clients that store links should switch to it. ' +
      'For historical reasons the server cannot count on a POST arriving at the new URL as a POST.',
    whenToUse: [
      'A page moved for good (renamed slug, restructured site, new domain) and old links, bookmarks and crawlers reach it with GET.',
      'Canonicalising addresses that browsers fetch with GET: http to https, the bare domain to www, a trailing slash added or removed.',
      'Merging duplicate URLs for the same content so that links, bookmarks and crawler indexes converge on a single address.',
    ],
    whenNotToUse: [
      'The old URL also receives POST, PUT, PATCH or DELETE (an API endpoint, a form action): 308 Permanent Redirect keeps the method and body.',
      'The move is only for now (maintenance page, experiment, login wall): 302 Found or 307 Temporary Redirect, which clients do not remember.',
      'You handled a form POST and want the browser to load a confirmation page: 303 See Other.',
      'The content was deleted and has no successor: 410 Gone, rather than sending everyone to the home page.',
    ],
    howToRespond: [
      'Put the new URL in Location and keep the old URL answering 301 for as long as links to it may exist, which is usually years.',
      'When moving a whole site, carry the path and query string over (https://new.example.test$request_uri) so deep links land on the matching page, not the front page.',
      'Roll out new rules as a temporary redirect, verify them, then switch to 301 with a Cache-Control lifetime you can live with if it turns out wrong.',
      'Collapse chains (http to https to www to the new path) into one hop so clients make a single extra request and loops cannot form.',
    ],
    headers: [
      {
        name: 'Location',
        requirement: 'SHOULD',
        note: 'The new permanent URL; without it a client has nowhere to go and most will simply display the response body.',
      },
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'A 301 is cacheable by default, so browsers may reuse it without asking again; a max-age bounds how long a mistaken redirect survives.',
      },
      {
        name: 'Retry-After',
        requirement: 'MAY',
        note: 'Permitted with any 3xx as the minimum delay before following Location, though a permanent move rarely needs one.',
      },
    ],
    body:
      'Optional: a one-line HTML note linking to the new URL, for the rare client that does not follow Location. ' +
      'APIs usually send no content at all, or a tiny JSON object naming the new address.',
    pitfalls: [
      'User agents may turn a POST into a GET when following a 301, a tolerated leftover from early browsers, so form data or an API payload silently disappears at the new address; use 308 when the method must survive.',
      '301 is heuristically cacheable, so browsers store it and may not ask the server again for a long time; a mistaken 301 keeps sending visitors to the wrong place even after the rule is fixed. Test new rules with 302 or 307 and promote them to 301 only when they are right.',
      'Check which code your stack emits: Django redirect(..., permanent=True) and HttpResponsePermanentRedirect, nginx "rewrite ... permanent" and Apache "Redirect permanent" send 301, while Next.js permanentRedirect() sends 308, which changes how POSTs behave.',
      'Overlapping rules in different layers (a CDN adding www, the app removing it) produce a redirect loop; browsers detect it and give up with an error page, so test the full chain with curl -IL after every change.',
      'If Location carries no fragment, the client keeps the one from the original URL, so /guide#install redirected to /manual lands on /manual#install; keep anchor ids stable when you move pages.',
    ],
    examples: [
      {
        title: 'Canonical https host',
        request: 'GET /pricing?plan=team HTTP/1.1\nHost: example.test',
        response:
          'HTTP/1.1 301 Moved Permanently\nLocation: https://www.example.test/pricing?plan=team\nCache-Control: max-age=86400\nContent-Length: 0',
        note: 'Plain-http GET traffic to the bare domain always belongs on the https www host, and the path and query carry over unchanged.',
      },
      {
        title: 'Renamed article slug',
        request: 'GET /blog/hello-wrld HTTP/1.1\nHost: www.example.test',
        response:
          'HTTP/1.1 301 Moved Permanently\nLocation: /blog/hello-world\nContent-Type: text/html\n\n<p>This post now lives at <a href="/blog/hello-world">/blog/hello-world</a>.</p>',
        note: 'The misspelt slug was fixed for good and only browsers follow such links, so a GET-only permanent redirect fits.',
      },
    ],
    alternatives: [
      { code: 308, when: 'clients also send POST, PUT or DELETE to the old URL and the method and body must survive the move' },
      { code: 302, when: 'the move is temporary and clients should keep using the old URL' },
      { code: 307, when: 'the move is temporary and the request method must be repeated unchanged' },
      { code: 410, when: 'the content was removed and has no new home' },
    ],
    related: [308, 302, 307, 303, 410, 404],
    references: [rfc9110('15.4.2', '301 Moved Permanently'), mdn(301)],
    cacheable: true,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['moved', 'redirect', 'permanent', 'new url', 'http to https', 'canonical url', 'domain change', 'seo redirect'],
  },
  {
    code: 302,
    phrase: 'Found',
    class: '3xx',
    status: 'standard',
    gist: 'temporary redirect, method may change',
    check: 'After a POST, send 303 to make the client GET, or 307 to replay the method and body.',
    eli5:
      'What you asked for is somewhere else just for now, so the server points you there but expects you to come back to the usual address next time. ' +
      'It is like a note on a colleague\'s desk saying they are working in the meeting room today.',
    serverPerspective:
      'The resource is temporarily reachable at the URL in Location, and clients should keep using the original URL for later requests. ' +
      'The server makes no promise about which method the client will use for the follow-up request.',
    whenToUse: [
      'A browser asked for a protected page with GET and must visit the login page first, with a return URL, without implying the page has moved.',
      'A short-lived detour for GET traffic: a maintenance notice, a regional mirror, or a stable alias such as /latest pointing at /issues/42.',
      'Plain GET links that every client, however old, must understand, where the missing method guarantee does not matter.',
    ],
    whenNotToUse: [
      'The redirect follows a POST form or another write and should lead to a result page: 303 See Other says the next request is a GET, and it is what Turbo expects.',
      'The client must repeat the same POST, PUT or DELETE at the temporary location: 307 Temporary Redirect forbids changing the method.',
      'The address change is permanent: 301 Moved Permanently for GET-only traffic or 308 Permanent Redirect for any method.',
      'An API client without credentials: 401 Unauthorized with a WWW-Authenticate challenge, not a detour to an HTML login form.',
    ],
    howToRespond: [
      'Send Location with the temporary target and keep the original URL as the one you publish in links and sitemaps.',
      'Choose the code on purpose instead of trusting the redirect() default: 303 after writes, 307 when the method matters, 302 only for simple GET hops.',
      'A 302 is only stored by caches that are given explicit freshness; leave that out, or send no-store, whenever the target depends on the session or cookies.',
      'Treat the return URL of a login redirect as untrusted input: check it before it goes into Location.',
    ],
    headers: [
      {
        name: 'Location',
        requirement: 'SHOULD',
        note: 'The temporary target; clients are expected to return to the original URL for future requests.',
      },
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'A 302 is not cacheable by default; add a max-age only when the detour is the same for every user for that period.',
      },
      {
        name: 'Retry-After',
        requirement: 'MAY',
        note: 'Usable with any 3xx to ask the client to pause at least this long before it follows the temporary Location.',
      },
    ],
    body:
      'Usually empty, or a short HTML fragment linking to the target for clients that do not follow redirects; browsers never render it.',
    pitfalls: [
      'Browsers rewrite a POST as a GET when following a 302, which the spec tolerates for historical reasons, so a form sent to a URL that answers 302 reaches the target without its body; say 303 if that is what you want, or 307 to keep the POST.',
      'Most redirect helpers default to 302: Express res.redirect, Koa ctx.redirect, Fastify reply.redirect, Flask/Werkzeug redirect up to 3.1, Django redirect(), Rails redirect_to, Servlet sendRedirect, Laravel redirect() and Phoenix redirect; after a non-GET form in Rails with Turbo, pass status: :see_other.',
      'The old name "Moved Temporarily" survives in constants such as Servlet SC_MOVED_TEMPORARILY, nginx NGX_HTTP_MOVED_TEMPORARILY, npm StatusCodes.MOVED_TEMPORARILY and Spring 6 MOVED_TEMPORARILY (removed in Spring 7), and .NET names 302 HttpStatusCode.Redirect, whose ToString() may print another alias; compare the integer.',
      'Clients that follow redirects on their own turn a 302-to-login into a 200 HTML page, so an API caller expecting JSON or a 401 gets a parse error instead; keep login redirects for browser routes.',
      'Copying a user-supplied return URL into Location creates an open redirect that phishing links can borrow your domain for; accept only local paths or hosts on an allow-list.',
    ],
    examples: [
      {
        title: 'Login wall for a browser page',
        request: 'GET /account/settings HTTP/1.1\nHost: www.example.test\nAccept: text/html',
        response:
          'HTTP/1.1 302 Found\nLocation: /login?next=%2Faccount%2Fsettings\nCache-Control: no-store\nContent-Length: 0',
        note: 'The settings page has not moved; the browser is sent to log in for now and will come back to the same URL afterwards.',
      },
      {
        title: 'Alias for the current issue',
        request: 'GET /magazine/latest HTTP/1.1\nHost: www.example.test',
        response: 'HTTP/1.1 302 Found\nLocation: /magazine/issues/42\nContent-Length: 0',
        note: 'Next month /latest will point at issue 43, so clients must keep requesting the alias rather than remember the target.',
      },
    ],
    alternatives: [
      { code: 303, when: 'the redirect follows a POST or other write and the next request should be a GET for a result page' },
      { code: 307, when: 'the client must resend the same method and body to the temporary URL' },
      { code: 301, when: 'the resource moved for good and only GET requests reach the old URL' },
      { code: 308, when: 'the resource moved for good and writes must keep their method' },
      { code: 401, when: 'an API client has to authenticate instead of being sent to a login page' },
    ],
    related: [303, 307, 301, 308, 401],
    references: [rfc9110('15.4.3', '302 Found'), mdn(302)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: ['Moved Temporarily'],
    keywords: ['moved', 'redirect', 'temporary', 'found', 'moved temporarily', 'login redirect', 'res.redirect', 'redirect_to'],
  },
  {
    code: 303,
    phrase: 'See Other',
    class: '3xx',
    status: 'standard',
    gist: 'see another resource, fetch it with GET',
    check: 'Point Location at a URL that answers GET, since the client follows it with GET or HEAD.',
    eli5:
      'The server dealt with your request and points you to a different page where you can read the result, which you open normally. ' +
      'It is like handing in a form at one counter and being told to collect your receipt at the next window.',
    serverPerspective:
      'The answer to this request lives elsewhere: the client should fetch the URL in Location with GET or HEAD. ' +
      'That URL is a different resource, such as a confirmation, a result or an existing item, not a new home for the one that was requested.',
    whenToUse: [
      'Post/Redirect/Get: after a form POST succeeds, send the browser to a confirmation or detail page so that reloading does not submit the form again.',
      'A POST would create something that already exists: point the client at the existing resource instead of making a duplicate, as RFC 9110 §9.3.3 allows.',
      'A background job has finished: answer GET on its status URL (/jobs/7) with a redirect to the finished result (/reports/7).',
      'Server-rendered apps handling PUT, PATCH or DELETE from forms or Turbo: the code works after any method, not only POST.',
    ],
    whenNotToUse: [
      'The client must repeat the same method and body at the new URL, for example a write endpoint that moved: 307 Temporary Redirect or 308 Permanent Redirect.',
      'The resource itself moved and GET clients should update their links: 301 Moved Permanently.',
      'An API POST created a new resource: 201 Created with Location returns the outcome without forcing a second request.',
      'The job behind a status URL is still running: 202 Accepted with a link to poll, switching to a redirect only once a result exists.',
    ],
    howToRespond: [
      'Point Location at the result, confirmation or existing resource; the client will fetch it with GET, so it must be a page or endpoint that answers GET.',
      'Use it for every non-GET form handler in server-rendered apps, and request it explicitly where the default differs: Rails status: :see_other, Go http.StatusSeeOther, JAX-RS Response.seeOther(uri), Apache "Redirect seeother".',
      'Keep the response itself minimal; the user sees the target page, not this one.',
    ],
    headers: [
      {
        name: 'Location',
        requirement: 'MAY',
        note: 'RFC 9110 §15.4.4 states no BCP 14 keyword here: it defines a 303 as pointing at the URI in Location rather than requiring the field, hence MAY. The whole meaning of a 303 lies in this URL, so send it every time.',
      },
      {
        name: 'Retry-After',
        requirement: 'MAY',
        note: 'Any redirection may carry it; with a 303 it is the minimum pause before the client issues the GET to the target.',
      },
    ],
    body:
      'Seldom read: a short hypertext note linking to the target is enough, since user agents go straight to Location with a GET.',
    pitfalls: [
      'Turbo (Rails) expects a 303 after a non-GET form submission, but Rails redirect_to defaults to 302; add status: :see_other to create, update and destroy actions.',
      'Defaults differ between stacks: axum Redirect::to sends 303, Sinatra sends 303 for non-GET requests on HTTP/1.1 and 302 otherwise, Next.js redirect() uses 303 inside Server Actions, and Flask\'s unreleased 3.2 moves redirect() from 302 to 303 (all as read in 2026); code ported between frameworks changes behaviour silently.',
      'Using axum Redirect::to to retire a POST endpoint answers 303, which makes every client switch to GET and drop the body; Redirect::temporary (307) or Redirect::permanent (308) keep the method.',
      'A 303 is not cacheable by default and says nothing about the original URL having moved, so do not use it for permanent relocations; crawlers and clients keep requesting the original.',
      '.NET names 303 HttpStatusCode.RedirectMethod, an alias that can print under another name in logs; match on the number when filtering.',
    ],
    examples: [
      {
        title: 'Post/Redirect/Get after an order',
        request:
          'POST /orders HTTP/1.1\nHost: shop.example.test\nContent-Type: application/x-www-form-urlencoded\n\nsku=BK-204&qty=1',
        response: 'HTTP/1.1 303 See Other\nLocation: /orders/5120/confirmation\nContent-Length: 0',
        note: 'The order was placed; sending the browser to a GET-able receipt means a reload shows the receipt instead of ordering twice.',
      },
      {
        title: 'Finished job points at its result',
        request: 'GET /jobs/77 HTTP/1.1\nHost: api.example.test\nAccept: application/json',
        response: 'HTTP/1.1 303 See Other\nLocation: /reports/77\nContent-Length: 0',
        note: 'The job resource is not the report itself, so the client is sent to a different resource to GET the finished output.',
      },
    ],
    alternatives: [
      { code: 201, when: 'an API call created a resource and can return it directly with its Location' },
      { code: 202, when: 'the work was accepted but no result exists yet' },
      { code: 307, when: 'the same method and body must be sent to the other URL' },
      { code: 308, when: 'a write endpoint moved for good and callers must keep their method' },
      { code: 302, when: 'an old client must be supported for a plain GET detour' },
    ],
    related: [302, 307, 201, 202, 301],
    references: [rfc9110('15.4.4', '303 See Other'), rfc9110('9.3.3', 'POST'), mdn(303)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['see other', 'post redirect get', 'prg', 'redirect after post', 'form submission', 'redirect', 'turbo', 'RedirectMethod'],
  },
  {
    code: 304,
    phrase: 'Not Modified',
    class: '3xx',
    status: 'standard',
    gist: 'your cached copy is still current',
    check: 'Send no body, and repeat the ETag, Cache-Control, Date, Vary and Expires a 200 would have carried.',
    eli5:
      'Your browser asked "has this changed since I last fetched it?" and the server answered "no, keep using your copy". ' +
      'It is like asking a newsagent for today\'s paper and being told you are already holding it.',
    serverPerspective:
      'A conditional GET or HEAD found the client\'s stored copy still current, because If-None-Match matched or nothing changed since If-Modified-Since, so no content is sent. ' +
      'The headers that do come back refresh the metadata of the response the client already holds.',
    whenToUse: [
      'A GET or HEAD carries If-None-Match and one of its entity tags matches the current ETag of the representation.',
      'A GET or HEAD carries If-Modified-Since, no If-None-Match, and the resource has not changed since that date.',
      'Static assets, feeds and API resources that clients poll: revalidation lets them check for changes without downloading the content again.',
    ],
    whenNotToUse: [
      'The request is not a GET or HEAD and its If-None-Match condition fails, such as a PUT with If-None-Match: * on an existing resource: 412 Precondition Failed.',
      'An If-Match or If-Unmodified-Since condition fails: 412 Precondition Failed, because those guard writes rather than caches.',
      'The representation did change, or the request carried no validators at all: 200 OK with the content and fresh validators.',
      'An If-Range request names a version that is still current: 206 Partial Content with the requested range.',
    ],
    howToRespond: [
      'Evaluate conditions in the order of RFC 9110 §13.2.2, where If-None-Match is checked before If-Modified-Since.',
      'Repeat the ETag, Cache-Control, Expires, Vary, Date and Content-Location that the 200 would have carried, so caches can freshen their stored copy.',
      'End the message after the header section: no content, and Content-Length only if it equals the length the full 200 would have had.',
      'Generate validators consistently across every server behind the load balancer, or If-None-Match will miss on half of them.',
    ],
    headers: [
      {
        name: 'ETag',
        requirement: 'MUST',
        note: 'Required when the 200 for the same request would carry one; it tells the cache which stored response is confirmed.',
      },
      {
        name: 'Cache-Control',
        requirement: 'MUST',
        note: 'Repeat the directives a 200 would send, so the refreshed cache entry gets a new freshness lifetime.',
      },
      {
        name: 'Date',
        requirement: 'MUST',
        note: 'Send it whenever a 200 would; caches use it to work out the age of the refreshed entry.',
      },
      {
        name: 'Vary',
        requirement: 'MUST',
        note: 'The same list of request headers as the 200, so the cache freshens the right stored variant.',
      },
      {
        name: 'Expires',
        requirement: 'MUST',
        note: 'Include it when the full response would have one; it resets the expiry of the stored copy.',
      },
      {
        name: 'Content-Location',
        requirement: 'MUST',
        note: 'Required when the 200 would name the URL of this particular representation.',
      },
      {
        name: 'Content-Length',
        requirement: 'MAY',
        note: 'Only allowed if it equals the length of the 200 response; it never describes content in this message.',
      },
    ],
    body:
      'None. A 304 ends with its header section and cannot carry content or trailers; the client reuses the content it stored. ' +
      'Leave out other representation metadata such as Content-Type or Content-Encoding.',
    pitfalls: [
      'Writing a body after a 304 breaks HTTP/1.1 framing: the client stops at the blank line and reads the stray bytes as the start of the next response. Node writeHead and the Fetch Response constructor guard against this, hand-rolled servers and proxies do not.',
      'Dropping ETag, Cache-Control or Expires from the 304 leaves the cache unable to extend freshness, so every following request revalidates again and the saving shrinks.',
      'Code that treats every status from 300 to 399 as a redirect misfiles 304; jshttp statuses.redirect and Rack\'s redirect? predicate both leave it out, and a hand-written range check should too.',
      'ETags built from per-machine details (inode numbers, local build paths) differ between servers, so clients behind a load balancer get full 200 responses instead of 304s.',
      'A test that expects exactly 200 fails when a browser or HTTP client revalidates; supertest accepts .expect([200, 304]) for routes that send validators.',
    ],
    examples: [
      {
        title: 'Revalidating a fingerprinted asset',
        request: 'GET /assets/app.3f9a.css HTTP/1.1\nHost: static.example.test\nIf-None-Match: "3f9a7c"',
        response:
          'HTTP/1.1 304 Not Modified\nDate: Tue, 14 Oct 2025 09:12:00 GMT\nETag: "3f9a7c"\nCache-Control: public, max-age=31536000, immutable\nVary: Accept-Encoding',
        note: 'The tag the browser sent still matches, so it keeps its stored stylesheet and only the caching headers are refreshed.',
      },
      {
        title: 'Feed unchanged since last poll',
        request: 'GET /feed.xml HTTP/1.1\nHost: www.example.test\nIf-Modified-Since: Mon, 13 Oct 2025 18:00:00 GMT',
        response:
          'HTTP/1.1 304 Not Modified\nDate: Tue, 14 Oct 2025 09:15:00 GMT\nCache-Control: max-age=900\nExpires: Tue, 14 Oct 2025 09:30:00 GMT',
        note: 'Nothing was published after the date the reader sent, so the answer is headers only and the reader keeps its copy.',
      },
    ],
    alternatives: [
      { code: 200, when: 'the representation changed or the request carried no validators' },
      { code: 412, when: 'a write request\'s precondition such as If-Match evaluated false' },
      { code: 206, when: 'an If-Range request can resume a partial download' },
    ],
    related: [200, 412, 206, 428],
    references: [
      rfc9110('15.4.5', '304 Not Modified'),
      rfc9110('13.2.2', 'Precedence of Preconditions'),
      rfc(9111, '4.3.4', 'Freshening Stored Responses upon Validation'),
      mdn(304),
    ],
    cacheable: false,
    bodyAllowed: false,
    formerNames: [],
    keywords: ['not modified', 'etag', 'if-none-match', 'if-modified-since', 'conditional get', 'revalidation', 'browser cache', 'cached'],
  },
  {
    code: 305,
    phrase: 'Use Proxy',
    class: '3xx',
    status: 'deprecated',
    gist: 'deprecated, do not send or follow',
    check: 'Never send it; use a 307 or 308 redirect, and never let a response change client proxy settings.',
    eli5:
      'An old instruction meaning "you may only fetch this through a particular middleman". ' +
      'It has been retired, like a road sign for a bridge that was taken down: you may still spot one, but you should not follow it.',
    serverPerspective:
      'In early HTTP/1.1 the server used it to claim that the resource had to be requested through a specific proxy. ' +
      'The code has been deprecated since RFC 7231 and RFC 9110 §15.4.6 keeps it only as a registry entry, so a server sending it today relies on behaviour the current specification no longer defines.',
    whenToUse: [
      'Recognising it in logs, legacy appliance output or old test suites, so that it can be removed or replaced with a current code.',
      'Keeping a status table or client library complete: name 305 when an old system emits it and surface it as an error instead of acting on it.',
    ],
    whenNotToUse: [
      'The resource should be fetched from another URL: 307 Temporary Redirect or 308 Permanent Redirect with Location.',
      'A proxy needs the client to authenticate before forwarding: 407 Proxy Authentication Required with Proxy-Authenticate.',
      'A captive portal or intercepting network wants the user to log in first: 511 Network Authentication Required.',
      'Clients must use a particular proxy: no status code does this any more; configure the proxy on the client side (system settings, PAC file, environment).',
    ],
    howToRespond: [
      'Remove 305 from servers; if the intent was to send clients to another host, replace it with a normal 307 or 308 redirect.',
      'As a client, never change proxy settings because of a response; report the 305 to the user or caller as an unsupported answer.',
    ],
    headers: [],
    body:
      'Nothing is defined for it any longer. If a legacy component still emits it, a sentence telling the user to contact the site operator is the most useful content.',
    pitfalls: [
      'Honouring a 305 would let any server you talk to pick a proxy for your traffic, in effect inviting a man in the middle; a client that acts on it is a security hole.',
      'Constants are disappearing: Spring 7 removed HttpStatus.USE_PROXY and NestJS\'s HttpStatus enum never had it, while Rack still maps :use_proxy, so upgrading a framework can break code that still names it.',
      'Generic redirect helpers still list it: jshttp statuses.redirect includes 305, so code that follows any code in that set whenever Location is present treats it like an ordinary redirect.',
    ],
    examples: [
      {
        title: 'What a legacy appliance may still send',
        request: 'GET /intranet/report HTTP/1.1\nHost: legacy.example.test',
        response:
          'HTTP/1.1 305 Use Proxy\nContent-Type: text/plain\n\nThis resource must be requested through the corporate proxy.',
        note: 'A modern client should report this as an unsupported, deprecated response and leave its proxy configuration alone.',
      },
      {
        title: 'The modern replacement',
        request: 'GET /intranet/report HTTP/1.1\nHost: legacy.example.test',
        response: 'HTTP/1.1 307 Temporary Redirect\nLocation: https://reports.example.test/intranet/report\nContent-Length: 0',
        note: 'Where an old system answered 305, sending an ordinary redirect to the host that serves the report achieves the goal without reconfiguring the client.',
      },
    ],
    alternatives: [
      { code: 307, when: 'the client should repeat the request at another URL for now' },
      { code: 308, when: 'another URL serves the resource permanently' },
      { code: 407, when: 'a proxy requires credentials before it forwards the request' },
      { code: 511, when: 'the client must sign in to the network first' },
    ],
    related: [306, 307, 407, 511],
    references: [rfc9110('15.4.6', '305 Use Proxy'), ianaRegistry],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['use proxy', 'deprecated', 'proxy redirect', 'USE_PROXY', 'legacy'],
  },
  {
    code: 306,
    phrase: '(Unused)',
    class: '3xx',
    status: 'reserved',
    gist: 'reserved, no longer used',
    check: 'Never send it; replace any SwitchProxy constant with the code you actually meant.',
    eli5:
      'HTTP once gave this number a meaning, then withdrew it and keeps it set aside so nobody reuses it. ' +
      'It is like a retired shirt number: still on the books, but no player wears it.',
    serverPerspective:
      'No server should send it: the code belonged to an earlier version of HTTP, is no longer used, and stays reserved so it is never given a new meaning. ' +
      'A 306 on the wire points to a bug or a very old component.',
    whenToUse: [
      'In tooling only: list it in status tables, linters and log dashboards so a stray 306 is flagged as reserved instead of being mistaken for a redirect.',
      'When a client or proxy receives one: handle it like an unrecognised 3xx (the meaning of 300) and do not try to guess the old "Switch Proxy" behaviour.',
    ],
    whenNotToUse: [
      'Sending the client to another URL for now: 307 Temporary Redirect.',
      'Moving a resource for good: 308 Permanent Redirect.',
      'A proxy must see credentials before it forwards anything: 407 Proxy Authentication Required; no registered code tells a client to switch proxies.',
      'Signalling an application-specific condition: choose the registered code whose meaning fits, such as 409 Conflict; a reserved number means nothing to clients and must not be borrowed.',
    ],
    howToRespond: [
      'Never generate it; if a constant such as HTTP_306_RESERVED or Status306SwitchProxy appears in your code, replace it with the code you actually meant.',
      'As a client, log it as a protocol anomaly and fall back to 300 semantics, following Location only under the rules you apply to unknown redirects.',
    ],
    headers: [],
    body:
      'Undefined: the code has no meaning today, so nothing is specified for its content, and whatever text a legacy component sends is only a clue for debugging.',
    pitfalls: [
      'Libraries disagree on its name (as read in 2025–2026 sources): ASP.NET Core Status306SwitchProxy, Ktor SwitchProxy, Fiber StatusSwitchProxy, Plug :switch_proxy and requests switch_proxy keep the old draft name, while Starlette and DRF say HTTP_306_RESERVED, Symfony HTTP_RESERVED and .NET and axios Unused; a SwitchProxy constant does not mean the behaviour exists.',
      'Many tables have no entry at all (Go declares it as _; CPython 3.13 HTTPStatus, httpx, the http crate 1.4.2, Rack 3.2, Spring 7 and npm http-status-codes 2.3.0 omit it), so HTTPStatus(306) raises ValueError and name lookups must cope with a gap inside 3xx.',
      'Because some frameworks expose a named constant, autocomplete will happily offer put_status(conn, :switch_proxy) or StatusCodes.Status306SwitchProxy; shipping it puts a reserved code on the wire that clients will read as 300.',
    ],
    examples: [
      {
        title: 'A stray 306 from an old component',
        request: 'GET /downloads/tool.zip HTTP/1.1\nHost: legacy.example.test',
        response: 'HTTP/1.1 306 Switch Proxy\nContent-Length: 0',
        note: 'Clients ignore the reason phrase and should treat this reserved code as an unknown redirection (300 semantics) and report it as a server bug.',
      },
    ],
    alternatives: [
      { code: 307, when: 'you meant to send the client to a different URL for a while' },
      { code: 308, when: 'the resource has a new permanent URL' },
      { code: 407, when: 'a proxy needs credentials from the client' },
    ],
    related: [305, 300, 307, 407],
    references: [rfc9110('15.4.7', '306 (Unused)'), ianaRegistry],
    cacheable: false,
    bodyAllowed: true,
    formerNames: ['Switch Proxy'],
    keywords: ['switch proxy', 'unused', 'reserved', 'HTTP_306_RESERVED', 'SwitchProxy'],
  },
  {
    code: 307,
    phrase: 'Temporary Redirect',
    class: '3xx',
    status: 'standard',
    gist: 'moved for now, method kept',
    check: 'Redirect only to a target that accepts the same method and body, on a host you control.',
    eli5:
      'The server says "ask over there this time, and ask in exactly the same way". ' +
      'It is like a receptionist telling you the manager is in another office today and to hand over your envelope there, unopened.',
    serverPerspective:
      'The resource is temporarily served from the URL in Location, and the client must repeat the request there with the same method and body. ' +
      'Later requests should still go to the original URL.',
    whenToUse: [
      'A POST, PUT or DELETE must be handled elsewhere for a while (a write endpoint during a migration, a regional failover, a follower node handing off to the leader) and the payload must arrive intact.',
      'Any temporary redirect where you want predictable clients: unlike 302, user agents are not allowed to switch the method to GET.',
      'Trying out a new permanent rule before committing to a cached 301 or 308, because browsers do not store a 307 by default.',
    ],
    whenNotToUse: [
      'After a POST you want the browser to show a result page with GET: 303 See Other.',
      'The new URL is permanent: 308 Permanent Redirect to keep the method, or 301 Moved Permanently for GET-only traffic.',
      'The server is overloaded and the client should retry the same URL later: 503 Service Unavailable with Retry-After.',
      'A caller lacks credentials for an API: 401 Unauthorized, rather than replaying its request at a login endpoint.',
    ],
    howToRespond: [
      'Set Location to the temporary URL; the client resends its method, headers and body, so the target must accept exactly the same request.',
      'Redirect only to hosts you control, because request bodies and often credentials are replayed to the Location.',
      'Ask your framework for it explicitly: .NET RedirectPreserveMethod, JAX-RS Response.temporaryRedirect(uri), axum Redirect::temporary, Django redirect(..., preserve_request=True) in newer releases.',
      'Keep linking to and documenting the original URL, and add no caching headers unless the detour lasts a known period.',
    ],
    headers: [
      {
        name: 'Location',
        requirement: 'SHOULD',
        note: 'Where to repeat the request this time; the original URL stays the one to use afterwards.',
      },
      {
        name: 'Retry-After',
        requirement: 'MAY',
        note: 'On a 307 it asks the client to wait at least this long before replaying the request at Location, for example while the fallback warms up.',
      },
    ],
    body:
      'A short note with a link to the target for humans; the client resends its own request body, so the content of this response is not reused.',
    pitfalls: [
      'Repeating the method means repeating the payload: a 307 on a large upload makes the client send the whole body twice; answer before the body arrives (the client can send Expect: 100-continue) or point clients at the right URL up front.',
      'Some defaults are 307 where people expect 302: Next.js redirect() outside Server Actions and NextResponse.redirect, and Starlette/FastAPI RedirectResponse; a POST handler that "redirects to the result page" then replays the POST there, which the page may reject with 405. Pass status_code=303 to RedirectResponse in that case.',
      'An open redirect is worse with 307 than with 302: the client delivers its POST body, not just a GET, to whatever host an attacker put in the return URL.',
      '.NET calls 307 HttpStatusCode.RedirectKeepVerb, an alias that can show up under another name when printed; compare numbers, not enum names, in logs and tests.',
    ],
    examples: [
      {
        title: 'Writes routed to another region during maintenance',
        request:
          'POST /api/v1/uploads HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\n\n{"name": "q3.csv", "size": 20480}',
        response:
          'HTTP/1.1 307 Temporary Redirect\nLocation: https://eu.api.example.test/api/v1/uploads\nContent-Length: 0',
        note: 'The EU region takes writes while the primary is being patched; 307 makes the client replay the POST with its JSON body instead of falling back to GET.',
      },
    ],
    alternatives: [
      { code: 308, when: 'the move is permanent and the method must still be preserved' },
      { code: 303, when: 'the client should fetch a result page with GET after a write' },
      { code: 302, when: 'only GET links are affected and the oldest clients must cope' },
      { code: 503, when: 'the client should retry the same URL later instead' },
    ],
    related: [308, 302, 303, 301, 503],
    references: [rfc9110('15.4.8', '307 Temporary Redirect'), mdn(307)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['temporary redirect', 'preserve method', 'keep post', 'redirect', 'moved', 'RedirectKeepVerb', 'maintenance redirect'],
  },
  {
    code: 308,
    phrase: 'Permanent Redirect',
    class: '3xx',
    status: 'standard',
    gist: 'moved for good, method kept',
    check: 'Trial the rule as a 307 first and bound it with Cache-Control max-age, since browsers cache a 308.',
    eli5:
      'What you want has moved for good: send exactly the same request to the new address, and use that address from now on. ' +
      'It is like a post office forwarding a parcel unopened and telling the sender to update the address book.',
    serverPerspective:
      'The resource has a new permanent URL, given in Location; the client should send this request there unchanged, method and body included, and update stored links. ' +
      'It is the method-preserving counterpart of 301.',
    whenToUse: [
      'An API endpoint that accepts POST, PUT, PATCH or DELETE moved for good (a new version path, a new host) and existing callers must keep working.',
      'Permanent https or host canonicalisation for a site whose old URLs also receive form posts or API writes.',
      'Any permanent move where you know your clients are recent enough to understand the code.',
    ],
    whenNotToUse: [
      'The redirect is temporary or still being tested: 307 Temporary Redirect, which browsers do not remember.',
      'Only browsers following plain GET links are affected and very old clients matter: 301 Moved Permanently is understood everywhere.',
      'After a write the client should view a different page with GET: 303 See Other.',
      'The resource was retired with no replacement: 410 Gone.',
    ],
    howToRespond: [
      'Send Location with the new permanent URL and keep the old route answering 308 for as long as old clients might call it.',
      'Give the redirect an explicit Cache-Control max-age so browser and CDN copies expire within a bounded time.',
      'Ask for it by name: Next.js permanentRedirect() or NextResponse.redirect(url, 308), axum Redirect::permanent, ASP.NET RedirectPermanentPreserveMethod, Servlet 6.1 SC_PERMANENT_REDIRECT, Symfony Response::HTTP_PERMANENTLY_REDIRECT.',
    ],
    headers: [
      {
        name: 'Location',
        requirement: 'SHOULD',
        note: 'The new permanent address; clients resend the same request there and should update bookmarks or configuration.',
      },
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'Like 301, a 308 is heuristically cacheable; bound its lifetime so a mistake does not stay in browsers indefinitely.',
      },
      {
        name: 'Retry-After',
        requirement: 'MAY',
        note: 'Permitted on every 3xx; on a permanent move it only delays the first hop to the new URL.',
      },
    ],
    body:
      'Optional short HTML or JSON naming the new URL, for clients that stop at the response instead of following Location.',
    pitfalls: [
      '308 dates only from June 2014 (RFC 7238, then RFC 7538), and RFC 9110 itself warns it may not be recognised everywhere; a client that does not know it treats it as 300 and may just show the body, so check embedded devices and old HTTP libraries before relying on it.',
      'Cached like 301: a browser that has seen a wrong 308 keeps following it after you fix the server, so trial new rules as 307 and switch once they are correct.',
      'Google\'s resumable-upload API gave 308 the meaning "Resume Incomplete", and Python requests still aliases codes.resume_incomplete and codes.resume to 308; from such an API the code reports upload progress and is not an instruction to follow Location.',
      'Older constant tables lack it: the JDK HttpURLConnection constants stop at 305 and Servlet only added SC_PERMANENT_REDIRECT in 6.1, so Java code often uses a bare 308, and Symfony spells it HTTP_PERMANENTLY_REDIRECT.',
    ],
    examples: [
      {
        title: 'Versioned API path moved for good',
        request:
          'PUT /v1/profiles/42 HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\n\n{"displayName": "Ada"}',
        response:
          'HTTP/1.1 308 Permanent Redirect\nLocation: https://api.example.test/v2/profiles/42\nCache-Control: max-age=86400\nContent-Length: 0',
        note: 'The v1 path is retired for good and the PUT must reach v2 with its body, which 301 would not guarantee.',
      },
      {
        title: 'Form action moved to https',
        request:
          'POST /contact HTTP/1.1\nHost: www.example.test\nContent-Type: application/x-www-form-urlencoded\n\nname=Ada&message=Hello',
        response: 'HTTP/1.1 308 Permanent Redirect\nLocation: https://www.example.test/contact\nContent-Length: 0',
        note: 'Old pages still post to the http URL; 308 moves the submission to https without turning it into an empty GET.',
      },
    ],
    alternatives: [
      { code: 301, when: 'only GET traffic uses the old URL and every client, however old, must understand the redirect' },
      { code: 307, when: 'the move is temporary or the rule is still being verified' },
      { code: 303, when: 'the client should load a different page with GET after its write' },
      { code: 410, when: 'the resource was retired without a successor' },
    ],
    related: [301, 307, 302, 303, 410],
    references: [rfc9110('15.4.9', '308 Permanent Redirect'), rfc(7538, '3', '308 Permanent Redirect'), mdn(308)],
    cacheable: true,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['permanent redirect', 'moved', 'redirect', 'permanent', 'preserve method', 'http to https', 'api version move', 'resume incomplete'],
  },
];
