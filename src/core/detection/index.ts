import { LITERAL_IDIOMS, type LiteralIdiom } from './idioms';
import { familyOf, type LanguageFamily } from './languages';

export { SUPPORTED_LANGUAGES, familyOf, languageIdForFile } from './languages';

export type OccurrenceKind = 'literal' | 'constant' | 'helper' | 'statusLine' | 'openapiKey';

/** One place in a text that stands for an HTTP status code. Offsets are UTF-16 indexes into the text. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly kind: OccurrenceKind;
  /** The idiom or naming scheme that matched, e.g. "express.status". */
  readonly idiom: string;
}

/** How much of a line either side of a token the rules may look at. */
const CONTEXT = 160;
/** Longest token worth classifying; longer runs of word characters are not status codes. */
const MAX_TOKEN = 64;
/** After a number with no idiom-specific rule: not followed by a member access, unit or arithmetic. */
const ARGUMENT_END_DEFAULT = /^(?![\w.]|\s*[*/+%-])/;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Text before `start` on the same line, at most CONTEXT characters. */
function before(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT);
  const nl = text.lastIndexOf('\n', start - 1);
  return text.slice(Math.max(from, nl + 1), start);
}

/** Text after `end` on the same line, at most CONTEXT characters. */
function after(text: string, end: number): string {
  const to = Math.min(text.length, end + CONTEXT);
  const nl = text.indexOf('\n', end);
  return text.slice(end, nl < 0 || nl > to ? to : nl);
}

function matchLiteral(
  text: string, start: number, end: number, idioms: readonly LiteralIdiom[],
): Occurrence | undefined {
  const code = Number(text.slice(start, end));
  const head = before(text, start);
  const tail = after(text, end);
  for (const idiom of idioms) {
    if (idiom.before.test(head) && (idiom.after ?? ARGUMENT_END_DEFAULT).test(tail)) {
      return { start, end, code, kind: 'literal', idiom: idiom.id };
    }
  }
  return undefined;
}

const idiomCache = new Map<LanguageFamily, readonly LiteralIdiom[]>();
function idiomsFor(family: LanguageFamily): readonly LiteralIdiom[] {
  let list = idiomCache.get(family);
  if (!list) {
    list = LITERAL_IDIOMS.filter((idiom) => idiom.families.includes(family));
    idiomCache.set(family, list);
  }
  return list;
}

/** Classifies the number token at [start, end) if it is one to four digits. */
function classifyNumber(text: string, start: number, end: number, family: LanguageFamily): Occurrence | undefined {
  const length = end - start;
  if (length < 1 || length > 4) return undefined;
  return matchLiteral(text, start, end, idiomsFor(family));
}

/**
 * The status code occurrence covering `offset`, looking only at the line around it (never the
 * whole document), or undefined.
 */
export function findAt(text: string, languageId: string, offset: number): Occurrence | undefined {
  const family = familyOf(languageId);
  if (!family || offset < 0 || offset > text.length) return undefined;
  let start = offset;
  let end = offset;
  while (start > 0 && offset - start < MAX_TOKEN && isWordChar(text.charCodeAt(start - 1))) start--;
  while (end < text.length && end - offset < MAX_TOKEN && isWordChar(text.charCodeAt(end))) end++;
  if (start === end) return undefined;
  if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return undefined;
  for (let i = start; i < end; i++) {
    if (!isDigit(text.charCodeAt(i))) return undefined;
  }
  return classifyNumber(text, start, end, family);
}

/** Every status code occurrence in the text, in order. Linear in the length of the text. */
export function scan(text: string, languageId: string): Occurrence[] {
  const family = familyOf(languageId);
  if (!family) return [];
  const found: Occurrence[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    let allDigits = true;
    while (i < n && isWordChar(text.charCodeAt(i))) {
      if (!isDigit(text.charCodeAt(i))) allDigits = false;
      i++;
    }
    if (allDigits) {
      const occurrence = classifyNumber(text, start, i, family);
      if (occurrence) found.push(occurrence);
    }
  }
  return found;
}
