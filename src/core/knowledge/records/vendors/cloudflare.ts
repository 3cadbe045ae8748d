import type { StatusRecord } from '../../types';
import { rfc9110 } from '../refs';
import { cloudflare5xx, cloudflareError, fallbackRule } from './shared';

// Cloudflare's 52x family (and 530): errors its edge generates about the connection to the
// origin. Timeouts, SSL modes and causes checked against Cloudflare's troubleshooting pages
// (developers.cloudflare.com, 2026-12).

const rfc502 = rfc9110('15.6.3', '502 Bad Gateway');
const rfc504 = rfc9110('15.6.5', '504 Gateway Timeout');

export const cloudflareRecords: readonly StatusRecord[] = [
  {
    code: 520,
    phrase: 'Web Server Returned an Unknown Error',
    class: '5xx',
    status: 'unofficial',
    gist: 'origin sent an empty or unknown response',
    check: 'Read the origin logs for crashes and resets; a gateway of your own reports this case as 502.',
    pack: 'cloudflare',
    eli5:
      "Cloudflare passed your request to the website's own server and got back something empty or garbled. " +
      'It is like a messenger returning with a blank, torn note: clearly something went wrong, but not what.',
    serverPerspective:
      'Non-standard: Cloudflare invented the 52x family for its own edge network. ' +
      'Cloudflare generates 520 itself when the origin answered with an empty, unknown or unexpected response that it could not turn into a normal reply. ' +
      "It is Cloudflare's catch-all for origin trouble; a client that does not know the code handles it as 500 Internal Server Error.",
    whenToUse: [
      "You meet it on sites behind Cloudflare when the origin crashes mid-response, resets the connection, sends an empty reply (for example nginx's `return 444;`) or writes a response Cloudflare cannot parse.",
      "You meet it when the origin's response headers exceed Cloudflare's 128 KB limit, usually through runaway cookies (Cloudflare docs, checked 2026-12).",
      'You meet it when the origin announces HTTP/2 but then does not speak it properly, or when Authenticated Origin Pulls is on but the origin is not set up to accept the client certificate.',
    ],
    whenNotToUse: [
      'Your own gateway received an invalid answer from its upstream: 502 Bad Gateway is the registered code for exactly that.',
      'Your application failed with an unexpected exception: 500 Internal Server Error, sent by the application itself.',
    ],
    howToRespond: [
      'Site owners: check the origin server logs at the time of the failure for crashes, restarts and connection resets; the edge log alone will not say what went wrong.',
      'Fetch the page straight from the origin (bypassing Cloudflare) and inspect the raw response for missing status lines or broken headers.',
      'If HTTP/2 to the origin is enabled and 520s persist, try turning it off in the Cloudflare dashboard to see whether the origin mishandles HTTP/2.',
      'Visitors: reload after a short wait; the problem sits between Cloudflare and the website, not in your browser.',
    ],
    headers: [],
    body: "Cloudflare's own error page explaining that the origin returned an unknown error, with a Ray ID to quote; the origin's response, if any, is not passed on.",
    pitfalls: [
      'Because 520 is a catch-all, the same number covers several different origin faults; correlate with origin logs before assuming one cause.',
      'Clients that retry every 5xx may retry 520 on requests that changed state; the origin may have acted before its response broke.',
      'Setting the DNS record to DNS-only makes the 520 disappear, which proves only that Cloudflare is in the path, not that the origin is healthy.',
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
    references: [fallbackRule, cloudflareError(520, 'web server returns an unknown error'), cloudflare5xx, rfc502],
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
    gist: 'origin refused the connection',
    check: 'Check that the origin listens on the right port and admits Cloudflare IPs; your own proxy sends 502.',
    pack: 'cloudflare',
    eli5:
      "Cloudflare knocked on the website's server and the server turned it away at the door. " +
      'Think of phoning a shop and hearing the line refuse the call outright.',
    serverPerspective:
      'Another Cloudflare-only code outside the IANA registry. ' +
      "With 521, Cloudflare reports that the origin actively refused its connection attempt, so no HTTP exchange with the site's server took place. " +
      'Clients without Cloudflare knowledge apply the generic 500 meaning.',
    whenToUse: [
      "You meet it behind Cloudflare when the origin's web server process is stopped, listens on a different port, or a firewall rejects connections from Cloudflare's addresses.",
      "You meet it after switching Cloudflare's SSL/TLS mode to Full or Full (strict) while the origin listens only on port 80: those modes connect to 443 (Cloudflare docs, checked 2026-12).",
    ],
    whenNotToUse: [
      'Your proxy could not open a connection to its upstream: 502 Bad Gateway describes that in registered terms.',
      'Your own service is deliberately offline for maintenance: 503 Service Unavailable, with Retry-After when the end time is known.',
    ],
    howToRespond: [
      'Confirm the web server is running and listening on the port Cloudflare connects to: 80 for the Flexible SSL mode, 443 for Full and Full (strict).',
      "Review firewall and security-software rules on the origin; blocking or rate-limiting Cloudflare's published IP ranges turns requests into 521.",
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
    references: [fallbackRule, cloudflareError(521, 'web server is down'), cloudflare5xx],
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
    gist: 'connection to the origin timed out',
    check: 'Do not assume a POST never reached the origin; your own gateway would report this timeout as 504.',
    pack: 'cloudflare',
    eli5:
      "Cloudflare tried to reach the website's server and gave up waiting: either the line never connected, or it connected and the server never confirmed it got the question. " +
      'Like a phone that keeps ringing, or a call where the other end goes silent after picking up.',
    serverPerspective:
      'Unregistered; only Cloudflare emits it, and it covers two different timeouts (Cloudflare docs, checked 2026-12). ' +
      'Before a connection exists: the origin did not answer Cloudflare\'s TCP SYN with a SYN+ACK within 19 seconds (Cloudflare retries the SYN on a 1, 1, 1, 1, 1, 2, 4, 8 second schedule). ' +
      "After the connection exists: the origin did not acknowledge Cloudflare's request within 90 seconds. The status alone does not say which happened; to a generic client it is simply a 500-class failure.",
    whenToUse: [
      'You meet it when the origin is overloaded, a firewall silently drops packets from Cloudflare, or the DNS record points Cloudflare at an address where nothing answers.',
      'You meet it when keepalives are disabled on the origin or packets are dropped there after the connection opened, the second of the two cases.',
      'You meet it in a Cloudflare Worker on a Custom Domain that fetches its own hostname; Cloudflare documents this loop as a 522.',
    ],
    whenNotToUse: [
      'Your gateway timed out waiting on an upstream: 504 Gateway Timeout is the registered way to say so.',
      'The connection was actively refused rather than left hanging: Cloudflare reports that as 521.',
      'The origin accepted the request but took too long to produce a response: Cloudflare reports that as 524.',
    ],
    howToRespond: [
      'Check that the origin IP in the Cloudflare DNS record is current and that the server accepts connections on that address.',
      "Look for firewall rules that drop or rate-limit Cloudflare's IP ranges (Cloudflare names this the most common cause), and for CPU or connection exhaustion on the origin during the incident.",
      'Collect an MTR or traceroute from the origin to a Cloudflare IP that normally connects, plus the origin-side logs, before contacting your host or Cloudflare.',
      "Client code: retry GET and other idempotent requests with backoff (a curl discussion proposes adding 522 to curl's list of transient codes), but do not assume a POST never reached the origin: in the second case the connection was open and the request had been sent, so use an idempotency key or check the result first.",
    ],
    headers: [],
    body: "Cloudflare's error page saying the connection to the origin timed out, with a Ray ID and the time to pass to the host.",
    pitfalls: [
      "The two cases look identical to the visitor, so advice that treats every 522 as 'the request never left Cloudflare' is wrong half the time; after the connection opened, the origin may have received part or all of the request.",
      'A firewall that drops instead of rejecting turns what would be a quick 521 into a slow 522, adding the full connect timeout to every failed visit.',
      'An origin access log that is empty during a 522 outage fits the first case but does not rule out the second; check packet drops and connection tables on the origin too.',
    ],
    examples: [
      {
        title: 'Origin IP changed but DNS still points at the old one (no connection)',
        request: 'GET /api/status HTTP/1.1\nHost: api.example.test',
        response:
          'HTTP/2 522\ncontent-type: text/html; charset=UTF-8\nserver: cloudflare\n\n<!DOCTYPE html><title>Connection timed out</title>...',
        note: 'No SYN+ACK came back from the stale address within the connect window, the first of the two 522 cases.',
      },
      {
        title: 'Overloaded origin never acknowledges an order (connection open)',
        request: 'POST /api/orders HTTP/1.1\nHost: shop.example.test\nContent-Type: application/json\nIdempotency-Key: 5b1f0c2e\n\n{"sku": "A1", "qty": 1}',
        response:
          'HTTP/2 522\ncontent-type: text/html; charset=UTF-8\nserver: cloudflare\n\n<!DOCTYPE html><title>Connection timed out</title>...',
        note: 'The TCP connection was up but the origin did not acknowledge the request in 90 seconds; the client should retry only with the same idempotency key.',
      },
    ],
    alternatives: [
      { code: 504, when: 'a gateway gave up because its upstream did not respond in time' },
      { code: 503, when: 'the origin is knowingly overloaded and will recover' },
    ],
    related: [504, 521, 524, 499],
    references: [
      fallbackRule,
      cloudflareError(522, 'connection timed out'),
      cloudflare5xx,
      { title: 'curl discussion #16143: treat Cloudflare 522 as transient for --retry', url: 'https://github.com/curl/curl/discussions/16143' },
      rfc504,
    ],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', 'connection timed out', 'tcp timeout', 'origin unreachable', 'firewall drop', 'syn ack', 'cdn'],
    usedBy: ['Cloudflare: "Connection Timed Out", either the TCP connection to the origin was not established in time or the origin did not acknowledge the request on an open connection'],
    preferInstead: 504,
  },
  {
    code: 523,
    phrase: 'Origin Is Unreachable',
    class: '5xx',
    status: 'unofficial',
    gist: 'no network route to the origin',
    check: 'Check the origin DNS records and routing rather than the app; your own proxy would answer 502.',
    pack: 'cloudflare',
    eli5:
      "Cloudflare could not even find a road to the website's server. " +
      'It is like a courier whose map has no route to the delivery address.',
    serverPerspective:
      'A Cloudflare-specific number that no RFC defines. ' +
      'Cloudflare uses 523 when it cannot contact the origin at all, typically because some network device between Cloudflare and the origin has no route to the origin address. ' +
      'Clients that do not know Cloudflare codes fall back to 500.',
    whenToUse: [
      "You meet it behind Cloudflare when the origin's network path is broken, for instance after the server moved and DNS records still name an address that no longer routes anywhere.",
      "You meet it on AWS origins whose VPC route table has an over-broad route such as 172.0.0.0/8, which swallows replies meant for Cloudflare's 172.64.0.0/13 range (Cloudflare docs, checked 2026-12).",
    ],
    whenNotToUse: [
      'Your reverse proxy cannot reach its upstream host: 502 Bad Gateway.',
      'The upstream is reachable but slow: 504 Gateway Timeout.',
    ],
    howToRespond: [
      "Verify the origin's A and AAAA records in Cloudflare point at addresses that are live and routable.",
      "Ask the hosting provider whether the origin's network is having routing trouble, and send them a traceroute from the origin to a Cloudflare IP.",
      'On AWS, add a more specific route for 172.64.0.0/13 to the Internet Gateway if a broad private route captures it.',
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
    references: [fallbackRule, cloudflareError(523, 'origin is unreachable'), cloudflare5xx],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', 'origin unreachable', 'routing', 'dns record', 'network', 'cdn'],
    usedBy: ['Cloudflare: "Origin Is Unreachable", no route from Cloudflare to the origin address'],
    preferInstead: 502,
  },
  {
    code: 524,
    phrase: 'A Timeout Occurred',
    class: '5xx',
    status: 'unofficial',
    gist: 'origin connected but answered too slowly',
    check: 'Move work that outlasts the 120-second read timeout to 202 and polling; your own gateway sends 504.',
    pack: 'cloudflare',
    eli5:
      "Cloudflare got through to the website's server and asked its question, but the answer took too long. " +
      'Like waiting at a counter while the clerk disappears into the back room and never returns.',
    serverPerspective:
      'Not an IANA code but a Cloudflare one. ' +
      "Cloudflare reports 524 when the connection to the origin succeeded but no HTTP response arrived within its Proxy Read Timeout, 120 seconds by default; it also uses 524 when writing the request to the origin did not finish within the 30-second Proxy Write Timeout (Cloudflare docs, checked 2026-12). " +
      'The origin may still be processing the request; a generic client reads the code as 500.',
    whenToUse: [
      'You meet it on long-running requests proxied through Cloudflare: large exports, slow reports, heavy database queries.',
      'You meet it on large uploads to a slow origin, where the write to the origin outlasts the proxy write timeout.',
    ],
    whenNotToUse: [
      'Your own gateway stops waiting for an upstream response: 504 Gateway Timeout.',
      'The work is long by design: accept it with 202 Accepted and let the client poll for the result, so no response has to beat the timeout.',
    ],
    howToRespond: [
      'Find the slow endpoint in the origin logs and speed it up, or move the work to a background job with a status resource the client polls.',
      'Serve requests that routinely run past 120 seconds from a hostname that is not proxied (DNS-only), or, on an Enterprise plan, raise the read timeout (Cloudflare allows up to 6,000 seconds there).',
      'For clients: the request probably reached the origin and may have completed, so check before repeating anything that changes state.',
    ],
    headers: [],
    body: "Cloudflare's timeout page; whatever the origin produces after the deadline is discarded.",
    pitfalls: [
      'The origin log often records a successful 200 for the very request the visitor saw fail with 524, because the origin finished after Cloudflare stopped waiting.',
      'Raising server-side timeouts on the origin does not help when the limit that expired is the proxy\'s; redesign the endpoint instead.',
      'Automatic retries of a POST that hit 524 can run the operation twice, since the first attempt may have succeeded.',
      'The 30-second write timeout cannot be changed, so a slow origin that reads uploads lazily keeps failing however the read timeout is set.',
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
    references: [
      fallbackRule,
      cloudflareError(524, 'a timeout occurred'),
      { title: 'Cloudflare: connection limits (Proxy Read and Write Timeouts)', url: 'https://developers.cloudflare.com/fundamentals/reference/connection-limits/' },
      rfc504,
    ],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', 'timeout', 'a timeout occurred', 'slow origin', 'long request', 'proxy read timeout', 'cdn'],
    usedBy: ['Cloudflare: "A Timeout Occurred", connected to the origin but it did not return an HTTP response in time'],
    preferInstead: 504,
  },
  {
    code: 525,
    phrase: 'SSL Handshake Failed',
    class: '5xx',
    status: 'unofficial',
    gist: 'TLS handshake with the origin failed',
    check: 'Test TLS against the origin directly with the right SNI name; a gateway of your own would send 502.',
    pack: 'cloudflare',
    eli5:
      "Cloudflare and the website's server tried to agree on a secret code for talking privately, and could not. " +
      'Like two people reaching for a handshake and missing each other entirely.',
    serverPerspective:
      'Non-standard and defined by Cloudflare alone. ' +
      "Cloudflare returns 525 when the TLS handshake between its edge and the origin fails while the zone's SSL/TLS mode is Full or Full (strict), the modes in which Cloudflare talks TLS to the origin (Cloudflare docs, checked 2026-12). " +
      'This concerns the Cloudflare-to-origin leg, not the visitor\'s connection; a generic client applies the 500 fallback.',
    whenToUse: [
      'You meet it when Cloudflare reaches the origin over HTTPS but the origin has no valid certificate installed or port 443 (or the custom secure port) is not open.',
      'You meet it when the origin does not support SNI or shares no cipher suite with Cloudflare.',
    ],
    whenNotToUse: [
      'Your proxy fails to negotiate TLS with its upstream: 502 Bad Gateway.',
      "The visitor's own browser cannot establish TLS: that fails before any HTTP status exists, so no code applies.",
    ],
    howToRespond: [
      'Test the origin directly with a TLS client (openssl s_client or curl -v against the origin IP, with the right SNI name) to see where the handshake breaks.',
      'Install a certificate on the origin (a Cloudflare Origin CA certificate is enough for this leg) and enable cipher suites Cloudflare supports.',
      'For intermittent 525s, read the origin TLS error log at the failure times; nginx logs handshake errors there, sometimes only at a raised log level.',
    ],
    headers: [],
    body: 'A Cloudflare page reporting that the SSL handshake with the origin failed.',
    pitfalls: [
      "The padlock in the visitor's browser looks fine during a 525, because the failing TLS session is the one behind Cloudflare; do not debug the browser side.",
      'Switching Cloudflare to plain HTTP towards the origin makes the error vanish but leaves that leg unencrypted.',
      'A host that changes the origin IP often can land Cloudflare on a machine without the certificate, so 525 may come and go with DNS changes.',
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
    references: [fallbackRule, cloudflareError(525, 'SSL handshake failed'), cloudflare5xx],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', 'ssl handshake failed', 'tls handshake', 'origin tls', 'cipher mismatch', 'sni', 'cdn'],
    usedBy: ['Cloudflare: "SSL Handshake Failed", the TLS handshake with the origin did not succeed (SSL/TLS mode Full or Full (strict))'],
    preferInstead: 502,
  },
  {
    code: 526,
    phrase: 'Invalid SSL Certificate',
    class: '5xx',
    status: 'unofficial',
    gist: 'origin certificate failed validation',
    check: 'Renew or fix the origin certificate instead of leaving Full (strict); your own gateway sends 502.',
    pack: 'cloudflare',
    eli5:
      "The website's server showed Cloudflare an ID card, and Cloudflare decided the card is not valid. " +
      'Like a bouncer turning away a passport that has expired or names someone else.',
    serverPerspective:
      'Cloudflare-defined and absent from the standard registry. ' +
      "Cloudflare sends 526 when the zone's SSL/TLS mode is Full (strict) and the certificate the origin presents fails validation, so it refuses to forward the request over that connection (Cloudflare docs, checked 2026-12). " +
      'The handshake technically worked, unlike 525; generic clients still see nothing more than a 500-class error.',
    whenToUse: [
      'You meet it when the origin certificate is expired, revoked, self-signed, or made out for a hostname other than the one requested.',
      'You meet it from Cloudflare Gateway (Zero Trust) when a site behind it presents an untrusted certificate, and from Workers fetching an unproxied host, which always validate strictly.',
    ],
    whenNotToUse: [
      "Your gateway rejects its upstream's certificate: 502 Bad Gateway with the reason in your logs.",
      'TLS could not be negotiated at all: Cloudflare reports that case as 525.',
    ],
    howToRespond: [
      'Inspect the certificate the origin actually serves (expiry date, issuer, names) and renew or replace it.',
      "For a self-signed origin certificate you mean to keep, add it to Cloudflare's Custom Origin Trust Store instead of weakening the SSL mode.",
      'Automate certificate renewal on the origin so the edge never sees an expired one.',
    ],
    headers: [],
    body: 'A Cloudflare page stating that the origin presented an invalid SSL certificate.',
    pitfalls: [
      'Loosening Cloudflare from Full (strict) to Full hides 526 but stops verifying the origin, so anyone able to intercept that leg can impersonate the origin.',
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
    references: [fallbackRule, cloudflareError(526, 'invalid SSL certificate'), cloudflare5xx],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['cloudflare', 'invalid ssl certificate', 'expired certificate', 'self-signed', 'origin certificate', 'full strict', 'cdn'],
    usedBy: ['Cloudflare: "Invalid SSL Certificate", the origin certificate failed validation under Full (strict)'],
    preferInstead: 502,
  },
  {
    code: 527,
    phrase: 'Railgun Error',
    class: '5xx',
    status: 'unofficial',
    gist: 'retired Railgun link failed',
    check: 'Expect 527 only in old logs; report edge-to-origin failures in your own stack as 502.',
    pack: 'cloudflare',
    eli5:
      "Cloudflare once offered a special fast lane, called Railgun, between itself and websites' servers; 527 meant that lane broke. " +
      'It is like a closed-down express train line whose fault code still appears in old timetables.',
    serverPerspective:
      'Non-standard, and now obsolete along with the product that produced it. ' +
      'Cloudflare used 527 for failures in Railgun, its since-retired link between the edge and the origin network. ' +
      "Cloudflare's current 5xx troubleshooting index lists every other 52x code but no 527 (checked 2026-12); the code mostly survives in old logs and status tables, and a generic client treats it as 500.",
    whenToUse: [
      'You meet it in historical logs or monitoring data from sites that ran Railgun.',
      'You meet it in status-code tables and libraries that still list the Cloudflare family in full.',
    ],
    whenNotToUse: [
      'Any new gateway or proxy failure in your own stack: 502 Bad Gateway, since the product behind 527 no longer exists.',
      'A current Cloudflare failure between edge and origin: look for the 52x code Cloudflare documents today (520 to 526) instead of expecting 527.',
    ],
    howToRespond: [
      "When auditing old incidents, read 527 as 'the Railgun connection between Cloudflare and the origin failed', then check the origin side of that setup.",
      'Remove any alerting or retry rules that still special-case 527; the code is no longer produced by the retired service.',
    ],
    headers: [],
    body: "Cloudflare's Railgun error page, as served while the service existed.",
    pitfalls: [
      'Documentation and blog posts about 527 describe a service that has been retired; do not plan troubleshooting around it for current setups.',
      'Status tables that keep 527 next to live codes invite dashboards and retry policies to treat it as current, cluttering them with a case that cannot occur.',
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
    references: [fallbackRule, cloudflare5xx, rfc502],
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
    gist: 'Cloudflare 1xxx error; Pantheon: site frozen',
    check: 'Read the 1xxx number in the body to learn the cause; your own proxy would send 502.',
    pack: 'cloudflare',
    eli5:
      "Cloudflare hit one of its own numbered problems, such as not being able to look up the website's server address. " +
      'Like a switchboard operator who cannot find the extension in the directory.',
    serverPerspective:
      'A non-standard code whose meaning depends on the vendor sending it. ' +
      'Cloudflare returns HTTP 530 when it has trouble resolving the origin hostname, and the body then carries one of its 1xxx error numbers, for example 1016, an origin DNS error (Cloudflare docs, checked 2026-12). The 1xxx number, not the 530, says what failed. ' +
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
      cloudflareError(530, 'origin hostname resolution'),
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
];
