import type { StatusRecord } from '../../types';
import { rfc9110 } from '../refs';
import { fallbackRule, requestsStatusCodes } from './shared';

// 122: an Internet Explorer 7 number that lives on in Python requests' status table (checked
// against requests' status_codes.py, 2026-12).

export const internetExplorerRecords: readonly StatusRecord[] = [
  {
    code: 122,
    phrase: 'Request-URI Too Long',
    class: '1xx',
    status: 'unofficial',
    gist: 'IE7 number for an over-long URL',
    check: 'Never send 122; refuse an over-long URI with 414, which requests.codes.uri_too_long also equals.',
    pack: 'internet-explorer',
    eli5:
      'Internet Explorer 7 used the number 122 to complain that a web address was too long for it. ' +
      'It is like a clerk refusing an envelope because the address will not fit on the label.',
    serverPerspective:
      'This number is not part of HTTP: IANA never registered it. ' +
      'No web server defines 122; the number belongs to Internet Explorer 7, which used it for an over-long request URI. ' +
      'Because it sits in the 1xx range, a standard client that somehow received it would treat it like 100 Continue, an interim answer, and keep waiting for a final status.',
    whenToUse: [
      "You meet it in Python requests' status table (requests.codes), where it is listed under uri_too_long.",
      'You meet it in old browser support notes about links stuffed with very long query strings.',
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
      "Python requests lists the name uri_too_long under both 122 and 414 in its internal _codes table; the 414 entry wins when the table is loaded (status_codes.py, checked 2026-12), so code expecting requests.codes.uri_too_long to be 122 is wrong.",
      'If a broken component ever put 122 on the wire, the x00 rule of RFC 9110 §15 would make clients handle it as 100 Continue, so the symptom would be a request that seems to hang rather than a clear error.',
      'Tables that copy requests\' list give 122 a phrase, which makes it look like a real status to code generators and linters built from them.',
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
    references: [fallbackRule, requestsStatusCodes, rfc9110('15.5.15', '414 URI Too Long')],
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
];
