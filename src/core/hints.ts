import type { Occurrence } from './detection';
import type { KnowledgeBase } from './knowledge';
import type { InlayHintMode } from './settings';

// Inlay hints, the reason phrase after a status code (`res.status(404 ⟨Not Found⟩)`): which
// occurrences of a range get one, and its label. Shared by the VS Code and LSP hosts.

/** The occurrences in [first, last] that get a hint: literals (numbers) by default, every kind but status lines with `all`. */
export function hintedOccurrences(occurrences: readonly Occurrence[], first: number, last: number, mode: InlayHintMode): Occurrence[] {
  if (mode === 'off') return [];
  return occurrences.filter((o) => o.start >= first && o.end <= last
    && (mode === 'all' ? o.kind !== 'statusLine' : o.kind === 'literal' || o.kind === 'directive' || o.kind === 'openapiKey'));
}

export function hintLabel(kb: KnowledgeBase, code: number): string {
  const info = kb.lookup(code);
  if (info.kind === 'record') return info.record.phrase;
  return info.kind === 'unassigned' ? 'unassigned' : 'not a valid status';
}
