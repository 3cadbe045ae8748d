import type { StatusRecord } from '../../types';
import { ianaRegistry, rfc9110 } from '../refs';
import { fallbackRule } from './shared';

// 598 and 599: an informal convention among some HTTP proxies, with no vendor documentation that
// defines them (none found, 2026-12). The IANA registry shows both unassigned; laminas-diactoros'
// phrase map carries 599 in its newer releases (per the project reference; an older copy read in
// 2026-12 lacked it).

const rfc504 = rfc9110('15.6.5', '504 Gateway Timeout');
const laminasPhrases = {
  title: 'laminas/laminas-diactoros: Response.php (reason phrase map)',
  url: 'https://github.com/laminas/laminas-diactoros/blob/HEAD/src/Response.php',
};

export const proxiesRecords: readonly StatusRecord[] = [
  {
    code: 598,
    phrase: 'Network Read Timeout Error',
    class: '5xx',
    status: 'unofficial',
    gist: 'proxy timed out reading from upstream',
    check: 'Configure the proxy to send 504 instead, so clients and monitors understand the timeout.',
    pack: 'proxies',
    eli5:
      'A middleman server was reading the answer from the next server along, and the answer stopped arriving. ' +
      'Like a phone call where the other side goes silent halfway through a sentence.',
    serverPerspective:
      'Some HTTP proxies use 598, informally, to say a read from the upstream timed out after the connection was open. ' +
      'No specification or widely used product documents it (none found, checked 2026-12), the IANA registry lists it as unassigned, and generic clients treat it as 500.',
    whenToUse: [
      "You meet it from particular proxies or proxy libraries that invented it; their documentation, not any RFC, defines what it means.",
      'You meet it in status tables that list informal proxy codes next to the registered ones.',
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
    references: [fallbackRule, rfc504, ianaRegistry],
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
    gist: 'proxy timed out connecting upstream',
    check: 'Send 504 instead, and write 5xx checks as status >= 500 so that 599 is not skipped.',
    pack: 'proxies',
    eli5:
      'A middleman server tried to connect to the next server along and never got through. ' +
      'It is like a receptionist who cannot get a line to the department you asked for.',
    serverPerspective:
      'Some HTTP proxies use 599, informally, when opening a connection to the upstream timed out. ' +
      'laminas-diactoros carries the phrase in its status map, but no standard or proxy vendor documents it (none found, checked 2026-12); generic clients treat it as 500. It is also the highest valid status number, since RFC 9110 sets the range at 100 to 599.',
    whenToUse: [
      'You meet it from proxies that report upstream connect timeouts this way.',
      'You meet it in PHP code built on laminas-diactoros, whose phrase map includes it, so a Response created with 599 gets a reason phrase.',
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
    references: [fallbackRule, rfc504, ianaRegistry, laminasPhrases],
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
