import * as fs from 'node:fs';

// One row of `npm run bench`'s table: a measure of ours beside its floor measured in the same run.
// Every bench script records its rows here; bench/all.mjs prints them as one table and, with
// --json, writes bench/results.json. Times are milliseconds; throughput goes in the note.

export interface BenchRow {
  readonly measure: string;
  /** Our figure (the median of `n` samples). */
  readonly project: number;
  /** The floor's figure in the same run, or null where there is none. */
  readonly floor: number | null;
  /** project / floor. */
  readonly ratio: number | null;
  /** The ratio the performance issue asks for at most, if any. */
  readonly goal?: number;
  readonly n: number;
  readonly min: number;
  readonly median: number;
  readonly unit: 'ms' | 'MiB';
  readonly note?: string;
}

export const medianOf = (samples: readonly number[]): number => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? NaN;

/**
 * Records a measure from its samples and the floor's, in the file named by BENCH_ROWS (set by
 * bench/all.mjs); a script run alone prints its own lines only.
 */
export function record(measure: string, samples: readonly number[], floorSamples: readonly number[] | null, extra: { goal?: number; note?: string; unit?: 'ms' | 'MiB' } = {}): void {
  const median = medianOf(samples);
  const floor = floorSamples ? medianOf(floorSamples) : null;
  const row: BenchRow = {
    measure, project: median, floor, ratio: floor ? median / floor : null, n: samples.length,
    min: Math.min(...samples), median, unit: extra.unit ?? 'ms',
    ...(extra.goal === undefined ? {} : { goal: extra.goal }), ...(extra.note === undefined ? {} : { note: extra.note }),
  };
  const file = process.env['BENCH_ROWS'];
  if (file) fs.appendFileSync(file, `${JSON.stringify(row)}\n`);
}
