import { familyOf, findAt } from './detection';
import { identifierEndingAt } from './detection/text';
import type { KnowledgeBase, StatusRecord } from './knowledge';
import { schemesFor } from './naming/schemes';

// Completion in a status position: typing `res.status(4` offers the 4xx codes, typing
// `HttpStatus.` the constants of the scheme the qualifier names. A code is offered only where
// the detection engine would read it as a status once written, so the engine's idioms decide
// what a status position is; nothing here knows a framework.

export interface StatusCompletion {
  /** What the list shows and what is inserted: `404`, `NOT_FOUND`. */
  readonly label: string;
  readonly code: number;
  readonly kind: 'code' | 'constant' | 'helper';
  /** `Not Found`, or `404 Not Found` for a name. */
  readonly detail: string;
  /** The code's gist and its one thing to check. */
  readonly documentation: string;
  /** The typed text the item replaces: [start, offset). */
  readonly replaceStart: number;
  /** Orders the list: codes that fit this position best first. */
  readonly sortText: string;
}

/** The codes most code writes, offered first (in this order) among those that fit. */
const COMMON = [200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 503, 301, 302, 303, 304, 307, 308, 202, 405, 410, 412, 415, 502, 504];
/** Text before the position a completion looks at: a status position sits on its line. */
const REACH = 2000;
/** Lines above the position a host needs to hand over (more than REACH characters' worth, usually). */
export const COMPLETION_LINES = 60;

function documentation(record: StatusRecord): string {
  return `${record.gist}. ${record.check}`;
}

function rank(code: number, fits: (code: number) => boolean): string {
  const common = COMMON.indexOf(code);
  // Codes of the class the position asks for (a redirect's 3xx) first, then the common ones, then the rest.
  return `${fits(code) ? 0 : 1}${common < 0 ? `9${code}` : String(common).padStart(3, '0')}`;
}

/** Numbers that would be a status if written at `offset`, with the digits already typed. */
function codeCompletions(text: string, languageId: string, offset: number, kb: KnowledgeBase): StatusCompletion[] {
  const from = Math.max(0, offset - REACH);
  const head = text.slice(from, offset);
  const typed = /(?<![\w.])\d{0,2}$/.exec(head)?.[0];
  if (typed === undefined) return [];
  const start = offset - typed.length;
  const lineEnd = text.indexOf('\n', offset);
  const tail = text.slice(offset, lineEnd < 0 ? Math.min(text.length, offset + REACH) : lineEnd);
  const before = text.slice(from, start);
  const standard = kb.records.filter((r) => r.pack === undefined && String(r.code).startsWith(typed));
  // Asked on most keystrokes: the common codes first, the rest only where one of them fits (a
  // name for an uncommon code, `const GONE = 4`, is the case this gives up). Digits that no
  // common code starts with (`45`) leave few codes: all of them are tried.
  const commonOnes = standard.filter((r) => COMMON.includes(r.code));
  const common = commonOnes.length ? commonOnes : standard;
  const found = new Map<number, string>();
  const fitsHere = (record: StatusRecord): void => {
    // Would the engine read this code here? (A word glued after the position, `4xx`, is no number.)
    // The call may not be closed yet while typing (`res.status(4`): try it closed too.
    for (const rest of /\S/.test(tail) ? [tail] : [tail, `)${tail}`]) {
      const occurrence = findAt(`${before}${record.code}${rest}`, languageId, before.length + 1);
      if (occurrence && occurrence.kind !== 'constant' && occurrence.kind !== 'helper' && occurrence.start === before.length) {
        found.set(record.code, occurrence.idiom);
        break;
      }
    }
  };
  common.forEach(fitsHere);
  if (found.size === 0) return [];
  standard.filter((r) => !common.includes(r)).forEach(fitsHere);
  // A redirect's position asks for a 3xx, an error's (`abort(`, `HttpException(`) for a 4xx or 5xx.
  const idioms = [...found.values()];
  const redirects = idioms.some((idiom) => /redirect/i.test(idiom));
  const errors = !redirects && idioms.some((idiom) => /abort|error|exception|throw|halt|fail/i.test(idiom));
  const fits = (code: number): boolean => (redirects ? code >= 300 && code < 400 : errors && code >= 400);
  return standard.filter((r) => found.has(r.code)).map((record) => ({
    label: String(record.code),
    code: record.code,
    kind: 'code',
    detail: record.phrase,
    documentation: documentation(record),
    replaceStart: start,
    sortText: rank(record.code, fits),
  }));
}

/** Names of the constant scheme whose qualifier stands before the position: `HttpStatus.NOT_` → NOT_FOUND, NOT_MODIFIED… */
function nameCompletions(text: string, languageId: string, offset: number, kb: KnowledgeBase): StatusCompletion[] {
  const family = familyOf(languageId);
  if (!family) return [];
  const head = text.slice(Math.max(0, offset - REACH), offset);
  const word = identifierEndingAt(head, head.length - 1);
  const typed = /^\d/.test(word) ? '' : word;
  const context = head.slice(0, head.length - typed.length);
  const out: StatusCompletion[] = [];
  const seen = new Set<string>();
  for (const scheme of schemesFor(family)) {
    // Only qualified schemes: a bare name (`NotFound`) is no place to complete from.
    if (!scheme.qualifier || !context.endsWith(scheme.qualifier)) continue;
    // A symbol's colon is the name's own (`:not_found`); other qualifiers are part of the context the scheme reads.
    if (!scheme.before.test(scheme.qualifier === ':' ? context.slice(0, -1) : context)) continue;
    for (const [name, code] of scheme.names) {
      const record = kb.get(code);
      if (!record || !name.startsWith(typed) || seen.has(name)) continue;
      // Aliases read back, but the list offers the scheme's own spelling of each code.
      if (scheme.codeOf(name) !== code) continue;
      seen.add(name);
      out.push({
        label: name,
        code,
        kind: scheme.kind,
        detail: `${code} ${record.phrase}`,
        documentation: documentation(record),
        replaceStart: offset - typed.length,
        sortText: rank(code, () => false),
      });
    }
  }
  return out;
}

/** What to offer at `offset`: status codes in a status position, or a scheme's names after its qualifier. */
export function completionsAt(text: string, languageId: string, offset: number, kb: KnowledgeBase): StatusCompletion[] {
  if (offset < 0 || offset > text.length) return [];
  const names = nameCompletions(text, languageId, offset, kb);
  return names.length ? names : codeCompletions(text, languageId, offset, kb);
}
