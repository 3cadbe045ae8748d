import { isPhraseOf, LIBRARY_PHRASES } from '../naming/phrases';
import { after, CONTEXT, lineStartOf, LOOKBACK, nextLineStart } from './text';
import { isPlausibleStatusName, isStatusColumnName } from './names';

// Shapes of a number that make it a status without a library idiom: a number followed by its
// phrase, a row of a status → phrase table, prose that names a status, a list of statuses, a
// key of a `responses` mapping, and the operand a conditional hides.

/** A number followed by its own reason phrase ("404 Not Found", "404: NOT FOUND") in a string, log or doc. */
export function isFollowedByPhrase(tail: string, code: number): boolean {
  const phrase = LIBRARY_PHRASES[code];
  const separator = /^(?::|\s-)?[ \t]+["']?/.exec(tail)?.[0];
  if (!phrase || separator === undefined || tail.length < separator.length + phrase.length) return false;
  const words = tail.slice(separator.length).slice(0, phrase.length + 1);
  const written = words.slice(0, phrase.length);
  // Lower case ("user 404 not found") is prose about something else; sentence case ("500 Internal server error") is a status line.
  const sentence = phrase.charAt(0) + phrase.slice(1).toLowerCase();
  return (written === phrase || written === phrase.toUpperCase() || written === sentence) && !/^\w/.test(words.slice(phrase.length));
}

const PHRASE_ENTRY = /^['"]?\s*(?::|=>|,|\]\s*=)\s*[bu]?(['"])((?:(?!\1)[^\\\n]|\\.){2,48})\1/;
const PHRASE_ROW = /^\s*[[(]?['"]?(\d{3})['"]?\s*(?::|=>|,|\]\s*=)\s*[bu]?(['"])((?:(?!\2)[^\\\n]|\\.){2,48})\2/;

/** Rows of a phrase table walked from a vendor row to find a registered one (`'521' => 'Web Server Is Down'` under 520 …). */
const MAX_VENDOR_ROWS = 12;

/**
 * An entry of a status → reason phrase table: `404: b"Not Found"`, `'404' => 'Not Found'`,
 * `(404, "Not Found")`. A row with a product's own phrase (`'503' => 'Maintenance Mode'`,
 * Cloudflare's `'521' => 'Web Server Is Down'`) counts when the rows next to it, read up or
 * down, reach a registered code with its phrase.
 */
export function isPhraseEntry(text: string, start: number, tail: string, code: number): boolean {
  const written = PHRASE_ENTRY.exec(tail)?.[2];
  if (written === undefined) return false;
  if (isPhraseOf(code, written.replace(/\\/g, ''))) return true;
  const lineStart = lineStartOf(text, start, CONTEXT);
  if (!/^\s*[[(]?['"]?$/.test(text.slice(lineStart, start))) return false;
  /** 'registered', 'vendor' (a row of the same shape) or undefined (the table ends). */
  const rowAt = (from: number): 'registered' | 'vendor' | undefined => {
    const row = PHRASE_ROW.exec(after(text, from));
    if (row?.[1] === undefined || row[3] === undefined) return undefined;
    return isPhraseOf(Number(row[1]), row[3]) ? 'registered' : 'vendor';
  };
  for (let i = 0, from = lineStart; i < MAX_VENDOR_ROWS && from > 0; i++) {
    from = lineStartOf(text, from - 1, CONTEXT);
    const row = rowAt(from);
    if (row !== 'vendor') {
      if (row === 'registered') return true;
      break;
    }
  }
  for (let i = 0, lineEnd = text.indexOf('\n', start); i < MAX_VENDOR_ROWS && lineEnd > 0; i++) {
    const row = rowAt(lineEnd + 1);
    if (row !== 'vendor') return row === 'registered';
    lineEnd = text.indexOf('\n', lineEnd + 1);
  }
  return false;
}

/** One row of a map keyed by a number, one entry per line: `[404] = "…"`, `404 => …`, `'404': …`. */
const KEYED_ROW = /^[ \t]*\[?(['"]?)(\d{3})\1\]?[ \t]*(?:=>|=|:)(?!=)/;
/** Rows read above and below a key, and how many make a table. */
const KEYED_REACH = 24;
const KEYED_MIN_ROWS = 4;

/**
 * A key of a map whose rows are all keyed by registered statuses, one per line: Squidex's
 * `Dictionary<int, string> Links = { [400] = "…rfc7231#section-6.5.1", [401] = … }`. Four rows
 * or more, and not only round hundreds (`{ 100: …, 200: …, 300: … }` are thresholds).
 */
export function isStatusKeyedRow(text: string, start: number, head: string): boolean {
  // Most numbers stop here: a key starts its line.
  if (!/^[ \t]*\[?['"]?$/.test(head)) return false;
  const lineStart = start - head.length;
  const rowKey = (from: number): number | undefined => {
    const key = KEYED_ROW.exec(after(text, from))?.[2];
    return key === undefined ? undefined : Number(key);
  };
  const own = rowKey(lineStart);
  if (own === undefined) return false;
  const keys: number[] = [own];
  for (let i = 0, from = lineStart; i < KEYED_REACH && from > 0; i++) {
    from = lineStartOf(text, from - 1, CONTEXT);
    const key = rowKey(from);
    if (key === undefined) break;
    keys.push(key);
  }
  for (let i = 0, next = nextLineStart(text, start); i < KEYED_REACH && next > 0; i++) {
    const key = rowKey(next);
    if (key === undefined) break;
    keys.push(key);
    next = nextLineStart(text, next);
  }
  return keys.length >= KEYED_MIN_ROWS && new Set(keys).size === keys.length &&
    keys.every((k) => LIBRARY_PHRASES[k] !== undefined) && keys.some((k) => k % 100 !== 0);
}

/** How far back a returned tuple's opening bracket is looked for. */
const TUPLE_REACH = 2000;

/** The unclosed opening bracket before `from` (depth counted, quotes skipped on one line), or -1. */
function openerBefore(text: string, from: number): number {
  let depth = 0;
  for (let i = from - 1, stop = Math.max(0, from - TUPLE_REACH); i >= stop; i--) {
    const c = text.charAt(i);
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '"' || c === "'") {
      const open = text.lastIndexOf(c, i - 1);
      if (open < 0 || text.lastIndexOf('\n', i) > open) return -1;
      i = open;
    }
  }
  return -1;
}

/**
 * The status of a Flask view's tuple returned over several lines: `return {⏎ … ⏎ }, 400` or
 * `return (⏎ {…},⏎ 400,⏎ )`. The body's bracket, or the tuple's, opens on a `return` line.
 */
export function isReturnedTupleStatus(text: string, start: number, head: string, tail: string): boolean {
  const lineStart = start - head.length;
  const returnsAt = (open: number): boolean => open >= 0 && /^\s*return\s*$/.test(text.slice(lineStartOf(text, open, CONTEXT), open));
  if (/^\s*[}\]]\s*,\s*$/.test(head)) {
    if (!/^\s*(?:$|#|\)|,)/.test(tail)) return false;
    return returnsAt(openerBefore(text, lineStart + head.search(/[}\]]/)));
  }
  if (!/^\s*$/.test(head)) return false;
  const next = nextLineStart(text, start);
  const closesNext = /^\s*(?:,[ \t]*)?(?:#.*)?$/.test(tail) && next > 0 && /^\s*\)/.test(after(text, next));
  if (!closesNext && !/^\s*(?:,\s*)?\)/.test(tail)) return false;
  // The tuple's second or later item: a comma ends the line before.
  if (!/,\s*$/.test(text.slice(Math.max(0, lineStart - CONTEXT), lineStart))) return false;
  const open = openerBefore(text, lineStart);
  return text.charAt(open) === '(' && returnsAt(open);
}

const PROSE_BEFORE = new Set(['return', 'returns', 'returned', 'returning', 'respond', 'responds', 'responded', 'answer', 'answers', 'answered', 'with', 'retry', 'retrying', 'retries', 'send', 'sends', 'sent', 'got', 'gets', 'expect', 'expects', 'status', 'code', 'http', 'into', 'a', 'an', 'than']);
const PROSE_AFTER = new Set(['response', 'responses', 'status', 'error', 'errors', 'instead', 'code', 'redirect', 'redirects', 'when', 'if', 'for', 'on', 'from', 'after']);
const PROSE_UNITS = /^\s*(?:%|ms\b|s\b|kb\b|mb\b|px\b|items?\b|orders?\b|bytes?\b|seconds?\b|minutes?\b|users?\b|requests\b|lines?\b|rows?\b)/i;

/** Prose that names a status: "returns 404", "a 503 after", "upstream 502 responses" (docs, test titles). */
export function isProseStatus(head: string, tail: string, code: number): boolean {
  if (!LIBRARY_PHRASES[code] || PROSE_UNITS.test(tail) || /[\w.#/-]$/.test(head) || /^[\w./-]/.test(tail)) return false;
  const previous = /(?<![A-Za-z])([A-Za-z]+)\W{0,2}$/.exec(head)?.[1]?.toLowerCase();
  const next = /^\W{0,2}([A-Za-z]+)/.exec(tail)?.[1]?.toLowerCase();
  if (next !== undefined && PROSE_AFTER.has(next)) return true;
  return previous !== undefined && PROSE_BEFORE.has(previous) && (next === undefined || /^\s*(?:[.,;:)]|$|`)/.test(tail));
}

/** Inside the title string of a test: it('returns 404 for…'), test("… 409"). */
export const TEST_TITLE = /\b(?:it|test|describe|context|specify)\s*\(\s*(['"`])[^'"`]*$/;

export const LIST_CONTINUES = /^(['"]?)(?:\s*,\s*\1[1-5]\d\d\1)*\s*[\])}]/;

/** A list of statuses (the rest of it is checked by LIST_CONTINUES): `RETRY_ON = [408, 429, 502]`, `status_forcelist=[500, 502]`, Go's `errorCodes := []string{"404", "500"}`. */
export function isStatusList(head: string): boolean {
  const bracket = Math.max(head.lastIndexOf('['), head.lastIndexOf('('), head.lastIndexOf('{'));
  if (bracket < 0 || !/^(?:\s*(['"]?)\d{3}\1\s*,)*\s*['"]?$/.test(head.slice(bracket + 1))) return false;
  const owner = /(?<![\w$])([A-Za-z_$][\w$]*)['"]?(?:\s*(?::=|[:=]|=>))?(?:\s*\[\]\w+)?(?:\s*(?:new\s+Set\(|frozenset\(|set\(|Set\.of\(|List\.of\(|listOf\(|setOf\(|arrayOf\())?\s*$/.exec(head.slice(Math.max(0, bracket - 48), bracket));
  return owner?.[1] !== undefined && /status|code|retry|retries|retryable|forcelist/i.test(owner[1]) && isPlausibleStatusName(owner[1]);
}

/** A row of a list written one status per line. */
const LIST_ROW = /^\s*(['"]?)[1-5]\d\d\1\s*(?:,\s*)?$/;
const LIST_ROWS_REACH = 40;

/**
 * A list of statuses written one per line: `"status_code": [⏎ 401,⏎ 403⏎ ]` (Caddy's JSON),
 * `RETRY_ON = [⏎ 502,⏎ 503,⏎ ]`. The line that opens it names it as `isStatusList` wants.
 */
export function isStatusListRow(text: string, start: number, head: string, tail: string): boolean {
  if (!/^\s*['"]?$/.test(head) || !LIST_ROW.test(head + text.slice(start, start + 3) + tail)) return false;
  const lineStart = start - head.length;
  let closes = false;
  for (let i = 0, next = nextLineStart(text, start); i < LIST_ROWS_REACH && next > 0; i++) {
    const line = after(text, next);
    if (/^\s*[\])}]/.test(line)) { closes = true; break; }
    if (!LIST_ROW.test(line)) break;
    next = nextLineStart(text, next);
  }
  if (!closes) return false;
  for (let i = 0, from = lineStart; i < LIST_ROWS_REACH && from > 0; i++) {
    from = lineStartOf(text, from - 1, CONTEXT);
    const line = after(text, from);
    if (!LIST_ROW.test(line)) return /[[({]\s*$/.test(line) && isStatusList(line.trimEnd());
  }
  return false;
}

const MAP_ENTRY = /^\s*(?:(['"])[^'"\n]{1,40}\1|[A-Za-z_$][\w$]*)\s*(?::|=>)\s*[[(]\s*(?:\d{3}\s*,\s*)*$/;
const MAP_ENTRY_LINE = /^\s*(?:(?:(['"])[^'"\n]{1,40}\1|[A-Za-z_$][\w$]*)\s*(?::|=>)\s*[[(][\d\s,]*[\])],?\s*)?(?:(?:#|\/\/).*)?$/;
const MAP_OPEN = /(?<![\w$])([A-Za-z_$][\w$]*)['"]?\s*(?::[^=\n]{0,60})?(?:[:=]|=>)\s*\{\s*$/;
/** Entry lines looked at above a list, and characters per line. */
const MAP_REACH = 40;
const MAP_LINE = 400;

/**
 * A list that is one entry of a map of status lists, an entry per line: `status_sequences = {⏎
 * "flaky": [503, 200],`. The map's own name says what its lists hold.
 */
export function isStatusMapEntry(text: string, lineStart: number, head: string): boolean {
  if (!MAP_ENTRY.test(head)) return false;
  let at = lineStart;
  for (let n = 0; n < MAP_REACH && at > 0; n++) {
    const from = Math.max(0, at - 1 - MAP_LINE, text.lastIndexOf('\n', at - 2) + 1);
    const line = text.slice(from, at - 1);
    const open = MAP_OPEN.exec(line);
    if (open?.[1] !== undefined) return /status|code/i.test(open[1]) && isPlausibleStatusName(open[1]);
    if (!MAP_ENTRY_LINE.test(line)) return false;
    at = from;
  }
  return false;
}

/** Start of the operand a number belongs to, skipping a conditional or default before it (`a ? 200 : `, `x || `). */
export function withoutConditional(head: string, tail: string): [string, string] | undefined {
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

const KEY_AFTER = /^['"]?\s*(?::(?!:)|=>)/;
const KEY_BEFORE = /(?:^\s*(?:-\s*)?|[{,]\s*)['"]?$/;
const RESPONSES_KEY = /\bresponses?['"]?\s*[:=]\s*(?:%?\{\s*)?$/;

/** `'404':` / `"404": {` / `404: {…}` / `404 => …` as a key of a `responses` mapping (OpenAPI, FastAPI, Fastify, open_api_spex). */
export function isResponsesKey(text: string, start: number, head: string, tail: string): boolean {
  if (!KEY_AFTER.test(tail) || !KEY_BEFORE.test(head)) return false;
  // Same line: `responses={404: {...}, 500: ...}` or minified JSON.
  const sameLine = head.lastIndexOf('responses');
  if (sameLine >= 0 && RESPONSES_KEY.test(`${head.slice(sameLine).split('{', 1)[0] ?? ''}{`)) return true;
  // Otherwise the nearest less-indented line above must open `responses`.
  const lineStart = lineStartOf(text, start);
  const indent = /^[ \t]*/.exec(text.slice(lineStart, start))?.[0].length ?? 0;
  if (keyMemo.text !== text) keyMemo = { text, owners: new Map() };
  const owners = keyMemo.owners;
  let cursor = lineStart - 1;
  const stop = Math.max(0, start - LOOKBACK);
  let answer = false;
  while (cursor > stop) {
    const from = lineStartOf(text, cursor);
    // A sibling key above already found the owner (hundreds of keys at one indent stay linear).
    const sibling = owners.get(from);
    if (sibling?.indent === indent) {
      answer = sibling.responses;
      break;
    }
    const line = text.slice(from, cursor);
    cursor = from - 1;
    if (!line.trim()) continue;
    const lineIndent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (lineIndent >= indent) continue;
    // OpenAPI and FastAPI, or Elixir's open_api_spex: `responses: %{⏎ 200 => …`
    answer = /\bresponses?['"]?\s*[:=]\s*(?:%?[{([]\s*)?$/.test(line);
    break;
  }
  owners.set(lineStart, { indent, responses: answer });
  return answer;
}

/** The last text's keys and what their owner line said: `isResponsesKey` walks up past each key once. */
let keyMemo: { text: string; owners: Map<number, { indent: number; responses: boolean }> } = { text: '', owners: new Map() };

/** The key of an error payload's status (`"code": 404`), quotes optionally escaped inside a string. */
const PAYLOAD_CODE_KEY = /(?:^|[{,\s[])\\?['"]?code\\?['"]?\s*(?:[:=]|=>)\s*$/;
const PAYLOAD_SIBLING = String.raw`\\?['"]?(?:message|error|detail|title|reason|msg)\\?['"]?\s*(?:[:=]|=>)`;
const SIBLING_AFTER = new RegExp(String.raw`^\s*,\s*${PAYLOAD_SIBLING}`);
const ERROR_OPEN = /['"]?error['"]?\s*(?::|=>)\s*[[{]\s*$/;
const SIBLING_LINE = new RegExp(String.raw`^([ \t]*)${PAYLOAD_SIBLING}`);

/**
 * The `code` of an error payload written beside its message: `{"code":405,"message":"…"}`, or a
 * YAML example with `message:` on the next or previous line at the same indentation.
 */
export function isErrorPayloadCode(text: string, start: number, head: string, tail: string): boolean {
  if (!PAYLOAD_CODE_KEY.test(head)) return false;
  if (SIBLING_AFTER.test(tail)) return true;
  const indent = /^[ \t]*/.exec(head)?.[0] ?? '';
  if (!/^['"]?code['"]?\s*(?::|=>)\s*$/.test(head.slice(indent.length)) || !/^\s*(?:,\s*)?$/.test(tail)) return false;
  const lineStart = start - head.length;
  const nextStart = nextLineStart(text, start);
  const next = nextStart < 0 ? undefined : after(text, nextStart);
  const previous = lineStart > 0 ? text.slice(lineStartOf(text, lineStart - 1, CONTEXT), lineStart - 1) : undefined;
  // The only key of an `error` object: `'error' => [⏎ 'code' => 429,`.
  if (previous !== undefined && ERROR_OPEN.test(previous)) return true;
  return [next, previous].some((line) => line !== undefined && SIBLING_LINE.exec(line)?.[1] === indent);
}

/** A union member ends: another member, or the type's end. */
const UNION_TAIL = /^[ \t]*(?:\||;|,|\)|\}|$)/;
/** `status: 400 | 401 |`, `type HttpStatusCodes = 200 |`: the declared name before a union's members. */
const UNION_HEAD = /(?:^|[^\w$])([A-Za-z_$][\w$]*)\??[ \t]*[:=][ \t]*(?:\|[ \t]*)?(?:\d{3}[ \t]*\|[ \t]*)*$/;
/** A line of a union written one member per line: `  | 201`. */
const UNION_ROW = /^[ \t]*\|[ \t]*\d{3}(?:[ \t]*;)?[ \t]*$/;
/** The line a one-per-line union hangs from: `type HttpStatusCodes =`, `status:`. */
const UNION_OPENER = /(?:^|[^\w$])([A-Za-z_$][\w$]*)\??[ \t]*[:=][ \t]*$/;
/** How many member lines above a union's member are read for its declaration. */
const UNION_REACH = 64;
/** `let code: HttpStatusCodes = 200`: a value of a type named for statuses. */
const TYPED_HEAD = /:[ \t]*([A-Z][\w$]*)[ \t]*=[ \t]*$/;

/**
 * TypeScript declaring the statuses a value may take: a numeric union of a property or type named
 * for a status (`status: 400 | 401 | 404;`, `type HttpStatusCodes =⏎ | 200⏎ | 201`), or a value
 * given such a type (`let code: HttpStatusCodes = 200`).
 */
export function isStatusTypeMember(text: string, start: number, head: string, tail: string): boolean {
  const typed = TYPED_HEAD.exec(head)?.[1];
  if (typed !== undefined) return isStatusColumnName(typed) && isPlausibleStatusName(typed);
  if (!UNION_TAIL.test(tail)) return false;
  const inline = UNION_HEAD.exec(head);
  if (inline?.[1] !== undefined && (head.includes('|') || /^[ \t]*\|/.test(tail))) return isStatusColumnName(inline[1]) && isPlausibleStatusName(inline[1]);
  if (!/^[ \t]*\|[ \t]*$/.test(head)) return false;
  // One member per line: walk up over the members to the line the union hangs from.
  let lineStart = start - head.length;
  for (let rows = 0; rows < UNION_REACH && lineStart > 0; rows++) {
    const previous = lineStartOf(text, lineStart - 1, CONTEXT);
    const line = text.slice(previous, lineStart - 1);
    if (!UNION_ROW.test(line)) {
      const name = UNION_OPENER.exec(line)?.[1];
      return name !== undefined && isStatusColumnName(name) && isPlausibleStatusName(name);
    }
    lineStart = previous;
  }
  return false;
}

/** An exception class keyed to the status it answers with: Laravel's `AuthenticationException::class => 401,`, `NotFoundError: 404`. */
const EXCEPTION_KEY = /(?:^|[^\w$\\])[A-Z][\w$]*(?:Exception|Error)(?:::class|\.class)?['"]?[ \t]*(?:=>|:|,)[ \t]*$/;
const MAP_VALUE_END = /^[ \t]*(?:,|\)|\]|\}|$)/;

export function isExceptionStatusValue(head: string, tail: string): boolean {
  return MAP_VALUE_END.test(tail) && EXCEPTION_KEY.test(head);
}
