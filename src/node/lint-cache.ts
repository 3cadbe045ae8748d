import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Sink } from '../core/detection';

// `lint --cache`, like ESLint's: what a file taught the helper index and what lint found in it,
// remembered by the file's content hash. Findings also depend on the file's config, on every
// helper the other files define (a call here may be a status because of them) and on this
// version: they are reused only when all of that is unchanged, so a cached run answers exactly as
// a fresh one. A cache file that is missing, unreadable or not ours is started afresh.

export const DEFAULT_CACHE_FILE = '.http-status-guide-cache';

/** What a file looked like on disk when it was read, and when that was. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  /** When the file was read (Date.now()). */
  readonly readAt: number;
}

/** How long a file must have stood unchanged before it was read for its size and time to vouch for its content. */
const SETTLED_MS = 2000;

interface Entry<R> {
  /** The content hash the entry was made from. */
  readonly hash: string;
  /** The file's language as detected from its name and content. */
  readonly languageId?: string;
  readonly stamp?: FileStamp;
  readonly sinks: readonly Sink[];
  /** The findings, with the key (config, workspace helpers, version) they were computed under. */
  readonly lint?: { readonly key: string; readonly results: readonly R[] };
}

interface CacheFile<R> {
  readonly format: 'http-status-guide-lint-cache';
  readonly version: string;
  readonly files: Readonly<Record<string, Entry<R>>>;
}

export const contentHash = (text: string): string => createHash('sha1').update(text).digest('hex');

/** `R`: one result as lint reports it (JSON data). */
export class LintCache<R> {
  private readonly files = new Map<string, Entry<R>>();
  /** Whether anything changed since the cache was read (an unchanged cache is not written again). */
  private changed = false;

  private constructor(private readonly location: string, private readonly version: string, entries: Readonly<Record<string, Entry<R>>>) {
    for (const [file, entry] of Object.entries(entries)) this.files.set(file, entry);
  }

  /** The cache at `location` for this version: empty when the file is missing, broken or older. */
  static open<R>(location: string, version: string): LintCache<R> {
    let entries: Readonly<Record<string, Entry<R>>> = {};
    try {
      const parsed = JSON.parse(fs.readFileSync(location, 'utf8')) as Partial<CacheFile<R>> | null;
      const files: unknown = parsed?.files;
      if (parsed?.format === 'http-status-guide-lint-cache' && parsed.version === version && typeof files === 'object' && files !== null) entries = files as CacheFile<R>['files'];
    } catch {
      // Missing or not JSON: a first run.
    }
    return new LintCache<R>(path.resolve(location), version, entries);
  }

  private entry(file: string, hash: string): Entry<R> | undefined {
    const entry = this.files.get(path.resolve(file));
    return entry?.hash === hash && Array.isArray(entry.sinks) ? entry : undefined;
  }

  /**
   * The cached hash, language and helpers of a file whose size and modification time are those
   * it had when it was cached, as ESLint's metadata strategy trusts them: the file is not read
   * again. Only a file that had not changed for a while before it was read is trusted (one
   * written in the same instant as it was read could change without its time changing).
   */
  unchanged(file: string): { readonly hash: string; readonly languageId: string; readonly sinks: readonly Sink[] } | undefined {
    const entry = this.files.get(path.resolve(file));
    const stamp = entry?.stamp;
    if (!entry || !stamp || entry.languageId === undefined || !Array.isArray(entry.sinks) || stamp.mtimeMs > stamp.readAt - SETTLED_MS) return undefined;
    try {
      const now = fs.statSync(file);
      return now.size === stamp.size && now.mtimeMs === stamp.mtimeMs ? { hash: entry.hash, languageId: entry.languageId, sinks: entry.sinks } : undefined;
    } catch {
      return undefined;
    }
  }

  /** The helpers the file defines, if its content is the one cached. */
  sinksOf(file: string, hash: string): readonly Sink[] | undefined {
    return this.entry(file, hash)?.sinks;
  }

  /** Records a file's helpers; with its language and what it looked like on disk, so the next run may skip reading it. */
  setSinks(file: string, hash: string, sinks: readonly Sink[], seen?: { readonly languageId: string; readonly stamp: FileStamp }): void {
    const key = path.resolve(file);
    const old = this.files.get(key);
    // Nothing new (the same content, helpers and settled stamp): the cache need not be written again.
    const same = old?.hash === hash && old.sinks === sinks && old.languageId === seen?.languageId && old.stamp !== undefined && seen !== undefined &&
      old.stamp.size === seen.stamp.size && old.stamp.mtimeMs === seen.stamp.mtimeMs && old.stamp.mtimeMs <= old.stamp.readAt - SETTLED_MS;
    if (same) return;
    this.changed = true;
    this.files.set(key, { ...(old?.hash === hash ? old : {}), hash, sinks, ...seen });
  }

  /** The results cached for this content under `key`, if any. */
  resultsOf(file: string, hash: string, key: string): readonly R[] | undefined {
    const lint = this.entry(file, hash)?.lint;
    return lint?.key === key && Array.isArray(lint.results) ? lint.results : undefined;
  }

  setResults(file: string, hash: string, key: string, results: readonly R[]): void {
    const entry = this.entry(file, hash);
    this.changed = true;
    this.files.set(path.resolve(file), { ...entry, hash, sinks: entry?.sinks ?? [], lint: { key, results } });
  }

  /**
   * Writes the cache. Returns a problem to report, or undefined.
   */
  save(): string | undefined {
    if (!this.changed) return undefined;
    // Files deleted since go; the rest stays, for runs over other paths.
    const files = Object.fromEntries([...this.files].filter(([file]) => fs.existsSync(file)));
    const data: CacheFile<R> = { format: 'http-status-guide-lint-cache', version: this.version, files };
    try {
      const temporary = `${this.location}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify(data));
      fs.renameSync(temporary, this.location); // never a half-written cache for the next run
      return undefined;
    } catch (error) {
      return `cannot write the cache ${this.location}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}

/** The key findings are valid under: the file's config, every helper the run learnt, the version. */
export function resultsKey(version: string, config: unknown, sinksDigest: string): string {
  return createHash('sha1').update(version).update('\0').update(JSON.stringify(config)).update('\0').update(sinksDigest).digest('hex');
}

export const sinksDigest = (sinks: readonly Sink[]): string => contentHash(JSON.stringify(sinks));
