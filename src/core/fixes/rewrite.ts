import type { Occurrence } from '../detection';
import { isPhraseOf, LIBRARY_PHRASES } from '../naming/phrases';
import { schemeById, type NamingScheme } from '../naming/schemes';

// Writing another status code where an occurrence stands, in the occurrence's own idiom: a literal
// stays a literal, `http.StatusNotFound` becomes `http.StatusGone`, `NotFoundException` becomes
// `GoneException`, `return NotFound()` becomes `return StatusCode(StatusCodes.Status410Gone)`.
// Undefined means no rewrite is known to compile, and nothing must be offered.

/** A replacement of text[start, end) (an insertion when start === end). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Applies non-overlapping edits to a text (for tests and the CLI). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}

/**
 * Where a scheme has no name for a code, how to write the number so the expression keeps its type
 * (schemes whose names are plain integers, integer enums or symbols the framework also accepts as
 * integers). Schemes missing here (Spring HttpStatus, JAX-RS Status) have no safe number form.
 */
export const NUMBER_FORMS: Readonly<Record<string, (code: number) => string>> = {
  'go.http': String,
  fiber: String,
  'starlette.status': String,
  'python.HTTPStatus': String,
  'httpx.codes': String,
  'requests.codes': String,
  'http-status-codes': String,
  'nestjs.HttpStatus': String,
  'axios.HttpStatusCode': String,
  'servlet.SC': String,
  'jdk.HttpURLConnection': String,
  'aspnet.StatusCodes': String,
  'symfony.Response': String,
  'psr.StatusCodeInterface': String,
  'rack.symbols': String,
  'plug.atoms': String,
  'dotnet.HttpStatusCode': (code) => `(HttpStatusCode)${code}`,
  'ktor.HttpStatusCode': (code) => `HttpStatusCode.fromValue(${code})`,
  'http.StatusCode': (code) => `StatusCode::from_u16(${code}).unwrap()`,
};

/** A helper with no name for the target: call a generic one and pass the status as an argument. */
interface GenericCall {
  /** Replaces the helper's name (the part after any qualifier). */
  readonly name: string;
  /** The status argument, or undefined when it cannot be written. */
  readonly argument: (code: number) => string | undefined;
  readonly position: 'first' | 'last';
  readonly args: 'none' | 'some' | 'any';
}

const named = (schemeId: string, qualifier: string) => (code: number): string | undefined => {
  const name = schemeById(schemeId)?.nameOf(code);
  return name === undefined ? undefined : `${qualifier}${name}`;
};

const GENERIC_CALLS: Readonly<Record<string, GenericCall>> = {
  'aspnet.results': { name: 'StatusCode', argument: (code) => named('aspnet.StatusCodes', 'StatusCodes.')(code) ?? String(code), position: 'first', args: 'any' },
  'nestjs.exceptions': { name: 'HttpException', argument: (code) => named('nestjs.HttpStatus', 'HttpStatus.')(code) ?? String(code), position: 'last', args: 'some' },
  'django.HttpResponse': { name: 'HttpResponse', argument: (code) => `status=${code}`, position: 'last', args: 'any' },
  'spring.ResponseEntity': { name: 'status', argument: (code) => named('spring.HttpStatus', 'HttpStatus.')(code) ?? String(code), position: 'first', args: 'none' },
  'spring.StatusResultMatchers': { name: 'is', argument: String, position: 'first', args: 'none' },
  'laravel.assertions': { name: 'assertStatus', argument: String, position: 'first', args: 'none' },
};

/** Whole-token replacements for sentinel errors without a name for the target. */
const GENERIC_EXPRESSIONS: Readonly<Record<string, (code: number) => string | undefined>> = {
  'echo.errors': (code) => {
    const constant = named('go.http', 'http.')(code);
    return `echo.NewHTTPError(${constant ?? String(code)})`;
  },
};

