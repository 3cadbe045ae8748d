import type { Block, Guide, Inline, Line } from './guide';

// Writes a guide as plain text for the terminal (the CLI's `explain`) and editors without
// Markdown hovers (the language server's plaintext clients), wrapped to a width.

export interface TextOptions {
  readonly width?: number;
}

function inline(part: Inline): string {
  if (typeof part === 'string') return part;
  if ('url' in part) return `${part.text} <${part.url}>`;
  // Nothing to apply in a terminal: a bare "apply" link goes, a named alternative keeps its name.
  if ('apply' in part) return part.fallback === undefined ? '' : part.text;
  return part.text;
}

function line(parts: Line): string {
  return parts.map(inline).join('');
}

/** Wraps `text` to `width` columns, prefixing the first line with `first` and the rest with `rest`. */
export function wrap(text: string, width: number, first = '', rest = first): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = first;
  let empty = true;
  for (const word of words) {
    if (!empty && current.length + 1 + word.length > width) {
      lines.push(current);
      current = rest;
      empty = true;
    }
    current += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(current);
  return lines.join('\n');
}

function block(b: Block, width: number): string {
  switch (b.type) {
    case 'paragraph':
      return wrap(line(b.line), width, '  ');
    case 'list':
      return b.items.map((item) => wrap(line(item), width, '  • ', '    ')).join('\n');
    case 'subheading':
      return `  ${b.text}`;
    case 'code':
      return b.text.split('\n').map((l) => (l ? `    ${l}` : '')).join('\n');
  }
}

export function guideToText(guide: Guide, options: TextOptions = {}): string {
  const width = Math.max(40, options.width ?? 80);
  const parts = [`${guide.title}\n${guide.badges.join(' · ')}`];
  for (const section of guide.sections) {
    parts.push(`${section.title.toUpperCase()}\n${section.blocks.map((b) => block(b, width)).join('\n\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
