import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze, findAt, languageIdForFile, occurrenceIn, scan, SUPPORTED_LANGUAGES, type Occurrence } from '../../src/core/detection';
import { alternativeFixes, applyEdits, headerFixes, refactorings, type Edit, type Fix } from '../../src/core/fixes';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';
import { lint } from '../../src/core/lint/rules';

// Properties every entry point of the engine keeps for any text: shared by the unit suite (a few
// hundred cases per run) and `npm run fuzz` (as many as fit in the minutes given). Each check
// throws an AssertionError that names what broke; fast-check shrinks the text and prints the seed.

const kb = new KnowledgeBase(allRecords);

/** Our own labelled corpus, each file with the language the CLI would give it. */
export interface Sample { readonly file: string; readonly languageId: string; readonly text: string }

export function corpusSamples(): Sample[] {
  const roots = ['corpus', 'corpus-holdout'].map((dir) => path.resolve(__dirname, '../../../test/fixtures', dir));
  const samples: Sample[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name !== 'labels.json') {
        const text = fs.readFileSync(full, 'utf8');
        const languageId = languageIdForFile(full, text);
        if (languageId) samples.push({ file: path.relative(roots[0] ?? '', full), languageId, text });
      }
    }
  };
  for (const root of roots) walk(root);
  return samples;
}

/** Pieces real status-code text is made of, so random texts hit the detector's paths, not only its first filter. */
const FRAGMENTS = [
  'res.status(', 'reply.code(', 'abort(', 'status_code=', 'status: ', 'w.WriteHeader(', 'c.JSON(', 'return ', 'raise ', 'throw new ',
  'HttpStatus.', 'http.Status', 'status.HTTP_', 'StatusCodes.Status', 'Response::HTTP_', 'HttpStatusCode.', ':not_found', ':ok',
  'NOT_FOUND', 'NotFound', 'Gone', 'Forbidden', 'Unauthorized', 'NotFoundException', 'HttpResponseNotFound', 'TooManyRequests',
  'HTTP_404_NOT_FOUND', 'StatusNotFound', 'Status404NotFound', 'get_object_or_404(', 'TypedResults.Ok(', 'Results.', 'error!(',
  '404', '410', '200', '201', '204', '301', '302', '401', '403', '405', '418', '429', '444', '499', '500', '503', '0', '99', '600', '1e3',
  '(', ')', '[', ']', '{', '}', ',', ';', ':', '.', '::', '->', '=>', '|>', '=', '==', ' ', '  ', '\t', '\n', '\r\n', '\r',
  '"', "'", '`', '#', '//', '/*', '*/', '<!--', '-->', '"""', '```', '```js\n', '<script>', '</script>', '%', '\\',
  'responses:\n', "  '404':\n", '  404:', 'HTTP/1.1 ', '404 Not Found', ' Not Found', 'error_page ', 'return 301 ', '[R=301,L]',
  'defp reason(', ') do\n', 'case resp.status do\n', ' -> ', 'send_resp(conn, ', 'put_status(', 'conn |> ', 'assert ', '.toBe(',
  'expect(res.status).toBe(', 'assertEquals(', 'assert_eq!(', 'StatusCode::', 'from_u16(', '@pytest.mark.parametrize(', 'if rr.Code != ',
  'function send(r, c) { r.status(c) }', 'send(res, ', 'def error(msg, status=', 'status in [', 'match code:\n  case ',
  '\u00e9', '\u{1F600}', '\uD800', '\uDFFF', '\u0000', '\uFEFF', '\u2028',
];

const fragment = fc.constantFrom(...FRAGMENTS);

/** Texts made of code-like pieces, raw characters (lone surrogates and NUL included) and numbers. */
export const codeLikeText: fc.Arbitrary<string> = fc.array(fc.oneof(
  { weight: 6, arbitrary: fragment },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1200 }).map(String) },
), { maxLength: 60 }).map((parts) => parts.join(''));

export const languageId: fc.Arbitrary<string> = fc.constantFrom(...SUPPORTED_LANGUAGES);

