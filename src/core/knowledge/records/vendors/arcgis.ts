import type { StatusRecord } from '../../types';
import { fallbackRule, nginxRequestHeader } from './shared';

// Esri ArcGIS's token errors. ArcGIS reports them as the code of a JSON error object; Esri's own
// client library reads them from there (Esri/arcgis-rest-js check-for-errors.ts, checked 2026-12).

const arcgisRestJsErrors = {
  title: 'ArcGIS REST JS: error handling (ArcGISAuthError for an invalid token)',
  url: 'https://developers.arcgis.com/arcgis-rest-js/error-handling',
};
const arcgisCheckForErrors = {
  title: 'Esri/arcgis-rest-js: check-for-errors.ts (498 and 499 in the JSON error object)',
  url: 'https://github.com/Esri/arcgis-rest-js/blob/main/packages/arcgis-rest-request/src/utils/check-for-errors.ts',
};

export const arcgisRecords: readonly StatusRecord[] = [
  {
    code: 498,
    phrase: 'Invalid Token',
    class: '4xx',
    status: 'unofficial',
    gist: 'ArcGIS token invalid or expired',
    check: 'Send 401 with WWW-Authenticate for a bad token in your own API; ArcGIS may put 498 in a 200 body.',
    pack: 'arcgis',
    eli5:
      'The access pass you showed has expired or is not genuine, so the map service will not serve you. ' +
      'It is like a theme-park wristband from yesterday: real once, useless now.',
    serverPerspective:
      'No standard defines 498; two vendors use it independently. ' +
      'Esri ArcGIS uses 498 to say the token sent with a request is invalid or expired, usually as the code field of a JSON error object rather than on the status line: Esri\'s arcgis-rest-js library looks for 498 and 499 in that object and raises its auth error from there (checked 2026-12). ' +
      'nginx has its own, unrelated 498: a source comment calls it the canceled code for requests with an invalid host name, an internal value that is never the status a client receives. A generic client that does meet a 498 status applies the 400 fallback.',
    whenToUse: [
      'You meet it when calling ArcGIS services with a token that has lapsed or was issued for something else.',
      'You meet it inside ArcGIS JSON error objects ({"error": {"code": 498, ...}}), where a client checking only the HTTP status would miss it.',
      'You see the number in nginx internals, where it marks a request cancelled because of an invalid host name.',
    ],
    whenNotToUse: [
      'Your own API rejects an expired or forged token: 401 Unauthorized with a WWW-Authenticate challenge, which standard auth libraries already know how to handle.',
      'The token is valid but lacks permission for the layer or operation: 403 Forbidden.',
      'The Host header names no site the server serves: 400 Bad Request, or 421 Misdirected Request if the connection reached the wrong server.',
    ],
    howToRespond: [
      'ArcGIS clients: request a new token and repeat the call; if it fails at once, check that the token was generated for this server or referer.',
      'Check the JSON body for an error object even when the status is 200, and route codes 498 and 499 to your token refresh, as arcgis-rest-js does.',
      'Generic clients: without ArcGIS-specific handling the code is just a 400, so map 498 to a token refresh only for Esri endpoints.',
    ],
    headers: [],
    body: 'An error object with the code and a message such as "Invalid Token", so client code can trigger a fresh sign-in.',
    pitfalls: [
      "Standard auth middleware refreshes tokens on 401 only; an ArcGIS 498 bypasses that logic unless you add it, so users see failures instead of silent renewal.",
      "Two meanings share the number: if a 498 turns up in nginx's own processing, it concerns the Host name, not any token.",
      'Code that tests response.ok or the status class alone treats an ArcGIS token failure delivered with status 200 as success and then breaks on the missing data.',
    ],
    examples: [
      {
        title: 'Map query with an expired token',
        request: 'GET /arcgis/rest/services/Parcels/MapServer/0/query?where=1%3D1&f=json&token=<expired> HTTP/1.1\nHost: gis.example.test',
        response:
          'HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"error": {"code": 498, "message": "Invalid Token", "details": []}}',
        note: 'The ArcGIS-style service reports the lapsed token as code 498 inside the error object; a registered-code API would answer 401 on the status line.',
      },
    ],
    alternatives: [
      { code: 401, when: 'the token is missing, expired or not genuine and a new one would help' },
      { code: 403, when: 'the token is valid but does not grant this operation' },
      { code: 400, when: 'the request names a host the server does not serve' },
    ],
    related: [499, 401, 403, 421],
    references: [fallbackRule, arcgisRestJsErrors, arcgisCheckForErrors, nginxRequestHeader],
    cacheable: false,
    bodyAllowed: true,
    formerNames: [],
    keywords: ['esri', 'arcgis', 'invalid token', 'expired token', 'token', 'nginx', 'invalid host'],
    usedBy: [
      'Esri ArcGIS: "Invalid Token", the token sent is not valid or has expired (reported in the JSON error object)',
      'nginx: per a source comment, the canceled code for requests with an invalid host name (internal only)',
    ],
    preferInstead: 401,
  },
];
