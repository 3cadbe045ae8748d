// Facts transcribed from the project's checked reference (shared/reference/status-codes.md,
// Table 1 and the non-standard list), kept apart from the records so the tests compare two
// independent sources.

/** IANA-registered codes and their RFC 9110 / IANA reason phrases. */
export const REGISTERED: Readonly<Record<number, string>> = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints', 104: 'Upload Resumption Supported',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 306: '(Unused)', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Content Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: '(Unused)', 421: 'Misdirected Request', 422: 'Unprocessable Content', 423: 'Locked', 424: 'Failed Dependency',
  425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 510: 'Not Extended (OBSOLETED)', 511: 'Network Authentication Required',
};

/** Registry standing other than plain "standard". */
export const SPECIAL_STATUS: Readonly<Record<number, string>> = {
  104: 'temporary', 305: 'deprecated', 306: 'reserved', 418: 'reserved', 510: 'obsoleted',
};

/** The widely seen non-standard codes the product must explain. */
export const UNOFFICIAL: readonly number[] = [
  122, 419, 420, 440, 444, 449, 450, 460, 463, 464, 494, 495, 496, 497, 498, 499,
  509, 520, 521, 522, 523, 524, 525, 526, 527, 530, 561, 598, 599,
];

/** Heuristically cacheable (RFC 9110 §15.1, plus 451 per RFC 7725 and 226 per RFC 3229). */
export const CACHEABLE: readonly number[] = [200, 203, 204, 206, 226, 300, 301, 308, 404, 405, 410, 414, 451, 501];

/** Registered codes whose responses cannot carry content. */
export const NO_CONTENT: readonly number[] = [100, 101, 102, 103, 104, 204, 205, 304];

/** Header obligations the spec states with a keyword: [code, header, requirement]. */
export const HEADER_OBLIGATIONS: readonly (readonly [number, string, string])[] = [
  [101, 'Upgrade', 'MUST'],
  [201, 'Location', 'SHOULD'],
  [206, 'Content-Range', 'MUST'],
  [301, 'Location', 'SHOULD'],
  [302, 'Location', 'SHOULD'],
  [307, 'Location', 'SHOULD'],
  [308, 'Location', 'SHOULD'],
  [401, 'WWW-Authenticate', 'MUST'],
  [405, 'Allow', 'MUST'],
  [407, 'Proxy-Authenticate', 'MUST'],
  [413, 'Retry-After', 'SHOULD'],
  [426, 'Upgrade', 'MUST'],
  [429, 'Retry-After', 'MAY'],
  [503, 'Retry-After', 'MAY'],
];

/** "Consider instead" pairs the product promises: [code, alternatives it must offer]. */
export const REQUIRED_ALTERNATIVES: readonly (readonly [number, readonly number[]])[] = [
  [404, [410, 403]],
  [401, [403]],
  [403, [401]],
  [302, [303, 307]],
  [301, [308]],
  [400, [422, 415]],
  [500, [502, 503, 504]],
];
