import type { StatusRecord } from '../../types';
import { rfc } from '../refs';
import { fallbackRule } from './shared';

// Twitter's legacy 420 (API v1/v1.1 rate limiting; v2 uses 429). Checked against X's developer
// docs on streaming connections and the tweepy maintainers' account (2026-12).

export const twitterRecords: readonly StatusRecord[] = [
  {
    code: 420,
    phrase: 'Enhance Your Calm',
    class: '4xx',
    status: 'unofficial',
    gist: 'legacy Twitter rate limit, slow down',
    check: 'Throttle with 429 instead, and make legacy clients back off on 420 as well as 429.',
    pack: 'twitter',
    eli5:
      'You have been asking too often, so the server tells you to slow down. ' +
      "Picture a shop assistant saying 'one at a time, please' before serving you again.",
    serverPerspective:
      'Not a registered status: 420 appears in no RFC and not in the IANA registry. ' +
      "Twitter's legacy v1 and v1.1 APIs, the streaming endpoints in particular, answered 420 when a client connected or called too often; Twitter API v2 uses the registered 429 for the same job (tweepy maintainers, checked 2026-12). " +
      'Separately, early WebDAV drafts used 420 for Method Failure, a name that survived in Spring up to version 6 and in npm http-status-codes. A standard client sees either meaning as a generic 400.',
    whenToUse: [
      "You meet it when maintaining code written against Twitter's old v1.1 API, whose throttling errors used this number, especially reconnect loops for the streaming API.",
      'You find METHOD_FAILURE (420) in an older Spring or http-status-codes table and need to know it is a WebDAV draft leftover, not a rate limit.',
    ],
    whenNotToUse: [
      'Throttling callers of your own API: 429 Too Many Requests, optionally with Retry-After so clients know when to come back.',
      'One step of a WebDAV operation failed because another step it relied on failed: 424 Failed Dependency is the registered code.',
    ],
    howToRespond: [
      'Back off: stop reconnecting for a while and spread requests out; the old streaming guidance asked clients to pause further connection attempts for minutes after a 420.',
      'Clients that talk to several services: read 420 as a throttling signal only for the legacy Twitter endpoints and as a plain 400 everywhere else.',
      'When migrating to API v2, move throttling checks from 420 to 429; a client library that still waits for 420 never backs off there.',
    ],
    headers: [],
    body:
      'If a legacy contract forces you to emit it, a JSON error naming the limit that was hit and when it resets; new services should put exactly that content in a 429.',
    pitfalls: [
      'Retry middleware usually keys on 429 and 503, so a 420 falls through as a non-retryable client error and the caller gives up instead of backing off.',
      'Spring 7 dropped the long-deprecated HttpStatus.METHOD_FAILURE; to keep reading 420 from old services, use HttpStatusCode.valueOf(420), which accepts any number from 100 to 999.',
      "The two meanings collide: a dashboard that labels every 420 'Enhance Your Calm' will mislabel a WebDAV Method Failure, and the reverse.",
      'Client libraries written for v1.1 streaming and reused against v2 wait for 420 and so miss the 429 that v2 sends; tweepy fixed exactly this in its v2 streaming client.',
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
    references: [
      fallbackRule,
      { title: 'X developer platform: connecting to a streaming endpoint (v1.1)', url: 'https://developer.x.com/en/docs/tweets/filter-realtime/guides/connecting' },
      { title: 'tweepy issue #1986: v1.1 streaming rate limit was 420, v2 uses 429', url: 'https://github.com/tweepy/tweepy/issues/1986' },
      { title: 'npm: http-status-codes', url: 'https://www.npmjs.com/package/http-status-codes' },
      rfc(6585, '4', '429 Too Many Requests'),
    ],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['enhance your calm', 'twitter', 'rate limit', 'throttle', 'slow down', 'method failure', 'webdav', 'METHOD_FAILURE'],
    usedBy: [
      'Twitter API v1/v1.1: "Enhance Your Calm", its legacy rate-limiting response (v2 uses 429)',
      'Spring up to 6 (deprecated, removed in 7) and npm http-status-codes: "Method Failure" (METHOD_FAILURE), taken from early WebDAV drafts',
    ],
    preferInstead: 429,
  },
];
