import { languageIdForFile, learnSinksOf, scan, type Occurrence, type Sink, type SinkTable } from '../core/detection';
import { positionsIn } from '../core/detection/positions';
import { readText } from './files';

// What `scan` does per file, in one place for the main thread and the scan workers: read and
// learn a file's helpers (first pass), then find its status codes against every file's helpers
// (second pass), located by line and column.

/** What the first pass makes of a listed file. */
export interface LearntFile {
  /** The file's place in the listing: output keeps that order. */
  readonly index: number;
  readonly file: string;
  /** Why it is not read (binary, oversized, unreadable), to report. */
  readonly skipped?: string;
  /** Undefined for a file no language is recognised in (nothing to scan). */
  readonly languageId?: string;
  /** Helpers it defines whose parameter becomes a status. */
  readonly sinks: readonly Sink[];
}

export interface LocatedOccurrence {
  readonly occurrence: Occurrence;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The occurrence as written. */
  readonly text: string;
}

/** A file the first pass read: its text stays for the second pass. */
export interface ReadFile extends LearntFile {
  readonly text?: string;
}

export function learnFile(index: number, file: string, maxBytes?: number): ReadFile {
  const read = readText(file, maxBytes);
  if (read.kind === 'skipped') return { index, file, skipped: read.reason, sinks: [] };
  const languageId = languageIdForFile(file, read.text);
  if (!languageId) return { index, file, sinks: [] };
  return { index, file, languageId, text: read.text, sinks: learnSinksOf(read.text, languageId, file) };
}

export function locateOccurrences(text: string, languageId: string, workspaceSinks: SinkTable): LocatedOccurrence[] {
  const at = positionsIn(text);
  return scan(text, languageId, { workspaceSinks }).map((occurrence) => {
    const start = at(occurrence.start);
    const end = at(occurrence.end);
    return { occurrence, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text: text.slice(occurrence.start, occurrence.end) };
  });
}
