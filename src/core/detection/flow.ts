import type { LanguageFamily } from './languages';
import { isDigit } from './text';

// Following a number into the code that makes it a status. Real projects wrap the framework in
// their own helpers (`respondWithError($msg, 403)`, `sendError(res, 404)`) and keep statuses in
// variables and fields (`code := 404 … w.WriteHeader(code)`, `{ path: '/x', want: 404 }`). A
// number is a status here only on evidence: a parameter or name that reaches a known status
// position. A name alone (`code`) never is.
//
// Everything is bounded: definitions, bodies and usages are searched within fixed windows, so
// the cost stays linear in the text.

/** A function whose parameter becomes a status: calls to it make that argument a status. */
export interface Sink {
  /** The name callers use: the function, method or (for constructors) class name. */
  readonly name: string;
  readonly family: LanguageFamily;
  /** 0-based index of the parameter among the arguments a caller writes. */
  readonly index: number;
  /** The parameter's name, for keyword arguments (`error(msg, status=404)`). */
  readonly param: string;
  /** Where the parameter ends up, as written in the body (`res.status(code)`). */
  readonly evidence: string;
  /** Where the sink is defined: 1-based line, and the file when it comes from another one. */
  readonly line: number;
  readonly file?: string;
  /**
   * Set for a function named for a status whose body uses it (`notFound() { … 404 … }`, from
   * ./definitions): no parameter takes a status (index -1); a call of it is that status.
   */
  readonly code?: number;
  /** A rest parameter typed as statuses (`...codes: HttpStatusCodes[]`): it takes every argument from `index` on. */
  readonly rest?: boolean;
}

/** Sinks by name: a Map, or a text's own over the workspace's (`layeredSinks`). */
export interface SinkTable {
  get(name: string): readonly Sink[] | undefined;
  readonly size: number;
}

/** Why a number that no idiom knows is a status. */
export interface Evidence {
  /** The helper or name the number flows into. */
  readonly via: string;
  /** The code it reaches, as written. */
  readonly reaches: string;
  readonly line: number;
  readonly file?: string;
}

/**
 * Whether the token at [start, end) stands in a known status position (an idiom of the engine),
 * returning that position's idiom id. Supplied by the engine to keep this module free of it.
 */
export type StatusPosition = (text: string, start: number, end: number) => string | undefined;

/** How far a call's opening parenthesis may be before an argument. */
const CALL_REACH = 600;
/** Longest parameter list and body looked at. */
const PARAMS_REACH = 2000;
const BODY_REACH = 40_000;
/** Usages of one name looked at before giving up. */
const MAX_USAGES = 64;

const isWord = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;

/** Offsets of the line breaks of the last text asked about: line numbers of many definitions cost one pass. */
let breaksOf: { text: string; breaks: number[] } | undefined;

/** The 1-based line of `index` in `text` (binary search over the text's line breaks, found once per text). */
function lineOf(text: string, index: number): number {
  if (breaksOf?.text !== text) {
    const breaks: number[] = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
    breaksOf = { text, breaks };
  }
  const { breaks } = breaksOf;
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((breaks[mid] ?? Infinity) < index) low = mid + 1;
    else high = mid;
  }
  return low + 1;
}

function lineTextAt(text: string, index: number): string {
  const from = text.lastIndexOf('\n', index - 1) + 1;
  const to = text.indexOf('\n', index);
  return text.slice(from, to < 0 ? undefined : to).trim();
}

/** Short evidence text: the line where a name reaches its status position. */
function evidenceAt(text: string, index: number): string {
  const line = lineTextAt(text, index);
  return line.length > 72 ? `${line.slice(0, 71)}…` : line;
}

// ── where an argument stands ──

export interface CallArgument {
  readonly callee: string;
  /** 0-based index among the written arguments (an Elixir pipe's left side counts as the first). */
  readonly index: number;
  /** `name=` / `name:` written before the argument. */
  readonly keyword?: string;
  /** Offset of the call's opening parenthesis. */
  readonly paren: number;
  /** 0-based index among the arguments written inside the parentheses (a pipe's left side not counted). */
  readonly written: number;
}

/** The last text's answers, by start offset: several analyses ask about the same argument. */
let argumentsOf: { text: string; family: LanguageFamily; answers: Map<number, CallArgument | undefined> } | undefined;

/**
 * The call a token at `start` is a direct argument of: `sendError(res, 404` → sendError, 1.
 * Reads backwards over balanced brackets and simple strings, at most CALL_REACH characters.
 */
export function callArgumentAt(text: string, start: number, family: LanguageFamily): CallArgument | undefined {
  if (argumentsOf?.text !== text || argumentsOf.family !== family) argumentsOf = { text, family, answers: new Map() };
  const { answers } = argumentsOf;
  if (answers.has(start)) return answers.get(start);
  const answer = findCallArgument(text, start, family);
  answers.set(start, answer);
  return answer;
}

// Character codes the backwards walk compares (charCodeAt: no one-character strings made per step).
const QUOTE = 34, APOSTROPHE = 39, BACKTICK = 96, OPEN_PAREN = 40, CLOSE_PAREN = 41, OPEN_BRACKET = 91, CLOSE_BRACKET = 93,
  OPEN_BRACE = 123, CLOSE_BRACE = 125, COMMA = 44, SEMICOLON = 59, NEWLINE = 10;
