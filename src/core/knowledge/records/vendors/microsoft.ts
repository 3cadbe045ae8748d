import type { StatusRecord } from '../../types';
import { fallbackRule, requestsStatusCodes } from './shared';

// Microsoft's own numbers: 440 (IIS / Exchange Outlook Web Access), 449 (WebDAV client extensions,
// IIS / Exchange) and 450 (Windows Parental Controls). Checked against Microsoft's open
// specifications and Exchange troubleshooting pages where they exist (2026-12).

const owa440 = {
  title: 'Microsoft: How to troubleshoot the 440 Login Timeout error in Outlook Web Access (Exchange 2007)',
  url: 'https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx',
};
const msWdv449 = {
  title: 'Microsoft [MS-WDV] 2.2.6: 449 Retry With status code',
  url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100',
};
const msWdvRetry = {
  title: 'Microsoft [MS-WDV] 3.1.5.5: retrying a request with the 449 status code',
  url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/31cfbd6d-fab9-475c-8309-96c91fc27936',
};

export const microsoftRecords: readonly StatusRecord[] = [
  {
    code: 440,
    phrase: 'Login Time-out',
    class: '4xx',
    status: 'unofficial',
    gist: 'sign-in session expired (IIS, OWA)',
    check: 'In your own app, answer an expired session with 401 and WWW-Authenticate, or a login redirect.',
    pack: 'microsoft',
    eli5:
      'You were signed in, but you left the page alone for so long that the server forgot who you are. ' +
      'It is like a locker that unlocks itself and clears out after your time runs out.',
    serverPerspective:
      'An unofficial, Microsoft-only code that IANA has never listed. ' +
      "Microsoft IIS and Exchange's Outlook Web Access use 440 to say the user's session has expired and a fresh sign-in is needed. " +
      "Microsoft's own Exchange 2007 troubleshooting article (checked 2026-12) shows the same \"440 Login Timeout\" page when IIS authentication or permissions on the OWA virtual directories are broken, so it is not always about idle time. Nothing outside that product family knows the code, so browsers and libraries fall back to handling it as 400 Bad Request.",
    whenToUse: [
      "You meet it in IIS logs or Outlook Web Access traffic once a user's session has lapsed, typically on the next request from a tab that sat idle.",
      'You meet it immediately at sign-in on a misconfigured Exchange server, where Microsoft traces it to IIS authentication or permission problems.',
    ],
    whenNotToUse: [
      'Your own application needs the user to log in again after the session expires: 401 Unauthorized with a WWW-Authenticate challenge, or a redirect to the login page for browsers.',
      'The user is signed in but may not open this mailbox or page: 403 Forbidden.',
    ],
    howToRespond: [
      'Users: sign in again; an expired session cannot be revived.',
      "Scripts calling OWA-style endpoints: treat 440 as 'session gone', drop the stored session cookies and restart the login flow rather than retrying the same call.",
      'Administrators seeing 440 for every user right at login: work through the IIS authentication settings and the OWA virtual directories, as Microsoft\'s troubleshooting article for Exchange 2007 describes.',
    ],
    headers: [],
    body:
      "Whatever the Microsoft product renders, usually a page asking the user to sign in again; in your own services a 401 body with a 'session expired' reason says the same in a standard way.",
    pitfalls: [
      'A generic client files 440 under 400 and may report a malformed request, hiding the real cause: an expired login.',
      'IIS W3C logs keep status, sub-status and Win32 status in separate columns (sc-status sc-substatus sc-win32-status); filter on sc-status to find 440s, because the other two numbers are not HTTP codes.',
      'Raising session lifetimes does nothing when the 440 comes from broken IIS authentication; check whether users hit it after idling or on their very first request.',
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
    references: [fallbackRule, owa440],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['iis', 'exchange', 'owa', 'outlook web access', 'session expired', 'login timeout', 'microsoft'],
    usedBy: ['Microsoft IIS and Exchange (Outlook Web Access): "Login Time-out", the sign-in session has expired'],
    preferInstead: 401,
  },
  {
    code: 449,
    phrase: 'Retry With',
    class: '4xx',
    status: 'unofficial',
    gist: 'repeat the request with more information',
    check: 'Send 400 naming the missing piece from your own API; a 449 retry must change the request first.',
    pack: 'microsoft',
    eli5:
      "The server says: 'ask me again, but this time include what I need'. " +
      'It is like a receptionist handing your form back because a box was left empty.',
    serverPerspective:
      'A Microsoft extension, written down in its WebDAV client-extensions specification [MS-WDV] §2.2.6 and seen from IIS and Exchange: the request cannot be satisfied because the client supplied too little information (checked 2026-12). ' +
      'A server sending it must add an Ms-Echo-Request header; a client that supports the extension repeats the request with an Ms-Echo-Reply header, and one that does not is told to treat 449 as an unrecognised code, which under RFC 9110 means 400 Bad Request.',
    whenToUse: [
      'You meet it in traffic from Microsoft IIS or Exchange services, or from WebDAV servers implementing Microsoft\'s client extensions.',
      'You meet it as retry_with in the Python requests status table, as a Microsoft extension in libmicrohttpd, and as HTTP_STATUS_RETRY_WITH in WinHTTP.',
    ],
    whenNotToUse: [
      'A required field or parameter is missing from the request: 400 Bad Request with a body naming what to add.',
      'The server insists on a conditional request (If-Match) before it will modify state: 428 Precondition Required.',
      'The request parses but its values fail validation: 422 Unprocessable Content.',
    ],
    howToRespond: [
      'Clients implementing MS-WDV: process the body without showing it to the user, then repeat the request with the Ms-Echo-Reply header the specification defines.',
      'Other clients: read the body for the missing piece, add it and send the request again; resending it unchanged will only produce the same answer.',
      'Outside the Microsoft products that define it, handle 449 like 400 and surface the server message to the developer.',
    ],
    headers: [
      {
        name: 'Ms-Echo-Request',
        requirement: 'MUST',
        note: '[MS-WDV] requires it on every 449; a client that supports the extension answers by repeating the request with an Ms-Echo-Reply header.',
      },
    ],
    body: 'A description of what the retry must include; MS-WDV clients process it without displaying it, and other clients have no standard way to learn what the server wants without it.',
    pitfalls: [
      "The name invites automatic retries, but a retry loop that repeats the identical request just collects 449 after 449; the request must change first.",
      'Proxies, SDKs and status-class checks outside the Microsoft stack know nothing of 449, so any hint it carries is lost unless the body explains it.',
      'MS-WDV forbids answering 449 to a request that already carries Ms-Echo-Reply; a server that does so traps supporting clients in a loop.',
      "The specification's own grammar spells the reason phrase \"Reply With\" while its title says \"Retry With\"; match on the number, never on the phrase.",
    ],
    examples: [
      {
        title: 'WebDAV server asks the client to repeat a request with the echo header',
        request: 'PROPFIND /docs/report.docx HTTP/1.1\nHost: files.example.test\nDepth: 0',
        response: 'HTTP/1.1 449 Retry With\nMs-Echo-Request: <opaque value>\nContent-Type: text/plain\n\nRepeat this request with the Ms-Echo-Reply header.',
        note: 'Under MS-WDV the 449 carries Ms-Echo-Request, and a supporting client sends the request again with Ms-Echo-Reply; any other client can only read it as 400.',
      },
    ],
    alternatives: [
      { code: 400, when: 'the request lacks information the server needs and the body says which' },
      { code: 428, when: 'the server will only act on a conditional request' },
      { code: 422, when: 'the request is complete but its values are invalid' },
    ],
    related: [400, 428, 422],
    references: [fallbackRule, msWdv449, msWdvRetry, requestsStatusCodes],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['retry with', 'retry_with', 'microsoft', 'iis', 'exchange', 'webdav', 'ms-echo-request', 'missing information'],
    usedBy: [
      'Microsoft: "Retry With" in the WebDAV client extensions [MS-WDV]; seen from IIS and Exchange',
      'Python requests: status name retry_with; libmicrohttpd lists it as a Microsoft extension; WinHTTP: HTTP_STATUS_RETRY_WITH',
    ],
    preferInstead: 400,
  },
  {
    code: 450,
    phrase: 'Blocked by Windows Parental Controls',
    class: '4xx',
    status: 'unofficial',
    gist: 'blocked by Windows Parental Controls',
    check: 'Look at the local Windows settings of the visitor, not the site; your own refusals should be 403.',
    pack: 'microsoft',
    eli5:
      "A parent or administrator has switched on a filter in Windows, and it decided this page is off limits. " +
      'It is like a TV channel that is locked until a grown-up enters the PIN.',
    serverPerspective:
      'A proprietary Microsoft code, absent from the IANA registry. ' +
      'Microsoft uses 450 to say that Windows Parental Controls blocked access to the requested page; no Microsoft page documenting the code was found (checked 2026-12), so the meaning rests on status tables such as the one in Python requests. ' +
      'The decision comes from a family-safety policy on the user\'s side, not from the site itself, and any client that does not recognise the code handles it as 400.',
    whenToUse: [
      'You meet it on Windows machines where Parental Controls filter browsing.',
      'You meet it as parental_controls in the Python requests status table, or in bug reports from users of filtered family accounts.',
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
];
