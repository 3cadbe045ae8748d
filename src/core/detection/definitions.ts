import { codeOfSquashedPhrase } from '../naming/phrases';
import { lineOf } from './flow';
import type { LanguageFamily } from './languages';
import { trimAffixes } from './names';

// Functions a project names for a status: Laravel's `public function notFound() { return
// $this->status() === 404; }`, warp's `pub fn see_other(uri) { … StatusCode::SEE_OTHER … }`,
// gorilla's `func methodNotAllowed(w, r) { w.WriteHeader(http.StatusMethodNotAllowed) }`. A name
// alone proves nothing (`found()`, `conflict()` are everyday words): the definition counts only
// when its own body uses that same status, and then every use of the name in the text does too.

export interface StatusDefinition {
  readonly name: string;
  readonly code: number;
  /** 1-based line of the definition. */
  readonly line: number;
  /** What in the body names the status, as written (`404`, `StatusCode::SEE_OTHER`). */
  readonly evidence: string;
  /** The file it is defined in, when that is another one (the workspace index). */
  readonly file?: string;
  /** A class named for its status around a noun (`TopicNotFoundException`): its declarations are no uses. */
  readonly aroundNoun?: boolean;
}

/** Definitions by name (names defined twice with different statuses are left out): a Map, or a text's own over the workspace's. */
export interface StatusDefinitions {
  get(name: string): StatusDefinition | undefined;
  readonly size: number;
}

