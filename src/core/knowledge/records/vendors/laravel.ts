import type { StatusRecord } from '../../types';
import { aspnetStatusCodes, fallbackRule } from './shared';

// Laravel's 419 (CSRF token mismatch). Checked against the Laravel CSRF docs and the framework's
// exception handler (laravel/framework, 2026-12).

export const laravelRecords: readonly StatusRecord[] = [
  {
    code: 419,
    phrase: 'Page Expired',
    class: '4xx',
    status: 'unofficial',
    gist: 'CSRF token missing or stale (Laravel)',
    check: 'Make forms and AJAX calls send the CSRF token; outside Laravel, refuse a failed CSRF check with 403.',
    pack: 'laravel',
    eli5:
      'You sent a form, but the hidden ticket proving it came from this site was missing or too old, so the site threw the form away. ' +
      "It is like handing in last week's cloakroom ticket.",
    serverPerspective:
      'Non-standard: no RFC or IANA entry defines 419. ' +
      "In a Laravel app, 419 means the CSRF check failed: the framework's exception handler turns a TokenMismatchException into an HttpException with status 419 (laravel/framework Handler, checked 2026-12). " +
      'Other products gave the number unrelated meanings (ASP.NET Core calls it Authentication Timeout; early WebDAV drafts, and through them Spring up to 6 and npm http-status-codes, call it Insufficient Space On Resource), and a standard client reads every one of them as 400.',
    whenToUse: [
      'You meet it in a Laravel app after a form post or AJAX call whose CSRF token was missing, not forwarded by the JavaScript client, or stale because the session ended while the page sat open.',
      'You meet it when a single-page front end on another subdomain calls a Laravel back end without first obtaining the XSRF-TOKEN cookie the framework sets.',
    ],
    whenNotToUse: [
      'Your own framework rejects a tokenless or cross-site form submission: 403 Forbidden, which every client and proxy already understands.',
      "A sign-in session has lapsed and the user must log in again: 401 Unauthorized with a WWW-Authenticate challenge, not ASP.NET Core's Status419AuthenticationTimeout.",
      'A WebDAV store has no room left for an upload: 507 Insufficient Storage is the registered code for that.',
    ],
    howToRespond: [
      'Users: copy anything you typed, reload the page to get a fresh token, then submit again.',
      'Developers: make sure every state-changing form carries the token (the @csrf Blade directive adds the hidden _token field) and that JavaScript clients send it in the X-CSRF-TOKEN header, or send back the XSRF-TOKEN cookie value as X-XSRF-TOKEN.',
      'Front-end code talking to a Laravel back end: catch 419 specifically and fetch a new token instead of showing a generic error; other clients will just see a 400-class failure.',
      'Look at the session lifetime and session driver if 419s appear for people who leave pages open for hours or whose requests land on servers that do not share sessions.',
    ],
    headers: [],
    body:
      "For browsers, Laravel's 'Page Expired' error page; for an API that keeps the code, a short JSON message telling the client to obtain a fresh CSRF token and retry.",
    pitfalls: [
      'One number, three unrelated meanings (CSRF failure in Laravel, session timeout in ASP.NET Core, lack of storage in old WebDAV-derived tables): never interpret a 419 without knowing which product sent it.',
      'Spring deprecated HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE and removed it in Spring 7, so Java code still naming that constant stops compiling on upgrade.',
      "ASP.NET Core's own source comment on Status419AuthenticationTimeout says it is not defined in any RFC: a constant shipping in a framework does not make a code standard.",
      'Monitoring that groups by class counts CSRF expiries as generic client errors, so a spike caused by a too-short session lifetime hides among ordinary 400s unless you chart 419 separately.',
      'Excluding a route from CSRF checks to silence 419s removes the protection for that route; do it only for endpoints that authenticate some other way, such as signed webhooks.',
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
      { title: 'laravel/framework: Foundation/Exceptions/Handler.php (TokenMismatchException to 419)', url: 'https://github.com/laravel/framework/blob/master/src/Illuminate/Foundation/Exceptions/Handler.php' },
      aspnetStatusCodes,
    ],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['csrf', 'page expired', 'token mismatch', 'TokenMismatchException', 'laravel', 'session expired', 'authentication timeout', 'insufficient space on resource', 'xsrf'],
    usedBy: [
      'Laravel: "Page Expired", sent when the CSRF token check fails (TokenMismatchException)',
      'ASP.NET Core: StatusCodes.Status419AuthenticationTimeout, "Authentication Timeout", commented as not defined in any RFC',
      'Spring up to 6 (deprecated, removed in 7) and npm http-status-codes: "Insufficient Space On Resource" (INSUFFICIENT_SPACE_ON_RESOURCE), from early WebDAV drafts',
    ],
    preferInstead: 403,
  },
];
