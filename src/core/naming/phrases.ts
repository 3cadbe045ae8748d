// Reason phrases as libraries derive constant names from them. This is RFC 9110 wording except
// where nearly every library keeps another spelling (418 "I'm a Teapot", 510 "Not Extended");
// 104 and 306 are absent because almost no library names them. Kept apart from the knowledge base
// so detection stays small and synchronous.

export const LIBRARY_PHRASES: Readonly<Record<number, string>> = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Content Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Content', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 510: 'Not Extended', 511: 'Network Authentication Required',
};

/** The words of a phrase, apostrophes dropped: "I'm a Teapot" → ["Im", "a", "Teapot"]. */
export function phraseWords(phrase: string): string[] {
  return phrase.replace(/'/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
}

/** Earlier spellings still printed by libraries' status tables (RFC 2616/7231 wording). */
export const FORMER_PHRASES: Readonly<Record<number, readonly string[]>> = {
  302: ['Moved Temporarily'], 413: ['Request Entity Too Large', 'Payload Too Large'], 414: ['Request-URI Too Long', 'Request-URI Too Large'],
  416: ['Requested Range Not Satisfiable'], 422: ['Unprocessable Entity'],
};

const squash = (phrase: string): string => phrase.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether `written` is the code's reason phrase, now or formerly, in any case or punctuation. */
export function isPhraseOf(code: number, written: string): boolean {
  const phrase = LIBRARY_PHRASES[code];
  if (phrase === undefined) return false;
  const wanted = squash(written);
  return wanted === squash(phrase) || (FORMER_PHRASES[code] ?? []).some((p) => squash(p) === wanted);
}

const PHRASE_CODES: ReadonlyMap<string, number> = new Map([
  ...Object.entries(FORMER_PHRASES).flatMap(([code, phrases]) => phrases.map((p): [string, number] => [squash(p), Number(code)])),
  ...Object.entries(LIBRARY_PHRASES).map(([code, phrase]): [string, number] => [squash(phrase), Number(code)]),
]);

/** The code whose phrase, now or formerly, is spelled by these letters and digits ("notfound" → 404). */
export function codeOfSquashedPhrase(squashed: string): number | undefined {
  return PHRASE_CODES.get(squashed);
}