type Mutation =
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'insert'; readonly at: number; readonly piece: string }
  | { readonly op: 'duplicate'; readonly at: number; readonly length: number }
  | { readonly op: 'truncate'; readonly at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), piece: fc.oneof(fragment, fc.string({ unit: 'binary', maxLength: 4 })) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let result = text;
  for (const m of mutations) {
    const at = result.length ? m.at % (result.length + 1) : 0;
    if (m.op === 'delete') result = result.slice(0, at) + result.slice(at + m.length);
    else if (m.op === 'insert') result = result.slice(0, at) + m.piece + result.slice(at);
    else if (m.op === 'duplicate') result = result.slice(0, at) + result.slice(at, at + m.length) + result.slice(at);
    else result = result.slice(0, at);
  }
  return result;
}

/** A corpus file in its own language with a few random mutations (a few times, in another language). */
export function mutatedSample(samples: readonly Sample[]): fc.Arbitrary<{ file: string; languageId: string; text: string }> {
  return fc.record({
    sample: fc.constantFrom(...samples),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }),
    otherLanguage: fc.option(languageId, { freq: 8 }),
  }).map(({ sample, mutations, otherLanguage }) => ({
    file: sample.file,
    languageId: otherLanguage ?? sample.languageId,
    text: mutate(sample.text, mutations),
  }));
}

const WORDY = /[\w$]/;

/** Ranges lie in the text, in order, without overlap, and read back a token of the code they claim. */
function checkRanges(text: string, occurrences: readonly Occurrence[]): void {
  let previousEnd = 0;
  for (const o of occurrences) {
    const token = text.slice(o.start, o.end);
    const where = `${o.kind} ${o.code} at ${o.start}–${o.end} (${JSON.stringify(token)})`;
    assert.ok(Number.isInteger(o.start) && Number.isInteger(o.end) && o.start >= 0 && o.start < o.end && o.end <= text.length, `range in the text: ${where}`);
    assert.ok(o.start >= previousEnd, `in order, without overlap: ${where}`);
    previousEnd = o.end;
    assert.ok(Number.isInteger(o.code) && o.code >= 0 && o.code <= 9999, `a code: ${where}`);
    assert.ok(token.trim() === token, `no surrounding space: ${where}`);
    // A token does not start or end in the middle of a word.
    assert.ok(!(o.start > 0 && WORDY.test(text.charAt(o.start - 1)) && WORDY.test(text.charAt(o.start))), `starts at a word boundary: ${where}`);
    assert.ok(!(WORDY.test(text.charAt(o.end - 1)) && WORDY.test(text.charAt(o.end))), `ends at a word boundary: ${where}`);
    if (o.kind === 'literal' || o.kind === 'openapiKey' || o.kind === 'statusLine' || o.kind === 'directive') {
      assert.ok(token.includes(String(o.code)), `a numeric token reads back its code: ${where}`);
    }
  }
}

function sameOccurrence(a: Occurrence | undefined, b: Occurrence): boolean {
  return a !== undefined && a.start === b.start && a.end === b.end && a.code === b.code && a.kind === b.kind;
}

