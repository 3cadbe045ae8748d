import { applyEdits, type Edit } from '../fixes/rewrite';
import type { Finding } from './rules';

// `lint --fix`: applies the findings' automatic fixes to a text, ESLint-style. Each pass takes the
// fixes that do not overlap one already taken; the caller lints again and passes again, because
// one fix can change what the next should write (the first HTTPStatus import makes the others
// unnecessary). At most ten passes, so no pair of fixes can loop.

const MAX_PASSES = 10;

function overlaps(a: Edit, b: Edit): boolean {
  // Two insertions at one place conflict too: their order would be a guess.
  return a.start < b.end && b.start < a.end || (a.start === b.start && (a.start === a.end || b.start === b.end));
}

/** One pass: the text with every fix applied that does not overlap an earlier one, and how many. */
export function applyFixesOnce(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const taken: Edit[] = [];
  let applied = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    const edits = finding.fix;
    if (!edits?.length || edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...edits);
    applied++;
  }
  return { text: applied ? applyEdits(text, taken) : text, applied };
}

/** Every fix, pass after pass, until none applies: `lintText` gives the findings for a text. */
export function applyFixes(text: string, lintText: (text: string) => readonly Finding[]): { text: string; applied: number } {
  let current = text;
  let total = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { text: next, applied } = applyFixesOnce(current, lintText(current));
    if (!applied) break;
    current = next;
    total += applied;
  }
  return { text: current, applied: total };
}

/** The middle lines as diff rows (` `, `-`, `+`), by longest common subsequence when small enough. */
function rows(removed: readonly string[], added: readonly string[]): string[] {
  const m = removed.length;
  const n = added.length;
  if (m * n > 4_000_000) return [...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`)];
  // lcs[i][j]: common lines of removed[i..] and added[j..]
  const lcs = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const row = lcs[i] ?? [];
      row[j] = removed[i] === added[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    if (i < m && j < n && removed[i] === added[j]) { out.push(` ${removed[i] ?? ''}`); i++; j++; }
    else if (i < m && (j === n || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) { out.push(`-${removed[i] ?? ''}`); i++; }
    else { out.push(`+${added[j] ?? ''}`); j++; }
  }
  return out;
}

/** A unified diff of one hunk: the lines between the unchanged start and end of the file. */
export function lineDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const removed = a.slice(head, a.length - tail);
  const added = b.slice(head, b.length - tail);
  return [`--- ${file}`, `+++ ${file}`, `@@ -${head + 1},${removed.length} +${head + 1},${added.length} @@`, ...rows(removed, added), ''].join('\n');
}