const OPENER_OF: Readonly<Record<number, number>> = { [CLOSE_PAREN]: OPEN_PAREN, [CLOSE_BRACKET]: OPEN_BRACKET, [CLOSE_BRACE]: OPEN_BRACE };

function findCallArgument(text: string, start: number, family: LanguageFamily): CallArgument | undefined {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  let keyword: string | undefined;
  const c = text.charAt(i);
  if ((c === '=' && !/[=!<>]/.test(text.charAt(i - 1))) || (c === ':' && text.charAt(i - 1) !== ':' && family !== 'elixir')) {
    let j = i - 1;
    while (j >= 0 && text.charCodeAt(j) === 32) j--;
    let k = j;
    while (k >= 0 && isWord(text.charCodeAt(k))) k--;
    keyword = text.slice(k + 1, j + 1) || undefined;
    // `cond ? 409 : 410`: a conditional's other branch, not a keyword
    if (keyword !== undefined && isDigit(keyword.charCodeAt(0))) keyword = undefined;
    i = k;
  } else if (c === ':' && family === 'elixir' && isWord(text.charCodeAt(i - 1))) {
    // Elixir keyword list `status: 404`
    let k = i - 1;
    while (k >= 0 && isWord(text.charCodeAt(k))) k--;
    keyword = text.slice(k + 1, i);
    i = k;
  }
  const stop = Math.max(0, start - CALL_REACH);
  const closers: number[] = [];
  let index = 0;
  for (; i >= stop; i--) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE || ch === APOSTROPHE || ch === BACKTICK) {
      // Skip back to the opening quote of this (single-line) string.
      const open = text.lastIndexOf(text.charAt(i), i - 1);
      // Within the window and on one line (never a search back to the start of a minified line).
      if (open < stop) return undefined;
      const lineBreak = text.indexOf('\n', open);
      if (lineBreak >= 0 && lineBreak < i) return undefined;
      i = open;
      continue;
    }
    if (ch === CLOSE_PAREN || ch === CLOSE_BRACKET || ch === CLOSE_BRACE) closers.push(ch);
    else if (ch === OPEN_PAREN || ch === OPEN_BRACKET || ch === OPEN_BRACE) {
      const closer = closers.pop();
      if (closer === undefined) {
        if (ch !== OPEN_PAREN) return undefined; // inside a list or object literal, not an argument
        return calleeBefore(text, i, index, keyword, family);
      }
      if (OPENER_OF[closer] !== ch) return undefined;
    } else if (closers.length === 0) {
      if (ch === COMMA) index++;
      else if (ch === SEMICOLON) return undefined;
      // An argument list may span lines (`@OpenApi(⏎ { code: 200 },⏎ 404,⏎ )`); a line of Ruby or Elixir may be a call without parentheses.
      else if (ch === NEWLINE && PARENLESS.has(family)) return parenlessCall(text, i + 1, index, keyword);
    }
  }
  return i < 0 && PARENLESS.has(family) ? parenlessCall(text, 0, index, keyword) : undefined;
}

/** Languages that call without parentheses: `report_error "offline", 503`, `respond conn, 404`. */
const PARENLESS: ReadonlySet<LanguageFamily> = new Set(['ruby', 'elixir']);
// Not an operator after the name; `:` only as a symbol's (`render_api_head :no_content`), not a conditional's.
const PARENLESS_CALL = /^[ \t]*(?:return[ \t]+)?([a-z_]\w*[!?]?)[ \t]+(?![=+\-*/<>|&.,)?\]}]|:(?![a-z_])|(?:if|unless|and|or|do|then)\b)/;
const NOT_CALLEES = new Set(['if', 'unless', 'elsif', 'while', 'until', 'when', 'case', 'def', 'defp', 'class', 'module', 'do', 'end', 'else', 'not', 'and', 'or', 'in', 'then', 'yield', 'super']);

/** The call a line makes without parentheses, the argument being the `index`-th after its name. */
function parenlessCall(text: string, lineStart: number, index: number, keyword: string | undefined): CallArgument | undefined {
  const m = PARENLESS_CALL.exec(text.slice(lineStart, lineStart + 200));
  const callee = m?.[1];
  if (!m || !callee || NOT_CALLEES.has(callee)) return undefined;
  const found = { callee, index, paren: lineStart + m[0].length - 1, written: index };
  return keyword === undefined ? found : { ...found, keyword };
}

function calleeBefore(text: string, paren: number, index: number, keyword: string | undefined, family: LanguageFamily): CallArgument | undefined {
  let end = paren - 1;
  // Generic arguments `Foo<T>(` and Rust turbofish / macros `fail!(`
  if (text.charAt(end) === '!') end--;
  let k = end;
  while (k >= 0 && isWord(text.charCodeAt(k))) k--;
  const callee = text.slice(k + 1, end + 1);
  if (!callee || /^\d/.test(callee)) return undefined;
  let shift = 0;
  if (family === 'elixir') {
    // `conn |> respond(404)`: the piped value is the first argument.
    let j = k;
    while (j >= 0 && text.charAt(j) === '.') j = skipWordBack(text, j - 1);
    while (j >= 0 && /\s/.test(text.charAt(j))) j--;
    if (text.charAt(j) === '>' && text.charAt(j - 1) === '|') shift = 1;
  }
  const found = { callee, index: index + shift, paren, written: index };
  return keyword === undefined ? found : { ...found, keyword };
}