/**
 * Helpers whose siblings take different arguments: which targets a call may switch to, with and
 * without arguments (the rest fall back to a generic call or are not offered). Unlisted helper
 * schemes share one signature across codes.
 */
const HELPER_TARGETS: Readonly<Record<string, { readonly withArgs: readonly number[]; readonly withoutArgs: readonly number[] | 'all' }>> = {
  // ControllerBase: NotFound(value), Ok(value)…; Forbid(schemes) and NoContent() take no body.
  'aspnet.results': { withArgs: [200, 202, 400, 401, 404, 409, 422], withoutArgs: [200, 202, 204, 400, 401, 403, 404, 409, 422] },
  // HttpResponseNotAllowed(methods) and the redirects take other arguments than content.
  'django.HttpResponse': { withArgs: [400, 403, 404, 410, 500], withoutArgs: [400, 403, 404, 410, 500, 304] },
  // ResponseEntity.ok(body) and created(uri) differ from the no-argument builders.
  'spring.ResponseEntity': { withArgs: [], withoutArgs: [200, 202, 204, 400, 404, 422, 500] },
  'jaxrs.Response': { withArgs: [], withoutArgs: [200, 202, 204, 304, 500] },
  // aiohttp redirects require a location.
  'aiohttp.web': { withArgs: [200, 201, 202, 400, 401, 403, 404, 405, 406, 408, 409, 410, 412, 413, 415, 422, 429, 500, 501, 502, 503, 504], withoutArgs: [200, 201, 202, 204, 400, 401, 403, 404, 406, 408, 409, 410, 412, 413, 415, 422, 429, 500, 501, 502, 503, 504] },
  // Symfony's 401/405/429/503 exceptions take a challenge, the allowed methods or Retry-After first.
  'symfony.exceptions': { withArgs: [400, 403, 404, 406, 409, 410, 411, 412, 415, 422, 423, 428], withoutArgs: 'all' },
};

/** Names used as types or markers, never rewritten. */
const NOT_REWRITTEN = new Set(['aspnet.result-types', 'aspnet.typed-results', 'rocket.responders', 'laravel.responses', 'sinatra.not_found', 'go.http.helpers', 'nestjs.swagger']);

/** The call's parentheses right after `end` on the same line, if balanced there. */
function callAfter(text: string, end: number): { open: number; close: number; empty: boolean } | undefined {
  let i = end;
  if (text.charAt(i) === '<') {
    // C# generic arguments: Ok<Item>(…)
    let depth = 0;
    for (; i < text.length && text.charAt(i) !== '\n'; i++) {
      if (text.charAt(i) === '<') depth++;
      else if (text.charAt(i) === '>' && --depth === 0) break;
    }
    i++;
  }
  while (text.charAt(i) === ' ') i++;
  if (text.charAt(i) !== '(') return undefined;
  const open = i;
  let depth = 0;
  let quote = '';
  for (; i < text.length && text.charAt(i) !== '\n'; i++) {
    const c = text.charAt(i);
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return { open, close: i, empty: !text.slice(open + 1, i).trim() };
  }
  return undefined;
}

/** The scheme name inside an occurrence's text, after its qualifier: ("HttpStatus.", "NOT_FOUND"). */
function splitQualified(scheme: NamingScheme, occurrenceText: string, code: number): { prefix: string; name: string } | undefined {
  for (const [name, value] of scheme.names) {
    if (value === code && occurrenceText.endsWith(name)) return { prefix: occurrenceText.slice(0, occurrenceText.length - name.length), name };
  }
  const canonical = scheme.nameOf(code);
  if (canonical && occurrenceText.endsWith(canonical)) return { prefix: occurrenceText.slice(0, -canonical.length), name: canonical };
  // Names with the number embedded but not listed (HTTP_499_…): the whole token after the qualifier.
  const token = /(?<![\w$])[A-Za-z_$][\w$]*$/.exec(occurrenceText)?.[0];
  return token ? { prefix: occurrenceText.slice(0, occurrenceText.length - token.length), name: token } : undefined;
}

