import type { Occurrence } from '../detection';
import { refactorings } from '../fixes';
import { schemeInUse } from '../fixes/refactor';
import type { Finding } from './rules';

// prefer-constant (off by default), like RuboCop's Rails/HttpStatus and staticcheck's stdlib vars:
// where the file's framework has named status constants, a bare number is reported and its fix
// writes the constant (with the import where one is needed); `style: "literal"` asks the reverse.
// Only the literal ↔ constant refactorings that keep the token a status take part, so the fix
// never changes what the code means.

export type PreferConstantStyle = 'constant' | 'literal';

export function preferConstantFindings(text: string, languageId: string, occurrences: readonly Occurrence[], style: PreferConstantStyle): Finding[] {
  const wanted = style === 'constant' ? 'literal' : 'constant';
  const candidates = occurrences.filter((o) => o.kind === wanted);
  if (!candidates.length) return [];
  const scheme = schemeInUse(text, languageId);
  const out: Finding[] = [];
  for (const o of candidates) {
    // For a literal only the literal → constant refactoring exists, and the reverse for a constant.
    const [fix] = refactorings(text, languageId, o, scheme);
    if (!fix) continue;
    const written = text.slice(o.start, o.end);
    const message = style === 'constant'
      ? `${written} has a named constant in this file's framework: ${fix.title.replace(/^Replace \S+ with /, '')}.`
      : `${written} reads more plainly as the number ${o.code}.`;
    out.push({ rule: 'prefer-constant', start: o.start, end: o.end, code: o.code, message, suggest: [], fix: fix.edits });
  }
  return out;
}
