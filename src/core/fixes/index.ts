import { findAt, type Occurrence } from '../detection';
import { LOOKBACK } from '../detection/text';
import type { KnowledgeBase } from '../knowledge';
import { REQUIRED_HEADERS } from '../lint/rules';
import { constantToLiteral, literalToConstant, literalToConstantWithImport, schemeInUse, type Refactoring } from './refactor';
import { applyEdits, rewriteTo, type Edit } from './rewrite';

export { applyEdits, rewriteTo, type Edit } from './rewrite';

// Every fix offered on one occurrence: "consider instead" alternatives from the knowledge base
// (quick fixes, with a header-adding variant where the call makes it simple) and literal ↔
// constant refactorings. Plain data; the editor turns it into code actions.

export interface Fix {
  readonly title: string;
  readonly kind: 'quickfix' | 'refactor.rewrite';
  readonly edits: readonly Edit[];
  /** A clear winner (e.g. the registered code to use instead of a non-standard one). */
  readonly preferred: boolean;
  /** The code the fix writes, for alternatives. */
  readonly code?: number;
}

/** Headers a code's response needs that a fix can add, with a value to start from. */
const ADDABLE_HEADERS: Readonly<Record<string, string>> = {
  'WWW-Authenticate': 'Bearer realm="api"',
  Allow: 'GET, HEAD',
  'Proxy-Authenticate': 'Basic realm="proxy"',
  Upgrade: 'HTTP/2',
  Connection: 'upgrade',
  Location: '/new-location',
  'Retry-After': '120',
};

/** Headers that must travel with another: whoever sends Upgrade MUST send Connection: upgrade (RFC 9110 §7.8). */
const SENT_WITH: Readonly<Record<string, readonly string[]>> = { Upgrade: ['Connection'] };

/** `headers` with the headers each one must travel with, each once, in order. */
function withCompanions(headers: readonly string[]): string[] {
  return [...new Set(headers.flatMap((name) => [name, ...(SENT_WITH[name] ?? [])]))];
}

/** Codes whose Retry-After is only a MAY in the spec but is what makes the response useful. */
const RETRY_AFTER_CODES = new Set([429, 503]);

/**
 * Headers the spec wants with `to` (MUST/SHOULD; Retry-After for 429/503; the header the
 * missing-header rule checks, such as 303's Location, which RFC 9110 gives no keyword) that `from`
 * did not need.
 */
export function headersNeeded(kb: KnowledgeBase, from: number, to: number): string[] {
  const wanted = (code: number): string[] => (kb.get(code)?.headers ?? [])
    .filter((h) => h.name in ADDABLE_HEADERS
      && (h.requirement === 'MUST' || h.requirement === 'SHOULD' || REQUIRED_HEADERS[code] === h.name
        || (h.name === 'Retry-After' && RETRY_AFTER_CODES.has(code))))
    .map((h) => h.name);
  const before = new Set(withCompanions(wanted(from)));
  return withCompanions(wanted(to)).filter((name) => !before.has(name));
}

/** One edit adding `headers` to the same call chain, where its form makes that certain. */
function addHeaders(text: string, occurrence: Occurrence, headers: readonly string[]): Edit | undefined {
  const pairs: [string, string][] = [];
  for (const header of headers) {
    const value = ADDABLE_HEADERS[header];
    if (value === undefined) return undefined;
    pairs.push([header, value]);
  }
  if (!pairs.length) return undefined;
  const tail = text.slice(occurrence.end, occurrence.end + 200);
  const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (occurrence.idiom === 'express.status' || occurrence.idiom === 'fastify.code') {
    // res.status(401) / reply.code(401): the chain continues after the call's parenthesis.
    const close = /^\s*\)/.exec(tail);
    if (!close) return undefined;
    const at = occurrence.end + close[0].length;
    return { start: at, end: at, newText: pairs.map(([h, v]) => `.header(${quote(h)}, ${quote(v)})`).join('') };
  }
  if (occurrence.idiom === 'node.writeHead') {
    const entries = pairs.map(([h, v]) => `${quote(h)}: ${quote(v)}`);
    if (/^\s*\)/.test(tail)) return { start: occurrence.end, end: occurrence.end, newText: `, { ${entries.join(', ')} }` };
    const object = /^\s*,\s*\{/.exec(tail);
    if (object) {
      const at = occurrence.end + object[0].length;
      return { start: at, end: at, newText: entries.map((e) => ` ${e},`).join('') };
    }
  }
  return undefined;
}

