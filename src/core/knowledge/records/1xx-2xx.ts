import type { StatusRecord } from '../types';
import { ianaRegistry, mdn, rfc, rfc9110 } from './refs';

// 1xx informational and 2xx success codes.
export const records1xx2xx: readonly StatusRecord[] = [
  {
    code: 100,
    phrase: 'Continue',
    class: '1xx',
    status: 'standard',
    gist: 'go ahead, send the request body',
    check: 'Check the headers before sending it, then always finish with exactly one final status.',
    eli5:
      'Before carrying a heavy parcel up the stairs, you buzz the intercom to ask whether anyone will sign for it. ' +
      'A 100 is the voice saying "yes, bring it up": go ahead and send the rest of your request.',
    serverPerspective:
      'The server has read the request headers, which included Expect: 100-continue, and sees no reason to refuse, so the client may now send the body. ' +
      'It is only an interim answer: the real outcome arrives later as a separate final status, once the body has been handled.',
    whenToUse: [
      'A client announced a large upload with Expect: 100-continue, and its headers (size, media type, credentials) pass your checks, so the body is worth receiving.',
      'You work on the raw Node http server and confirm the expectation yourself with res.writeContinue() before reading the request stream.',
    ],
    whenNotToUse: [
      'The headers already show the upload will be refused: skip the 100 and send the final status at once, such as 413 Content Too Large or 401 Unauthorized.',
      'The request carries an expectation other than 100-continue that the server cannot meet: 417 Expectation Failed.',
      'The client speaks HTTP/1.0: it must never receive a 1xx, so answer directly with the final status.',
      'No Expect: 100-continue header was sent: there is nothing to confirm, so go straight to the final 2xx–5xx response.',
    ],
    howToRespond: [
      'Check everything the headers let you check (Content-Length, Content-Type, authentication) before answering 100, so a client never streams a large body only to be rejected.',
      'After sending 100, read the body and always finish with exactly one final status; the interim reply alone leaves the exchange open.',
      'To refuse, answer with the final 4xx in place of the 100; that tells the client not to send the body at all.',
    ],
    headers: [
      {
        name: 'Content-Length',
        requirement: 'MUST NOT',
        note: 'Forbidden on every 1xx (RFC 9110 §8.6): a 100 is a status line and an empty line, with no content to measure.',
      },
    ],
    body:
      'None. The interim reply is just the status line followed by a blank line; any content belongs to the final response that comes after the uploaded body.',
    pitfalls: [
      'Never send 100 to an HTTP/1.0 client (RFC 9110 §15.2): interim responses did not exist in that version, so such a client cannot parse them.',
      'Sending 100 commits the server to a final response (RFC 9110 §10.1.1); a handler that crashes or times out after it leaves the client holding half a conversation.',
      'A proxy has to forward a 100 it did not ask for itself; one that swallows it can stall uploads, because the client keeps waiting for the go-ahead.',
      'A client that gets 417 Expectation Failed in reply to Expect: 100-continue should repeat the request without the header, which gives servers that cannot do interim replies a clean way out.',
    ],
    examples: [
      {
        title: 'Large upload approved before the body is sent',
        request:
          'PUT /files/backup.tar HTTP/1.1\nHost: storage.example.test\nContent-Type: application/x-tar\nContent-Length: 524288000\nExpect: 100-continue',
        response: 'HTTP/1.1 100 Continue\n\nHTTP/1.1 201 Created\nLocation: /files/backup.tar\nContent-Length: 0',
        note: 'The server approves the headers with 100, the client then streams 500 MB, and the final 201 reports what happened.',
      },
      {
        title: 'Upload refused from its headers alone',
        request:
          'POST /api/videos HTTP/1.1\nHost: api.example.test\nContent-Type: video/mp4\nContent-Length: 8589934592\nExpect: 100-continue',
        response:
          'HTTP/1.1 413 Content Too Large\nContent-Type: application/problem+json\n\n{"type": "about:blank", "title": "Content Too Large", "status": 413, "detail": "Uploads are limited to 2 GB."}',
        note: 'The declared 8 GB is over the limit, so the server skips 100 and the client never transmits the body.',
      },
    ],
    alternatives: [
      { code: 417, when: 'the request carries an expectation the server cannot meet' },
      { code: 413, when: 'the declared upload size is over your limit before any body arrives' },
      { code: 401, when: 'the upload needs credentials that the request headers lack' },
    ],
    related: [417, 413, 103, 101],
    references: [rfc9110('15.2.1', '100 Continue'), rfc9110('10.1.1', 'Expect'), mdn(100)],
    cacheable: false,
    bodyAllowed: false,
    formerNames: [],
    keywords: ['expect 100-continue', 'interim response', 'large upload', 'go ahead', 'informational'],
  },
  {
    code: 101,
    phrase: 'Switching Protocols',
    class: '1xx',
    status: 'standard',
    gist: 'switching to the protocol named in Upgrade',
    check: 'Send Upgrade naming one protocol the client offered, together with Connection: upgrade.',
    eli5:
      'You and a shop assistant agree to stop speaking and continue in sign language. ' +
      'A 101 is the assistant nodding "agreed": from the next moment on, the connection talks a different protocol instead of HTTP.',
    serverPerspective:
      'The client offered one or more protocols in its Upgrade request header, and the server accepts one of them for this connection. ' +
      'Right after the blank line that ends the 101, the bytes on the wire belong to the new protocol; HTTP is over on that connection.',
    whenToUse: [
      'An HTTP/1.1 client asks to move the connection to another protocol with Upgrade and Connection: upgrade, and you support one of the protocols it listed.',
      'A WebSocket opening handshake over HTTP/1.1 succeeds, and the connection changes to WebSocket framing.',
    ],
    whenNotToUse: [
      'The client did not ask to upgrade, but you will only serve it over another protocol: 426 Upgrade Required, with an Upgrade header naming what you accept.',
      'You prefer to stay on HTTP for this request: the offer is optional, so answer with the ordinary final status (for example 200 OK) and keep speaking HTTP.',
      'The request arrived over HTTP/2 or HTTP/3: there is no 101 there (RFC 9113 §8.6), so an upgrade handshake is not the tool.',
      'You want the client to use a different URL, such as an https:// address: that is a redirect like 308 Permanent Redirect, not a protocol switch.',
    ],
    howToRespond: [
      'Pick exactly one protocol from the client\'s Upgrade list, name it in the Upgrade header of the 101 and put Connection: upgrade beside it; never pick one the client did not offer.',
      'Send the 101 and hand the socket to the new protocol\'s handler immediately; the first bytes after the empty line are already in the new protocol.',
      'Run authentication and authorization on the HTTP request before answering 101, since HTTP middleware (auth, logging, rate limits) no longer sees the traffic after the switch.',
    ],
    headers: [
      {
        name: 'Upgrade',
        requirement: 'MUST',
        note: 'Names the protocol now in effect on the connection, chosen from those the client offered (RFC 9110 §15.2.2, §7.8).',
      },
      {
        name: 'Connection',
        requirement: 'MUST',
        note: 'Must carry the upgrade option (Connection: upgrade): RFC 9110 §7.8 requires it of anyone who sends Upgrade, so that intermediaries treat Upgrade as hop-by-hop and do not pass it further.',
      },
      {
        name: 'Content-Length',
        requirement: 'MUST NOT',
        note: 'A 101 is interim and content-free; what follows it on the wire is the new protocol, not a body to be counted.',
      },
    ],
    body:
      'No content. The status line and headers close the HTTP part of the exchange; everything after them on the connection is framed by the protocol named in Upgrade.',
    pitfalls: [
      'HTTP/2 removed 101 (RFC 9113 §8.6), and HTTP/3 has none either, so an upgrade handshake only works on an HTTP/1.1 hop; check what protocol your load balancer speaks to the backend.',
      'A 101 without an Upgrade header breaks RFC 9110 §15.2.2 and leaves the client unable to tell which protocol follows; one with Upgrade but no Connection: upgrade breaks §7.8 and lets a proxy forward the Upgrade field to a hop that never agreed to switch.',
      'Connection is a hop-by-hop header, so a reverse proxy that is not configured for upgrades strips it and the backend never sees the request to switch.',
      'Switching to a protocol the client never offered is forbidden (RFC 9110 §7.8); echo one of its choices, not your own preferred default.',
    ],
    examples: [
      {
        title: 'WebSocket handshake',
        request:
          'GET /chat HTTP/1.1\nHost: ws.example.test\nConnection: Upgrade\nUpgrade: websocket\nSec-WebSocket-Version: 13\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
        response:
          'HTTP/1.1 101 Switching Protocols\nUpgrade: websocket\nConnection: Upgrade\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=',
        note: 'The client offered websocket, the server accepts and names it in Upgrade, and from then on the connection carries WebSocket frames.',
      },
    ],
    alternatives: [
      { code: 426, when: 'the client must move to another protocol before you will serve it' },
      { code: 200, when: 'you decline the optional upgrade and answer over the current protocol' },
    ],
    related: [426, 100, 103, 505],
    references: [
      rfc9110('15.2.2', '101 Switching Protocols'),
      rfc9110('7.8', 'Upgrade'),
      rfc9110('7.6.1', 'Connection'),
      rfc(9113, '8.6', 'The Upgrade Header Field'),
      mdn(101),
    ],
    cacheable: false,
    bodyAllowed: false,
    formerNames: [],
    keywords: ['upgrade', 'websocket', 'protocol switch', 'handshake', 'connection upgrade'],
  },
  {
    code: 102,
    phrase: 'Processing',
    class: '1xx',
    status: 'standard',
    gist: 'WebDAV, still working, no result yet',
    check: 'Prefer 202 with a status monitor in new APIs; 102 was dropped from WebDAV and support is thin.',
    eli5:
      'You leave a big order at a bakery counter, and every few minutes the baker calls out "still on it!" so you do not walk away. ' +
      'A 102 is that call: no result yet, only proof that the server is still working.',
    serverPerspective:
      'The server has received a WebDAV request that will take a long time and reports that it is still working on it, so the client does not give up. ' +
      'No result is included; a final status still has to follow.',
    whenToUse: [
      'A WebDAV server handles a request that runs long enough for clients to time out, and those clients are known to understand 102.',
      'You maintain a server that already implements RFC 2518 WebDAV and must stay compatible with clients that rely on this keep-alive signal.',
    ],
    whenNotToUse: [
      'A new API with slow work: answer 202 Accepted with a link to a status resource instead of holding the connection open with interim replies.',
      'You want the browser to start loading assets while the page is built: that is 103 Early Hints.',
      'The work has finished: send the final code, such as 200 OK or 207 Multi-Status, rather than yet another 102.',
    ],
    howToRespond: [
      'Send 102 from time to time during the long operation (Node offers res.writeProcessing()), then end with exactly one final status.',
      'Prefer turning long operations into asynchronous jobs, since 102 was left out of the current WebDAV specification (RFC 4918) and support for it is thin.',
      'Send it only to HTTP/1.1 or newer peers; a 1.0 client must not be given an interim response of any kind.',
    ],
    headers: [
      {
        name: 'Content-Length',
        requirement: 'MUST NOT',
        note: 'A 102 is a bare progress signal; like all 1xx responses it carries no content and so must not declare a length.',
      },
    ],
    body:
      'Nothing. A 102 is only a heartbeat; whatever the client needs to read arrives with the final status.',
    pitfalls: [
      'RFC 4918 dropped 102 from WebDAV, yet it remains in the IANA registry; Spring 7 deprecates HttpStatus.PROCESSING and Jakarta Servlet has no constant for it, so newer stacks may not support it.',
      'Python requests registers "early-hints" as an alias of 102, not 103, so looking up Early Hints by that name in requests.codes returns the wrong number.',
      'User agents may discard unexpected 1xx responses (RFC 9110 §15.2), so do not count on 102 to keep every client from timing out.',
      'A 102 keeps a slow request alive but still ties up a connection and a worker for the whole job; under load, 202 with a status monitor scales better.',
    ],
    examples: [
      {
        title: 'Long WebDAV copy of a collection',
        request:
          'COPY /archive/2019/ HTTP/1.1\nHost: dav.example.test\nDestination: https://dav.example.test/backup/2019/\nDepth: infinity',
        response: 'HTTP/1.1 102 Processing\n\nHTTP/1.1 102 Processing\n\nHTTP/1.1 201 Created\nContent-Length: 0',
        note: 'Copying a large collection takes minutes, so the server sends 102 twice to show it is alive before the final 201.',
      },
    ],
    alternatives: [
      { code: 202, when: 'the work can continue after the response and the client can poll for the result' },
      { code: 103, when: 'you want to send likely response headers early rather than a progress signal' },
    ],
    related: [202, 207, 100, 103],
    references: [rfc(2518, '10.1', '102 Processing'), mdn(102)],
    cacheable: false,
    bodyAllowed: false,
    formerNames: [],
    keywords: ['webdav', 'still working', 'long running request', 'keep alive', 'progress', 'heartbeat'],
  },
  {
    code: 103,
    phrase: 'Early Hints',
    class: '1xx',
    status: 'standard',
    gist: 'preload hints before the final response',
    check: 'Repeat the same Link headers on the final response, and never send a 103 to an HTTP/1.0 client.',
    eli5:
      'While the kitchen cooks your meal, the waiter already brings cutlery and napkins because you will certainly need them. ' +
      'A 103 is that early delivery: hints about files the page will need, sent before the real answer is ready.',
    serverPerspective:
      'The server is still preparing the final response but already knows some headers it will probably carry, usually Link preload hints for stylesheets and scripts, and sends them now so the browser can start fetching. ' +
      'The hinted headers do not describe the 103 itself, and the real status follows.',
    whenToUse: [
      'Building the HTML takes time (database queries, server-side rendering), but the critical CSS, fonts and scripts are known before rendering starts.',
      'A gateway waiting on a slow backend knows which assets every page of the site needs and can announce them while it waits.',
    ],
    whenNotToUse: [
      'The final response is ready at once: put the Link headers on the 200 OK itself, since an extra interim response gains nothing.',
      'Some of your clients are HTTP/1.0, or HTTP/1.1 software known to mishandle 1xx: send a plain 200 OK carrying the Link headers.',
      'You want to report progress on a long job: that was 102 Processing, and for new APIs it is 202 Accepted with a status monitor.',
    ],
    howToRespond: [
      'Send one or more 103 responses with Link: <url>; rel=preload headers, then the final response; RFC 8297 §2 allows several 103s as more hints become known.',
      'Put the same Link headers on the final response too; a 103 is advance notice, not a substitute for the headers of the real answer.',
      'In Node call res.writeEarlyHints({ link: ... }); in Go 1.19 or later set the Link header and call WriteHeader(http.StatusEarlyHints) before writing the final status.',
    ],
    headers: [
      {
        name: 'Link',
        requirement: 'MAY',
        note: 'The usual payload, for example </app.css>; rel=preload; as=style; the hints describe the coming response, and a client must not apply them to the 103 itself.',
      },
      {
        name: 'Content-Length',
        requirement: 'MUST NOT',
        note: 'Early Hints carries header fields only; being a 1xx, it has no content and must not declare a length.',
      },
    ],
    body:
      'No content: the whole value of a 103 lies in its header fields, and the page itself comes with the final response.',
    pitfalls: [
      'RFC 8297 §3 warns that some HTTP/1.1 clients handle 1xx responses badly, so test your clients, and every proxy in between, before sending 103 over HTTP/1.1.',
      'The ban on interim responses to HTTP/1.0 peers (RFC 9110 §15.2) applies to hints too; check the request version before emitting a 103.',
      'Some constants call 103 "Checkpoint" (Spring 6.2\'s deprecated CHECKPOINT, removed in Spring 7; requests.codes.checkpoint as of 2026): a name an abandoned, never-registered proposal gave the number, not a former name of Early Hints; NestJS also keeps a deprecated EARLYHINTS alias. All of them send this same 103.',
      'Several platforms had no named constant for 103 in the 2025–2026 sources checked (ASP.NET Core StatusCodes, Ktor, actix-web builders, Servlet before 6.2), so you may have to write the raw number.',
      'Hinting resources the final page does not use wastes bandwidth and competes with the ones it does need; keep the list short and accurate.',
    ],
    examples: [
      {
        title: 'Preloading assets during a slow render',
        request: 'GET /dashboard HTTP/1.1\nHost: www.example.test\nAccept: text/html',
        response:
          'HTTP/1.1 103 Early Hints\nLink: </static/app.css>; rel=preload; as=style\nLink: </static/app.js>; rel=preload; as=script\n\n' +
          'HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nLink: </static/app.css>; rel=preload; as=style\nLink: </static/app.js>; rel=preload; as=script\n\n<!doctype html>...',
        note: 'The browser starts downloading the stylesheet and script during the slow render, and the 200 that follows repeats the same Link headers.',
      },
    ],
    alternatives: [
      { code: 200, when: 'the final response is ready at once and can carry the Link headers itself' },
      { code: 102, when: 'a legacy WebDAV client only needs to know the server is still working' },
    ],
    related: [100, 102, 200, 104],
    references: [rfc(8297, '2', '103 Early Hints'), rfc(8297, '3', 'Security Considerations'), mdn(103)],
    cacheable: false,
    bodyAllowed: false,
    formerNames: [],
    keywords: ['preload', 'link header', 'rel=preload', 'page speed', 'performance', 'early hints', 'checkpoint'],
  },
  {
    code: 104,
    phrase: 'Upload Resumption Supported',
    class: '1xx',
    status: 'temporary',
    gist: 'resumable upload URL announced (draft)',
    check: 'Send it only if the request has your Upload-Draft-Interop-Version; the first 104 must carry Location.',
    eli5:
      'You start posting a very thick letter and the post office hands you a tracking slip right away, so if the van breaks down the delivery can continue from where it stopped. ' +
      'A 104 is that slip: it tells you where your upload lives so you can resume it.',
    serverPerspective:
      'The server implements the IETF Internet-Draft on resumable uploads (checked here against revision draft-ietf-httpbis-resumable-upload-11, March 2026) and has created an upload resource for this transfer; it announces that resource\'s URL in Location while the body is still arriving. ' +
      'If the connection breaks, the client can continue through that URL instead of sending everything again; later 104s on the same request only report how many bytes have arrived.',
    whenToUse: [
      'Your server implements the draft and a client that opted in (its request carries Upload-Complete and the Upload-Draft-Interop-Version your revision expects) starts a large upload, so you hand out the upload URL before the transfer ends.',
      'Clients on mobile or unreliable networks upload big files, and both sides have agreed to use the draft protocol.',
      'A long upload or append is under way and you want to tell the client how far it has got: a 104 carrying only Upload-Offset, which draft -11 asks servers to send while receiving appended data.',
    ],
    whenNotToUse: [
      'The client has not opted into resumable uploads: answer the upload normally, for instance with 201 Created; an unknown 1xx is at best ignored.',
      'The request has no Upload-Draft-Interop-Version, or a number other than the one your revision defines (8 in draft -11): a draft implementation must not send 104 then, so treat it as a plain upload.',
      'You only need the client to wait for approval before sending the body: that is 100 Continue, which a 104 does not replace when the client sent Expect: 100-continue.',
      'You need a stable long-term contract: the registration is temporary and expires on 2026-11-13 unless renewed, so keep a plain upload flow ending in 201 Created as the baseline.',
    ],
    howToRespond: [
      'As soon as the upload resource exists, send one 104 with Location naming it, Upload-Limit if the resource has limits, and Upload-Draft-Interop-Version: 8; then keep reading the body and finish with a final status.',
      'Any further 104 for the same request is a progress report: give Upload-Offset and leave Location out, as draft -11 forbids it on those.',
      'Keep a fallback for clients and intermediaries that drop unknown interim responses: the upload must still succeed, just without resumption.',
      'Record which draft revision you implement: the project reference lists the IANA entry against -05 (interop version 6), while -11 uses interop version 8, and the interop number exists so that implementations of different revisions refuse to pair up.',
    ],
    headers: [
      {
        name: 'Location',
        requirement: 'MUST',
        note: 'In the 104 that announces the upload (draft -11 §4.2.2; -05 said the same of the first 104): the URL of the upload resource the client resumes through. Progress-only 104s while appending MUST NOT carry it (§4.4.2).',
      },
      {
        name: 'Upload-Limit',
        requirement: 'MUST',
        note: 'Required by draft -11 §4.2.2 in the announcing 104 whenever the upload resource has limits, for example Upload-Limit: max-size=1000000000, so the client can stop early if its file is too big.',
      },
      {
        name: 'Upload-Offset',
        requirement: 'MAY',
        note: 'The number of bytes received so far, for progress: optional in 104s during upload creation (draft -11 §4.2.2), while during an append the draft says the server SHOULD send such 104s (§4.4.2).',
      },
      {
        name: 'Upload-Draft-Interop-Version',
        requirement: 'MUST',
        note: 'Draft implementations must put their interop version in every 104 (8 for draft -11, 6 for -05; Appendix B of -11) and send no 104 when the request\'s value is missing or different; the field is meant to disappear once the draft becomes an RFC.',
      },
      {
        name: 'Content-Length',
        requirement: 'MUST NOT',
        note: 'A 104 is interim and content-free, so the general rule against a length field on any 1xx applies to it as well.',
      },
    ],
    body:
      'No content. What the client needs, the upload URL, its limits and the progress so far, travels in the Location, Upload-Limit and Upload-Offset header fields.',
    pitfalls: [
      'The IANA registration is temporary: made on 2024-11-13 and extended on 2025-09-15, it expires on 2026-11-13 unless renewed or made permanent, and the Internet-Draft behind it is still changing between revisions.',
      'Revisions are not compatible with each other: a client built for interop version 6 (-05) ignores a server speaking 8 (-11), by design; check the interop number first when resumption silently never happens.',
      'Hardly any library names 104: jshttp statuses 2.0.2 (the table Node uses), CPython 3.13 HTTPStatus, Spring 7, .NET, Rack 3.2, Symfony 7.1, axios and the http crate 1.4.2 all lacked it in the sources checked for the project reference (2025–2026), so code has to use the bare number.',
      'An intermediary that mishandles interim responses hides the 104 from the client, which then cannot resume; treat resumption as an optimisation and keep the plain upload path working.',
      'Do not confuse 104 with the "Resume Incomplete" meaning Google\'s upload API gave to 308 (requests still maps codes.resume_incomplete to 308 as of 2026): that was a vendor convention, not this draft.',
    ],
    examples: [
      {
        title: 'Upload URL announced early, then progress',
        request:
          'POST /uploads HTTP/1.1\nHost: upload.example.test\nContent-Type: application/octet-stream\nContent-Length: 2147483648\nUpload-Length: 2147483648\nUpload-Complete: ?1\nUpload-Draft-Interop-Version: 8',
        response:
          'HTTP/1.1 104 Upload Resumption Supported\nLocation: https://upload.example.test/uploads/7f3a9c\nUpload-Limit: max-size=4294967296\nUpload-Draft-Interop-Version: 8\n\n' +
          'HTTP/1.1 104 Upload Resumption Supported\nUpload-Offset: 1073741824\nUpload-Draft-Interop-Version: 8\n\n' +
          'HTTP/1.1 200 OK\nLocation: https://upload.example.test/uploads/7f3a9c\nContent-Type: application/json\n\n{"file": "/files/7f3a9c", "size": 2147483648}',
        note: 'The first 104 names the upload resource and its limit, the second reports 1 GiB received, so an interrupted 2 GiB upload can resume there instead of starting over.',
      },
    ],
    alternatives: [
      { code: 100, when: 'the client only needs a go-ahead before sending a large body' },
      { code: 201, when: 'the upload completed and created a resource, with no resumption on offer' },
    ],
    related: [100, 201, 308, 413],
    references: [
      ianaRegistry,
      {
        title: 'Internet-Draft draft-ietf-httpbis-resumable-upload-11 §5 Status Code 104 (March 2026)',
        url: 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-11#section-5',
      },
      {
        title: 'Internet-Draft draft-ietf-httpbis-resumable-upload-11 §4.2.2 Upload Creation: Server Behavior',
        url: 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-11#section-4.2.2',
      },
      {
        title: 'Internet-Draft draft-ietf-httpbis-resumable-upload-11 Appendix B Draft Version Identification',
        url: 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-11#appendix-B',
      },
    ],
    cacheable: false,
    bodyAllowed: false,
    formerNames: [],
    keywords: ['resumable upload', 'resume upload', 'upload url', 'interrupted upload', 'large file upload'],
  },
  {
    code: 200,
    phrase: 'OK',
    class: '2xx',
    status: 'standard',
    gist: 'success, here is the result',
    check: 'Never send an error message with 200; use the matching 4xx or 5xx status instead.',
    eli5:
      'You asked a question and got exactly the answer you wanted. ' +
      'A 200 means the request worked and the reply holds the result, like a librarian handing you the book you asked for.',
    serverPerspective:
      'The request succeeded, and what the content means depends on the method: the current representation for GET, the same headers without content for HEAD, the result of the action for POST. ' +
      'It is the default "all good" answer.',
    whenToUse: [
      'A GET returns a resource, a search result or a page of a list, including an empty list: [] is still a successful answer.',
      'A PUT replaced an existing resource and you return its new state; RFC 9110 §9.3.4 allows 200 or 204 when a PUT modifies a resource.',
      'A DELETE or POST completed and the body tells the caller something useful, such as the removed item or a computed result.',
    ],
    whenNotToUse: [
      'The request failed (validation error, missing record, crash): use the matching 4xx or 5xx, for example 422 Unprocessable Content or 404 Not Found, never 200 with {"error": ...}.',
      'A POST created a new resource: 201 Created with a Location header.',
      'The work was only queued and has not happened yet: 202 Accepted.',
      'There is nothing to send back, or the client said it prefers no content: 204 No Content.',
      'You answer a Range request with only part of the file: 206 Partial Content.',
      'A conditional GET found the client\'s copy still current: 304 Not Modified.',
    ],
    howToRespond: [
      'Send ETag and/or Last-Modified on 200 responses to GET and HEAD, so clients can revalidate with If-None-Match or If-Modified-Since and get a cheap 304.',
      'Set Cache-Control on purpose: a 200 may be cached without being told, so personal or fast-changing data needs private, no-cache or no-store.',
      'Return the same JSON shape for an empty result as for a full one (an empty array, not null or a 404), so clients need no special case.',
    ],
    headers: [
      {
        name: 'ETag',
        requirement: 'SHOULD',
        note: 'On a 200 to GET or HEAD, send the validators you have (RFC 9110 §15.3.1); an entity tag enables If-None-Match revalidation.',
      },
      {
        name: 'Last-Modified',
        requirement: 'SHOULD',
        note: 'The other validator §15.3.1 asks for on GET and HEAD; it enables If-Modified-Since when a trustworthy modification time exists.',
      },
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Declare the media type of the returned representation so clients parse it correctly.',
      },
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'Since a 200 is heuristically cacheable, state the intended lifetime, or opt out with no-store for private data.',
      },
    ],
    body:
      'The result the method promises: the resource for GET, the outcome or returned data for POST, a confirmation or the removed item for DELETE. ' +
      'A response to HEAD carries the same headers and no content.',
    pitfalls: [
      'A 200 carrying an error message is a success to every cache, proxy, retry policy and monitor; because 200 is heuristically cacheable (RFC 9110 §15.1), a CDN can keep serving that error page to everyone.',
      'Success checks differ between clients: fetch sets res.ok for 200–299 and axios resolves only for 2xx by default, but Python requests treats r.ok as anything below 400.',
      'Many stacks send 200 implicitly: Node\'s res.statusCode starts at 200, Go writes 200 on the first Write, and Koa switches to 200 when ctx.body is set, so an error path that forgets its status ships as success.',
      'Go logs "superfluous response.WriteHeader call" when WriteHeader runs after the body has started: the 200 has already gone out and the later error code is lost.',
      'Replying 200 with the whole file to a Range request is allowed (a server may ignore Range), but resumed downloads and video seeking then start again from byte zero.',
    ],
    examples: [
      {
        title: 'Reading a resource',
        request: 'GET /api/products/42 HTTP/1.1\nHost: api.example.test\nAccept: application/json',
        response:
          'HTTP/1.1 200 OK\nContent-Type: application/json\nETag: "v7-3f9a"\nLast-Modified: Tue, 04 Mar 2025 10:15:00 GMT\nCache-Control: max-age=60\n\n{"id": 42, "name": "Desk lamp", "price": 39.9}',
        note: 'The product exists and is returned whole, with validators so the next request can be conditional.',
      },
      {
        title: 'Replacing an existing resource',
        request:
          'PUT /api/products/42 HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\nIf-Match: "v7-3f9a"\n\n{"name": "Desk lamp", "price": 34.9}',
        response: 'HTTP/1.1 200 OK\nContent-Type: application/json\nETag: "v8-81c2"\n\n{"id": 42, "name": "Desk lamp", "price": 34.9}',
        note: 'The existing product was replaced, and the server returns its new state together with the new ETag.',
      },
    ],
    alternatives: [
      { code: 201, when: 'the request created a new resource' },
      { code: 204, when: 'there is nothing useful to return' },
      { code: 202, when: 'the work was queued, not done' },
      { code: 206, when: 'only the requested byte range is returned' },
    ],
    related: [201, 204, 206, 304, 203],
    references: [rfc9110('15.3.1', '200 OK'), mdn(200)],
    cacheable: true,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['success', 'ok', 'successful', 'request succeeded', 'everything fine'],
  },
  {
    code: 201,
    phrase: 'Created',
    class: '2xx',
    status: 'standard',
    gist: 'created, Location names it',
    check: 'Put the new resource\'s URL in Location; without it clients assume the request URL is the new resource.',
    eli5:
      'You hand in a form to open a bank account, and the clerk gives you your new account number. ' +
      'A 201 says the server made something new because of your request and tells you where to find it.',
    serverPerspective:
      'The request has been fulfilled and produced at least one new resource. ' +
      'The main one is named by the Location header; when there is no Location, the request\'s own URL is taken to be the new resource.',
    whenToUse: [
      'A POST to a collection (POST /orders) created a new item: answer 201 with Location pointing at /orders/{id}, as RFC 9110 §9.3.3 recommends.',
      'A PUT to a URL that had no resource before created one; the spec requires 201 in that case (§9.3.4).',
      'An upload or import produced a new document whose URL the client needs for later reads.',
    ],
    whenNotToUse: [
      'The PUT replaced a resource that already existed: 200 OK or 204 No Content, as §9.3.4 requires.',
      'Creation will happen later in a background job: 202 Accepted, with a way to check progress.',
      'The POST matched a resource that already exists and you send the client there instead of making a duplicate: 303 See Other.',
      'The new item would clash with existing data, such as a duplicate unique name: 409 Conflict.',
    ],
    howToRespond: [
      'Put the URL of the created resource in Location; clients and SDKs use it to fetch, link or cache the new item.',
      'Return the stored representation in the body (with its server-assigned id, timestamps and ETag) so the caller needs no second GET.',
      'Use helpers that set status and Location together: Spring ResponseEntity.created(uri), JAX-RS Response.created(uri), ASP.NET CreatedAtAction or Results.Created.',
    ],
    headers: [
      {
        name: 'Location',
        requirement: 'SHOULD',
        note: 'For a POST that creates a resource, name the new resource here (§9.3.3); without it, clients take the request URL itself as the new resource (§15.3.2).',
      },
      {
        name: 'ETag',
        requirement: 'MAY',
        note: 'The entity tag of the freshly created resource, so the client can send conditional updates straight away.',
      },
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Describe the representation of the created item whenever you return one.',
      },
    ],
    body:
      'Usually the new resource as stored (id, server-set fields, links) or a short description pointing to it; an empty body is fine when Location alone tells the client enough.',
    pitfalls: [
      'A 201 without Location after a POST leaves the client to assume the collection URL itself is the new resource (§15.3.2), which is almost never true.',
      'NestJS answers every POST with 201 by default, even actions that create nothing (POST /login, POST /search); add @HttpCode(200) where nothing is created.',
      'A retried POST creates a duplicate unless creation is idempotent (a client-supplied key, or PUT to a client-chosen URL); two 201s for one order is a bug the client cannot detect.',
      'Location on a 201 is a pointer, not a redirect: HTTP clients follow Location automatically only on 3xx, so SDKs must read it themselves.',
    ],
    examples: [
      {
        title: 'POST to a collection',
        request:
          'POST /api/orders HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\n\n{"sku": "LAMP-42", "quantity": 2}',
        response:
          'HTTP/1.1 201 Created\nLocation: /api/orders/1087\nContent-Type: application/json\nETag: "1"\n\n{"id": 1087, "sku": "LAMP-42", "quantity": 2, "status": "pending"}',
        note: 'The POST created order 1087, and Location tells the client where it now lives.',
      },
      {
        title: 'PUT to a new URL',
        request:
          'PUT /api/themes/midnight HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\n\n{"background": "#101820", "accent": "#f2aa4c"}',
        response:
          'HTTP/1.1 201 Created\nContent-Type: application/json\n\n{"name": "midnight", "background": "#101820", "accent": "#f2aa4c"}',
        note: 'No theme existed at this URL, so the PUT created one and must say 201; the target URL itself identifies it.',
      },
    ],
    alternatives: [
      { code: 200, when: 'an existing resource was updated and you return it' },
      { code: 202, when: 'creation is queued and not finished' },
      { code: 303, when: 'an equivalent resource already exists and the client should fetch that one' },
      { code: 409, when: 'creating it would clash with an existing resource' },
    ],
    related: [200, 202, 204, 303, 409],
    references: [rfc9110('15.3.2', '201 Created'), rfc9110('9.3.3', 'POST'), rfc9110('9.3.4', 'PUT'), mdn(201)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['created', 'new resource', 'post', 'location header', 'resource created', 'insert'],
  },
  {
    code: 202,
    phrase: 'Accepted',
    class: '2xx',
    status: 'standard',
    gist: 'accepted for later, not done yet',
    check: 'Return a status monitor URL the client can poll, since no later status can follow this one.',
    eli5:
      'You drop your shoes at a repair shop and get a ticket; they are not fixed yet, but the shop has them. ' +
      'A 202 is that ticket: the server took your request and will work on it later.',
    serverPerspective:
      'The server has taken the request for processing but has not finished it, and may not even have started. ' +
      'It promises nothing about the outcome, and HTTP offers no way to send another status for this request later, so the response should tell the client where to check.',
    whenToUse: [
      'The work runs in a queue or batch job (video transcoding, report generation, bulk import) and would take too long to keep the connection open.',
      'A DELETE has been accepted, but the removal is scheduled rather than done (§9.3.5).',
      'Another system, or a person who must approve the request, has to act before the result exists.',
    ],
    whenNotToUse: [
      'The work finished during the request: 200 OK with the result, or 201 Created for a new resource.',
      'The deletion has already happened and there is nothing to report: 204 No Content.',
      'The request is invalid from the start: reject it now with 400 Bad Request or 422 Unprocessable Content instead of accepting it and failing quietly later.',
      'The server is too busy to take the job at all: 503 Service Unavailable, optionally with Retry-After.',
    ],
    howToRespond: [
      'Return a status monitor: a URL such as /jobs/{id} the client can poll, with the current state and, if you can, an estimate of when it will finish.',
      'Validate everything you can before answering 202, so obvious errors still get an immediate 4xx.',
      'Make the monitor report the final outcome, failures included, and link to the result (or redirect there with 303 See Other) when the job is done.',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Label the status document (often application/json) that describes the job and links to its monitor.',
      },
    ],
    body:
      'A small status document: a job id, the current state (queued, running), a link to the monitor resource and ideally an estimated completion time.',
    pitfalls: [
      'Clients treat any 2xx as done: axios resolves, fetch sets ok and many SDKs return at once, so callers must read the body and poll the monitor or they will assume the job succeeded.',
      'A job that fails after the 202 can only report the failure through the monitor (or a callback you provide); without one, the error simply vanishes.',
      'A 202 with no job id or status URL leaves clients guessing, and the usual guess is to resend the request, which may start the job twice.',
    ],
    examples: [
      {
        title: 'Queued report',
        request:
          'POST /api/reports HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\n\n{"type": "annual-sales", "year": 2024}',
        response:
          'HTTP/1.1 202 Accepted\nContent-Type: application/json\n\n{"job": "rpt_5521", "state": "queued", "monitor": "/api/jobs/rpt_5521", "estimatedSeconds": 90}',
        note: 'Building the report takes minutes, so the server queues it and returns a monitor URL instead of a result.',
      },
      {
        title: 'Scheduled deletion',
        request: 'DELETE /api/accounts/778 HTTP/1.1\nHost: api.example.test\nAuthorization: Bearer eyJhbGciOi...',
        response:
          'HTTP/1.1 202 Accepted\nContent-Type: application/json\n\n{"state": "scheduled", "deleteAfter": "2025-07-01T00:00:00Z", "monitor": "/api/jobs/del_778"}',
        note: 'The account is only scheduled for removal, so 202 says accepted but not yet done, rather than 204.',
      },
    ],
    alternatives: [
      { code: 200, when: 'the work completed within the request' },
      { code: 201, when: 'the new resource already exists when you respond' },
      { code: 204, when: 'the action is complete and there is nothing to say' },
      { code: 503, when: 'the server cannot take on the job right now' },
    ],
    related: [200, 201, 204, 303, 102],
    references: [rfc9110('15.3.3', '202 Accepted'), mdn(202)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['async', 'asynchronous', 'queued', 'background job', 'long running', 'job status', 'polling'],
  },
  {
    code: 203,
    phrase: 'Non-Authoritative Information',
    class: '2xx',
    status: 'standard',
    gist: 'success, but a proxy changed the content',
    check: 'Send it only from a transforming proxy that modified a 200; origin servers answer 200.',
    eli5:
      'A friend passes on a letter but has shortened it and reworded a few lines along the way. ' +
      'A 203 says: this is the answer you asked for, but someone in between changed it, so it is not exactly what the source sent.',
    serverPerspective:
      'A transforming proxy received a 200 OK from the origin and modified its content before passing it on. ' +
      'It replaces the status with 203 so the client knows the representation differs from what the origin sent.',
    whenToUse: [
      'You operate a proxy that rewrites successful responses (recompressing images, stripping scripts, translating text) and want clients to know the content was altered.',
      'A gateway adds or removes parts of an origin\'s 200 response, and clients should be able to tell they did not get the original.',
    ],
    whenNotToUse: [
      'You are the origin server answering for your own data: 200 OK, even if the data was copied from another service.',
      'The proxy passed the response through without changing it: keep the origin\'s 200 OK.',
      'The upstream reply was invalid or unusable: 502 Bad Gateway.',
    ],
    howToRespond: [
      'Only a proxy that changed the content of a 200 should send 203; origin applications never need it.',
      'If some users must see the untouched response, offer them a way around the transformation, such as a bypass route or a client setting.',
    ],
    headers: [],
    body:
      'The origin\'s representation as modified by the proxy: the same resource, transformed (recompressed, filtered, translated).',
    pitfalls: [
      '203 is heuristically cacheable like 200 (RFC 9110 §15.1), so a transformed copy can be stored and served to clients that never wanted the change.',
      'Origin code that returns 203 misuses it, and clients testing for exactly 200 (if status == 200) treat the response as a failure.',
      'Names vary: Go has StatusNonAuthoritativeInfo, ASP.NET Status203NonAuthoritative, Java HTTP_NOT_AUTHORITATIVE, and the http crate and npm http-status-codes spell the phrase without the hyphen, so search for all of them.',
    ],
    examples: [
      {
        title: 'Page transformed by a proxy',
        request: 'GET /news/today HTTP/1.1\nHost: www.example.test\nAccept: text/html',
        response:
          'HTTP/1.1 203 Non-Authoritative Information\nContent-Type: text/html; charset=utf-8\n\n<!doctype html><html>...page with images recompressed by the proxy...</html>',
        note: 'The origin answered 200, but a transforming proxy recompressed the images, so the client receives 203.',
      },
    ],
    alternatives: [
      { code: 200, when: 'the response reaches the client exactly as the origin produced it' },
      { code: 502, when: 'the proxy got an unusable response from upstream' },
    ],
    related: [200, 502, 504],
    references: [rfc9110('15.3.4', '203 Non-Authoritative Information'), mdn(203)],
    cacheable: true,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['proxy', 'transformed', 'modified response', 'non authoritative', 'transforming proxy'],
  },
  {
    code: 204,
    phrase: 'No Content',
    class: '2xx',
    status: 'standard',
    gist: 'success, nothing to send back',
    check: 'Send no body and no Content-Length: the message ends right after the headers.',
    eli5:
      'You post a letter marked "no reply needed" and the post office simply stamps your receipt. ' +
      'A 204 means the server did what you asked and has nothing to send back.',
    serverPerspective:
      'The request succeeded and the response deliberately has no content. ' +
      'Any headers it carries describe the target resource after the action, for example its new ETag after a PUT.',
    whenToUse: [
      'A DELETE removed the resource and the client needs no further information (§9.3.5).',
      'A PUT or PATCH saved the changes and the client already holds the state it sent.',
      'The client indicated it prefers a response without content, so a success that would be 200 becomes 204 (§15.3.1).',
      'Fire-and-forget endpoints, such as analytics beacons or heartbeats, that succeed with nothing to return.',
    ],
    whenNotToUse: [
      'The client needs data back (the updated object, a generated id): 200 OK with a body, or 201 Created.',
      'The work is only queued: 202 Accepted.',
      'A search or list found nothing: 200 OK with an empty list keeps the response shape stable.',
      'A data-entry form should be cleared after submitting: 205 Reset Content.',
    ],
    howToRespond: [
      'Send the status line and headers only: no body, no Content-Length, no trailers.',
      'Include metadata that helps the client, such as the new ETag after an update, so it can make the next conditional request.',
      'Use helpers that guarantee an empty body: res.sendStatus(204) in Express, new Response(null, { status: 204 }) in fetch-style handlers, head :no_content in Rails, c.NoContent(http.StatusNoContent) in Echo.',
    ],
    headers: [
      {
        name: 'Content-Length',
        requirement: 'MUST NOT',
        note: 'RFC 9110 §8.6 forbids it on 204; the message ends with its header section, and even Content-Length: 0 breaks the rule.',
      },
      {
        name: 'ETag',
        requirement: 'MAY',
        note: 'After a PUT or PATCH, the entity tag of the updated resource, which lets the client chain conditional requests without a GET.',
      },
    ],
    body: 'Nothing at all, not even an empty JSON object: the message ends right after the headers.',
    pitfalls: [
      'Writing a body on a 204 breaks HTTP/1.1 framing: Node drops it, the fetch Response constructor throws a TypeError, and a server that does send the bytes corrupts the next response on a keep-alive connection.',
      'Client code that always calls res.json() fails on a 204 because there is nothing to parse; check the status before parsing.',
      '204 is heuristically cacheable (RFC 9110 §15.1): a 204 to a GET can be stored and replayed by caches, so set Cache-Control if the endpoint may return content later.',
      'Koa sends 204 automatically when ctx.body is null, so an accidental null (say, a record that was not found) turns into an empty success instead of a 404.',
    ],
    examples: [
      {
        title: 'Logging out by deleting the session',
        request: 'DELETE /api/sessions/current HTTP/1.1\nHost: api.example.test\nAuthorization: Bearer eyJhbGciOi...',
        response: 'HTTP/1.1 204 No Content\nDate: Wed, 05 Mar 2025 09:30:00 GMT',
        note: 'The session was deleted and there is nothing to report, so the response ends after the headers.',
      },
      {
        title: 'Update with a fresh ETag',
        request:
          'PUT /api/profiles/me/avatar-settings HTTP/1.1\nHost: api.example.test\nContent-Type: application/json\nIf-Match: "41"\n\n{"shape": "circle", "border": false}',
        response: 'HTTP/1.1 204 No Content\nETag: "42"',
        note: 'The update succeeded; the client already has the data, and the new ETag identifies the stored version.',
      },
    ],
    alternatives: [
      { code: 200, when: 'the client needs the updated resource or a result in the body' },
      { code: 205, when: 'the client should also clear the form or view that sent the request' },
      { code: 202, when: 'the action has been accepted but not yet carried out' },
    ],
    related: [200, 205, 304, 202, 201],
    references: [rfc9110('15.3.5', '204 No Content'), rfc9110('8.6', 'Content-Length'), mdn(204)],
    cacheable: true,
    bodyAllowed: false,
    formerNames: [],
    keywords: ['empty response', 'no body', 'delete success', 'nothing to return', 'no content'],
  },
  {
    code: 205,
    phrase: 'Reset Content',
    class: '2xx',
    status: 'standard',
    gist: 'done, now clear the form that sent it',
    check: 'Send no content, but mark the empty body with Content-Length: 0 so HTTP/1.1 clients do not hang.',
    eli5:
      'You hand in a filled-out raffle ticket, and the clerk gives you a fresh blank one for your next entry. ' +
      'A 205 says: done, now clear the form you just used.',
    serverPerspective:
      'The request was processed, and the server asks the client to reset the view that sent it, typically clearing a form so the user can enter the next item. ' +
      'It sends no content at all.',
    whenToUse: [
      'A data-entry screen submits one record after another (stock counts, survey answers), and the input fields should be emptied after each successful save.',
      'A client you control reads 205 as "saved, reset the editor", distinct from 204 meaning "saved, leave everything as it is".',
    ],
    whenNotToUse: [
      'The client should keep its current view unchanged: 204 No Content.',
      'The user should land on a different page after submitting: 303 See Other pointing at it.',
      'You need to return data to the caller: 200 OK.',
    ],
    howToRespond: [
      'Generate no content (RFC 9110 §15.3.6 says the server MUST NOT), yet still tell the client where the empty message ends: on HTTP/1.1 send Content-Length: 0, or use chunked transfer coding with nothing but the closing zero-size chunk, or close the connection right after the header section.',
      'Prefer Content-Length: 0, which keeps the connection reusable; among status codes, RFC 9112 §6.3 ends only 1xx, 204 and 304 responses at the blank line, so a 205 without any framing is read until the connection closes.',
      'Implement the reset in your own front-end code when the status is 205; do not count on a browser or library to clear anything for you.',
    ],
    headers: [
      {
        name: 'Content-Length',
        requirement: 'MAY',
        note: 'No spec keyword ties it to 205, but `Content-Length: 0` is the simplest of the three ways RFC 9112 §6.3 leaves to mark the empty body as finished (the others: an empty chunked body, or closing the connection).',
      },
    ],
    body:
      'Nothing: the specification forbids content here, and the instruction to reset is the status itself; on HTTP/1.1 the header section must still show that the (empty) body is over.',
    pitfalls: [
      'Treating 205 exactly like 204 and stripping the length field hangs clients: with no Content-Length and no chunked coding, RFC 9112 §6.3 makes an HTTP/1.1 client read until the server closes, so on a kept-alive connection it waits for bytes that never come.',
      'RFC 7231 §6.3.6 spelled out the three endings (Content-Length: 0, an empty chunked body, or closing); RFC 9110 dropped that list, but the framing rules of RFC 9112 still require one of them, so older advice to do so still holds.',
      'The fetch Response constructor rejects a body with 205 (as with 204 and 304), and jshttp statuses (2.0.2) lists 205 among its empty codes; a framework that serialises an object anyway produces an invalid response.',
      'Script clients (fetch, axios) just see a 2xx, so nothing is reset unless your own code reacts to 205 specifically.',
      'Unlike 204, a 205 is not on the heuristically cacheable list; swapping one for the other changes how caches may treat the response.',
    ],
    examples: [
      {
        title: 'Clearing a data-entry form',
        request:
          'POST /inventory/counts HTTP/1.1\nHost: warehouse.example.test\nContent-Type: application/x-www-form-urlencoded\n\nsku=BOLT-M6&shelf=A12&count=340',
        response: 'HTTP/1.1 205 Reset Content\nContent-Length: 0',
        note: 'The count was saved and the operator\'s form should be emptied for the next shelf, so the server answers 205 with an explicitly empty body.',
      },
    ],
    alternatives: [
      { code: 204, when: 'the client should leave its view exactly as it is' },
      { code: 303, when: 'the user should be taken to another page after submitting' },
    ],
    related: [204, 200, 303],
    references: [
      rfc9110('15.3.6', '205 Reset Content'),
      rfc(9112, '6.3', 'Message Body Length'),
      rfc(7231, '6.3.6', '205 Reset Content (obsoleted wording)'),
      mdn(205),
    ],
    cacheable: false,
    bodyAllowed: false,
    formerNames: [],
    keywords: ['reset form', 'clear form', 'form submission', 'reset view', 'data entry'],
  },
  {
    code: 206,
    phrase: 'Partial Content',
    class: '2xx',
    status: 'standard',
    gist: 'only the requested byte range',
    check: 'Send Content-Range with the enclosed bytes and total length, or one per part in multipart/byteranges.',
    eli5:
      'Instead of borrowing a whole encyclopedia, you ask the library to photocopy pages 200 to 250. ' +
      'A 206 is those pages: just the part of the file you asked for, labelled with where it fits.',
    serverPerspective:
      'The client sent a Range header and the server is fulfilling it by sending only the requested part, or parts, of the selected representation. ' +
      'Content-Range (or one per part in a multipart body) says exactly which bytes these are.',
    whenToUse: [
      'A video or audio player seeks and asks for a byte range, so playback can start in the middle of the file.',
      'A download manager resumes an interrupted download with Range: bytes=N- and If-Range to make sure the file has not changed meanwhile.',
      'A client fetches several slices of a large file (say, a PDF\'s index and one page) in one request, answered as multipart/byteranges.',
    ],
    whenNotToUse: [
      'The requested range lies beyond the end of the file: 416 Range Not Satisfiable, with Content-Range: bytes */<length>.',
      'There was no Range header, or If-Range shows the file has changed: send the whole representation with 200 OK.',
      'You are paginating a JSON list (page=2): that is an ordinary 200 OK with paging links; 206 is about byte ranges of one representation.',
    ],
    howToRespond: [
      'For one range, send Content-Range: bytes start-end/total and only those bytes; Content-Length is then the size of the slice.',
      'For several ranges, use Content-Type: multipart/byteranges; boundary=… with a Content-Range inside each part and none in the header section.',
      'Send the same Date, Cache-Control, ETag, Expires, Content-Location and Vary a 200 would have had, so clients and caches can combine the pieces.',
    ],
    headers: [
      {
        name: 'Content-Range',
        requirement: 'MUST',
        note: 'In a single-part 206, state which bytes are enclosed and the full length, for example bytes 0-1023/146515 (§15.3.7.1).',
      },
      {
        name: 'Content-Type',
        requirement: 'MUST',
        note: 'In a multipart 206, multipart/byteranges with a boundary; each part carries its own Content-Range and the header section must not have one (§15.3.7.2).',
      },
      {
        name: 'ETag',
        requirement: 'MUST',
        note: 'Required whenever a 200 to the same request would have carried it (§15.3.7); clients pair it with If-Range to resume only an unchanged file.',
      },
      {
        name: 'Date, Cache-Control, Expires, Content-Location, Vary',
        requirement: 'MUST',
        note: 'Each one that a 200 for the same request would have included must appear on the 206 too (§15.3.7).',
      },
    ],
    body:
      'Only the requested bytes: for one range the raw slice, for several a multipart/byteranges document whose parts each hold one slice with its own Content-Type and Content-Range.',
    pitfalls: [
      'A multipart reply to a single-range request is forbidden (§15.3.7); clients that expect the raw slice cannot use it.',
      'Resuming without If-Range can splice bytes of a new file version onto an old partial download; send an ETag and honour If-Range, so a changed file gets a full 200 instead.',
      'Content-Length on a 206 counts the bytes in this message, not the whole file; code that reads it as the file size shows wrong progress and totals.',
      '206 is heuristically cacheable (§15.1); keep the ETag identical across all ranges of one version so caches and clients never stitch together pieces of different versions.',
    ],
    examples: [
      {
        title: 'Seeking in a video',
        request: 'GET /media/intro.mp4 HTTP/1.1\nHost: cdn.example.test\nRange: bytes=1048576-2097151\nIf-Range: "mp4-77e1"',
        response:
          'HTTP/1.1 206 Partial Content\nContent-Type: video/mp4\nContent-Range: bytes 1048576-2097151/73400320\nContent-Length: 1048576\nETag: "mp4-77e1"\nAccept-Ranges: bytes\n\n<1 MiB of video data>',
        note: 'The player seeks into the video and receives exactly the second mebibyte, with Content-Range placing it within the 70 MiB file.',
      },
      {
        title: 'Two ranges in one response',
        request: 'GET /docs/manual.pdf HTTP/1.1\nHost: files.example.test\nRange: bytes=0-499, 80000-80999',
        response:
          'HTTP/1.1 206 Partial Content\nContent-Type: multipart/byteranges; boundary=RANGE_SEP\n\n' +
          '--RANGE_SEP\nContent-Type: application/pdf\nContent-Range: bytes 0-499/250000\n\n<500 bytes>\n' +
          '--RANGE_SEP\nContent-Type: application/pdf\nContent-Range: bytes 80000-80999/250000\n\n<1000 bytes>\n--RANGE_SEP--',
        note: 'Two ranges were requested, so each part carries its own Content-Range and the header section has none.',
      },
    ],
    alternatives: [
      { code: 416, when: 'the requested range lies outside the representation' },
      { code: 200, when: 'you send the whole representation, for example because If-Range did not match' },
    ],
    related: [200, 416, 412, 304],
    references: [rfc9110('15.3.7', '206 Partial Content'), rfc9110('14.4', 'Content-Range'), mdn(206)],
    cacheable: true,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['range request', 'byte range', 'resume download', 'video streaming', 'seek', 'content-range', 'partial download'],
  },
  {
    code: 207,
    phrase: 'Multi-Status',
    class: '2xx',
    status: 'standard',
    gist: 'WebDAV, one status per resource',
    check: 'Report each resource\'s real status in the DAV:multistatus body, and use it only for WebDAV.',
    eli5:
      'You ask a clerk to stamp ten documents and get back a sheet listing each one: stamped, stamped, refused, stamped. ' +
      'A 207 is that sheet: one response reporting a separate result for each resource.',
    serverPerspective:
      'A WebDAV operation touched several resources, and their results have to be reported one by one. ' +
      'Instead of a single verdict, the server returns a DAV:multistatus XML document with a status for each resource.',
    whenToUse: [
      'A WebDAV PROPFIND returns properties for a collection and its members, each with its own status.',
      'A WebDAV COPY, MOVE or DELETE on a collection partly fails, and the client must learn which members failed and why (for example 423 Locked on one file).',
    ],
    whenNotToUse: [
      'Every resource ended the same way: send that one status directly, such as 204 No Content for a complete success or 403 Forbidden for a refusal.',
      'A JSON batch API outside WebDAV: 207 is defined around an XML multistatus body, so prefer 200 OK with per-item results in your own documented format.',
      'The request body is malformed XML: reject the whole request with 400 Bad Request.',
    ],
    howToRespond: [
      'Return one DAV:response element per resource, each with the resource\'s href and its own status, or propstat groups when reporting properties.',
      'Label the body as XML and make the inner statuses the real ones, 4xx and 5xx included.',
      'On the client side, inspect every inner status: the outer 207 only means "read the body".',
    ],
    headers: [
      {
        name: 'Content-Type',
        requirement: 'SHOULD',
        note: 'Identify the multistatus document as XML, for example application/xml; charset=utf-8.',
      },
    ],
    body:
      'A DAV:multistatus XML document with one response element per affected resource, each naming its URL and status, plus propstat blocks when properties are reported.',
    pitfalls: [
      'Generic clients see a 2xx and report success even when every inner status is 403 or 500; code that receives 207 must parse the body to find failures.',
      'Jakarta Servlet, Jakarta REST and aiohttp define no constant for 207, so WebDAV code on those stacks passes the raw number.',
      'Borrowing 207 for JSON batch endpoints confuses tooling: monitors and gateways count it as plain success, and readers expect the WebDAV XML format.',
    ],
    examples: [
      {
        title: 'PROPFIND with mixed results',
        request:
          'PROPFIND /team/docs/ HTTP/1.1\nHost: dav.example.test\nDepth: 1\nContent-Type: application/xml; charset=utf-8\n\n' +
          '<?xml version="1.0" encoding="utf-8"?>\n<D:propfind xmlns:D="DAV:"><D:prop><D:getcontentlength/></D:prop></D:propfind>',
        response:
          'HTTP/1.1 207 Multi-Status\nContent-Type: application/xml; charset=utf-8\n\n' +
          '<?xml version="1.0" encoding="utf-8"?>\n<D:multistatus xmlns:D="DAV:">\n' +
          '  <D:response>\n    <D:href>/team/docs/plan.txt</D:href>\n' +
          '    <D:propstat><D:prop><D:getcontentlength>2048</D:getcontentlength></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>\n' +
          '  </D:response>\n  <D:response>\n    <D:href>/team/docs/salaries.txt</D:href>\n' +
          '    <D:propstat><D:prop><D:getcontentlength/></D:prop><D:status>HTTP/1.1 403 Forbidden</D:status></D:propstat>\n' +
          '  </D:response>\n</D:multistatus>',
        note: 'The listing succeeds for one file and is refused for another, so each member gets its own status inside the 207.',
      },
    ],
    alternatives: [
      { code: 200, when: 'a non-WebDAV batch reports per-item results in its own JSON format' },
      { code: 204, when: 'every member of the collection operation succeeded and there is nothing to list' },
    ],
    related: [208, 423, 424, 507, 102],
    references: [rfc(4918, '11.1', '207 Multi-Status'), mdn(207)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['webdav', 'multistatus', 'propfind', 'batch', 'multiple results', 'partial success'],
  },
  {
    code: 208,
    phrase: 'Already Reported',
    class: '2xx',
    status: 'standard',
    gist: 'WebDAV binding already listed above',
    check: 'Use it only inside a 207 body, and only for clients whose DAV request header lists bind.',
    eli5:
      'When writing out a family tree, you put "see above" instead of listing the same cousin twice. ' +
      'A 208 is that note inside a WebDAV listing: this member was already reported earlier in the same response.',
    serverPerspective:
      'Inside a 207 Multi-Status body, the server marks a member that was already listed earlier in the same response. ' +
      'With WebDAV bindings (RFC 5842) one resource can be reachable by several paths, and this keeps it from being enumerated again and again.',
    whenToUse: [
      'A PROPFIND with Depth: infinity, from a client whose DAV request header lists bind, walks collections that hold several bindings to the same resource, and you reach one you have already reported.',
      'Your WebDAV server supports RFC 5842 bindings and has to keep a multistatus listing finite when collections are reachable by more than one path, for clients that announced DAV: bind.',
    ],
    whenNotToUse: [
      'The request carried no DAV: bind: RFC 5842 §7.1 says a server SHOULD NOT use 208 then, because older clients do not expect it inside a multistatus body; report a binding loop with 508 Loop Detected instead, as the whole status or inside the multistatus if streaming has begun.',
      'As the status line of a whole response: 208 belongs inside a DAV:propstat of a 207 Multi-Status body.',
      'The server hit a loop it cannot report around and must abort the operation: 508 Loop Detected.',
      'Deduplicating items in a JSON API, or answering a repeated request: an application matter, usually 200 OK; 208 is only for WebDAV bindings.',
    ],
    howToRespond: [
      'Look at the request first: only a client that sent a DAV header containing bind (RFC 5842 §8.2) has promised to understand 208, so only its listings get 208 entries.',
      'Emit 208 for the repeated binding inside the multistatus body, and keep the first occurrence as the full entry with its properties.',
      'Test with the WebDAV clients you support, since one that does not know 208 falls back to 200 semantics for that entry.',
    ],
    headers: [],
    body:
      'A 208 has no body of its own in practice: it appears as the status of one entry inside the XML of a 207 Multi-Status response.',
    pitfalls: [
      'A client that does not recognise 208 must handle it like 200 (unknown codes fall back to the x00 of their class, RFC 9110 §15), so it may count the same resource twice when building a tree.',
      'npm http-status-codes 2.3.0, Ktor, Jakarta Servlet 6.1, Jakarta REST 4.x and aiohttp had no name for 208 when checked (2025–2026), so code and logs show only the number.',
      'Do not mix up 208 and 508: 208 notes a repeat and carries on, while 508 Loop Detected stops the whole operation.',
      'Sending 208 to every client ignores the opt-in: RFC 5842 reserves it for requests that said DAV: bind, and a client that never did may mis-handle the entry; for it, a bind loop under Depth: infinity ends in 508 instead.',
    ],
    examples: [
      {
        title: 'Second binding to a collection already listed',
        request:
          'PROPFIND /projects/ HTTP/1.1\nHost: dav.example.test\nDepth: infinity\nDAV: bind\nContent-Type: application/xml; charset=utf-8\n\n' +
          '<?xml version="1.0" encoding="utf-8"?>\n<D:propfind xmlns:D="DAV:"><D:prop><D:displayname/></D:prop></D:propfind>',
        response:
          'HTTP/1.1 207 Multi-Status\nContent-Type: application/xml; charset=utf-8\n\n' +
          '<?xml version="1.0" encoding="utf-8"?>\n<D:multistatus xmlns:D="DAV:">\n' +
          '  <D:response>\n    <D:href>/projects/alpha/</D:href>\n' +
          '    <D:propstat><D:prop><D:displayname>Alpha</D:displayname></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>\n' +
          '  </D:response>\n  <D:response>\n    <D:href>/projects/archive/alpha-link/</D:href>\n' +
          '    <D:propstat><D:prop><D:displayname/></D:prop><D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat>\n' +
          '  </D:response>\n</D:multistatus>',
        note: 'The client announced DAV: bind and the second path leads to the collection already listed, so its entry says 208 instead of enumerating it again.',
      },
    ],
    alternatives: [
      { code: 508, when: 'the server must abort because it found a loop it cannot report around' },
      { code: 207, when: 'you are choosing the status line of the whole response, which carries the 208 entries inside' },
    ],
    related: [207, 508, 102],
    references: [rfc(5842, '7.1', '208 Already Reported'), rfc(5842, '8.2', '\'DAV\' Request Header'), mdn(208)],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['webdav', 'bindings', 'duplicate', 'already listed', 'propstat', 'depth infinity'],
  },
  {
    code: 226,
    phrase: 'IM Used',
    class: '2xx',
    status: 'standard',
    gist: 'delta applied, not the full resource',
    check: 'Send it only when A-IM asked for a delta, with IM naming what was applied and the current ETag.',
    eli5:
      'Instead of mailing you a whole new copy of a long document, the office sends only the pages that changed since your copy. ' +
      'A 226 says: this reply is a set of changes to apply to the version you already have, not the full thing.',
    serverPerspective:
      'The client\'s GET listed, in A-IM, the instance manipulations (such as delta encodings) it accepts, and the reply is the result of applying one or more of them to the current instance. ' +
      'The IM header names what was applied, and the ETag identifies the current instance.',
    whenToUse: [
      'A client that already holds an earlier version sends A-IM listing delta formats it understands, and you can produce a delta smaller than the full resource.',
      'Large, frequently polled resources (feeds, logs, data files) where sending only the changes saves substantial bandwidth.',
    ],
    whenNotToUse: [
      'The request had no A-IM header, or you cannot build a delta against the version the client has: send the full resource with 200 OK.',
      'The client\'s copy is already current: 304 Not Modified.',
      'The client asked for a byte range of the file: 206 Partial Content, which carries a slice rather than a computed difference.',
    ],
    howToRespond: [
      'Apply only manipulations the client listed in A-IM, and name them, in the order applied, in the IM header.',
      'Send the ETag of the current, complete instance so the client can check the rebuilt result and use it as the base next time.',
      'Fall back to a full 200 whenever the base version is unknown or the delta would be larger than the resource.',
    ],
    headers: [
      {
        name: 'IM',
        requirement: 'MUST',
        note: 'Lists the instance manipulations (for example a delta algorithm) applied to produce this response, so the client knows how to decode it.',
      },
      {
        name: 'ETag',
        requirement: 'MUST',
        note: 'The entity tag of the current instance, which the client reconstructs by applying the delta to its stored base.',
      },
      {
        name: 'Cache-Control',
        requirement: 'MAY',
        note: 'A 226 may be stored and reused by caches, so give it explicit freshness rules like any other cacheable answer.',
      },
    ],
    body:
      'The encoded result of the manipulations named in IM, typically a delta the client applies to its stored base version to rebuild the current one.',
    pitfalls: [
      'A client or proxy that does not understand 226 treats it as 200 (the class fallback) and would present the delta as if it were the whole document; only send 226 when A-IM shows the client asked for it.',
      'Many stacks have no constant for 226 (npm http-status-codes, Ktor, Jakarta Servlet and REST, aiohttp), so expect to handle it by number.',
      'A client rebuilds the document from its stored base plus the delta; if your ETags are reused across versions, it can combine the wrong pair and end up with corrupted data.',
    ],
    examples: [
      {
        title: 'Delta update of a feed',
        request: 'GET /feeds/changes.xml HTTP/1.1\nHost: www.example.test\nIf-None-Match: "feed-v41"\nA-IM: vcdiff',
        response: 'HTTP/1.1 226 IM Used\nETag: "feed-v42"\nIM: vcdiff\n\n<binary vcdiff delta from version 41 to version 42>',
        note: 'The client holds version 41 and accepts vcdiff deltas, so the server sends only the changes plus the ETag of version 42.',
      },
    ],
    alternatives: [
      { code: 200, when: 'the client did not ask for a delta or you cannot build one' },
      { code: 304, when: 'the client\'s stored version is still current' },
      { code: 206, when: 'the client asked for a byte range rather than a difference' },
    ],
    related: [200, 304, 206],
    references: [rfc(3229, '10.4.1', '226 IM Used'), mdn(226)],
    cacheable: true,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['delta encoding', 'a-im', 'instance manipulation', 'diff', 'incremental update', 'bandwidth'],
  },
];
