// Offsets → 1-based line and column (UTF-16 code units, as editors count), for reports.

export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** Returns a function that maps an offset in `text` to its 1-based line and column. */
export function positionsIn(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}
