import type { StatusRecord } from '../../types';
import { ianaRegistry, rfc9110 } from '../refs';
import { fallbackRule } from './shared';

// 509: sent by shared hosts that meter traffic (Apache mod_bw, cPanel), and copied into many
// status tables. Library versions as listed in the project's reference (checked 2026-12).

export const sharedHostingRecords: readonly StatusRecord[] = [
  {
    code: 509,
    phrase: 'Bandwidth Limit Exceeded',
    class: '5xx',
    status: 'unofficial',
    gist: 'hosting plan traffic quota used up',
    check: 'Send 503 instead, with Retry-After when you know when the quota resets.',
    pack: 'shared-hosting',
    eli5:
      'The website has used up all the data traffic its hosting plan allows for this period, so it is switched off for now. ' +
      'Like a prepaid phone that stops working when the credit runs out.',
    serverPerspective:
      'Shared hosts running Apache mod_bw or cPanel send 509 when a site has exceeded its bandwidth allowance. ' +
      'IANA has never assigned the number (registry checked 2026-12), yet it sits in many tables (Node http.STATUS_CODES, jshttp statuses, DRF, Python requests, and Spring up to 6, deprecated in 7); generic clients treat it as 500.',
    whenToUse: [
      'You meet it on sites hosted with a traffic quota, usually after a spike such as a popular link or a hotlinked image.',
      "You meet it in framework constants (http-errors' BandwidthLimitExceeded, DRF's HTTP_509_BANDWIDTH_LIMIT_EXCEEDED) that make the number look more official than it is.",
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
    references: [
      fallbackRule,
      { title: 'Node.js: http.STATUS_CODES', url: 'https://nodejs.org/api/http.html#httpstatus_codes' },
      { title: 'jshttp/statuses: codes.json', url: 'https://github.com/jshttp/statuses/blob/master/codes.json' },
      ianaRegistry,
      rfc9110('15.6.4', '503 Service Unavailable'),
    ],
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
];
