import { codeOfSquashedPhrase, LIBRARY_PHRASES } from '../naming/phrases';
import type { LanguageFamily } from './languages';
import { identifierEndingAt, isDigit, skipBlanksBack, wordsOf } from './text';
import type { Occurrence } from './index';

// What names say: a name assigned a status, a helper named for responding, a table column or
// function named for a status, a project's own constant or type named after one. Plain
// functions over strings, used by the engine's rules.

export const STATUS_WORDS = new Set(['status', 'statuscode', 'httpstatus']);
const NOT_A_STATUS_WORDS = new Set(['height', 'width', 'size', 'bar', 'timeout', 'port', 'limit', 'length', 'count', 'max', 'min', 'delay', 'interval', 'id', 'ms', 'seconds', 'page', 'offset']);
const NAME_PREFIXES = ['http', 'status', 'sc', 'response', 'code'];
const NAME_SUFFIXES = ['status', 'code', 'http'];

/**
 * A squashed lower-case name without the runs of these words at its start and end
 * (`httpstatusnotfoundcode` → `notfound`). A loop, not a regex: `(?:a|b)+$` is quadratic on long names.
 */
export function trimAffixes(name: string, prefixes: readonly string[], suffixes: readonly string[]): string {
  let start = 0;
  let end = name.length;
  for (let word = prefixes.find((w) => name.startsWith(w, start)); word; word = prefixes.find((w) => name.startsWith(w, start))) start += word.length;
  const endsWith = (w: string): boolean => end - w.length >= start && name.endsWith(w, end);
  for (let word = suffixes.find(endsWith); word; word = suffixes.find(endsWith)) end -= word.length;
  return name.slice(start, end);
}

/**
 * The name a value is assigned to, read backwards from the operator: `NOT_FOUND =`, `status:`,
 * `'status' =>`, `code :=`, `NOT_FOUND: number =` (hot path: no regular expression).
 */
