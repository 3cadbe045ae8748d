import type { KnowledgeBase, StatusRecord } from './knowledge';
import { className } from './knowledge';
import { packLabel } from './knowledge/types';

// Searching the knowledge base the way people ask: by number ("40" → 400–409), phrase ("gone"),
// former names ("payload too large") and keywords ("rate limit" → 429, "teapot" → 418).

export interface LookupEntry {
  readonly code: number;
  /** "404 Not Found" */
  readonly label: string;
  /** "4xx Client Error · nginx only", "3xx Redirection · deprecated" */
  readonly description: string;
  /** Former names and keywords, searched too. */
  readonly detail: string;
}

export function lookupEntry(record: StatusRecord): LookupEntry {
  const unofficial = record.pack ? packLabel(record.pack) : 'non-standard';
  const standing = record.status === 'standard' ? '' : ` · ${record.status === 'unofficial' ? unofficial : record.status}`;
  const extra = [...record.formerNames.map((n) => `formerly ${n}`), ...record.keywords];
  return {
    code: record.code,
    label: `${record.code} ${record.phrase}`,
    description: `${record.class} ${className(record.class)}${standing}`,
    detail: extra.join(' · '),
  };
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * Entries matching every word of the query (as a word prefix), best first: a number prefix or a
 * phrase match ranks above a keyword match; registered codes rank above non-standard ones.
 */
export function searchCodes(kb: KnowledgeBase, query: string): LookupEntry[] {
  const wanted = words(query);
  const scored: { entry: LookupEntry; score: number }[] = [];
  for (const record of kb.records) {
    const entry = lookupEntry(record);
    const labelWords = words(entry.label);
    const allWords = [...labelWords, ...words(entry.detail)];
    if (!wanted.every((w) => allWords.some((a) => a.startsWith(w)))) continue;
    let score = wanted.every((w) => labelWords.some((a) => a.startsWith(w))) ? 0 : 10;
    if (record.status === 'unofficial') score += 5;
    scored.push({ entry, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.entry.code - b.entry.code).map((s) => s.entry);
}
