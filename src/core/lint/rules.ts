import { familyOf, scan, type LanguageFamily, type Occurrence } from '../detection';
import type { KnowledgeBase } from '../knowledge';
import { packLabel } from '../knowledge/types';
import type { Edit } from '../fixes/rewrite';
import { preferConstantFindings, type PreferConstantStyle } from './prefer-constant';

// A linter for status codes: each rule looks at one detected occurrence and the text of its own
// call or statement, never across functions. Rules report; the editor and the CLI decide how.

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Each rule's documentation, shipped with the extension and the package: `docs/rules/<id>.md`. */
export function ruleDocPath(id: RuleId): readonly string[] {
  return ['docs', 'rules', `${id}.md`];
}

export interface RuleInfo {
  readonly id: string;
  readonly defaultSeverity: Severity | 'off';
  readonly description: string;
}

export const RULES = {
  'invalid-code': { id: 'invalid-code', defaultSeverity: 'warning', description: 'A number outside 100–599 where a status code is expected.' },
  'unassigned-code': { id: 'unassigned-code', defaultSeverity: 'warning', description: 'A status code no specification or known product defines.' },
  'non-standard-code': { id: 'non-standard-code', defaultSeverity: 'information', description: 'A code only some products use; names the registered code to prefer.' },
  'deprecated-code': { id: 'deprecated-code', defaultSeverity: 'warning', description: 'A deprecated, reserved or obsoleted code (305, 306, 418 outside tests, 510).' },
  'missing-header': { id: 'missing-header', defaultSeverity: 'information', description: 'A response that the spec requires a header for, built in one call or statement without it.' },
  'body-on-no-content': { id: 'body-on-no-content', defaultSeverity: 'warning', description: 'A body sent with 204, 304 or a 1xx status, which cannot carry one.' },
  'redirect-after-write': { id: 'redirect-after-write', defaultSeverity: 'information', description: '302 after a POST/PUT/PATCH/DELETE handler, where clients may turn the method into GET.' },
  'prefer-constant': { id: 'prefer-constant', defaultSeverity: 'off', description: 'A bare number where the file\'s framework has a named status constant (or the reverse with style "literal"); the fix rewrites it.' },
  'unused-suppression': { id: 'unused-suppression', defaultSeverity: 'information', description: 'An http-status-guide-disable comment that silences nothing (the problem is gone, or the rule is misnamed).' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export interface Finding {
  readonly rule: RuleId;
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly message: string;
  /** Codes a quick fix could use instead. */
  readonly suggest: readonly number[];
  /** Edits that fix the finding without changing what the code means (`lint --fix` applies them). */
  readonly fix?: readonly Edit[];
}

export interface LintOptions {
  /** Runs prefer-constant (off unless a config turns it on), in this style. */
  readonly preferConstant?: PreferConstantStyle;
}

/** The header each code's response must carry (shared with the fix that adds it). */
export const REQUIRED_HEADERS: Readonly<Record<number, string>> = {
  401: 'WWW-Authenticate', 405: 'Allow', 407: 'Proxy-Authenticate', 426: 'Upgrade',
  301: 'Location', 302: 'Location', 303: 'Location', 307: 'Location', 308: 'Location',
};
const NO_CONTENT = (code: number): boolean => code === 204 || code === 304 || (code >= 100 && code < 200);

/** The rest of the statement after `end`: up to `;`, or the end of the line (at most 400 characters). */
function restOfStatement(text: string, end: number): string {
  const limit = Math.min(text.length, end + 400);
  let i = end;
  while (i < limit && text.charAt(i) !== ';' && text.charAt(i) !== '\n') i++;
  return text.slice(end, i);
}

/** The line before a position, at most 400 characters (bounded: a minified line would make every token rescan it). */
function lineBefore(text: string, start: number): string {
  const from = Math.max(0, start - 400);
  const lineBreak = text.slice(from, start).lastIndexOf('\n');
  return text.slice(lineBreak < 0 ? from : from + lineBreak + 1, start);
}

/** The few lines before a position (where a header is often set just before the status). */
function justBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - 400), start);
}

/** For the idioms where a header would have to be visible in the same call or statement: is it missing? */
function headerMissing(text: string, o: Occurrence, header: string): boolean {
  const named = new RegExp(header.replace(/-/g, '[-_]'), 'i');
  const head = lineBefore(text, o.start);
  const rest = restOfStatement(text, o.end);
  switch (o.idiom) {
    case 'node.writeHead':
      // writeHead(N) or writeHead(N, { …literal headers… }): the headers object is right there.
      return /^\s*\)/.test(rest) ? !named.test(justBefore(text, o.start)) : /^\s*,\s*\{[^}]*\}\s*\)/.test(rest) && !named.test(rest);
    case 'express.status':
      // res.status(N).json(…): the chain, or a header set in the lines just before it.
      return /^\s*\)\s*\.(?:json|send|end|render)\(/.test(rest) && !named.test(rest) && !named.test(justBefore(text, o.start));
    case 'flask.return-tuple':
      // return body, N — a third element would hold the headers.
      return /^\s*$|^\s*#/.test(rest);
    case 'status-keyword':
      // FastAPI HTTPException(status_code=N, …) without headers=
      return /\bHTTPException\(/.test(head) && !/\bheaders\s*=/.test(head + rest);
    default:
      return false;
  }
}

