import { LIBRARY_PHRASES } from '../naming/phrases';
import { schemesFor, type NamingScheme } from '../naming/schemes';
import { LITERAL_IDIOMS, type LiteralIdiom } from './idioms';
import { familyOf, type LanguageFamily } from './languages';

export { SUPPORTED_LANGUAGES, effectiveLanguageId, familyOf, languageIdForFile } from './languages';
export type { LanguageFamily } from './languages';

export type OccurrenceKind = 'literal' | 'constant' | 'helper' | 'statusLine' | 'openapiKey' | 'directive';

/** One place in a text that stands for an HTTP status code. Offsets are UTF-16 indexes into the text. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly kind: OccurrenceKind;
  /** The idiom or naming scheme that matched, e.g. "express.status" or "go.http". */
  readonly idiom: string;
}

/** How much of a line either side of a token the rules may look at. */
const CONTEXT = 160;
/** Longest token worth classifying; longer runs of word characters are not status codes. */
const MAX_TOKEN = 64;
/** How far back structural checks (enclosing switch, `responses` key) may look. */
const LOOKBACK = 4000;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Start of the line holding `index`, searching back at most `limit` characters (long lines stay cheap). */
function lineStartOf(text: string, index: number, limit = LOOKBACK): number {
  const stop = Math.max(0, index - limit);
  for (let i = index - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}

/** Text before `start` on the same line, at most CONTEXT characters. */
function before(text: string, start: number): string {
  return text.slice(lineStartOf(text, start, CONTEXT), start);
}

/** Text after `end` on the same line, at most CONTEXT characters. */
function after(text: string, end: number): string {
  const to = Math.min(text.length, end + CONTEXT);
  let i = end;
  while (i < to && text.charCodeAt(i) !== 10) i++;
  return text.slice(end, i);
}

// ── rules compiled per language family ──

interface FamilyRules {
  readonly family: LanguageFamily;
  /** Literal idioms by the last non-blank character before a number ('w' for word characters). */
  readonly literalsByTrigger: ReadonlyMap<string, readonly LiteralIdiom[]>;
  /** Naming schemes by every name they know. */
  readonly schemesByName: ReadonlyMap<string, readonly NamingScheme[]>;
  /** Schemes whose names embed the number (HTTP_404_NOT_FOUND, Status404NotFound). */
  readonly embedding: readonly NamingScheme[];
  /** First character and length of every known name, to skip most identifiers without slicing them. */
  readonly shapes: ReadonlySet<number>;
}

const shapeOf = (first: number, length: number): number => first * 128 + Math.min(length, 127);

const rulesCache = new Map<LanguageFamily, FamilyRules>();

let lastRules: FamilyRules | undefined;

function rulesFor(family: LanguageFamily): FamilyRules {
  if (lastRules?.family === family) return lastRules; // the hot path: every token of one document
  const cached = rulesCache.get(family);
  if (cached) {
    lastRules = cached;
    return cached;
  }
  const literalsByTrigger = new Map<string, LiteralIdiom[]>();
  for (const idiom of LITERAL_IDIOMS) {
    if (!idiom.families.includes(family)) continue;
    for (const trigger of idiom.triggers) {
      const list = literalsByTrigger.get(trigger) ?? [];
      list.push(idiom);
      literalsByTrigger.set(trigger, list);
    }
  }
  const schemesByName = new Map<string, NamingScheme[]>();
  const schemes = schemesFor(family);
  for (const scheme of schemes) {
    for (const name of scheme.names.keys()) {
      const list = schemesByName.get(name) ?? [];
      list.push(scheme);
      schemesByName.set(name, list);
    }
  }
  const shapes = new Set([...schemesByName.keys()].map((name) => shapeOf(name.charCodeAt(0), name.length)));
  const rules = { family, literalsByTrigger, schemesByName, embedding: schemes.filter((s) => s.embedCode), shapes };
  rulesCache.set(family, rules);
  return rules;
}

// ── literals ──

function triggerOf(head: string): string | undefined {
  let i = head.length - 1;
  while (i >= 0 && (head.charCodeAt(i) === 32 || head.charCodeAt(i) === 9)) i--;
  if (i < 0) return undefined;
  const c = head.charCodeAt(i);
  return isWordChar(c) ? 'w' : head.charAt(i);
}

const STATUS_WORDS = new Set(['status', 'statuscode', 'httpstatus']);
const NOT_A_STATUS_WORDS = new Set(['height', 'width', 'size', 'bar', 'timeout', 'port', 'limit', 'length', 'count', 'max', 'min', 'delay', 'interval', 'id', 'ms', 'seconds', 'page', 'offset']);
const NAME_AFFIXES = /^(?:http|status|sc|response|code)+|(?:status|code|http)+$/g;

/** `const NOT_FOUND = 404`, `expectedStatus: 201`: the assigned name says it is a status. */
/** Index of the last non-blank character at or before `i`. */
function skipBlanksBack(text: string, i: number): number {
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i;
}

/** The identifier that ends at index `end` (inclusive), read backwards. */
function identifierEndingAt(text: string, end: number): string {
  let i = end;
  while (i >= 0 && isWordChar(text.charCodeAt(i))) i--;
  return text.slice(i + 1, end + 1);
}

/**
 * The name a value is assigned to, read backwards from the operator: `NOT_FOUND =`, `status:`,
 * `'status' =>`, `code :=`, `NOT_FOUND: number =` (hot path: no regular expression).
 */
function assignedName(head: string): string | undefined {
  let i = skipBlanksBack(head, head.length - 1);
  const c = head.charAt(i);
  if (c === '=') {
    i--;
    if (head.charAt(i) === ':') i--;
  } else if (c === ':') i--;
  else if (c === '>' && head.charAt(i - 1) === '=') i -= 2;
  else return undefined;
  i = skipBlanksBack(head, i);
  if (head.charAt(i) === '"' || head.charAt(i) === "'") i--;
  let name = identifierEndingAt(head, i);
  // `NOT_FOUND: number =`: the word before a type annotation is the name.
  const beforeName = skipBlanksBack(head, i - name.length);
  if (c === '=' && head.charAt(beforeName) === ':') name = identifierEndingAt(head, skipBlanksBack(head, beforeName - 1));
  return name && !isDigit(name.charCodeAt(0)) ? name : undefined;
}

function isStatusName(head: string, code: number): boolean {
  const name = assignedName(head);
  if (!name) return false;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (words.some((w) => NOT_A_STATUS_WORDS.has(w))) return false;
  if (words.some((w) => STATUS_WORDS.has(w))) return true;
  const phrase = LIBRARY_PHRASES[code];
  if (!phrase) return false;
  const wanted = phrase.toLowerCase().replace(/[^a-z0-9]/g, '');
  const bare = words.join('').replace(NAME_AFFIXES, '');
  return bare === wanted;
}

const RESPONDER_WORDS = new Set(['send', 'respond', 'reply', 'write', 'error', 'fail', 'problem', 'halt', 'json', 'render', 'abort']);

/** `send(res, 404, …)`, `writeJSON(w, 422, …)`, `fail(405, …)`: a local helper named for responding. */
function isResponderCall(head: string): boolean {
  const callee = /([A-Za-z_$][\w$]*)\(\s*(?:\w+\s*,\s*)?$/.exec(head.slice(-64))?.[1] ?? '';
  return callee.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).some((w) => RESPONDER_WORDS.has(w));
}

const SWITCH_HEADER = /\b(?:switch|match)\b[^{\n]*/g;
const RUBY_CASE_HEADER = /^[ \t]*case[ \t]+[^\n]*$/gm;

/** The nearest enclosing `switch (…)` (Ruby: `case …`) looks at a status. */
function isSwitchOnStatus(text: string, start: number, family: LanguageFamily): boolean {
  const window = text.slice(Math.max(0, start - LOOKBACK), lineStartOf(text, start));
  let header: string | undefined;
  for (const match of window.matchAll(family === 'ruby' ? RUBY_CASE_HEADER : SWITCH_HEADER)) header = match[0];
  return header !== undefined && /status|\bcode\b|Code\b/.test(header);
}

function matchesIdiom(idiom: LiteralIdiom, text: string, start: number, fullHead: string, tail: string, code: number, family: LanguageFamily): boolean {
  const head = idiom.reach === undefined ? fullHead : fullHead.slice(-idiom.reach);
  if (!idiom.after.test(tail) || !idiom.before.test(head)) return false;
  switch (idiom.requires) {
    case undefined:
      return true;
    case 'statusName':
      return isStatusName(head, code);
    case 'switchOnStatus':
      return isSwitchOnStatus(text, start, family);
    case 'responderCall':
      return isResponderCall(head);
  }
}

/** A number followed by its own reason phrase ("404 Not Found", "404 NOT FOUND") in a string, log or doc. */
function isFollowedByPhrase(tail: string, code: number): boolean {
  const phrase = LIBRARY_PHRASES[code];
  if (!phrase || tail.length < phrase.length + 1 || !/^[ \t]/.test(tail)) return false;
  const words = tail.trimStart().slice(0, phrase.length + 1);
  const written = words.slice(0, phrase.length);
  // Lower case ("user 404 not found") is prose about something else.
  return (written === phrase || written === phrase.toUpperCase()) && !/^\w/.test(words.slice(phrase.length));
}

const PROSE_BEFORE = new Set(['return', 'returns', 'returned', 'returning', 'respond', 'responds', 'responded', 'answer', 'answers', 'answered', 'with', 'retry', 'retrying', 'retries', 'send', 'sends', 'sent', 'got', 'gets', 'expect', 'expects', 'status', 'code', 'http', 'into', 'a', 'an', 'than']);
const PROSE_AFTER = new Set(['response', 'responses', 'status', 'error', 'errors', 'instead', 'code', 'redirect', 'redirects', 'when', 'if', 'for', 'on', 'from', 'after']);
const PROSE_UNITS = /^\s*(?:%|ms\b|s\b|kb\b|mb\b|px\b|items?\b|orders?\b|bytes?\b|seconds?\b|minutes?\b|users?\b|requests\b|lines?\b|rows?\b)/i;

/** Prose that names a status: "returns 404", "a 503 after", "upstream 502 responses" (docs, test titles). */
function isProseStatus(head: string, tail: string, code: number): boolean {
  if (!LIBRARY_PHRASES[code] || PROSE_UNITS.test(tail) || /[\w.#/-]$/.test(head) || /^[\w./-]/.test(tail)) return false;
  const previous = /([A-Za-z]+)\W{0,2}$/.exec(head)?.[1]?.toLowerCase();
  const next = /^\W{0,2}([A-Za-z]+)/.exec(tail)?.[1]?.toLowerCase();
  if (next !== undefined && PROSE_AFTER.has(next)) return true;
  return previous !== undefined && PROSE_BEFORE.has(previous) && (next === undefined || /^\s*(?:[.,;:)]|$|`)/.test(tail));
}

/** Inside the title string of a test: it('returns 404 for…'), test("… 409"). */
const TEST_TITLE = /\b(?:it|test|describe|context|specify)\s*\(\s*(['"`])[^'"`]*$/;

const LIST_CONTINUES = /^(?:\s*,\s*[1-5]\d\d)*\s*[\])}]/;

/** A list of statuses (the rest of it is checked by LIST_CONTINUES): `RETRY_ON = [408, 429, 502]`, `status_forcelist=[500, 502]`. */
function isStatusList(head: string): boolean {
  const bracket = Math.max(head.lastIndexOf('['), head.lastIndexOf('('), head.lastIndexOf('{'));
  if (bracket < 0 || !/^[\d\s,]*$/.test(head.slice(bracket + 1))) return false;
  const owner = /([A-Za-z_$][\w$]*)['"]?\s*(?:[:=]|=>)?\s*(?:new\s+Set\(|frozenset\(|set\(|Set\.of\(|List\.of\(|listOf\(|setOf\(|arrayOf\()?\s*$/.exec(head.slice(Math.max(0, bracket - 48), bracket));
  return owner?.[1] !== undefined && /status|code|retry|retries|retryable|forcelist/i.test(owner[1]);
}

/** Start of the operand a number belongs to, skipping a conditional or default before it (`a ? 200 : `, `x || `). */
function withoutConditional(head: string, tail: string): [string, string] | undefined {
  // A colon is a conditional's second branch only after a `?` in the same operand (not an object key).
  const ternaryElse = /:\s*$/.test(head) && head.lastIndexOf('?') > Math.max(head.lastIndexOf('('), head.lastIndexOf(','), head.lastIndexOf('{'));
  const conditionalBefore = ternaryElse || /(?:\|\||\?\?|\?|\belse|\bor)\s*$/.test(head);
  const conditionalAfter = /^\s*(?:\?|:|\|\||\?\?|if\b|else\b|or\b)/.test(tail);
  if (!conditionalBefore && !conditionalAfter) return undefined;
  let newHead = head;
  if (conditionalBefore) {
    let depth = 0;
    let i = head.length - 1;
    for (; i >= 0; i--) {
      const c = head.charAt(i);
      if (c === ')' || c === ']') depth++;
      else if (c === '(' || c === '[') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && c === ',') break;
      else if (depth === 0 && c === '=' && !/[=!<>]/.test(head.charAt(i - 1)) && !/[=>]/.test(head.charAt(i + 1))) break;
    }
    if (i < 0) return undefined;
    newHead = head.slice(0, i + 1) + ' ';
  }
  let newTail = tail;
  if (conditionalAfter) {
    let depth = 0;
    let i = 0;
    for (; i < tail.length; i++) {
      const c = tail.charAt(i);
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (c === ',' || c === ';')) break;
    }
    newTail = tail.slice(i);
  }
  return [newHead, newTail];
}

const KEY_AFTER = /^['"]?\s*:(?!:)/;
const KEY_BEFORE = /(?:^\s*(?:-\s*)?|[{,]\s*)['"]?$/;
const RESPONSES_KEY = /\bresponses?['"]?\s*[:=]\s*\{?\s*$/;

/** `'404':` / `"404": {` / `404: {…}` as a key of a `responses` mapping (OpenAPI, FastAPI, Fastify). */
function isResponsesKey(text: string, start: number, head: string, tail: string): boolean {
  if (!KEY_AFTER.test(tail) || !KEY_BEFORE.test(head)) return false;
  // Same line: `responses={404: {...}, 500: ...}` or minified JSON.
  const sameLine = head.lastIndexOf('responses');
  if (sameLine >= 0 && RESPONSES_KEY.test(`${head.slice(sameLine).split('{', 1)[0] ?? ''}{`)) return true;
  // Otherwise the nearest less-indented line above must open `responses`.
  const lineStart = lineStartOf(text, start);
  const indent = /^[ \t]*/.exec(text.slice(lineStart, start))?.[0].length ?? 0;
  let cursor = lineStart - 1;
  const stop = Math.max(0, start - LOOKBACK);
  while (cursor > stop) {
    const from = lineStartOf(text, cursor);
    const line = text.slice(from, cursor);
    cursor = from - 1;
    if (!line.trim()) continue;
    const lineIndent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (lineIndent >= indent) continue;
    return /\bresponses?['"]?\s*[:=]\s*[{([]?\s*$/.test(line);
  }
  return false;
}

function classifyNumber(text: string, start: number, end: number, family: LanguageFamily): Occurrence | undefined {
  const length = end - start;
  if (length < 2 || length > 4) return undefined;
  const code = Number(text.slice(start, end));
  const head = before(text, start);
  const tail = after(text, end);
  const idiom = matchLiteralIdiom(text, start, head, tail, code, family);
  if (idiom) return { start, end, code, kind: idiom.kind, idiom: idiom.id };
  if (length !== 3) return undefined;
  if (isResponsesKey(text, start, head, tail)) {
    return { start, end, code, kind: family === 'yaml' || family === 'json' ? 'openapiKey' : 'literal', idiom: 'responses-key' };
  }
  if (isFollowedByPhrase(tail, code) && !/[\w.]$/.test(head)) return { start, end, code, kind: 'statusLine', idiom: 'status-text' };
  if (code >= 100 && code <= 599 && LIST_CONTINUES.test(tail) && isStatusList(head)) return { start, end, code, kind: 'literal', idiom: 'status-list' };
  if ((family === 'docs' || (/['"`]/.test(head) && TEST_TITLE.test(head))) && isProseStatus(head, tail, code)) return { start, end, code, kind: 'literal', idiom: 'prose' };
  return undefined;
}

/** The literal idiom a token in this position matches, also seen through a conditional around it. */
function matchLiteralIdiom(text: string, start: number, head: string, tail: string, code: number, family: LanguageFamily): LiteralIdiom | undefined {
  const rules = rulesFor(family);
  const attempt = (h: string, t: string): LiteralIdiom | undefined => {
    const trigger = triggerOf(h);
    if (trigger === undefined) return undefined;
    return rules.literalsByTrigger.get(trigger)?.find((idiom) => matchesIdiom(idiom, text, start, h, t, code, family));
  };
  const direct = attempt(head, tail);
  if (direct) return direct;
  const unwrapped = withoutConditional(head, tail);
  return unwrapped ? attempt(...unwrapped) : undefined;
}

// ── names ──

/** The code an embedded-number name stands for (HTTP_499_CLIENT_CLOSED_REQUEST), even if unlisted. */
function embeddedCode(scheme: NamingScheme, name: string): number | undefined {
  const prefix = scheme.prefix ?? '';
  if (!scheme.embedCode || !name.startsWith(prefix)) return undefined;
  const digits = /^(\d{3})/.exec(name.slice(prefix.length))?.[1];
  if (!digits) return undefined;
  const rest = name.slice(prefix.length + 3);
  return rest.startsWith(scheme.embedCode.separator) && /^[A-Za-z]/.test(rest.slice(scheme.embedCode.separator.length)) ? Number(digits) : undefined;
}

function matchScheme(scheme: NamingScheme, code: number, head: string, tail: string, start: number, end: number): Occurrence | undefined {
  let context = head;
  let from = start;
  if (scheme.qualifier === ':') {
    if (!head.endsWith(':')) return undefined;
    context = head.slice(0, -1);
    from = start - 1;
  } else if (scheme.qualifier && head.endsWith(scheme.qualifier)) {
    from = start - scheme.qualifier.length;
  }
  if (!scheme.before.test(context)) return undefined;
  if (scheme.after && !scheme.after.test(tail)) return undefined;
  return { start: from, end, code, kind: scheme.kind, idiom: scheme.id };
}

const NGINX_UPSTREAM = /\b(?:proxy|fastcgi|uwsgi|scgi|grpc)_next_upstream\b|\bproxy_cache_use_stale\b|\bfastcgi_cache_use_stale\b/;

function classifyName(text: string, start: number, end: number, family: LanguageFamily): Occurrence | undefined {
  const rules = rulesFor(family);
  const shaped = rules.shapes.has(shapeOf(text.charCodeAt(start), end - start));
  // Without a known shape only embedded-number names (HTTP_404_…, Status404…, http_502) can match.
  if (!shaped && !hasDigit(text, start, end)) return undefined;
  const name = text.slice(start, end);
  if (family === 'nginx') {
    const code = /^http_(\d{3})$/.exec(name)?.[1];
    if (code && NGINX_UPSTREAM.test(before(text, start))) return { start, end, code: Number(code), kind: 'directive', idiom: 'nginx.next_upstream' };
    return undefined;
  }
  const candidates = shaped ? rules.schemesByName.get(name) : undefined;
  if (candidates) {
    // Context is sliced only for names some scheme knows: most identifiers stop at the lookup.
    const head = before(text, start);
    const tail = after(text, end);
    for (const scheme of candidates) {
      const code = scheme.codeOf(name);
      const found = code === undefined ? undefined : matchScheme(scheme, code, head, tail, start, end);
      if (found) return found;
    }
    return undefined;
  }
  for (const scheme of rules.embedding) {
    const code = embeddedCode(scheme, name);
    const found = code === undefined ? undefined : matchScheme(scheme, code, before(text, start), after(text, end), start, end);
    if (found) return found;
  }
  return undefined;
}

const PHRASE_CODES: ReadonlyMap<string, number> = new Map(
  Object.entries(LIBRARY_PHRASES).map(([code, phrase]) => [phrase.toLowerCase().replace(/[^a-z0-9]/g, ''), Number(code)]),
);

/** `HTTP_TOO_MANY_REQUESTS`, `STATUS_NOT_FOUND`, `NOT_FOUND`: a project's own constant named for a status. */
function codeOfLocalConstant(name: string): number | undefined {
  // Constants are SNAKE_CASE or carry an HTTP/STATUS prefix.
  if (!name.includes('_') && !/^(?:HTTP|Http|STATUS|Status)/.test(name)) return undefined;
  if (!/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^(?:HTTP|Http|STATUS|Status)[A-Z_]/.test(name)) return undefined;
  const bare = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9]/g, '').replace(NAME_AFFIXES, '');
  return PHRASE_CODES.get(bare);
}

function classifyLocalConstant(text: string, start: number, end: number, family: LanguageFamily): Occurrence | undefined {
  const first = text.charCodeAt(start);
  if (first < 65 || first > 90 || end - start < 4) return undefined; // constants start with a capital letter
  const code = codeOfLocalConstant(text.slice(start, end));
  if (code === undefined) return undefined;
  const head = before(text, start);
  if (/[.:>]$/.test(head)) return undefined; // a member of something else, not the project's constant
  const idiom = matchLiteralIdiom(text, start, head, after(text, end), code, family);
  return idiom && idiom.id !== 'named-constant' ? { start, end, code, kind: 'constant', idiom: 'local-constant' } : undefined;
}

function classifyToken(text: string, start: number, end: number, family: LanguageFamily, allDigits: boolean): Occurrence | undefined {
  if (end - start > MAX_TOKEN) return undefined;
  if (allDigits) {
    // Part of a longer number (1.404, 404.5) or glued to a word (v404): not a status token.
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return undefined;
    return classifyNumber(text, start, end, family);
  }
  if (isDigit(text.charCodeAt(start))) return undefined;
  return classifyName(text, start, end, family) ?? classifyLocalConstant(text, start, end, family);
}

/**
 * The status code occurrence covering `offset`, looking only at the line around it (never the
 * whole document), or undefined.
 */
export function findAt(text: string, languageId: string, offset: number): Occurrence | undefined {
  const family = familyOf(languageId);
  if (!family || offset < 0 || offset > text.length) return undefined;
  let start = offset;
  let end = offset;
  while (start > 0 && offset - start < MAX_TOKEN && isWordChar(text.charCodeAt(start - 1))) start--;
  while (end < text.length && end - offset < MAX_TOKEN && isWordChar(text.charCodeAt(end))) end++;
  if (start === end) {
    // On the punctuation of a qualified name or symbol (`http.`, `::`, `:not_found`): try the name after it.
    const next = /^(?:\.|::|->|:)([A-Za-z_$][\w$]*)/.exec(text.slice(offset, offset + MAX_TOKEN));
    if (!next?.[1]) return undefined;
    start = offset + next[0].length - next[1].length;
    end = start + next[1].length;
  }
  const own = classifyToken(text, start, end, family, /^\d+$/.test(text.slice(start, end)));
  if (own) return own;
  // On a qualifier (`http` in `http.StatusNotFound`): the occurrence is the qualified name after it.
  const next = /^(?:\.|::|->)([A-Za-z_$][\w$]*)/.exec(text.slice(end, end + MAX_TOKEN));
  if (!next?.[1]) return undefined;
  const nameStart = end + next[0].length - next[1].length;
  const found = classifyToken(text, nameStart, nameStart + next[1].length, family, false);
  return found && found.start <= offset ? found : undefined;
}

/** Lower-case names that stand for a status without a qualifier in front. */
const BARE_LOWERCASE_NAMES = new Set(['get_object_or_404', 'get_list_or_404', 'not_found']);

/**
 * Cheap filter before any lookup: status names start with a capital letter, follow a qualifier
 * (`.`, `:`, `>` of `->`, `@`), or are one of a few bare helpers. Most identifiers stop here.
 */
function mayBeStatusName(text: string, start: number, end: number, first: number): boolean {
  if (first >= 65 && first <= 90) return true;
  const previous = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (previous === 46 || previous === 58 || previous === 62 || previous === 64) return true;
  // http_502 (nginx) and the few bare lower-case helpers
  return (first === 104 || first === 103 || first === 110) && (text.startsWith('http_', start) || BARE_LOWERCASE_NAMES.has(text.slice(start, end)));
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

function isAllDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** Every status code occurrence in the text, in order. Linear in the length of the text. */
export function scan(text: string, languageId: string): Occurrence[] {
  const family = familyOf(languageId);
  if (!family) return [];
  const found: Occurrence[] = [];
  const token = /[A-Za-z0-9_$]+/g;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const start = match.index;
    const end = token.lastIndex;
    const first = text.charCodeAt(start);
    const length = end - start;
    let occurrence: Occurrence | undefined;
    if (isDigit(first)) {
      // Numbers of 2–4 digits only; names never start with a digit.
      if (length >= 2 && length <= 4 && isAllDigits(text, start, end)) occurrence = classifyNumber(text, start, end, family);
    } else if (length <= MAX_TOKEN && mayBeStatusName(text, start, end, first)) {
      occurrence = classifyName(text, start, end, family) ?? classifyLocalConstant(text, start, end, family);
    }
    if (occurrence) found.push(occurrence);
  }
  return found;
}