/** Helpers that look something up and only raise a status when it is missing: not a response to rewrite. */
const LOOKUPS = new Set(['get_object_or_404', 'get_list_or_404', 'first_or_404', 'get_or_404', 'one_or_404']);

/** Where the qualifiers in front of a name begin: `httpx.codes.OK` from `codes.OK`. */
function qualifiedStart(text: string, start: number): number {
  let at = start;
  while (text.charAt(at - 1) === '.') {
    let word = at - 1;
    while (word > 0 && at - word < 65 && /[\w$]/.test(text.charAt(word - 1))) word--;
    if (word === at - 1 || /\d/.test(text.charAt(word))) break;
    at = word;
  }
  return at;
}

function rewriteName(text: string, occurrence: Occurrence, code: number): Edit[] | undefined {
  const scheme = schemeById(occurrence.idiom);
  if (!scheme || NOT_REWRITTEN.has(scheme.id)) return undefined;
  const original = text.slice(occurrence.start, occurrence.end);
  if (LOOKUPS.has(original)) return undefined;
  const parts = splitQualified(scheme, original, occurrence.code);
  if (!parts) return undefined;
  const nameStart = occurrence.start + parts.prefix.length;
  const call = scheme.kind === 'helper' ? callAfter(text, occurrence.end) : undefined;
  const targets = HELPER_TARGETS[scheme.id];
  const allowed = !targets || (call && !call.empty ? targets.withArgs.includes(code) : targets.withoutArgs === 'all' || targets.withoutArgs.includes(code));
  const target = scheme.nameOf(code);
  if (target !== undefined && allowed) return [{ start: nameStart, end: occurrence.end, newText: target }];

  const numberForm = NUMBER_FORMS[scheme.id];
  if (numberForm) {
    // A symbol (`:not_found`) or qualified constant becomes the number itself, with every qualifier
    // in front of it (`httpx.codes.OK` → `104`, not `httpx.104`).
    return [{ start: qualifiedStart(text, occurrence.start), end: occurrence.end, newText: numberForm(code) }];
  }
  const expression = GENERIC_EXPRESSIONS[scheme.id]?.(code);
  if (expression !== undefined) return [{ start: occurrence.start, end: occurrence.end, newText: expression }];

  const generic = GENERIC_CALLS[scheme.id];
  if (!generic || !call) return undefined;
  if ((generic.args === 'none' && !call.empty) || (generic.args === 'some' && call.empty)) return undefined;
  // Results.NotFound() → Results.StatusCode(…) works only without a body argument (TypedResults.StatusCode
  // has no body overload either); a controller's own StatusCode(int, object) takes one.
  const qualified = parts.prefix !== '' || text.charAt(nameStart - 1) === '.';
  if (scheme.id === 'aspnet.results' && qualified && !call.empty) return undefined;
  const argument = generic.argument(code);
  if (argument === undefined) return undefined;
  const insertion = generic.position === 'first'
    ? { start: call.open + 1, end: call.open + 1, newText: call.empty ? argument : `${argument}, ` }
    : { start: call.close, end: call.close, newText: call.empty ? argument : `, ${argument}` };
  return [{ start: nameStart, end: occurrence.end, newText: generic.name }, insertion];
}

/** `404 Not Found` → `410 Gone`: the phrase after the number changes with it; `HTTP/2 404` has none. */
function rewriteStatusLine(text: string, occurrence: Occurrence, code: number): Edit[] | undefined {
  const oldPhrase = LIBRARY_PHRASES[occurrence.code];
  const newPhrase = LIBRARY_PHRASES[code];
  // the phrase after any run of blanks (a table aligns `409  Conflict`), in its case as written
  const gap = /^[ \t]{1,40}/.exec(text.slice(occurrence.end, occurrence.end + 41))?.[0] ?? '';
  const after = text.slice(occurrence.end + gap.length, occurrence.end + gap.length + (oldPhrase?.length ?? 0));
  if (gap && oldPhrase && (after === oldPhrase || after === oldPhrase.toUpperCase())) {
    if (!newPhrase) return undefined;
    const written = after === oldPhrase ? newPhrase : newPhrase.toUpperCase();
    return [{ start: occurrence.start, end: occurrence.end + gap.length + after.length, newText: `${code}${gap}${written}` }];
  }
  // `404: Not Found`, `404 - "Not Found"`: the phrase after a separator.
  return [{ start: occurrence.start, end: occurrence.end, newText: String(code) }, ...phraseArgument(text, occurrence, code)];
}