/** A body passed in the same call or chain as a status that cannot carry one. */
function bodyWithNoContent(text: string, o: Occurrence): boolean {
  const rest = restOfStatement(text, o.end);
  const head = lineBefore(text, o.start);
  switch (o.idiom) {
    case 'express.status':
      return /^\s*\)\s*\.(?:json|send)\(\s*[^)\s]/.test(rest);
    case 'status-property':
      // new Response(body, { status: 204 }) — the Fetch API throws for a non-null body.
      return /\bnew\s+Response\((?!\s*(?:null\b|undefined\b|\)))[^,]+,\s*\{[^}]*$/.test(head);
    case 'status-keyword':
      // Response("text", status=204), JsonResponse(data, status=204)
      return /\b\w*Response\((?!\s*(?:None\b|""|''|\)))[^,=]+,(?:\s*\w+\s*=[^,=]+,)*\s*\w+\s*=\s*$/.test(head);
    default:
      return false;
  }
}

const WRITE_HANDLER = /\b(?:app|router|route|server|fastify)\.(?:post|put|patch|delete)\s*\(|@(?:app|bp|blueprint|router)\.(?:post|put|patch|delete)\b|methods\s*=\s*\[\s*["'](?:POST|PUT|PATCH|DELETE)["']\s*\]/i;
const ANY_HANDLER = /\b(?:app|router|route|server|fastify)\.(?:get|post|put|patch|delete|all|use)\s*\(|@(?:app|bp|blueprint|router)\.(?:get|post|put|patch|delete|route)\b/gi;

/** A 302 redirect inside a handler registered for a method that writes. */
function redirectAfterWrite(text: string, o: Occurrence, family: LanguageFamily): boolean {
  if (o.code !== 302 || !/redirect/i.test(o.idiom + text.slice(Math.max(0, o.start - 60), o.start))) return false;
  if (family !== 'js' && family !== 'python') return false;
  // The nearest handler registration above decides (a decorator may carry methods=[…] on its line).
  const window = text.slice(Math.max(0, o.start - 3000), o.start);
  let nearest: string | undefined;
  for (const m of window.matchAll(ANY_HANDLER)) nearest = window.slice(m.index, window.indexOf('\n', m.index) >>> 0);
  return nearest !== undefined && WRITE_HANDLER.test(nearest);
}

function isTestFile(fileName: string): boolean {
  return /(?:^|[/\\])(?:tests?|spec|__tests__)[/\\]|[._-](?:test|spec)\.\w+$|(?:^|[/\\])test_[^/\\]*$/i.test(fileName);
}

/** Every finding in a text, in order; `occurrences` when the caller has analysed the text already. */
export function lint(text: string, languageId: string, kb: KnowledgeBase, fileName = '', occurrences?: readonly Occurrence[], options: LintOptions = {}): Finding[] {
  const family = familyOf(languageId);
  if (!family) return [];
  const findings: Finding[] = [];
  const found = occurrences ?? scan(text, languageId);
  if (options.preferConstant) findings.push(...preferConstantFindings(text, languageId, found, options.preferConstant));
  for (const o of found) {
    const add = (rule: RuleId, message: string, suggest: readonly number[] = []): void => {
      findings.push({ rule, start: o.start, end: o.end, code: o.code, message, suggest });
    };
    const info = kb.lookup(o.code);
    if (info.kind === 'invalid') {
      add('invalid-code', `${o.code} is not a valid HTTP status: status codes run from 100 to 599 (RFC 9110 §15).`);
      continue;
    }
    if (info.kind === 'unassigned') {
      add('unassigned-code', `${o.code} is not assigned to any meaning; clients will treat it as ${info.treatedAs}.`, [info.treatedAs]);
      continue;
    }
    const record = info.record;
    // nginx's own codes (return 444, error_page 497) are the right thing inside nginx configuration.
    const nativeHere = family === 'nginx' && record.pack === 'nginx';
    const vendor = record.pack ? packLabel(record.pack) : 'some products';
    if (record.status === 'unofficial') {
      if (!nativeHere && record.preferInstead !== undefined) {
        add('non-standard-code', `${o.code} ${record.phrase} is non-standard (${vendor}); prefer ${kb.label(record.preferInstead)}.`, [record.preferInstead]);
      } else if (!nativeHere && record.logOnly) {
        add('non-standard-code', `${o.code} ${record.phrase} is non-standard (${vendor}): a value written to a log for a client that already left; no response carries it, so no client can act on it.`);
      }
    } else if (record.status === 'deprecated' || record.status === 'obsoleted' || (record.status === 'reserved' && !(o.code === 418 && isTestFile(fileName)))) {
      add('deprecated-code', `${o.code} is ${record.status}${record.formerNames[0] ? ` (formerly "${record.formerNames[0]}")` : ''}; use a registered code instead.`, record.alternatives.map((a) => a.code));
    }
    const header = REQUIRED_HEADERS[o.code];
    if (header && headerMissing(text, o, header)) {
      add('missing-header', `${kb.label(o.code)} needs a ${header} header, and this response is built without one.`);
    }
    if (NO_CONTENT(o.code) && bodyWithNoContent(text, o)) {
      add('body-on-no-content', `${kb.label(o.code)} cannot carry a body, but one is sent in the same call.`);
    }
    if (redirectAfterWrite(text, o, family)) {
      add('redirect-after-write', '302 after a write lets clients resend as GET or not; use 303 See Other to send them to a page, or 307 to keep the method.', [303, 307]);
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