/** One quick fix per alternative the knowledge base gives for the occurrence's code. */
export function alternativeFixes(text: string, occurrence: Occurrence, kb: KnowledgeBase): Fix[] {
  const info = kb.lookup(occurrence.code);
  if (info.kind === 'unassigned') {
    // Nothing defines it: the x00 of its class is what clients read it as anyway.
    const edits = rewriteTo(text, occurrence, info.treatedAs);
    return edits ? [{ title: `Use ${kb.label(info.treatedAs)} — clients read ${occurrence.code} as ${info.treatedAs} anyway`, kind: 'quickfix', edits, preferred: true, code: info.treatedAs }] : [];
  }
  if (info.kind !== 'record') return [];
  const record = info.record;
  const fixes: Fix[] = [];
  for (const alternative of record.alternatives) {
    const edits = rewriteTo(text, occurrence, alternative.code);
    if (!edits) continue;
    const needed = headersNeeded(kb, occurrence.code, alternative.code);
    const label = `Use ${kb.label(alternative.code)} — ${alternative.when}`;
    const preferred = record.preferInstead === alternative.code;
    fixes.push({ title: needed.length ? `${label} (needs ${needed.join(', ')})` : label, kind: 'quickfix', edits, preferred, code: alternative.code });
    const addition = needed.length ? addHeaders(text, occurrence, needed) : undefined;
    if (addition) {
      fixes.push({
        title: `Use ${kb.label(alternative.code)} and add ${needed.join(', ')}`,
        kind: 'quickfix', edits: [...edits, addition], preferred: false, code: alternative.code,
      });
    }
  }
  return fixes;
}

/** "Add the WWW-Authenticate header" on a 401 built in one call chain (the missing-header rule's fix). */
export function headerFixes(text: string, occurrence: Occurrence): Fix[] {
  const header = REQUIRED_HEADERS[occurrence.code];
  if (header === undefined) return [];
  const headers = withCompanions([header]);
  const edit = addHeaders(text, occurrence, headers);
  const names = headers.join(' and ');
  return edit ? [{ title: `Add the ${names} header${headers.length > 1 ? 's' : ''} ${occurrence.code} needs`, kind: 'quickfix', edits: [edit], preferred: true }] : [];
}

/**
 * Keeps a literal ↔ constant refactoring only where the rewritten token is still read as the same
 * status: a bare `404` where only the name said "status" (`code == StatusCodes.Status404NotFound`)
 * would lose its guidance, and so would `:created` in a call no atom scheme knows.
 */
function keepsItsStatus(text: string, languageId: string, occurrence: Occurrence, refactoring: Refactoring | undefined): Refactoring | undefined {
  const edit = refactoring?.edits.find((e) => e.start <= occurrence.start && e.end >= occurrence.end);
  if (!refactoring || !edit) return undefined;
  // The edit's neighbourhood is enough: findAt looks at the token's own line and a bounded window.
  const from = Math.max(0, edit.start - LOOKBACK);
  const window = applyEdits(text.slice(from, Math.min(text.length, edit.end + 400)), [{ ...edit, start: edit.start - from, end: edit.end - from }]);
  return findAt(window, languageId, edit.start - from)?.code === occurrence.code ? refactoring : undefined;
}

/** Literal ↔ named constant, in the scheme the file uses (or with the import added where certain). */
export function refactorings(text: string, languageId: string, occurrence: Occurrence, scheme = schemeInUse(text, languageId)): Fix[] {
  const toConstant = scheme ? literalToConstant(languageId, occurrence, scheme) : literalToConstantWithImport(text, languageId, occurrence);
  const found = [toConstant, constantToLiteral(text, occurrence)].map((r) => keepsItsStatus(text, languageId, occurrence, r));
  return found.flatMap((r) => (r ? [{ title: r.title, kind: 'refactor.rewrite' as const, edits: r.edits, preferred: false }] : []));
}
