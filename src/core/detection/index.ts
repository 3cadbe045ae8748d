import { schemesFor, type NamingScheme } from '../naming/schemes';
import { LITERAL_IDIOMS, type LiteralIdiom } from './idioms';
import { statusDefinitionsOf, type StatusDefinition, type StatusDefinitions } from './definitions';
import { callArgumentAt, layeredSinks, learnSinks, nameReaches, sinkArgument, sinkTable, takesStatusElsewhere, type Evidence, type Sink, type SinkTable, type StatusPosition } from './flow';
import { foreignQualifiers, importedNames, importTester, type ImportedName } from './imports';
import { clauseParameterAt, statusSlotsOf, type StatusSlots } from './heads';
import { familyOf, type LanguageFamily } from './languages';
import { embeddedRegions } from './embedded';
import { regionsOf } from './regions';
import { attributeRowColumn, rowAround, tableColumnAt, tableHeadersOf, type TableHeader } from './tables';
import { after, before, hasDigit, isAllDigits, isDigit, isUpper, isWordChar, lineStartOf, LOOKBACK, STANDALONE_VALUE, wordsOf } from './text';
import { assignedName, classifyStatusNamedType, CODE_NAME_FAMILIES, codeOfLocalConstant, enclosingFunctionName, isPlausibleStatusName, isResponderCall, isStatusColumnName, isStatusName, phraseNameCode, RETURNED, STATUS_WORDS } from './names';
import { isErrorPayloadCode, isFollowedByPhrase, isPhraseEntry, isProseStatus, isResponsesKey, isReturnedTupleStatus, isStatusKeyedRow, isStatusList, isExceptionStatusValue, isStatusListRow, isStatusMapEntry, isStatusTypeMember, LIST_CONTINUES, TEST_TITLE, withoutConditional } from './shapes';

export { FILE_PATTERNS, SUPPORTED_LANGUAGES, effectiveLanguageId, familyOf, languageIdForFile } from './languages';
export type { LanguageFamily } from './languages';
export { sinkTable } from './flow';
export type { Evidence, Sink, SinkTable } from './flow';

// The detection engine: every token of a text is a number or a name. A number is a status when a
// literal idiom (./idioms, one file per language family) or a shape (./shapes) says so, or when it
// flows into a status through the text's own code (./flow, ./tables); a name when a library's naming
// scheme (../naming/schemes) or the project's own naming (./names, ./definitions) says so. `analyze`
// learns a text's facts once, then classifies every token; `findAt` classifies one.

export type OccurrenceKind = 'literal' | 'constant' | 'helper' | 'statusLine' | 'openapiKey' | 'directive';

/** One place in a text that stands for an HTTP status code. Offsets are UTF-16 indexes into the text. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly kind: OccurrenceKind;
  /** The idiom or naming scheme that matched, e.g. "express.status" or "go.http". */
  readonly idiom: string;
  /** For a number no idiom knows: the helper or name it flows into, and where that reaches a status. */
  readonly evidence?: Evidence;
}

/**
 * What detection knows about a whole text beyond a token's line: the helpers whose parameter
 * becomes a status (defined in the text or, for the editor and CLI, anywhere in the workspace).
 */
export interface Facts {
  readonly sinks: SinkTable;
  /** Library constants the text imports under their bare names (`FORBIDDEN`, `HTTP_404_NOT_FOUND`). */
  readonly imported: ReadonlyMap<string, ImportedName>;
  /** Evidence that values assigned to a name reach a status position (cached per text). */
  reaches(name: string): Evidence | undefined;
  /** The text's test tables (pytest parametrize, Go struct tables), in order. */
  readonly tables: readonly TableHeader[];
  /** Functions the text names for a status and whose body uses it (`notFound() { … 404 … }`). */
  readonly definitions: StatusDefinitions;
  /** The parameters of a function the text gives a status (Elixir clauses that match one: `defp reason(404)`). */
  statusSlots(name: string): StatusSlots;
  /** Qualifiers the text's imports give to another protocol's codes (`Status` after `import io.grpc.Status`). */
  readonly foreign: ReadonlySet<string>;
}

const NO_FACTS: Facts = { sinks: new Map(), imported: new Map(), reaches: () => undefined, tables: [], definitions: new Map(), statusSlots: () => new Map(), foreign: new Set() };

/** Longest token worth classifying; longer runs of word characters are not status codes. */
const MAX_TOKEN = 64;

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

/** The last non-blank character before a number ('w' for a word character, '^' for none on its line). */
function triggerOf(head: string): string {
  let i = head.length - 1;
  while (i >= 0 && (head.charCodeAt(i) === 32 || head.charCodeAt(i) === 9)) i--;
  if (i < 0) return '^';
  const c = head.charCodeAt(i);
  return isWordChar(c) ? 'w' : head.charAt(i);
}

const REDIRECT_CODES = new Set([301, 302, 303, 307, 308]);
/** The code the flow analysis asks with: a position, whatever number would stand in it. */
const ANY_CODE = 0;