/** Edits lie in the text and do not overlap; applying them changes nothing outside them. */
function checkEdits(text: string, fix: Fix): string {
  const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
  let previousEnd = 0;
  for (const e of sorted) {
    assert.ok(e.start >= previousEnd && e.start <= e.end && e.end <= text.length, `"${fix.title}": edit ${e.start}–${e.end} in the text, without overlap`);
    previousEnd = e.end;
  }
  const result = applyEdits(text, fix.edits);
  // Rebuild the result from the untouched pieces and the new texts: any difference is a change outside the edits.
  let rebuilt = '';
  let at = 0;
  for (const e of sorted) {
    rebuilt += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  rebuilt += text.slice(at);
  assert.equal(result, rebuilt, `"${fix.title}" changes only its edits`);
  return result;
}

/** Where an edit's new text ends up once all of a fix's edits are applied. */
function newRange(edits: readonly Edit[], edit: Edit): { start: number; end: number } {
  let shift = 0;
  for (const e of edits) if (e.start < edit.start) shift += e.newText.length - (e.end - e.start);
  return { start: edit.start + shift, end: edit.start + shift + edit.newText.length };
}

/** Every fix for an occurrence edits safely, and a rescan finds the code it promises where it wrote it. */
function checkFixes(text: string, languageId: string, o: Occurrence, strict: boolean): number {
  const fixes = [...alternativeFixes(text, o, kb), ...refactorings(text, languageId, o), ...headerFixes(text, o)];
  for (const fix of fixes) {
    const result = checkEdits(text, fix);
    // Replacing (not inserting) touches only the token and what belongs to it: a call's name, the phrase given with the code.
    for (const e of fix.edits) {
      if (e.end > e.start) assert.ok(e.start >= o.start - 80 && e.start < o.end + 100 && e.end <= o.end + 100, `"${fix.title}" replaces ${e.start}–${e.end}, far from the token at ${o.start}–${o.end}`);
    }
    // The edits that rewrote the token and its call (`NotFound()` → `StatusCode(Status410Gone)`); import edits sit elsewhere.
    const own = fix.edits.filter((e) => e.start <= o.end + 200 && e.end >= o.start - 200).map((e) => newRange(fix.edits, e));
    const expected = fix.code ?? (fix.kind === 'refactor.rewrite' ? o.code : undefined);
    if (!own.length || expected === undefined) continue;
    const range = { start: Math.min(...own.map((r) => r.start)), end: Math.max(...own.map((r) => r.end)) };
    // A name that becomes a bare number (`HttpStatus.X` → `507` where the scheme has no name for it) is a
    // status only where its syntax is whole: in mutated text, checked for its edits only.
    const becameNumber = !/^\d/.test(text.slice(o.start, o.end)) && fix.edits.some((e) => /^\d+$/.test(e.newText));
    if (becameNumber && !strict) continue;
    const found = scan(result, languageId).some((n) => n.code === expected && n.start < Math.max(range.end, range.start + 1) && n.end > range.start);
    assert.ok(found, `"${fix.title}" on ${JSON.stringify(text.slice(o.start, o.end))}: a rescan finds ${expected} in ${JSON.stringify(result.slice(Math.max(0, range.start - 30), range.end + 30))}`);
  }
  return fixes.length;
}

export interface CheckOptions {
  /** How many occurrences to run every fix for (fixes cost a rescan each). */
  readonly fixesFor?: number;
  /** Whole, unmutated code: every rewrite must read back, even one that changes a name into a number. */
  readonly strict?: boolean;
}

/** All properties for one text in one language; throws on the first that fails. Returns how many fixes it checked. */
export function checkText(text: string, languageId: string, options: CheckOptions = {}): number {
  const analysis = analyze(text, languageId);
  const occurrences = scan(text, languageId);
  checkRanges(text, occurrences);
  assert.deepEqual(scan(text, languageId), occurrences, 'scanning twice gives the same result');
  assert.deepEqual([...analysis.occurrences], occurrences, 'analyze and scan agree');
  for (const o of occurrences) {
    for (const offset of [o.start, (o.start + o.end) >> 1, o.end - 1]) {
      assert.ok(sameOccurrence(occurrenceIn(analysis, offset), o), `occurrenceIn at ${offset} answers the occurrence ${o.start}–${o.end}`);
    }
    // Without the whole text's facts (a large document's window), findAt answers what the token itself says.
    if (o.evidence === undefined) {
      const at = findAt(text, languageId, o.start);
      if (at) assert.ok(at.start <= o.start && at.end >= o.start, `findAt at ${o.start} answers a range around it, not ${at.start}–${at.end}`);
    }
  }
  // Anywhere else, findAt and lint must not throw, and what findAt finds lies in the text.
  for (let offset = 0; offset <= text.length; offset += Math.max(1, text.length >> 4)) {
    const at = findAt(text, languageId, offset);
    if (at) checkRanges(text, [at]);
  }
  for (const finding of lint(text, languageId, kb, undefined, occurrences)) {
    assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, `lint finding ${finding.rule} lies in the text`);
  }
  let fixes = 0;
  for (const o of occurrences.slice(0, options.fixesFor ?? 3)) fixes += checkFixes(text, languageId, o, options.strict ?? false);
  return fixes;
}