function skipWordBack(text: string, i: number): number {
  while (i >= 0 && isWord(text.charCodeAt(i))) i--;
  return i;
}

// ── learning sinks from definitions ──

interface Definition {
  readonly name: string;
  /** Index of the parameter list's `(`. */
  readonly open: number;
  /** The definition's indentation (for indentation-delimited bodies). */
  readonly indent: number;
  /** Receiver-like first parameters (`self`, `cls`) that callers do not write. */
  readonly implicitFirst: boolean;
}

const MODIFIERS = String.raw`(?:(?:export|default|async|static|public|private|protected|internal|final|override|abstract|virtual|sealed|synchronized|open|suspend|inline|operator|readonly|pub(?:\([\w:]+\))?|unsafe|const|extern)\s+)*`;

const DEFINITIONS: Readonly<Partial<Record<LanguageFamily, readonly RegExp[]>>> = {
  js: [
    new RegExp(String.raw`^[ \t]*${MODIFIERS}function(?:\s*\*)?\s*([A-Za-z_$][\w$]*)\s*(?:<[^>\n]*>)?\(`, 'gm'),
    new RegExp(String.raw`^[ \t]*${MODIFIERS}(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=\n]*)?=\s*(?:async\s*)?(?:function\s*)?\(`, 'gm'),
    // class methods and object methods: `name(a, b) {`
    new RegExp(String.raw`^[ \t]*${MODIFIERS}(?:get\s+|set\s+)?([A-Za-z_$][\w$]*)\s*(?:<[^>\n]*>)?\((?=[^\n]*\)\s*(?::[\w<>[\]|., \t]+)?\{)`, 'gm'),
    new RegExp(String.raw`^[ \t]*([A-Za-z_$][\w$]*)\s*:\s*(?:async\s*)?(?:function\s*)?\(`, 'gm'),
    // a method whose parameters stand one per line, as Prettier writes them: `respondWithValidation<T>(⏎ status: number,⏎ …⏎ ): void {`
    new RegExp(String.raw`^[ \t]*${MODIFIERS}([A-Za-z_$][\w$]*)\s*(?:<[^>\n]*>)?\((?=[ \t]*\r?\n(?:[ \t][^\n]*\n){1,12}?[ \t]*\)\s*(?::[^{};=\n]+)?\{)`, 'gm'),
    // assigned to a member: NodeBB's `helpers.formatApiResponse = async (statusCode, res, payload) =>`, `module.exports.send = function (`
    /^[ \t]*(?:[A-Za-z_$][\w$]*\.)+([A-Za-z_$][\w$]*)[ \t]*=[ \t]*(?:async[ \t]*)?(?:function\b[^(\n]*)?\(/gm,
  ],
  python: [/^[ \t]*(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/gm],
  go: [/^func\s+(?:\([^)\n]*\)\s*)?([A-Za-z_]\w*)\s*(?:\[[^\]\n]*\])?\(/gm],
  jvm: [
    /^[ \t]*(?:(?:private|public|protected|internal|override|suspend|inline|open|final|static)\s+)*fun\s+(?:<[^>\n]*>\s*)?(?:[\w.]+\.)?([A-Za-z_]\w*)\s*\(/gm,
    new RegExp(String.raw`^[ \t]*${MODIFIERS}(?:[\w.]+(?:<[^>\n]*>)?(?:\[\])?\s+)?([A-Za-z_]\w*)\s*\((?=[^;\n]*\)\s*(?:throws\s[^{\n]*)?(?:\{\s*)?$)`, 'gm'),
  ],
  csharp: [
    new RegExp(String.raw`^[ \t]*${MODIFIERS}(?:[\w.]+(?:<[^>\n]*>)?\??(?:\[\])?\s+)?([A-Za-z_]\w*)\s*(?:<[^>\n]*>)?\((?=[^;\n]*\)\s*(?:=>|\{|$|:))`, 'gm'),
    // Parameters on the lines below, after a visibility (C# 12's `public class ApiException(⏎ string message, ⏎ int statusCode = 500)`)
    new RegExp(String.raw`^[ \t]*(?:public|private|protected|internal)\s+${MODIFIERS}(?:[\w.]+(?:<[^>\n]*>)?\??(?:\[\])?\s+)?([A-Za-z_]\w*)\s*(?:<[^>\n]*>)?\((?=[ \t]*\r?\n)`, 'gm'),
  ],
  ruby: [/^[ \t]*def\s+(?:self\.)?([A-Za-z_]\w*[?!]?)\s*\(/gm],
  php: [new RegExp(String.raw`^[ \t]*${MODIFIERS}function\s+&?([A-Za-z_]\w*)\s*\(`, 'gm')],
  rust: [new RegExp(String.raw`^[ \t]*${MODIFIERS}fn\s+([A-Za-z_]\w*)\s*(?:<[^>\n]*>)?\(`, 'gm')],
  elixir: [/^[ \t]*(?:def|defp|defmacro|defmacrop)\s+([a-z_]\w*[?!]?)\s*\(/gm],
};

const NOT_FUNCTIONS = new Set(['if', 'for', 'while', 'switch', 'catch', 'return', 'function', 'constructor', 'super', 'this', 'new', 'else', 'elif', 'when', 'match', 'using', 'lock', 'foreach', 'typeof', 'sizeof', 'nameof']);

function* definitionsIn(text: string, family: LanguageFamily): Generator<Definition> {
  for (const pattern of DEFINITIONS[family] ?? []) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const name = m[1];
      if (!name) continue;
      const open = m.index + m[0].length - 1;
      const indent = /^[ \t]*/.exec(m[0])?.[0].length ?? 0;
      if (NOT_FUNCTIONS.has(name)) {
        if (name === 'constructor') {
          const owner = enclosingClass(text, m.index);
          if (owner) yield { name: owner, open, indent, implicitFirst: false };
        }
        continue;
      }
      if ((family === 'python' && name === '__init__') || (family === 'php' && name === '__construct')) {
        const owner = enclosingClass(text, m.index);
        if (owner) yield { name: owner, open, indent, implicitFirst: family === 'python' };
        continue;
      }
      yield { name, open, indent, implicitFirst: family === 'python' };
    }
  }
}

const CLASS_HEAD = /^[ \t]*(?:export\s+)?(?:default\s+)?(?:(?:abstract|final|readonly)\s+)*class\s+([A-Za-z_$][\w$]*)/gm;

function enclosingClass(text: string, at: number): string | undefined {
  const window = text.slice(Math.max(0, at - BODY_REACH), at);
  let owner: string | undefined;
  CLASS_HEAD.lastIndex = 0;
  for (let m = CLASS_HEAD.exec(window); m; m = CLASS_HEAD.exec(window)) owner = m[1];
  return owner;
}

interface Parameter {
  readonly name: string;
  /** Offset of the name within the text. */
  readonly at: number;
  /** A numeric default value's span (`status: int = 200`), if any. */
  readonly defaultValue?: readonly [number, number];
}

/** Index of the bracket closing the one at `open`, or -1 (bounded). */
function closing(text: string, open: number, reach: number): number {
  let depth = 0;
  const stop = Math.min(text.length, open + reach);
  for (let i = open; i < stop; i++) {
    const c = text.charAt(i);
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    } else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0 || end > stop) return -1;
      i = end;
    }
  }
  return -1;
}