const SWITCH_HEADER = /\b(?:switch|match)\b[^{\n]*/g;
const RUBY_CASE_HEADER = /^[ \t]*case[ \t][^\n]*$/gm;
const ELIXIR_CASE_HEADER = /\bcase[ \t][^\n]*\bdo[ \t]*$/gm;

/** The nearest enclosing `switch (…)` (Ruby: `case …`) looks at a status. */
function isSwitchOnStatus(text: string, start: number, family: LanguageFamily): boolean {
  const window = text.slice(Math.max(0, start - LOOKBACK), lineStartOf(text, start));
  const headers = family === 'ruby' ? RUBY_CASE_HEADER : family === 'elixir' ? ELIXIR_CASE_HEADER : SWITCH_HEADER;
  let last: RegExpExecArray | undefined;
  for (const match of window.matchAll(headers)) last = match;
  if (!last) return false;
  // A switch expression names its status before the keyword: `var status = ex switch {`.
  const header = headers === SWITCH_HEADER ? window.slice(lineStartOf(window, last.index), last.index) + last[0] : last[0];
  return /status|\bcode(?:_?int)?\b|Code\b/.test(header);
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
      // Arms of four digits are another protocol's codes (`1000 => Normal`, WebSocket close codes).
      return (code === ANY_CODE || (code >= 100 && code <= 599)) && isSwitchOnStatus(text, start, family);
    case 'responderCall':
      // A helper named for responding may take sizes and counts too (`new ErrorDecoder(4000, 2000)`): statuses only.
      return (code === ANY_CODE || (code >= 100 && code <= 599)) && isResponderCall(head);
    case 'redirectCode':
      return REDIRECT_CODES.has(code);
    case 'plausibleCode':
      return code === ANY_CODE || (code >= 100 && code <= 599);
  }
}

