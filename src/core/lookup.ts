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

/** Damerau–Levenshtein distance (adjacent transpositions cost 1), giving up above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // rows[i][j] = distance between a[0..i) and b[0..j)
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) { row.push(j); continue; }
      const above = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? Infinity) + 1, (row[j - 1] ?? Infinity) + 1, (above[j - 1] ?? Infinity) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? Infinity) + 1);
      row.push(best);
    }
    if (Math.min(...row) > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/** Digits as people mistype them: the letter O for zero, l or I for one, spaces inside ("40 4"). */
function digitsOf(query: string): string | undefined {
  const compact = query.replace(/\s+/g, '');
  if (!/^[\dOoIl]{2,4}$/.test(compact) || !/\d/.test(compact)) return undefined;
  return compact.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
}

/** Three-digit numbers one slip away from `digits`: itself, adjacent digits swapped, one digit too many. */
function nearbyNumbers(digits: string): string[] {
  const out = [digits];
  for (let i = 0; i + 1 < digits.length; i++) out.push(digits.slice(0, i) + (digits[i + 1] ?? '') + (digits[i] ?? '') + digits.slice(i + 2));
  if (digits.length === 4) for (let i = 0; i < 4; i++) out.push(digits.slice(0, i) + digits.slice(i + 1));
  return [...new Set(out)].filter((d) => d.length === 3);
}

/** The closest word of the knowledge base's vocabulary: distance 1 for short words, 2 from six letters. */
function closestWord(word: string, vocabulary: ReadonlySet<string>): string | undefined {
  if ([...vocabulary].some((v) => v.startsWith(word))) return word;
  const limit = word.length >= 6 ? 2 : word.length >= 3 ? 1 : 0;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    // a typo may also cut the word short ("requst" for "requests")
    const distance = Math.min(editDistance(word, candidate, limit), editDistance(word, candidate.slice(0, word.length + 1), limit));
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/**
 * "Did you mean": the codes a query most likely meant when it finds nothing, or when it is a
 * number typed oddly. `4O4` and `40 4` mean 404, `044` means 404 or 440, `not fond` means 404 Not
 * Found. Empty when the query finds what it says, or when nothing is close enough to guess.
 */
export function didYouMean(kb: KnowledgeBase, query: string): LookupEntry[] {
  const digits = digitsOf(query);
  if (digits !== undefined) {
    // "40 4" finds 400–409 by prefix, yet plainly means 404: a number typed oddly is corrected first.
    const exact = kb.get(Number(digits));
    if (exact && digits.length === 3 && digits !== query.trim()) return [lookupEntry(exact)];
    if (searchCodes(kb, query).length) return [];
    return nearbyNumbers(digits)
      .map((d) => kb.get(Number(d)))
      .filter((r): r is StatusRecord => r !== undefined)
      .map(lookupEntry);
  }
  if (!query.trim() || searchCodes(kb, query).length) return [];
  const vocabulary = new Set(kb.records.flatMap((r) => {
    const entry = lookupEntry(r);
    return [...words(entry.label), ...words(entry.detail)];
  }));
  const corrected = words(query).map((w) => closestWord(w, vocabulary));
  if (corrected.some((w) => w === undefined)) return [];
  return searchCodes(kb, corrected.join(' ')).slice(0, 3);
}