/** Split [from, to) at commas outside brackets. */
function splitArguments(text: string, from: number, to: number): [number, number][] {
  const parts: [number, number][] = [];
  let depth = 0;
  let partStart = from;
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    if (c === '(' || c === '[' || c === '{' || c === '<') depth++;
    else if (c === ')' || c === ']' || c === '}' || (c === '>' && text.charAt(i - 1) !== '=')) depth--;
    else if (c === ',' && depth <= 0) {
      parts.push([partStart, i]);
      partStart = i + 1;
    }
  }
  if (to > partStart) parts.push([partStart, to]);
  return parts;
}

const DEFAULT = /(?:[^=!<>:]=(?![=>])|\\\\)\s*/;
const RUBY_DEFAULT = /(?:[^=!<>:]=(?![=>])|^\s*[a-z_]\w*:(?!:))\s*/;

const NAME_LAST: ReadonlySet<LanguageFamily> = new Set(['csharp']);

function parameterOf(text: string, from: number, to: number, family: LanguageFamily): Parameter | undefined {
  const raw = text.slice(from, to);
  // The default: after `=` (not `==`, `=>`), Elixir's `\\`, or a Ruby keyword parameter's `:`.
  const defaultMatch = (family === 'ruby' ? RUBY_DEFAULT : DEFAULT).exec(raw);
  const declaration = defaultMatch ? raw.slice(0, defaultMatch.index + (/^[=\\]/.test(defaultMatch[0]) ? 0 : 1)) : raw;
  let defaultValue: [number, number] | undefined;
  if (defaultMatch) {
    const valueStart = defaultMatch.index + defaultMatch[0].length;
    // A number, or a Ruby/Elixir status symbol (`status = :bad_request`)
    const value = /^(\d{3}|:[a-z_]{2,40})\s*$/.exec(raw.slice(valueStart));
    if (value?.[1]) defaultValue = [from + valueStart, from + valueStart + value[1].length];
  }
  const cleaned = declaration.replace(/@\w+(?:\([^)]*\))?/g, ' ');
  if (/^\s*[{[%*&]|\.\.\./.test(cleaned) && !/^\s*&?\$/.test(cleaned)) return undefined; // destructuring, rest, patterns, receivers
  let match: RegExpExecArray | null;
  if (family === 'php') match = /\$[A-Za-z_]\w*/.exec(cleaned);
  else if (NAME_LAST.has(family) || (family === 'jvm' && !cleaned.includes(':'))) match = /(?<!\w)([A-Za-z_]\w*)\s*$/.exec(cleaned);
  else match = /^\s*(?:(?:mut|readonly|private|public|protected|val|var|final)\s+)*([A-Za-z_$][\w$]*)/.exec(cleaned);
  const name = family === 'php' ? match?.[0] : match?.[1];
  if (!name || name === 'self' || name === 'this' || name === '$this') return undefined;
  const at = from + (match?.index ?? 0) + (match?.[0].lastIndexOf(name) ?? 0);
  return defaultValue ? { name, at, defaultValue } : { name, at };
}

/** A type that is a status: `HttpStatusCodes`, hono's `ContentfulStatusCode`, Python's `HTTPStatus`. */
const STATUS_TYPE = /(?<![\w$])(?:[A-Z][\w$]*)?(?:StatusCodes?|HttpStatus(?:es)?|HTTPStatus)(?![\w$])/;
/** Where a caller may hand a plain number to a parameter typed as a status (TypeScript's numeric unions, Python's IntEnum). */
const TYPED_FAMILIES: ReadonlySet<LanguageFamily> = new Set(['js', 'python']);

/**
 * A parameter declared with a status type: its type is the evidence, wherever its value goes
 * (hedgedoc's `OpenApi = (...codes: (HttpStatusCodes | Info)[])`, then `@OpenApi(401, 403)`).
 */
function typedStatusSink(raw: string, callee: string, index: number, family: LanguageFamily): Omit<Sink, 'line'> | undefined {
  if (!TYPED_FAMILIES.has(family)) return undefined;
  const declared = raw.trimStart().replace(/^(\.\.\.|\*)\s+/, '$1');
  const head = /^(\.\.\.|\*)?([A-Za-z_$][\w$]*)\??[ \t]*:/.exec(declared);
  const param = head?.[2];
  if (!head || param === undefined) return undefined;
  const annotation = declared.slice(head[0].length).split('=')[0] ?? '';
  const type = STATUS_TYPE.exec(annotation)?.[0];
  if (type === undefined) return undefined;
  return { name: callee, family, index, param, evidence: `${param}: ${type}`, ...(head[1] ? { rest: true } : {}) };
}

/** The body of a definition whose parameter list closes at `close`: [start, end). */
function bodyOf(text: string, close: number, definition: Definition, family: LanguageFamily): [number, number] {
  const lineEnd = text.indexOf('\n', close);
  const restOfLine = text.slice(close + 1, lineEnd < 0 ? undefined : lineEnd);
  if (family === 'python' || family === 'ruby' || family === 'elixir') {
    if (/,\s*do:|^[^#\n]*\bdo:/.test(restOfLine) || (family === 'ruby' && /=\s*\S/.test(restOfLine))) return [close + 1, lineEnd < 0 ? text.length : lineEnd];
    return indentedBlock(text, lineEnd < 0 ? text.length : lineEnd + 1, definition.indent);
  }
  const stop = Math.min(text.length, close + 400);
  for (let i = close + 1; i < stop; i++) {
    const c = text.charAt(i);
    if (c === '{') {
      const end = closing(text, i, BODY_REACH);
      return [i + 1, end < 0 ? Math.min(text.length, i + BODY_REACH) : end];
    }
    if (c === ';') return [close + 1, i];
    if ((c === '=' && text.charAt(i + 1) === '>') || (c === '=' && family === 'jvm')) {
      // An expression body: to the end of the statement.
      const end = text.indexOf('\n\n', i);
      return [i + 1, Math.min(end < 0 ? text.length : end, i + 2000)];
    }
  }
  return [close + 1, close + 1];
}

function indentedBlock(text: string, from: number, indent: number): [number, number] {
  let i = from;
  const stop = Math.min(text.length, from + BODY_REACH);
  while (i < stop) {
    const next = text.indexOf('\n', i);
    const end = next < 0 ? text.length : next;
    const line = text.slice(i, end);
    if (line.trim()) {
      const own = /^[ \t]*/.exec(line)?.[0].length ?? 0;
      if (own <= indent) return [from, /^\s*end\b/.test(line) ? end : i];
    }
    i = end + 1;
  }
  return [from, Math.min(i, text.length)];
}

/** Offsets of the whole-word usages of `name` in [from, to), at most MAX_USAGES. */
function usagesOf(text: string, name: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(name, from); i >= 0 && i < to && found.length < MAX_USAGES; i = text.indexOf(name, i + name.length)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const after = text.charCodeAt(i + name.length);
    if (name.startsWith('$') ? !isWord(after) : !isWord(before) && !isWord(after)) found.push(i);
  }
  return found;
}

/** Start of the member chain a name ends (`tt.want` → start of `tt`, `$this->status` → `$this`). */
function chainStart(text: string, at: number): number {
  let i = at;
  for (;;) {
    let j = i - 1;
    if (text.charAt(j) === '.' && text.charAt(j - 1) === '?') j--;
    if (text.charAt(j) === '.' || (text.charAt(j) === '>' && text.charAt(j - 1) === '-')) {
      const k = skipWordBack(text, text.charAt(j) === '>' ? j - 2 : j - 1);
      if (k + 1 >= j) return i;
      i = k + 1;
      continue;
    }
    return i;
  }
}

/**
 * A key read by index, `row[:rc]`, `tc['want']`, `t["status"]`: the whole access, from the
 * indexed name to the closing bracket (the name alone otherwise).
 */
function indexAccess(text: string, at: number, length: number): [number, number] {
  const open = text.charAt(at - 1);
  const quote = open === ':' || open === "'" || open === '"' ? open : '';
  if (!quote || text.charAt(at - 2) !== '[') return [at, at + length];
  const close = quote === ':' ? ']' : `${quote}]`;
  if (!text.startsWith(close, at + length)) return [at, at + length];
  const k = skipWordBack(text, at - 3);
  return k + 1 < at - 2 ? [k + 1, at + length + close.length] : [at, at + length];
}

/** Ruby 3.1's shorthand hash value: `render json: body, status:` passes the variable `status`, read as `status: status`. */
function isShorthandValue(text: string, at: number, length: number, position: StatusPosition): boolean {
  if (text.charAt(at + length) !== ':' || !/^:[ \t]*(?:[,)]|#|\r?\n|$)/.test(text.slice(at + length, at + length + 40))) return false;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const written = `${text.slice(lineStart, at + length + 1)} ${text.slice(at, at + length)}`;
  return position(written, written.length - length, written.length) !== undefined;
}

/**
 * Where a name used at `at` goes: a status position's line, or a sink it is passed to (the
 * evidence); else the call it is an argument of, which may become a sink later (or undefined).
 */
function reachOrCall(text: string, at: number, length: number, family: LanguageFamily, position: StatusPosition, sinks: SinkTable): string | CallArgument | undefined {
  const [from, to] = indexAccess(text, at, length);
  const start = chainStart(text, from);
  if (position(text, start, to)) return evidenceAt(text, at);
  if (family === 'ruby' && isShorthandValue(text, at, length, position)) return evidenceAt(text, at);
  const argument = callArgumentAt(text, start, family);
  if (!argument) return undefined;
  return sinkTaking(argument, sinks) ?? argument;
}

/** The evidence of a sink the argument is passed to, if the table knows one. */
function sinkTaking(argument: CallArgument, sinks: SinkTable): string | undefined {
  const sink = sinks.get(argument.callee)?.find((s) => s.code === undefined && takes(s, argument));
  return sink ? `${sink.name}(…) → ${sink.evidence}` : undefined;
}

function reachOf(text: string, at: number, length: number, family: LanguageFamily, position: StatusPosition, sinks: SinkTable): string | undefined {
  const reach = reachOrCall(text, at, length, family, position, sinks);
  return typeof reach === 'string' ? reach : undefined;
}

/** A default or numeric value found by structure rather than by its own context. */
export interface StructuralValue {
  readonly start: number;
  readonly end: number;
  readonly evidence: Evidence;
}

export interface LearnedSinks {
  readonly sinks: Sink[];
  /** Offsets of every parameter declaration: a name's declaration is not a use of it. */
  readonly declarations: ReadonlySet<number>;
  /** Numeric defaults of sink parameters (`status: int = 200`). */
  readonly defaults: StructuralValue[];
}

/**
 * The sinks a text defines: functions whose parameter reaches a status position, directly or
 * through another sink (`known`, e.g. from other files), found to a fixed point.
 */
export function learnSinks(text: string, family: LanguageFamily, position: StatusPosition, known: SinkTable = new Map()): LearnedSinks {
  const definitions: { definition: Definition; parameters: Parameter[]; body: [number, number] }[] = [];
  const typedSinks: Sink[] = [];
  for (const definition of definitionsIn(text, family)) {
    const close = closing(text, definition.open, PARAMS_REACH);
    if (close < 0) continue;
    const parts = splitArguments(text, definition.open + 1, close);
    const parameters = parts.map(([a, b]) => parameterOf(text, a, b, family));
    const skipped = definition.implicitFirst && parameters[0] === undefined ? 1 : 0;
    const written = parameters.slice(skipped);
    for (const [index, [a, b]] of parts.slice(skipped).entries()) {
      const typed = typedStatusSink(text.slice(a, b), definition.name, index, family);
      if (typed) typedSinks.push({ ...typed, line: lineOf(text, definition.open) });
    }
    if (!written.some((p) => p !== undefined)) continue;
    const body = bodyOf(text, close, definition, family);
    definitions.push({ definition, parameters: written.map((p, i) => p ?? { name: `#${i}`, at: -1 }), body });
  }
  const sinks: Sink[] = [...typedSinks, ...inheritedSinks(text, family, position, known)];
  const defaults: StructuralValue[] = [];
  const declarations = new Set(definitions.flatMap(({ parameters }) => parameters.map((p) => p.at)));
  // The text's own sinks over the known ones, without copying those (a workspace may know thousands).
  const local = new Map<string, Sink[]>();
  const table = layeredSinks(local, known);
  for (const sink of sinks) local.set(sink.name, [...(local.get(sink.name) ?? []), sink]);
  const learned = new Set<string>();
  /** Per parameter not yet learnt, the calls its usages are arguments of: only a callee learnt later can change its answer. */
  const waiting = new Map<string, CallArgument[]>();
  const learn = (definition: Definition, parameter: Parameter, index: number, key: string, reach: string): void => {
    const sink: Sink = { name: definition.name, family, index, param: parameter.name.replace(/^\$/, ''), evidence: reach, line: lineOf(text, definition.open) };
    sinks.push(sink);
    local.set(sink.name, [...(local.get(sink.name) ?? []), sink]);
    learned.add(key);
    waiting.delete(key);
    if (parameter.defaultValue) {
      defaults.push({ start: parameter.defaultValue[0], end: parameter.defaultValue[1], evidence: { via: parameter.name, reaches: reach, line: sink.line } });
    }
  };
  const keyOf = (definition: Definition, index: number): string => `${definition.name}#${index}#${definition.open}`;
  // First every usage of every parameter; then, to a fixed point, only the calls of helpers
  // learnt in the round before (a helper that calls a helper becomes a sink once the inner one is known).
  let grown = new Set<string>();
  for (const { definition, parameters, body } of definitions) {
    for (const [index, parameter] of parameters.entries()) {
      const key = keyOf(definition, index);
      if (parameter.at < 0 || learned.has(key)) continue;
      const calls: CallArgument[] = [];
      for (const usage of usagesOf(text, parameter.name, body[0], body[1])) {
        const reach = reachOrCall(text, usage, parameter.name.length, family, position, table);
        if (typeof reach === 'string') {
          learn(definition, parameter, index, key, reach);
          grown.add(definition.name);
          break;
        }
        if (reach) calls.push(reach);
      }
      if (!learned.has(key) && calls.length) waiting.set(key, calls);
    }
  }
  for (let round = 1; round < 3 && grown.size && waiting.size; round++) {
    const before = grown;
    grown = new Set();
    for (const { definition, parameters } of definitions) {
      for (const [index, parameter] of parameters.entries()) {
        const key = keyOf(definition, index);
        const reach = waiting.get(key)?.find((call) => (before.has(call.callee) || grown.has(call.callee)) && sinkTaking(call, table) !== undefined);
        if (!reach) continue;
        learn(definition, parameter, index, key, sinkTaking(reach, table) ?? '');
        grown.add(definition.name);
      }
    }
  }
  // A parameter named for a response's status takes one even where the body only keeps it
  // (passwordless-server's `ApiException(string message, int statusCode = 500)` sets a property).
  for (const { definition, parameters } of definitions) {
    for (const [index, parameter] of parameters.entries()) {
      if (parameter.at < 0 || learned.has(`${definition.name}#${index}#${definition.open}`) || !STATUS_PARAMETER.test(parameter.name)) continue;
      const param = parameter.name.replace(/^\$/, '');
      const sink: Sink = { name: definition.name, family, index, param, evidence: `its parameter ${param}`, line: lineOf(text, definition.open) };
      sinks.push(sink);
      if (parameter.defaultValue) defaults.push({ start: parameter.defaultValue[0], end: parameter.defaultValue[1], evidence: { via: parameter.name, reaches: sink.evidence, line: sink.line } });
    }
  }
  return { sinks, defaults, declarations };
}

/** Parameter names that say "an HTTP status" on their own (`statusCode`, `$httpStatus`, `response_code`, `$redirectStatusCode`); never plain `status` or `code`, nor a process's `exitStatusCode`. */
const STATUS_PARAMETER = /^\$?(?:(?:http_?|(?!exit|process|grpc|rpc)[a-z]+_?)?status_?(?:code|int)|http_?status(?:_?code)?|http_?code|response_?(?:status|code)(?:_?code)?)$/i;

const SUBCLASS: Readonly<Partial<Record<LanguageFamily, RegExp>>> = {
  python: /^[ \t]*class\s+([A-Za-z_]\w*)\s*\(\s*(?:[\w.]+\.)?([A-Za-z_]\w*)/gm,
  js: /\bclass\s+([A-Za-z_$][\w$]*)(?:<[^>\n]*>)?\s+extends\s+(?:[\w$.]+\.)?([A-Za-z_$][\w$]*)/g,
  jvm: /\bclass\s+([A-Za-z_]\w*)\b[^\n{]*?(?:\bextends\s+|:\s*)(?:[\w.]+\.)?([A-Za-z_]\w*)/g,
  csharp: /\bclass\s+([A-Za-z_]\w*)\s*:\s*(?:[\w.]+\.)?([A-Za-z_]\w*)/g,
  php: /\bclass\s+([A-Za-z_]\w*)\s+extends\s+\\?(?:[\w\\]+\\)?([A-Za-z_]\w*)/g,
  ruby: /\bclass\s+([A-Z]\w*)\s*<\s*(?:[\w:]+::)?([A-Z]\w*)/g,
};

/** A constructor of its own: the subclass takes its own arguments, not its base's. */
const CONSTRUCTOR: Readonly<Partial<Record<LanguageFamily, RegExp>>> = {
  python: /^[ \t]+def[ \t]+__init__\(/m,
  js: /^[ \t]+constructor[ \t]*\(/m,
  php: /\bfunction[ \t]+__construct\(/,
  ruby: /^[ \t]+def[ \t]+initialize\b/m,
};
/** How much of a class body is read for its constructor. */
const CLASS_BODY = 3000;

/**
 * Subclasses of a status-taking class take the status where it does: `class BadBody(HTTPException)`
 * then `BadBody(422)`. The base is a sink, or a framework class an idiom knows (`HTTPException(404`).
 */
function inheritedSinks(text: string, family: LanguageFamily, position: StatusPosition, known: SinkTable): Sink[] {
  const pattern = SUBCLASS[family];
  const sinks: Sink[] = [];
  if (!pattern || !text.includes('class')) return sinks;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [, name, base] = m;
    if (!name || !base || name === base) continue;
    const line = lineOf(text, m.index);
    // Up to the next class: its body, where a constructor of its own would be.
    const next = text.indexOf('class ', pattern.lastIndex);
    const body = text.slice(pattern.lastIndex, Math.min(next < 0 ? text.length : next, pattern.lastIndex + CLASS_BODY));
    if (CONSTRUCTOR[family]?.test(body) || ((family === 'jvm' || family === 'csharp') && new RegExp(`\\b${name}\\s*\\(`).test(body))) continue;
    const inherited = known.get(base)?.filter((s) => s.code === undefined);
    if (inherited?.length) {
      for (const s of inherited) sinks.push({ name, family, index: s.index, param: s.param, evidence: `${base}(…) → ${s.evidence}`, line });
      continue;
    }
    // Ask the engine whether the base takes a status as its first or second argument.
    for (const [index, call] of [`${base}(status)`, `${base}(message, status)`].entries()) {
      const at = call.indexOf('status)');
      if (position(call, at, at + 'status'.length)) {
        sinks.push({ name, family, index, param: 'status', evidence: `a subclass of ${base}`, line });
        break;
      }
    }
  }
  return sinks;
}

/**
 * A text's own sinks over a base table (the workspace's), read through without copying it: each
 * name's list has the text's sinks first, so they win over same-named ones from other files.
 */
export function layeredSinks(local: ReadonlyMap<string, readonly Sink[]>, base: SinkTable): SinkTable {
  if (base.size === 0) return local;
  return {
    get: (name) => {
      const own = local.get(name);
      const other = base.get(name);
      return own && other ? [...own, ...other] : own ?? other;
    },
    // An upper bound (a name in both counts twice): callers only ask whether there are any.
    get size() { return base.size + local.size; },
  };
}

/** Sinks as a table, local ones first so they win over same-named ones from other files. */
export function sinkTable(...lists: readonly (readonly Sink[])[]): ReadonlyMap<string, readonly Sink[]> {
  const table = new Map<string, Sink[]>();
  for (const list of lists) for (const sink of list) table.set(sink.name, [...(table.get(sink.name) ?? []), sink]);
  return table;
}

/** The sink a call argument at `start` is passed to, if any. */
export function sinkArgument(text: string, start: number, family: LanguageFamily, sinks: SinkTable): Sink | undefined {
  if (sinks.size === 0) return undefined;
  const argument = callArgumentAt(text, start, family);
  if (!argument) return undefined;
  return parameterSinksOf(argument.callee, family, sinks).find((s) => takes(s, argument));
}

/** The helper's learnt parameters (not its fixed statuses) in this family. */
function parameterSinksOf(callee: string, family: LanguageFamily, sinks: SinkTable): readonly Sink[] {
  return sinks.get(callee)?.filter((s) => s.family === family && s.code === undefined) ?? [];
}

/** Whether this argument is the sink's parameter: by keyword when it has one, by position otherwise. */
function takes(sink: Sink, argument: CallArgument): boolean {
  if (argument.keyword !== undefined) return sink.param === argument.keyword;
  return sink.rest ? argument.index >= sink.index : sink.index === argument.index;
}

/**
 * Whether the call around `start` is to a helper the analysis knows takes its status in another
 * parameter: Jackett's `GetErrorXML(int code, string description, int statusCode = 400)` given
 * `(203, "…")` — that first number is the body's own code, whatever the helper's name says.
 */
export function takesStatusElsewhere(text: string, start: number, family: LanguageFamily, sinks: SinkTable): boolean {
  if (sinks.size === 0) return false;
  const argument = callArgumentAt(text, start, family);
  const candidates = argument ? parameterSinksOf(argument.callee, family, sinks) : [];
  return argument !== undefined && candidates.length > 0 && !candidates.some((s) => takes(s, argument));
}

/**
 * Whether values assigned to `name` (`code := 404`, `want: 404`, `expected_status=404`) reach a
 * status position somewhere in the text, with the evidence. Cached per text by the caller.
 */
export function nameReaches(text: string, name: string, family: LanguageFamily, position: StatusPosition, sinks: SinkTable, declarations: ReadonlySet<number>): Evidence | undefined {
  for (const usage of usagesOf(text, name, 0, text.length)) {
    if (declarations.has(usage)) continue;
    const reaches = reachOf(text, usage, name.length, family, position, sinks);
    if (reaches) return { via: name, reaches, line: lineOf(text, usage) };
  }
  return undefined;
}

export { lineOf };