/**
 * The old code's phrase given right after the number changes with it, or the code would travel
 * with a phrase that contradicts it: `sendError(res, 405, 'Method Not Allowed')` → 501 Not
 * Implemented, `HttpStatusCode(451, "Unavailable For Legal Reasons")`, a YAML `404: Not Found`.
 */
function phraseArgument(text: string, occurrence: Occurrence, code: number): Edit[] {
  const oldPhrase = LIBRARY_PHRASES[occurrence.code];
  const newPhrase = LIBRARY_PHRASES[code];
  if (!oldPhrase || !newPhrase) return [];
  const tail = text.slice(occurrence.end, occurrence.end + 120);
  const separator = /^[ \t]*(?:,|:|=>?|-)[ \t]*(['"`]?)/.exec(tail);
  if (!separator) return [];
  const from = separator[0].length;
  const quote = separator[1] ?? '';
  // Inside the string that follows (to its closing quote, on this line), or right after the separator.
  let region = tail.slice(from);
  const stop = region.search(quote ? new RegExp(`[${quote}\\n]`) : /\n/);
  if (stop >= 0) region = region.slice(0, stop);
  // The whole string is the phrase as detection reads it (a former name, other spacing or case).
  if (quote && isPhraseOf(occurrence.code, region)) {
    const start = occurrence.end + from;
    return [{ start, end: start + region.length, newText: region === region.toUpperCase() ? newPhrase.toUpperCase() : newPhrase }];
  }
  for (const [written, replacement] of [[oldPhrase, newPhrase], [oldPhrase.toUpperCase(), newPhrase.toUpperCase()]] as const) {
    const at = region.indexOf(written);
    if (at < 0 || (!quote && at > 0) || /[A-Za-z]/.test(region.charAt(at + written.length))) continue;
    const start = occurrence.end + from + at;
    return [{ start, end: start + written.length, newText: replacement }];
  }
  return [];
}

/**
 * The edits that put `code` where `occurrence` stands in `text`, in the same idiom, or undefined
 * when no rewrite is known to be correct.
 */
export function rewriteTo(text: string, occurrence: Occurrence, code: number): Edit[] | undefined {
  if (code === occurrence.code || !Number.isInteger(code) || code < 100 || code > 599) return undefined;
  switch (occurrence.kind) {
    case 'statusLine':
      return rewriteStatusLine(text, occurrence, code);
    case 'literal':
      // `const NOT_FOUND = 404`, `(exceptions.NotFound, 404)`: another number would make the name lie.
      if (occurrence.idiom === 'named-constant' || occurrence.idiom === 'paired-with-name') return undefined;
      return /^\d+$/.test(text.slice(occurrence.start, occurrence.end))
        ? [{ start: occurrence.start, end: occurrence.end, newText: String(code) }, ...phraseArgument(text, occurrence, code)]
        : undefined;
    case 'openapiKey':
    case 'directive':
      // Only plain digits are rewritten as digits (not `R=301`-style tokens that carry more).
      return /^\d+$/.test(text.slice(occurrence.start, occurrence.end)) ? [{ start: occurrence.start, end: occurrence.end, newText: String(code) }] : undefined;
    case 'constant':
    case 'helper':
      return occurrence.idiom === 'local-constant' ? undefined : rewriteName(text, occurrence, code);
  }
}