function classifyNumber(text: string, start: number, end: number, family: LanguageFamily, facts: Facts): Occurrence | undefined {
  const length = end - start;
  if (length < 2 || length > 4) return undefined;
  const code = Number(text.slice(start, end));
  const head = before(text, start);
  const tail = after(text, end);
  const idiom = matchLiteralIdiom(text, start, head, tail, code, family) ?? firstArgumentBelow(text, start, head, tail, code, family);
  if (idiom) {
    // A responder-named call may be the project's own helper: then say where it reaches a status.
    const sink = idiom.requires === 'responderCall' ? sinkArgument(text, start, family, facts.sinks) : undefined;
    if (idiom.requires === 'responderCall' && !sink && takesStatusElsewhere(text, start, family, facts.sinks)) return undefined;
    return { start, end, code, kind: idiom.kind, idiom: idiom.id, ...(sink ? { evidence: sinkEvidence(sink) } : {}) };
  }
  if (length !== 3) return undefined;
  if (isResponsesKey(text, start, head, tail)) {
    return { start, end, code, kind: family === 'yaml' || family === 'json' ? 'openapiKey' : 'literal', idiom: 'responses-key' };
  }
  if (isFollowedByPhrase(tail, code) && !/[\w.]$/.test(head)) return { start, end, code, kind: 'statusLine', idiom: 'status-text' };
  if (isPhraseEntry(text, start, tail, code)) return { start, end, code, kind: 'literal', idiom: 'status-phrase-map' };
  if (family !== 'yaml' && family !== 'json' && isStatusKeyedRow(text, start, head)) return { start, end, code, kind: 'literal', idiom: 'status-keyed-map' };
  if (family === 'python' && code >= 100 && code <= 599 && isReturnedTupleStatus(text, start, head, tail)) return { start, end, code, kind: 'literal', idiom: 'flask.return-tuple' };
  if (code >= 100 && code <= 599 && isErrorPayloadCode(text, start, head, tail)) return { start, end, code, kind: 'literal', idiom: 'error-payload-code' };
  if (code >= 100 && code <= 599 && LIST_CONTINUES.test(tail) && (isStatusList(head) || isStatusMapEntry(text, start - head.length, head))) return { start, end, code, kind: 'literal', idiom: 'status-list' };
  if (code >= 100 && code <= 599 && family !== 'yaml' && isStatusListRow(text, start, head, tail)) return { start, end, code, kind: 'literal', idiom: 'status-list' };
  if (family === 'js' && code >= 100 && code <= 599 && isStatusTypeMember(text, start, head, tail)) return { start, end, code, kind: 'literal', idiom: 'status-type' };
  if (code >= 400 && code <= 599 && CODE_NAME_FAMILIES.has(family) && isExceptionStatusValue(head, tail)) return { start, end, code, kind: 'literal', idiom: 'exception-status-map' };
  if ((family === 'docs' || (/['"`]/.test(head) && TEST_TITLE.test(head))) && isProseStatus(head, tail, code)) return { start, end, code, kind: 'literal', idiom: 'prose' };
  return code >= 100 && code <= 599 ? flowsIntoStatus(text, start, end, code, head, family, facts) ?? otherBranch(text, start, end, code, head, family, facts) : undefined;
}

const THEN_BRANCH = /\?\s*(\d{3})\s*:\s*$/;

/** A conditional's other branch: `$expected = $denied ? 401 : 200`, whose first branch is a status. */
function otherBranch(text: string, start: number, end: number, code: number, head: string, family: LanguageFamily, facts: Facts): Occurrence | undefined {
  const branch = THEN_BRANCH.exec(head);
  if (!branch?.[1]) return undefined;
  const at = start - head.length + branch.index + branch[0].indexOf(branch[1]);
  const then = classifyNumber(text, at, at + 3, family, facts);
  return then && then.kind === 'literal' ? { start, end, code, kind: 'literal', idiom: then.idiom, ...(then.evidence ? { evidence: then.evidence } : {}) } : undefined;
}

const NAMED_ARGUMENT = /^\s*((?:[A-Za-z_]\w*[ \t]*[:=][ \t]*['"]?)?)$/;

/** A call's first argument alone on the line after the call opens: `abort(⏎ 403,⏎ message=…`: read that line as its head. */
function firstArgumentBelow(text: string, start: number, head: string, tail: string, code: number, family: LanguageFamily): LiteralIdiom | undefined {
  const lineStart = start - head.length;
  // Alone, or as a named argument (swagger-php's `new OA\Response(⏎ response: 200,`)
  const named = NAMED_ARGUMENT.exec(head);
  if (lineStart <= 0 || !named) return undefined;
  const above = before(text, lineStart - 1).trimEnd();
  if (!above.endsWith('(')) return undefined;
  const idiom = matchLiteralIdiom(text, start, above + (named[1] ?? ''), tail, code, family);
  // A responder-named call may take sizes as well: only the framework's own calls on this reading.
  return idiom?.requires === 'responderCall' ? undefined : idiom;
}

/** A row pairing the number with a name of the same status: `(exceptions.NotFound, 404)`, `[HttpStatus.OK, 200]`. */
function isPairedWithItsName(text: string, start: number, end: number, code: number, family: LanguageFamily): boolean {
  const row = rowAround(text, start, end);
  if (!row || row.column === 0) return false;
  for (const m of text.slice(row.start, start).matchAll(/[A-Za-z_$][\w$]*/g)) {
    const at = row.start + m.index;
    const named = classifyName(text, at, at + m[0].length, family) ?? classifyStatusNamedType(text, at, at + m[0].length, family);
    if ((named?.code ?? phraseNameCode(m[0])) === code) return true;
  }
  return false;
}

/** A number, then its partner: `400 => Faraday::BadRequestError`, `404: NotFound`, `400,⏎ FeignException.BadRequest.class` (over one line break). */
const PARTNER_AFTER = /^\s*(?:=>|->|:|,)[ \t]*(?:\r?\n[ \t]*)?[A-Za-z_$][\w$]*(?:(?:::|\.)[A-Za-z_$][\w$]*){0,3}/;
/** The same pair seen from the name: the number before it and its qualifier. */
const PARTNER_BEFORE = /(?<![\w.'"])(\d{3})\s*(?:=>|->|:|,)[ \t]*(?:\r?\n[ \t]*)?(?:[A-Za-z_$][\w$]*(?:::|\.))*$/;

/** A number keyed to a name of the same status that follows it. */
function isKeyedToItsName(text: string, end: number, code: number, family: LanguageFamily): boolean {
  const partner = PARTNER_AFTER.exec(text.slice(end, end + 160))?.[0];
  if (partner === undefined) return false;
  // Any segment of the qualified name may be the status's (`FeignException.BadRequest.class`).
  for (const m of partner.matchAll(/[A-Za-z_$][\w$]*/g)) {
    const at = end + m.index;
    const named = classifyName(text, at, at + m[0].length, family) ?? classifyStatusNamedType(text, at, at + m[0].length, family);
    if ((named?.code ?? phraseNameCode(m[0])) === code) return true;
  }
  return false;
}

/** A match arm mapping a variant onto its status: `TcpError::BadRequest(_) => HttpResponse::BadRequest()`, `Self::NotFound => 404`. */
const MATCH_ARM = /^(?:[ \t]*(?:\([^()\n]{0,60}\)|\{[^{}\n]{0,60}\}))?[ \t]*=>[ \t]*((?:[A-Za-z_$][\w$]*(?:::|\.)){0,3}[A-Za-z_$][\w$]*|\d{3}\b)/;

/** The status an arm's value names: a number, or a known status name in any segment of it. */
function armCode(text: string, at: number, value: string, family: LanguageFamily): number | undefined {
  if (isDigit(value.charCodeAt(0))) return Number(value);
  for (const m of value.matchAll(/[A-Za-z_$][\w$]*/g)) {
    const code = classifyName(text, at + m.index, at + m.index + m[0].length, family)?.code;
    if (code !== undefined) return code;
  }
  return undefined;
}

/** The rest of a row after a name: up to its closing bracket or the statement's end, over at most two line breaks. */
const ROW_REST = /^\s*,[^;)\]}]{0,160}/;

/**
 * A phrase name listed with the same status's constant or number: `static_resp!(NotFound,
 * StatusCode::NOT_FOUND)`, `(exceptions.MisdirectedRequest, 421)`: the row says what the name means.
 */
function classifyPairedPhraseName(text: string, start: number, end: number, family: LanguageFamily): Occurrence | undefined {
  const name = text.slice(start, end);
  // Rust's `Ok(…)` is Result's, not a status: `200 => Ok(Response::Success)`.
  if (family === 'rust' && name === 'Ok') return undefined;
  const code = phraseNameCode(name);
  if (code === undefined || !CODE_NAME_FAMILIES.has(family)) return undefined;
  const keyedBy = PARTNER_BEFORE.exec(text.slice(Math.max(0, start - 120), start))?.[1];
  if (keyedBy !== undefined && Number(keyedBy) === code) return { start, end, code, kind: 'helper', idiom: 'paired-with-status' };
  const arm = MATCH_ARM.exec(text.slice(end, end + 200));
  if (arm?.[1] && armCode(text, end + arm[0].length - arm[1].length, arm[1], family) === code) return { start, end, code, kind: 'helper', idiom: 'paired-with-status' };
  const rest = ROW_REST.exec(text.slice(end, end + 200))?.[0];
  if (rest === undefined || rest.split('\n').length > 3) return undefined;
  for (const m of rest.matchAll(/[A-Za-z_$][\w$]*|\d{3}\b/g)) {
    const at = end + m.index;
    const paired = isDigit(m[0].charCodeAt(0)) ? Number(m[0]) : classifyName(text, at, at + m[0].length, family)?.code;
    if (paired === code) return { start, end, code, kind: 'helper', idiom: 'paired-with-status' };
  }
  return undefined;
}

function sinkEvidence(sink: Sink): Evidence {
  return { via: sink.name, reaches: sink.evidence, line: sink.line, ...(sink.file === undefined ? {} : { file: sink.file }) };
}

/** A number that reaches a status through the text's own code: a helper's argument, or a name used as a status. */
function flowsIntoStatus(text: string, start: number, end: number, code: number, head: string, family: LanguageFamily, facts: Facts): Occurrence | undefined {
  const sink = sinkArgument(text, start, family, facts.sinks);
  if (sink) return { start, end, code, kind: 'literal', idiom: 'helper-argument', evidence: sinkEvidence(sink) };
  if (isPairedWithItsName(text, start, end, code, family) || isKeyedToItsName(text, end, code, family)) return { start, end, code, kind: 'literal', idiom: 'paired-with-name' };
  const column = facts.tables.length ? tableColumnAt(text, start, end, facts.tables, family) : family === 'csharp' ? attributeRowColumn(text, start, end) : undefined;
  if (column !== undefined && isPlausibleStatusName(column)) {
    const evidence = facts.reaches(column);
    if (evidence || isStatusColumnName(column)) return { start, end, code, kind: 'literal', idiom: 'test-table-column', ...(evidence ? { evidence } : {}) };
  }
  if (RETURNED.test(head) && STANDALONE_VALUE.test(text.slice(end, end + 8))) {
    const owner = enclosingFunctionName(text, start, head);
    if (owner && wordsOf(owner).some((w) => STATUS_WORDS.has(w)) && isPlausibleStatusName(owner)) return { start, end, code, kind: 'literal', idiom: 'status-function-result' };
  }
  const clause = family === 'elixir' ? clauseParameterAt(head, text.slice(end, end + 8)) : undefined;
  const slot = clause && facts.statusSlots(clause.name).get(clause.index);
  if (slot) return { start, end, code, kind: 'literal', idiom: 'status-clause', evidence: slot };
  const name = assignedNameOf(text, end, head);
  if (!name || !isPlausibleStatusName(name)) return undefined;
  const evidence = facts.reaches(name);
  return evidence ? { start, end, code, kind: 'literal', idiom: 'flows-to-status', evidence } : undefined;
}

/** The name a number is assigned to, also as a conditional's branch (`$code = $gone ? 410 : $code`). */
function assignedNameOf(text: string, end: number, head: string): string | undefined {
  if (/[=:>]\s*$/.test(head)) return STANDALONE_VALUE.test(text.slice(end, end + 8)) ? assignedName(head) : undefined;
  const unwrapped = withoutConditional(head, after(text, end));
  return unwrapped && /[=:>]\s*$/.test(unwrapped[0]) && STANDALONE_VALUE.test(unwrapped[1]) ? assignedName(unwrapped[0]) : undefined;
}

/** The literal idiom a token in this position matches, also seen through a conditional around it. */
function matchLiteralIdiom(text: string, start: number, head: string, tail: string, code: number, family: LanguageFamily): LiteralIdiom | undefined {
  const rules = rulesFor(family);
  const attempt = (h: string, t: string): LiteralIdiom | undefined => {
    return rules.literalsByTrigger.get(triggerOf(h))?.find((idiom) => matchesIdiom(idiom, text, start, h, t, code, family));
  };
  const direct = attempt(head, tail);
  if (direct) return direct;
  const unwrapped = withoutConditional(head, tail);
  const seen = unwrapped ? attempt(...unwrapped) : undefined;
  if (seen) return seen;
  const spread = spreadCallHead(text, start, head, family);
  return spread === undefined ? undefined : attempt(spread, tail);
}

/**
 * An argument of a call whose list began on an earlier line (`response()->json([⏎ …⏎ ], 404)`)
 * read as if the call were written on one line: the callee's line up to its parenthesis, one
 * placeholder per argument before, then the token's own keyword (`status: `) if it has one.
 */
function spreadCallHead(text: string, start: number, head: string, family: LanguageFamily): string | undefined {
  // Only where the line itself opens no call: a call on the line was already tried.
  if (head.includes('(') || start - head.length === 0) return undefined;
  const argument = callArgumentAt(text, start, family);
  if (!argument || argument.paren >= start - head.length) return undefined;
  const keyword = argument.keyword === undefined ? '' : head.slice(head.lastIndexOf(argument.keyword));
  return `${before(text, argument.paren)}(${'x, '.repeat(argument.written)}${keyword}`;
}

// ── names ──

/** The code an embedded-number name stands for (HTTP_499_CLIENT_CLOSED_REQUEST), even if unlisted. */
function embeddedCode(scheme: NamingScheme, name: string): number | undefined {
  const prefix = scheme.prefix ?? '';
  if (!scheme.embedCode || !name.startsWith(prefix)) return undefined;
  const digits = /^(\d{3})/.exec(name.slice(prefix.length))?.[1];
  if (!digits) return undefined;
  const rest = name.slice(prefix.length + 3);
  // The words after the number name it; another number there (`Status429Status503…`) is no constant.
  return rest.startsWith(scheme.embedCode.separator) && /^[A-Za-z][A-Za-z_]*$/.test(rest.slice(scheme.embedCode.separator.length)) ? Number(digits) : undefined;
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
    // First on its line inside a block opened on the line above (`status {⏎ isCreated()`), or a call
    // chained from it (`.expectStatus()⏎ .isOk()`): read that line as its context.
    const lineStart = start - head.length;
    const chained = /^\s*\.$/.test(head);
    if (lineStart > 0 && (chained || (/^\s*$/.test(head) && /\{\s*$/.test(before(text, lineStart - 1))))) {
      const above = chained ? `${before(text, lineStart - 1).trimEnd()}.` : `${before(text, lineStart - 1).trimEnd()} `;
      for (const scheme of candidates) {
        const code = scheme.codeOf(name);
        const found = code === undefined ? undefined : matchScheme(scheme, code, above, tail, start, end);
        if (found && found.start === start) return found;
      }
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

/** The status a Ruby or Elixir symbol's name stands for (`not_found` → 404), whatever its position. */
function symbolCode(name: string, family: LanguageFamily): number | undefined {
  for (const scheme of rulesFor(family).schemesByName.get(name) ?? []) {
    if (scheme.qualifier === ':') return scheme.codeOf(name);
  }
  return undefined;
}

/** open_api_spex's keyword responses: `responses: [⏎ ok: {"Contact", "application/json", Schema}]`. */
function classifyResponsesKeyword(text: string, start: number, end: number): Occurrence | undefined {
  const code = symbolCode(text.slice(start, end), 'elixir');
  if (code === undefined) return undefined;
  return isResponsesKey(text, start, before(text, start), after(text, end)) ? { start, end, code, kind: 'constant', idiom: 'responses-key' } : undefined;
}

/**
 * A status symbol where a number would be a status: handed to the project's own helper
 * (`report_error "offline", :service_unavailable`) or returned by a method named for a status
 * (`def status; :forbidden; end`, the way Rails apps' error classes say their status).
 */
function classifySymbol(text: string, start: number, end: number, family: LanguageFamily, facts: Facts): Occurrence | undefined {
  if (family === 'elixir' && text.charAt(end) === ':' && text.charAt(end + 1) !== ':') return classifyResponsesKeyword(text, start, end);
  if ((family !== 'ruby' && family !== 'elixir') || text.charAt(start - 1) !== ':' || text.charAt(start - 2) === ':') return undefined;
  // A handler named by its symbol: `rescue_from RecordNotFound, with: :not_found`, where `def not_found` renders a 404
  const handler = family === 'ruby' && /\bwith:\s*$/.test(before(text, start - 1)) ? facts.definitions.get(text.slice(start, end)) : undefined;
  if (handler) return { start: start - 1, end, code: handler.code, kind: 'helper', idiom: 'status-named-function', evidence: definitionEvidence(handler) };
  const code = symbolCode(text.slice(start, end), family);
  if (code === undefined) return undefined;
  const sink = sinkArgument(text, start - 1, family, facts.sinks);
  if (sink) return { start: start - 1, end, code, kind: 'constant', idiom: 'helper-argument', evidence: sinkEvidence(sink) };
  const head = before(text, start - 1);
  // An arm of a `case status`: `when :not_found`
  if (family === 'ruby' && /^\s*when\s+(?::\w+\s*,\s*)*$/.test(head) && isSwitchOnStatus(text, start, family)) return { start: start - 1, end, code, kind: 'constant', idiom: 'switch-case' };
  // `status = :unauthorized` and later `head status`: the name carries it to a status position.
  const name = assignedNameOf(text, end, head);
  const evidence = name && isPlausibleStatusName(name) ? facts.reaches(name) : undefined;
  if (evidence) return { start: start - 1, end, code, kind: 'constant', idiom: 'flows-to-status', evidence };
  if (!RETURNED.test(head) || !STANDALONE_VALUE.test(text.slice(end, end + 8))) return undefined;
  // A body of its own line right under `def status` (the definition's line otherwise).
  const lineStart = start - 1 - head.length;
  const above = /^\s*$/.test(head) && lineStart > 0 ? /^[ \t]*def[ \t]+(?:self\.)?([a-z_]\w*)(?:[ \t]*\(\))?[ \t]*$/.exec(before(text, lineStart - 1))?.[1] : undefined;
  const owner = above ?? enclosingFunctionName(text, start - 1, head);
  return owner && wordsOf(owner).some((w) => STATUS_WORDS.has(w)) ? { start: start - 1, end, code, kind: 'constant', idiom: 'status-function-result' } : undefined;
}

const SELF_QUALIFIER = /(?<![\w$])(?:self|static)::$/;

function classifyLocalConstant(text: string, start: number, end: number, family: LanguageFamily): Occurrence | undefined {
  const first = text.charCodeAt(start);
  if (first < 65 || first > 90 || end - start < 4) return undefined; // constants start with a capital letter
  const code = codeOfLocalConstant(text.slice(start, end));
  if (code === undefined) return undefined;
  let head = before(text, start);
  // PHP's class constants as the class reads them: a test case's `self::STATUS_OK` (PSR's StatusCodeInterface, inherited)
  const own = family === 'php' ? SELF_QUALIFIER.exec(head)?.[0] : undefined;
  if (own) head = head.slice(0, -own.length);
  else if (/[.:>]$/.test(head)) return undefined; // a member of something else, not the project's constant
  const from = start - (own?.length ?? 0);
  const idiom = matchLiteralIdiom(text, from, head, after(text, end), code, family);
  return idiom && idiom.id !== 'named-constant' ? { start: from, end, code, kind: 'constant', idiom: 'local-constant' } : undefined;
}

function classifyToken(text: string, start: number, end: number, family: LanguageFamily, allDigits: boolean, facts: Facts): Occurrence | undefined {
  if (end - start > MAX_TOKEN) return undefined;
  if (allDigits) {
    // Part of a longer number (1.404, 404.5) or glued to a word (v404): not a status token.
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return undefined;
    return classifyNumber(text, start, end, family, facts);
  }
  if (isDigit(text.charCodeAt(start))) return undefined;
  return classifyWord(text, start, end, family, facts);
}

/** A name, tried as each kind of status name in turn: the library's, the project's, then the text's own helpers. */
function classifyWord(text: string, start: number, end: number, family: LanguageFamily, facts: Facts): Occurrence | undefined {
  return classifyOwnName(text, start, end, family, facts) ?? classifyErrorsConstructor(text, start, end, family) ?? classifyLocalConstant(text, start, end, family) ?? classifyImported(text, start, end, facts) ?? classifyStatusNamedType(text, start, end, family) ?? classifyPairedPhraseName(text, start, end, family) ?? classifySymbol(text, start, end, family, facts) ?? classifyDefined(text, start, end, family, facts);
}

/** A use (or the definition) of a function the text names for a status and whose body uses it. */
/** Ruby calls a method without parentheses: `render_forbidden t(:scope)`, `return render_unauthorized unless @key`. */
const BARE_RUBY_CALL = /^(?:[ \t]*(?:\r?\n|$)|[ \t]+(?:unless|if|and|or)\b|[ \t]+[\w:'"@[{(])/;

const LINE_COMMENT = /(?:^|\s)(?:#(?![{![])|\/\/)/;

/** A Rust enum's variant mapped onto its status (./definitions), known by its enum: `ErrorResponseType::NotFound`. */
const RUST_VARIANT_OWNER = /\b([A-Z]\w*)::$/;

function classifyDefined(text: string, start: number, end: number, family: LanguageFamily, facts: Facts): Occurrence | undefined {
  if (!facts.definitions.size) return undefined;
  const owner = family === 'rust' ? RUST_VARIANT_OWNER.exec(text.slice(Math.max(0, start - 64), start))?.[1] : undefined;
  const definition = facts.definitions.get(owner === undefined ? text.slice(start, end) : `${owner}::${text.slice(start, end)}`);
  if (!definition) return undefined;
  // A call (`notFound(`), a reference handed on (`HandlerFunc(methodNotAllowed)`) or the definition; not prose ("can be found at").
  const next = text.slice(end, end + 8);
  const called = /^\s*\(/.test(next) || (/[(,]\s*$/.test(text.slice(Math.max(0, start - 8), start)) && /^\s*[,)]/.test(next))
    // A Kotlin property read in a chain: `performEdit(…).andIsOk.andAssertThatJson`
    || (family === 'jvm' && text.charAt(start - 1) === '.' && /^(?![\w$(])/.test(next))
    || owner !== undefined
    || (family === 'ruby' && BARE_RUBY_CALL.test(text.slice(end, end + 12)));
  const declared = /\b(?:function|def|defp|func|fn|fun|class)\s+$/.test(text.slice(Math.max(0, start - 12), start));
  if (!called && !declared) return undefined;
  // A domain class's head and constructor declare it (`public TopicNotFoundException(String m) {`); its uses throw it.
  if (definition.aroundNoun && (declared || /\b(?:public|private|protected|internal)\s+$/.test(text.slice(Math.max(0, start - 12), start)))) return undefined;
  // Prose in a line comment ("this is now forbidden by the API"), not a call
  if (LINE_COMMENT.test(before(text, start))) return undefined;
  return { start, end, code: definition.code, kind: 'helper', idiom: 'status-named-function', evidence: definitionEvidence(definition) };
}

function definitionEvidence(definition: StatusDefinition): Evidence {
  return { via: definition.name, reaches: definition.evidence, line: definition.line, ...(definition.file === undefined ? {} : { file: definition.file }) };
}

/** A library constant imported bare: `Response(FORBIDDEN)` after `import …Status.Companion.FORBIDDEN`. */
function classifyImported(text: string, start: number, end: number, facts: Facts): Occurrence | undefined {
  if (facts.imported.size === 0) return undefined;
  const imported = facts.imported.get(text.slice(start, end));
  if (!imported || /[.:>]$/.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  return { start, end, code: imported.code, kind: imported.kind, idiom: imported.idiom };
}

/**
 * The status code occurrence covering `offset`, looking only at the line around it (never the
 * whole document), or undefined. `facts` (from `factsFor`) let it see the text's own helpers.
 */
export function findAt(text: string, languageId: string, offset: number, facts: Facts = NO_FACTS): Occurrence | undefined {
  const family = familyOf(languageId);
  if (!family || offset < 0 || offset > text.length) return undefined;
  let start = offset;
  let end = offset;
  while (start > 0 && offset - start < MAX_TOKEN && isWordChar(text.charCodeAt(start - 1))) start--;
  while (end < text.length && end - offset < MAX_TOKEN && isWordChar(text.charCodeAt(end))) end++;
  if (start === end) {
    // On the punctuation of a qualified name or symbol (`http.`, `::`, `:not_found`): try the name after it.
    const next = /^(?:\(?\))?(?:\.|::|->|:)([A-Za-z_$][\w$]*)/.exec(text.slice(offset, offset + MAX_TOKEN));
    if (!next?.[1]) return undefined;
    start = offset + next[0].length - next[1].length;
    end = start + next[1].length;
  }
  const own = classifyToken(text, start, end, family, /^\d+$/.test(text.slice(start, end)), facts);
  if (own) return own;
  // On a qualifier (`http` in `http.StatusNotFound`, `status` in `status().isNotFound()`): the occurrence is the qualified name after it.
  const next = /^(?:\(\))?(?:\.|::|->)([A-Za-z_$][\w$]*)/.exec(text.slice(end, end + MAX_TOKEN));
  if (!next?.[1]) return undefined;
  const nameStart = end + next[0].length - next[1].length;
  const found = classifyToken(text, nameStart, nameStart + next[1].length, family, false, facts);
  return found && found.start <= offset ? found : undefined;
}

/** A library's status name, unless the text's imports give its qualifier to another protocol (gRPC's `Status.NOT_FOUND`). */
function classifyOwnName(text: string, start: number, end: number, family: LanguageFamily, facts: Facts): Occurrence | undefined {
  const found = classifyName(text, start, end, family);
  if (!found || facts.foreign.size === 0) return found;
  const owner = /(?<![\w$.])([A-Za-z_$][\w$]*)\.$/.exec(text.slice(Math.max(0, Math.min(found.start, start) - 40), start))?.[1];
  return owner !== undefined && facts.foreign.has(owner) ? undefined : found;
}

/**
 * Go's standard `errors` has no function named for a status, so a project's `errors` package that
 * does makes one error per status: apache/answer's `errors.Unauthorized(reason.X)`, `errors.InternalServer(…)`.
 */
function classifyErrorsConstructor(text: string, start: number, end: number, family: LanguageFamily): Occurrence | undefined {
  if (family !== 'go' || start < 7 || !text.startsWith('errors.', start - 7) || isWordChar(text.charCodeAt(start - 8)) || text.charAt(end) !== '(') return undefined;
  const name = text.slice(start, end);
  const code = name === 'InternalServer' ? 500 : phraseNameCode(name);
  return code !== undefined && code >= 400 ? { start: start - 7, end, code, kind: 'helper', idiom: 'go.errors-constructor' } : undefined;
}

/** Lower-case names that stand for a status without a qualifier in front. */
const BARE_LOWERCASE_NAMES = new Set(['get_object_or_404', 'get_list_or_404', 'not_found']);

/**
 * Cheap filter before any lookup: status names start with a capital letter, follow a qualifier
 * (`.`, `:`, `>` of `->`, `@`), or are one of a few bare helpers. Most identifiers stop here.
 */
const STATUS_CHECK_PREFIX = /^(?:ensure|expect|assert|should|returns?|respond|with)[A-Z]/;

function mayBeStatusName(text: string, start: number, end: number, first: number): boolean {
  if (first >= 65 && first <= 90) return true;
  const previous = start > 0 ? text.charCodeAt(start - 1) : 0;
  // Matchers written bare in a DSL block (`status { isOk() }`) and RSpec's `be_not_found`
  if ((first === 105 && text.charCodeAt(start + 1) === 115 && isUpper(text.charCodeAt(start + 2))) || text.startsWith('be_', start)) return true;
  if (previous === 46 || previous === 58 || previous === 62 || previous === 64) return true;
  // Ruby predicates called bare (`assert ok?`)
  if (text.charCodeAt(end) === 63) return true;
  // Bare test helpers named for the status they check (`expectNotFound(res)`), Spring's `withBadRequest()`
  if ((first === 101 || first === 97 || first === 115 || first === 114 || first === 119) && STATUS_CHECK_PREFIX.test(text.slice(start, start + 8))) return true;
  // http_502 (nginx) and the few bare lower-case helpers
  return (first === 104 || first === 103 || first === 110) && (text.startsWith('http_', start) || BARE_LOWERCASE_NAMES.has(text.slice(start, end)));
}

/** The engine's status positions as the flow analysis asks for them: an idiom, not a name's own judgement. */
function statusPositionFor(family: LanguageFamily): StatusPosition {
  return (text, start, end) => {
    const head = before(text, start);
    const tail = after(text, end);
    const idiom = matchLiteralIdiom(text, start, head, tail, ANY_CODE, family);
    if (!idiom) return isErrorPayloadCode(text, start, head, tail) ? 'error-payload-code' : undefined;
    // A call judged by its name alone (`CreateErrorXML(code, …)`) is no evidence that a parameter is a status.
    if (idiom.requires === 'responderCall') return undefined;
    // A value given a name like `retryStatus` may be anything; one given to `StatusCode`/`status` is the status.
    return idiom.id !== 'named-constant' || STATUS_PROPERTY.test(assignedName(head) ?? '') ? idiom.id : undefined;
  };
}

/** A property or variable that is a response's status: C#'s `new ErrorDto { StatusCode = status }`, `status = code`. */
const STATUS_PROPERTY = /^(?:http_?)?status(?:_?code)?$/i;

/** Distinct names whose flow one text may look up (each costs a search of the text). */
const MAX_NAMES = 256;

export interface ScanOptions {
  /** Helpers defined in other files of the workspace (see `learnSinksOf`). */
  readonly workspaceSinks?: SinkTable;
  /** Also report occurrences on import lines (for a hover; counts leave them out). */
  readonly includeImports?: boolean;
}

/** What a text (one language) teaches about its own statuses: the helpers it defines, and more. */
function factsFor(text: string, family: LanguageFamily, workspaceSinks: SinkTable): { facts: Facts; defaults: Occurrence[]; sinks: Sink[] } {
  const position = statusPositionFor(family);
  const learned = learnSinks(text, family, position, workspaceSinks);
  const sinks = learned.sinks.length ? layeredSinks(sinkTable(learned.sinks), workspaceSinks) : workspaceSinks;
  const reached = new Map<string, Evidence | undefined>();
  const facts: Facts = {
    sinks,
    imported: importedNames(text, family),
    foreign: foreignQualifiers(text, family),
    reaches: (name) => {
      if (!reached.has(name)) reached.set(name, reached.size < MAX_NAMES ? nameReaches(text, name, family, position, sinks, learned.declarations) : undefined);
      return reached.get(name);
    },
    tables: tableHeadersOf(text, family),
    definitions: layeredDefinitions(statusDefinitionsOf(text, family), workspaceSinks, family),
    statusSlots: statusSlotsOf(text, family),
  };
  const defaults: Occurrence[] = [];
  for (const d of learned.defaults) {
    const value = text.slice(d.start, d.end);
    const code = value.startsWith(':') ? symbolCode(value.slice(1), family) : Number(value);
    if (code !== undefined) defaults.push({ start: d.start, end: d.end, code, kind: value.startsWith(':') ? 'constant' : 'literal', idiom: 'helper-default', evidence: d.evidence });
  }
  return { facts, defaults, sinks: learned.sinks };
}

/** The helpers a text defines whose parameter becomes a status: what a workspace index collects. */
export function learnSinksOf(text: string, languageId: string, fileName?: string): Sink[] {
  const sinks: Sink[] = [];
  for (const part of partsOf(text, languageId)) {
    const family = familyOf(part.languageId);
    if (!family) continue;
    for (const sink of learnSinks(part.text, family, statusPositionFor(family)).sinks) sinks.push(fileName === undefined ? sink : { ...sink, file: fileName });
    // Functions named for a status (`export function notFound() { … 404 … }`), for their calls in other files.
    for (const d of statusDefinitionsOf(part.text, family).values()) {
      sinks.push({ name: d.name, family, index: -1, param: '', evidence: d.evidence, line: d.line, code: d.code, ...(fileName === undefined ? {} : { file: fileName }) });
    }
  }
  return sinks;
}

/** A text's own status-named functions over those the workspace index learnt (kept there as sinks with a code). */
function layeredDefinitions(local: ReadonlyMap<string, StatusDefinition>, workspace: SinkTable, family: LanguageFamily): StatusDefinitions {
  if (workspace.size === 0) return local;
  return {
    get: (name) => {
      const own = local.get(name);
      if (own) return own;
      const defined = workspace.get(name)?.find((s) => s.code !== undefined && s.family === family);
      return defined?.code === undefined ? undefined : { name, code: defined.code, line: defined.line, evidence: defined.evidence, ...(defined.file === undefined ? {} : { file: defined.file }) };
    },
    // An upper bound: callers only ask whether there may be any.
    get size() { return local.size + workspace.size; },
  };
}

interface Part {
  readonly text: string;
  readonly offset: number;
  readonly languageId: string;
}

function partsOf(text: string, languageId: string): Part[] {
  const regions = regionsOf(text, languageId);
  if (!regions) return [{ text, offset: 0, languageId }];
  return regions.map((r) => ({ text: text.slice(r.start, r.end), offset: r.start, languageId: r.languageId }));
}

/** Configuration inside a part's multi-line strings (./embedded), read again in its own language. */
function overlaysOf(part: Part): Part[] {
  return embeddedRegions(part.text, part.languageId).map((r) => ({ text: part.text.slice(r.start, r.end), offset: part.offset + r.start, languageId: r.languageId }));
}

/** Occurrences of parts read twice, in order; where two overlap, the host language's (listed first) stays. */
function inOrder(list: Occurrence[]): Occurrence[] {
  const sorted = list.map((o, i) => ({ o, i })).sort((a, b) => a.o.start - b.o.start || a.i - b.i);
  const kept: Occurrence[] = [];
  for (const { o } of sorted) {
    const last = kept.at(-1);
    if (!last || o.start >= last.end) kept.push(o);
  }
  return kept;
}

/** One language's occurrences in a text, in order. Linear in the length of the text. */
function scanPart(text: string, family: LanguageFamily, facts: Facts): Occurrence[] {
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
      if (length >= 2 && length <= 4 && isAllDigits(text, start, end)) occurrence = classifyNumber(text, start, end, family, facts);
    } else if (length <= MAX_TOKEN && mayBeStatusName(text, start, end, first)) {
      occurrence = classifyWord(text, start, end, family, facts);
    } else if (length <= MAX_TOKEN) {
      // Elixir's keyword keys (`ok: {…}`) are lower case: only a responses list makes them statuses.
      const keyword = family === 'elixir' && text.charCodeAt(end) === 58 && text.charCodeAt(end + 1) !== 58 ? classifyResponsesKeyword(text, start, end) : undefined;
      occurrence = keyword ?? classifyDefined(text, start, end, family, facts);
    }
    if (occurrence) found.push(occurrence);
  }
  return found;
}

/** Larger texts (generated or minified code) are not analysed as a whole by the editor hosts. */
export const MAX_ANALYZED = 2_000_000;

export interface Analysis {
  /** Every use of a status code, in order (imports left out). */
  readonly occurrences: readonly Occurrence[];
  /** Names on import lines: explained on hover, never counted. */
  readonly imports: readonly Occurrence[];
  /** The helpers this text defines whose parameter becomes a status. */
  readonly sinks: readonly Sink[];
}

/**
 * The whole-text pass: learns the text's own helpers, then finds every status code in each of
 * its parts (a Vue file's `<script>`, a Markdown fence) with that part's rules. Linear in the
 * length of the text; the editor runs it once per document version.
 */
export function analyze(text: string, languageId: string, options: ScanOptions = {}): Analysis {
  const occurrences: Occurrence[] = [];
  const imports: Occurrence[] = [];
  const sinks: Sink[] = [];
  const parts = partsOf(text, languageId);
  const overlays = parts.flatMap(overlaysOf);
  for (const part of overlays.length ? [...parts, ...overlays] : parts) {
    const family = familyOf(part.languageId);
    if (!family) continue;
    const learned = factsFor(part.text, family, options.workspaceSinks ?? new Map());
    sinks.push(...learned.sinks);
    const found = scanPart(part.text, family, learned.facts);
    const seen = new Set(found.map((o) => o.start));
    found.push(...learned.defaults.filter((d) => !seen.has(d.start)));
    found.sort((a, b) => a.start - b.start);
    const isOnImport = importTester(part.text, family);
    for (const o of found) {
      const shifted = part.offset ? { ...o, start: o.start + part.offset, end: o.end + part.offset } : o;
      (isOnImport(o.start) ? imports : occurrences).push(shifted);
    }
  }
  if (overlays.length) return { occurrences: inOrder(occurrences), imports, sinks };
  return { occurrences, imports, sinks };
}

/** The occurrence covering `offset` in an analysis (uses first, then imports): a binary search. */
export function occurrenceIn(analysis: Analysis, offset: number): Occurrence | undefined {
  return covering(analysis.occurrences, offset) ?? covering(analysis.imports, offset);
}

function covering(list: readonly Occurrence[], offset: number): Occurrence | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = list[mid];
    if (!o) return undefined;
    if (o.end < offset) lo = mid + 1;
    else if (o.start > offset) hi = mid - 1;
    else return o;
  }
  return undefined;
}

/** Every use of a status code in the text, in order (see `analyze`). */
export function scan(text: string, languageId: string, options: ScanOptions = {}): Occurrence[] {
  const { occurrences, imports } = analyze(text, languageId, options);
  return options.includeImports ? [...occurrences, ...imports].sort((a, b) => a.start - b.start) : [...occurrences];
}

