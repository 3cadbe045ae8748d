import type { Occurrence } from '../detection';

// What text puts another status code where an occurrence stands, in the occurrence's own idiom.
// Undefined means no correct rewrite exists, and nothing must be offered.

export function replacementText(occurrence: Occurrence, code: number): string | undefined {
  if (code === occurrence.code || !Number.isInteger(code) || code < 100 || code > 599) return undefined;
  switch (occurrence.kind) {
    case 'literal':
      return String(code);
    default:
      return undefined;
  }
}