/** A definition's head; Ruby's take no parentheses when they take no arguments (`def status_not_found`), Elixir's one-liners neither (`defp forbidden, do:`). */
const DEFINITION = /\b(?:function|def|defp|func|fn|fun)\s+(?:\([^()\n]{0,80}\)\s*)?([A-Za-z_][\w]{1,63})(?:\s*\(|[ \t]*(?:;|\r?\n|,\s*do:))/g;
/** Kotlin's extension properties: tolgee's `val ResultActions.andIsOk: ResultActions⏎ get() = … status().isOk`. */
const KOTLIN_PROPERTY = /\bval\s+(?:[A-Z][\w.]*\.)?([A-Za-z_]\w{1,63})\s*:[ \t]*[\w.<>?]+(?=\s*(?:=|get\(\)))/g;
/** C# and Java methods have no keyword: a visibility, modifiers and a return type (`public static AppSendBuilder StatusCodeShouldBeOk(`). */
const METHOD = /\b(?:public|private|protected|internal)\s+(?:(?:static|async|override|virtual|final|abstract|sealed)\s+)*[\w.]+(?:<[\w<>, ?]*>)?\??(?:\[\])?\s+([A-Za-z_]\w{1,63})\s*\(/g;
/** A class named for the status it stands for: taiga's `class Ok(Response):` with `status_code = 200`, `class NotFound < ApiError`. */
const CLASS = /\bclass\s+([A-Z]\w{1,63})(?=\s*[(:<{]|\s+(?:extends|implements)\b|[ \t]*\r?\n)/g;
const HEADS: Readonly<Partial<Record<LanguageFamily, readonly RegExp[]>>> = {
  js: [DEFINITION, CLASS], python: [DEFINITION, CLASS], php: [DEFINITION, CLASS], ruby: [DEFINITION, CLASS],
  csharp: [METHOD, CLASS], jvm: [DEFINITION, METHOD, CLASS, KOTLIN_PROPERTY], go: [DEFINITION], rust: [DEFINITION], elixir: [DEFINITION],
};
const NEXT_CLASS = /\n[ \t]*(?:(?:public|private|protected|internal|static|export|abstract|final|sealed)\s+)*class\s/;
/** Where a body ends: the next definition or class head. */
const NEXT_HEAD = /\n[ \t]*(?:(?:public|private|protected|internal|static|pub|async|export|abstract|final|sealed)\s+)*(?:function|def|defp|func|fn|fun|class)\s/;
/** How much of a body is read for the status it uses: helpers named for a status are short. */
const BODY_REACH = 400;
/** Words around the status in a helper's name: `isNotFound`, `respond_not_found`, `methodNotAllowedHandler`. */
const NAME_PREFIXES = ['and', 'is', 'assert', 'expect', 'should', 'must', 'be', 'respond', 'send', 'render', 'reply', 'return', 'handle', 'finish', 'http', 'status', 'code', 'json', 'xml', 'html', 'text', 'api', 'write', 'abort', 'raise', 'throw'];
/** Short names helpers use for a status besides its phrase (miniflux's `JSONServerError`, sanic's `ServerError`). */
const NAME_ALIASES: ReadonlyMap<string, number> = new Map([['servererror', 500], ['internalerror', 500]]);
const NAME_SUFFIXES = ['handler', 'response', 'reply', 'result', 'status', 'error', 'exception'];
/** Identifiers and numbers in a body. */
const BODY_TOKEN = /[A-Za-z_$][\w$]*(?:(?:::|\.)[A-Za-z_$][\w$]*)*|\d{3}\b/g;
const CONSTANT_PREFIXES = ['http', 'status', 'sc', 'code'];
const CONSTANT_SUFFIXES = ['status', 'code'];

function squashedWords(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The status a function name stands for, if any: `notFound`, `see_other`, `isTooManyRequests`. */
export function codeOfFunctionName(name: string): number | undefined {
  const squashed = squashedWords(name);
  // Named for the number itself: redmine's `render_404`, content-store's `error_404`.
  if (/^(?:render|error|handle|respond|http|status|page|getor|abort|raise|throw|send|show)\d{3}$/.test(squashed)) {
    const numbered = Number(squashed.slice(-3));
    return numbered >= 200 && numbered <= 599 ? numbered : undefined;
  }
  return codeOfSquashedPhrase(squashed) ?? codeOfSquashedPhrase(trimAffixes(squashed, NAME_PREFIXES, NAME_SUFFIXES)) ??
    // The alias's own `error` kept; `is_server_error(code)` asks for a class (5xx), not for 500.
    (/^(?:is|assert|expect)/.test(squashed) ? undefined : NAME_ALIASES.get(trimAffixes(squashed, NAME_PREFIXES, [])));
}

/**
 * A class named for a status around a noun of the project's own: kafdrop's `TopicNotFoundException`,
 * Shaarli's `ApiLinkNotFoundException`. Only for classes, and like every definition here it counts
 * only when its body (or its annotations) gives that status.
 */
function codeOfNounClass(name: string): number | undefined {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' ');
  const last = words.at(-1);
  if (last === undefined || !CLASS_SUFFIXES.has(last)) return undefined;
  // Longest phrase first, after a noun: the first word is never part of it (`TimeoutError`).
  for (let i = 1; i < words.length - 1; i++) {
    const code = codeOfSquashedPhrase(words.slice(i, -1).join(''));
    if (code !== undefined) return code;
  }
  return undefined;
}
const CLASS_SUFFIXES = new Set(['exception', 'error']);

/** The annotation lines right above a head at `at` (`@ResponseStatus(…)`), as one string. */
function annotationsAbove(text: string, at: number): string {
  const above = text.slice(Math.max(0, at - 300), at).split('\n');
  const kept: string[] = [];
  // The last element is the head's own line up to the head (modifiers).
  for (let i = above.length - 2; i >= 0 && /^[ \t]*@/.test(above[i] ?? ''); i--) kept.unshift(above[i] ?? '');
  return kept.join('\n');
}

/** What in a body names `code`: the number, a constant spelled like its phrase, or an earlier definition of it. */
function bodyEvidence(body: string, code: number, name: string, known: StatusDefinitions): string | undefined {
  const digits = String(code);
  for (const m of body.matchAll(BODY_TOKEN)) {
    const token = m[0];
    if (token === digits) return token;
    const last = token.slice(Math.max(token.lastIndexOf('.'), token.lastIndexOf(':')) + 1);
    const symbol = body.charAt(m.index - 1) === ':' && body.charAt(m.index - 2) !== ':';
    if (last === name && !symbol) continue; // itself, though `def not_found` may well render `:not_found`
    if (known.get(last)?.code === code) return token;
    const squashed = squashedWords(last);
    if (squashed.includes(digits) && !/\d/.test(squashed.replace(digits, ''))) return token; // Http404, Status404NotFound
    // A constant or type (`FOUND`, `StatusSeeOther`) or a symbol (`:not_found`), not a variable named `found`.
    const named = /^[A-Z]/.test(last) || symbol;
    if (named && codeOfSquashedPhrase(trimAffixes(squashed, CONSTANT_PREFIXES, CONSTANT_SUFFIXES)) === code) return token;
    // Spring's matcher for it: `andExpect(status().isOk)`
    if (/^is[A-Z]/.test(last) && body.endsWith('status().', m.index) && codeOfSquashedPhrase(squashed.slice(2)) === code) return `status().${last}`;
  }
  return undefined;
}

/** How many lines of alternatives (`A::X | A::Y`) an arm's pattern may span, and how much of its result is read. */
const ARM_LINES = 12;
const ARM_RESULT = 160;
const ARM_STATUS = /\b(?:StatusCode|Status|HttpResponse)::[A-Z]|\b[1-5]\d\d\b/;

/**
 * Rust error enums mapped onto statuses in a match: rauthy's `ErrorResponseType::BadRequest⏎ |
 * ErrorResponseType::InvalidTarget => StatusCode::BAD_REQUEST`. A variant named for the status
 * its arm gives stands for that status wherever it is written; the other alternatives do not.
 */
function armVariants(text: string): { name: string; code: number; at: number; body: string }[] {
  const found: { name: string; code: number; at: number; body: string }[] = [];
  for (let arrow = text.indexOf('=>'); arrow >= 0; arrow = text.indexOf('=>', arrow + 2)) {
    const result = /^[^,;]*/.exec(text.slice(arrow + 2, arrow + 2 + ARM_RESULT))?.[0] ?? '';
    // A status, not another enum spelled alike (`hiqlite::Error::BadRequest(e) => (ErrorResponseType::BadRequest, e)`)
    if (!ARM_STATUS.test(result)) continue;
    // The arm's pattern: back over its alternatives to the line that ends the previous arm or opens the match.
    let from = text.lastIndexOf('\n', arrow - 1) + 1;
    for (let lines = 0; lines < ARM_LINES && from > 1; lines++) {
      const previous = text.lastIndexOf('\n', from - 2) + 1;
      if (!/^\s*\|/.test(text.slice(from, from + 200)) && !/\|\s*$/.test(text.slice(previous, from - 1))) break;
      from = previous;
    }
    for (const m of text.slice(from, arrow).matchAll(/\b[A-Z]\w*::([A-Z]\w*)/g)) {
      // Kept under its enum's name: `diesel::NotFound` is no `ErrorResponseType::NotFound`.
      const code = m[1] === undefined ? undefined : codeOfFunctionName(m[1]);
      if (code !== undefined && code >= 200) found.push({ name: m[0], code, at: from + m.index, body: result });
    }
  }
  return found;
}

/**
 * The functions of a text named for a status whose body uses it. Two rounds: a body may use the
 * status through another such function (`unprocessableEntity() { return $this->unprocessableContent(); }`).
 * Linear: every body is read within a fixed window.
 */
export function statusDefinitionsOf(text: string, family: LanguageFamily): ReadonlyMap<string, StatusDefinition> {
  const found = new Map<string, StatusDefinition>();
  const candidates: { name: string; code: number; at: number; body: string; aroundNoun?: boolean }[] = [];
  for (const head of HEADS[family] ?? []) {
    for (const m of text.matchAll(head)) {
      const name = m[1];
      if (name === undefined) continue;
      const named = codeOfFunctionName(name);
      const code = named ?? (head === CLASS ? codeOfNounClass(name) : undefined);
      if (code === undefined || code < 200) continue; // 1xx names (continue, processing) are ordinary words
      // A property named just the phrase is a thing of that name (ktor's `val PartialContent` plugin), not a check for it
      if (head === KOTLIN_PROPERTY && codeOfSquashedPhrase(squashedWords(name)) !== undefined) continue;
      const bodyStart = m.index + m[0].length;
      // A class's body holds its methods: it ends at the next class only.
      const next = text.slice(bodyStart, bodyStart + BODY_REACH).search(head === CLASS ? NEXT_CLASS : NEXT_HEAD);
      const body = text.slice(bodyStart, next < 0 ? bodyStart + BODY_REACH : bodyStart + next);
      // Spring's `@ResponseStatus(HttpStatus.NOT_FOUND)` above a class says its status as well as its body would.
      candidates.push({ name, code, at: m.index, body: head === CLASS ? annotationsAbove(text, m.index) + body : body, ...(named === undefined ? { aroundNoun: true } : {}) });
    }
  }
  if (family === 'rust') candidates.push(...armVariants(text));
  const conflicting = new Set<string>();
  for (let round = 0; round < 2; round++) {
    for (const c of candidates) {
      if (found.has(c.name) || conflicting.has(c.name)) continue;
      const evidence = bodyEvidence(c.body, c.code, c.name, found);
      if (!evidence) continue;
      const other = candidates.find((d) => d.name === c.name && d.code !== c.code);
      if (other) conflicting.add(c.name);
      else found.set(c.name, { name: c.name, code: c.code, line: lineOf(text, c.at), evidence, ...(c.aroundNoun ? { aroundNoun: true } : {}) });
    }
  }
  return found;
}
