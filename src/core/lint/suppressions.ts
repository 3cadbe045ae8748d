import { familyOf, type LanguageFamily } from '../detection';
import { positionsIn } from '../detection/positions';
import { RULES, type RuleId } from './rules';

// Inline suppressions, in whatever comment syntax the language has (`//`, `#`, `--`, `<!-- -->`,
// `/* */`, `%`): `http-status-guide-disable-next-line <rule…>`, `…-disable-line <rule…>` and the
// file-wide `…-disable <rule…>`. No rule named means every rule. A suppression that silences
// nothing is itself reported, so stale ones do not pile up.

export type SuppressionScope = 'next-line' | 'line' | 'file';

export interface Suppression {
  readonly scope: SuppressionScope;
  /** Empty: every rule. */
  readonly rules: readonly RuleId[];
  /** 0-based line the comment is on. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

const DIRECTIVE = /(?:\/\/|#|--|<!--|\/\*|%)[ \t]*http-status-guide-disable(-next-line|-line)?(?![\w-])([^\n]*)/g;

/** Every suppression comment in a text (the directive after a comment opener). */
export function suppressionsIn(text: string): Suppression[] {
  if (!text.includes('http-status-guide-disable')) return [];
  const at = positionsIn(text);
  const out: Suppression[] = [];
  for (const match of text.matchAll(DIRECTIVE)) {
    const scope: SuppressionScope = match[1] === '-next-line' ? 'next-line' : match[1] === '-line' ? 'line' : 'file';
    // The rule list ends where the comment does (`-->`, `*/`) or at a `--` description.
    const list = (match[2] ?? '').split(/-->|\*\/|\s--\s/)[0] ?? '';
    const rules = list.split(/[\s,]+/).filter((id): id is RuleId => Object.hasOwn(RULES, id));
    const start = match.index;
    out.push({ scope, rules, line: at(start).line - 1, start, end: start + match[0].length });
  }
  return out;
}

/** Whether a suppression covers a finding of `rule` on `line` (0-based). */
function covers(s: Suppression, rule: RuleId, line: number): boolean {
  if (s.rules.length && !s.rules.includes(rule)) return false;
  return s.scope === 'file' || (s.scope === 'line' ? s.line === line : s.line + 1 === line);
}

/** The findings no suppression covers, and the suppressions that covered nothing. */
export function applySuppressions<F extends { readonly rule: RuleId; readonly start: number }>(
  text: string, findings: readonly F[], lineOf: (offset: number) => number,
): { kept: F[]; unused: Suppression[] } {
  const suppressions = suppressionsIn(text);
  if (!suppressions.length) return { kept: [...findings], unused: [] };
  const used = new Set<Suppression>();
  const kept = findings.filter((finding) => {
    const line = lineOf(finding.start);
    const by = suppressions.filter((s) => covers(s, finding.rule, line));
    by.forEach((s) => used.add(s));
    return by.length === 0;
  });
  return { kept, unused: suppressions.filter((s) => !used.has(s)) };
}

/** How each family writes a line comment: [opener, closer]. JSON has none, so nothing can be suppressed there. */
const COMMENTS: Readonly<Record<LanguageFamily, readonly [string, string] | undefined>> = {
  js: ['//', ''], go: ['//', ''], jvm: ['//', ''], csharp: ['//', ''], rust: ['//', ''], php: ['//', ''],
  python: ['#', ''], ruby: ['#', ''], elixir: ['#', ''], yaml: ['#', ''], nginx: ['#', ''], apache: ['#', ''], caddy: ['#', ''],
  http: ['#', ''], docs: ['<!--', ' -->'], json: undefined,
};

/**
 * The line to insert above `lineText` so that `rule` is silenced on it, indented like it:
 * `  // http-status-guide-disable-next-line missing-header`; undefined where comments do not exist.
 */
export function suppressionLine(languageId: string, rule: RuleId, lineText: string): string | undefined {
  const family = familyOf(languageId);
  const comment = family ? COMMENTS[family] : undefined;
  if (!comment) return undefined;
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  return `${indent}${comment[0]} http-status-guide-disable-next-line ${rule}${comment[1]}`;
}

/** The rule a diagnostic's code names, when a "Disable <rule> for this line" comment can silence it (not the unused-suppression report itself). */
export function suppressibleRule(code: unknown): RuleId | undefined {
  const rule = typeof code === 'string' ? code : '';
  return Object.hasOwn(RULES, rule) && rule !== 'unused-suppression' ? (rule as RuleId) : undefined;
}
