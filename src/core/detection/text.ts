// Reading a text around a token: bounded windows of one line, character tests. Shared by the engine and its rules.

/** How much of a line either side of a token the rules may look at. */
export const CONTEXT = 160;
/** How far back structural checks (enclosing switch, `responses` key) may look. */
export const LOOKBACK = 4000;

export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Start of the line holding `index`, searching back at most `limit` characters (long lines stay cheap). */
export function lineStartOf(text: string, index: number, limit = LOOKBACK): number {
  const stop = Math.max(0, index - limit);
  for (let i = index - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}

/** Text before `start` on the same line, at most CONTEXT characters. */
export function before(text: string, start: number): string {
  return text.slice(lineStartOf(text, start, CONTEXT), start);
}

/** Text after `end` on the same line, at most CONTEXT characters. */
export function after(text: string, end: number): string {
  const to = Math.min(text.length, end + CONTEXT);
  let i = end;
  while (i < to && text.charCodeAt(i) !== 10) i++;
  return text.slice(end, i);
}

/** Start of the line after the one holding `index`, or -1 when no line break comes within `limit` characters. */
export function nextLineStart(text: string, index: number, limit = CONTEXT): number {
  const to = Math.min(text.length, index + limit);
  for (let i = index; i < to; i++) if (text.charCodeAt(i) === 10) return i + 1;
  return -1;
}

/** Index of the last non-blank character at or before `i`. */
export function skipBlanksBack(text: string, i: number): number {
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i;
}

/** The identifier that ends at index `end` (inclusive), read backwards. */
export function identifierEndingAt(text: string, end: number): string {
  let i = end;
  while (i >= 0 && isWordChar(text.charCodeAt(i))) i--;
  return text.slice(i + 1, end + 1);
}

/** A value, not the start of an expression (`404 * 2`, `404.5`, `404px`). */
export const STANDALONE_VALUE = /^(?![\w.]|\s*[*/+%-]\s*\w)/;

export function wordsOf(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

export function isAllDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}