export function assignedName(head: string): string | undefined {
  let i = skipBlanksBack(head, head.length - 1);
  const c = head.charAt(i);
  if (c === '=') {
    i--;
    if (head.charAt(i) === ':') i--;
    // `status ||= 200`, `code ??= 500`
    else if ('|&?'.includes(head.charAt(i)) && head.charAt(i - 1) === head.charAt(i)) i -= 2;
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

/** `const NOT_FOUND = 404`, `expectedStatus: 201`: the assigned name says it is a status. */
export function isStatusName(head: string, code: number): boolean {
  const name = assignedName(head);
  if (!name) return false;
  // A declaration may name the number it holds: `HTTP_404_NOT_FOUND = 404`.
  const words = wordsOf(name).filter((w) => w !== String(code));
  // `timeoutStatus`: the status sent on a timeout; `retryDelayMs` is no status at all.
  if (STATUS_WORDS.has(words.at(-1) ?? '')) return true;
  if (words.some((w) => NOT_A_STATUS_WORDS.has(w))) return false;
  if (words.some((w) => STATUS_WORDS.has(w))) return true;
  const phrase = LIBRARY_PHRASES[code];
  if (!phrase) return false;
  const wanted = phrase.toLowerCase().replace(/[^a-z0-9]/g, '');
  const bare = trimAffixes(words.join(''), NAME_PREFIXES, NAME_SUFFIXES);
  return bare === wanted;
}

const RESPONDER_WORDS = new Set(['send', 'respond', 'reply', 'write', 'error', 'fail', 'problem', 'halt', 'json', 'render', 'abort']);

/** `send(res, 404, …)`, `writeJSON(w, 422, …)`, `fail(405, …)`: a local helper named for responding. */
export function isResponderCall(head: string): boolean {
  const callee = /(?<![\w$])([A-Za-z_$][\w$]*)\(\s*(?:\w+\s*,\s*)?$/.exec(head.slice(-64))?.[1] ?? '';
  return callee.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).some((w) => RESPONDER_WORDS.has(w));
}

/** A PascalCase name spelled exactly as a status phrase (`NotFound`, `MisdirectedRequest`, `Ok`). */
export function phraseNameCode(name: string): number | undefined {
  if (!/^[A-Z][a-z]/.test(name)) return undefined;
  const squashed = name.toLowerCase();
  return codeOfSquashedPhrase(squashed) ?? codeOfSquashedPhrase(`http${squashed}`); // VersionNotSupported
}

/** What stands before a function's result: `return 500`, a Ruby one-liner `def http_status; 501 end`, Elixir's `do: 409`. */
export const RETURNED = /(?:\breturn\s+|^\s*def\s+\w+\s*(?:(?:\(\))\s*)?;\s*|\bdo:\s*|=>\s*|^\s*)$/;
// A definition's name: `def x`, `func (s *S) x`, `x(a: T): number {`, an arrow function `const x = (a: T): number => {`.
const FUNCTION_HEAD = /(?:\b(?:function|def|defp|fun|func|fn)\s+(?:\([^()\n]*\)\s*)?(?:self\.)?([A-Za-z_$][\w$]*)|(?<![\w$])([A-Za-z_$][\w$]*)\s*\([^()\n]*\)\s*(?::\s*[\w?|<>]+\s*)?\{|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?\([^()\n]*\)\s*(?::\s*[\w?|<>]+\s*)?=>\s*\{)/g;

/** The name of the function a `return` at `start` belongs to (the nearest definition above it). */
export function enclosingFunctionName(text: string, start: number, head: string): string | undefined {
  // `x => 500` and a bare value are results only of a one-line definition on the same line.
  const window = /=>\s*$|^\s*$/.test(head) && !/\bdo:\s*$/.test(head) ? '' : text.slice(Math.max(0, start - 2000), start);
  let name: string | undefined;
  for (const m of window.matchAll(FUNCTION_HEAD)) {
    const found = m[1] ?? m[2] ?? m[3];
    // `if (…) {` inside the function is a block of it, not a definition.
    if (found !== undefined && !KEYWORDS.has(found)) name = found;
  }
  return name;
}

const KEYWORDS = new Set(['if', 'elseif', 'for', 'foreach', 'while', 'switch', 'catch', 'function', 'return', 'using', 'lock', 'synchronized', 'when']);

const EXPECTATION_WORDS = new Set(['expected', 'expect', 'want', 'wanted', 'exp', 'http', 'response', 'resp']);

/** A table column named for a status: `expected_status`, `wantCode`, `httpCode` (a bare `code` may be anything). */
export function isStatusColumnName(name: string): boolean {
  const words = wordsOf(name);
  return words.some((w) => STATUS_WORDS.has(w)) || (words.includes('code') && words.some((w) => EXPECTATION_WORDS.has(w)));
}

/** Names that say they hold something else (`retryDelayMs`, `maxSize`) never carry a status. */
export function isPlausibleStatusName(name: string): boolean {
  return !wordsOf(name).some((w) => NOT_A_STATUS_WORDS.has(w));
}

/** `HTTP_TOO_MANY_REQUESTS`, `STATUS_NOT_FOUND`, `NOT_FOUND`: a project's own constant named for a status. */
export function codeOfLocalConstant(name: string): number | undefined {
  // Constants are SNAKE_CASE or carry an HTTP/STATUS prefix.
  if (!name.includes('_') && !/^(?:HTTP|Http|STATUS|Status)/.test(name)) return undefined;
  if (!/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^(?:HTTP|Http|STATUS|Status)[A-Z_]/.test(name)) return undefined;
  const squashed = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9]/g, '');
  const bare = trimAffixes(squashed, NAME_PREFIXES, NAME_SUFFIXES);
  return codeOfSquashedPhrase(bare);
}

/** JHipster's generated apps name theirs `BadRequestAlertException`; inversify-express-utils has `BadRequestErrorMessageResult`. */
const STATUS_NAMED_TYPE = /^(?:Http|HTTP)?([A-Z][A-Za-z]+?)(?:Http|HTTP)?(?:Alert|ErrorMessage)?(?:Exception|Error|Response|Result|Fault)$/;
/**
 * Web apps' own names for a status around a noun: `ResourceNotFoundException`, `EntityNotFoundError`,
 * CleanArchitecture's `ForbiddenAccessException` (never `FileNotFound`, `ClassNotFound`: those are no status).
 */
const NOUN_STATUS_TYPE = /^(?:(?:Resource|Entity|Record|Item|Object|Page|Route|Document)(NotFound)|(Forbidden)Access|Access(Forbidden))$/;
/** Names that read like a status but mean something else (Python's NotImplementedError). */
const NOT_STATUS_TYPES = new Set(['NotImplementedError']);

/** A test helper called to check a status: `PostAndEnsureBadRequestAsync(`, `expectNotFound(`, `assertForbidden(`. */
const STATUS_CHECK_CALL = /^(?:[A-Z][a-z]+And)?(?:[Ee]nsure|expect|assert|[Ss]hould|[Rr]eturns?|[Rr]espond)(?:Is|Be|With|Give|Get|Have|Return)?([A-Z][A-Za-z]+?)(?:Async|Response|Status)?$/;
/** Phrases that are everyday words after "ensure"/"expect" (`ensureFound`, `expectAccepted`). */
const EVERYDAY_PHRASES = new Set(['found', 'accepted', 'locked']);

/**
 * A project's own class or helper named after a status: `NotFoundError`, `ConflictException`,
 * `NotModifiedResponse`, or a call of a test helper named for checking one.
 */
export function classifyStatusNamedType(text: string, start: number, end: number, family: LanguageFamily): Occurrence | undefined {
  if (!CODE_NAME_FAMILIES.has(family)) return undefined;
  // A quoted name is a string (`err.name === 'UnauthorizedError'`), not the type.
  const quote = text.charAt(start - 1);
  if ((quote === "'" || quote === '"') && text.charAt(end) === quote) return undefined;
  const name = text.slice(start, end);
  const checkedCore = STATUS_CHECK_CALL.exec(name)?.[1];
  const checkedNoun = checkedCore === undefined ? undefined : NOUN_STATUS_TYPE.exec(checkedCore);
  const checked = (checkedNoun?.[1] ?? checkedNoun?.[2] ?? checkedNoun?.[3] ?? checkedCore)?.toLowerCase();
  if (checked !== undefined && !EVERYDAY_PHRASES.has(checked) && /^\s*\(/.test(text.slice(end, end + 4))) {
    const code = codeOfSquashedPhrase(checked);
    if (code !== undefined && code >= 200) return { start, end, code, kind: 'helper', idiom: 'status-check-call' };
  }
  const core = STATUS_NAMED_TYPE.exec(name)?.[1];
  if (core === undefined || NOT_STATUS_TYPES.has(name)) return undefined;
  // open_api_spex's schema modules (`403 => UnauthorizedResponse.response()`): a body's shape, not a status.
  if (family === 'elixir' && text.startsWith('.response(', end)) return undefined;
  // Go: a package's value handed on (`errors.Unauthorized(reason.UnauthorizedError)`) is a constant of that name, not the type.
  if (family === 'go' && /[a-z]\.$/.test(text.slice(start - 2, start)) && /^[ \t]*[),]/.test(text.slice(end, end + 4))) return undefined;
  const noun = NOUN_STATUS_TYPE.exec(core);
  const code = codeOfSquashedPhrase((noun?.[1] ?? noun?.[2] ?? noun?.[3] ?? core).toLowerCase());
  // 1xx phrases ("Processing", "Continue") name ordinary errors far more often than statuses.
  return code !== undefined && code >= 200 ? { start, end, code, kind: 'helper', idiom: 'status-named-type' } : undefined;
}

export const CODE_NAME_FAMILIES: ReadonlySet<LanguageFamily> = new Set(['js', 'python', 'go', 'jvm', 'csharp', 'ruby', 'php', 'rust', 'elixir']);
