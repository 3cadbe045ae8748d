// Writing VS Code snippet bodies safely. Templates are written as code with tagged template
// literals (`line`): the literal code is escaped for the snippet syntax (`$` → `\$`, `\` → `\\`),
// only tab stops and the final cursor become snippet syntax. String contents are escaped for the
// target language first (`str`), then for the snippet syntax.

/** A numbered tab stop with default text, as the user sees it once inserted. */
export interface Tabstop {
  readonly kind: 'tabstop';
  readonly index: number;
  readonly text: string;
}

/** The final cursor position, `$0`. */
export interface Cursor {
  readonly kind: 'cursor';
}

export type Part = string | number | Tabstop | Cursor | readonly Part[];

export const CURSOR: Cursor = { kind: 'cursor' };

export function tab(index: number, text: string): Tabstop {
  if (!Number.isInteger(index) || index < 1) throw new Error(`tab stop index must be a positive integer, got ${index}`);
  return { kind: 'tabstop', index, text };
}

/** Literal text outside placeholders: `$` would start a tab stop or variable, `\` an escape. */
export function escapeText(text: string): string {
  return text.replace(/[\\$]/g, (c) => `\\${c}`);
}

/** Default text inside `${n:…}`: `}` would also end the placeholder. */
export function escapePlaceholder(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function render(part: Part): string {
  if (typeof part === 'string') return escapeText(part);
  if (typeof part === 'number') return String(part);
  if (Array.isArray(part)) return (part as readonly Part[]).map(render).join('');
  const special = part as Tabstop | Cursor;
  return special.kind === 'cursor' ? '$0' : `\${${special.index}:${escapePlaceholder(special.text)}}`;
}

/** A piece of code for use inside `line` or another `frag`: literal code with interpolated parts. */
export function frag(strings: TemplateStringsArray, ...parts: readonly Part[]): Part[] {
  const out: Part[] = [];
  strings.forEach((literal, i) => {
    out.push(literal);
    const part = parts[i];
    if (part !== undefined) out.push(part);
  });
  return out;
}

/**
 * One snippet body line: literal code with interpolated parts. Strings, whether literal or
 * interpolated, are code (escaped); only tab stops and the cursor become snippet syntax. Nest
 * pieces with `frag`, not `line`: a rendered line interpolated as a string is escaped again.
 */
export function line(strings: TemplateStringsArray, ...parts: readonly Part[]): string {
  return render(frag(strings, ...parts));
}

/**
 * How a language writes a string literal:
 * - `single`: 'text' with \' and \\ escapes (JavaScript, PHP);
 * - `double`: "text" with \" and \\ escapes (Go, Java, C#, Rust, JSON);
 * - `preferDouble`: "text", or 'text' when the text holds a double quote and no single quote (Python, Ruby).
 */
export type QuoteStyle = 'single' | 'double' | 'preferDouble';

function quoteFor(style: QuoteStyle, text: string): '"' | "'" {
  if (style === 'single') return "'";
  if (style === 'double') return '"';
  return text.includes('"') && !text.includes("'") ? "'" : '"';
}

/** A string literal of the target language; a tab stop's default text is escaped inside it. */
export function str(style: QuoteStyle, content: string | Tabstop): Part[] {
  const text = typeof content === 'string' ? content : content.text;
  const quote = quoteFor(style, text);
  const escaped = text.replace(quote === '"' ? /[\\"]/g : /[\\']/g, (c) => `\\${c}`);
  return [quote, typeof content === 'string' ? escaped : { ...content, text: escaped }, quote];
}
