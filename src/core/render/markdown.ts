import type { Block, Guide, Inline, Line } from './guide';

// Writes a guide as Markdown for VS Code hovers and the full-guide page. Every piece of data is
// escaped; links to other codes become command links only when the caller supplies a builder for
// them (the editor layer allows just its own commands).

export interface MarkdownOptions {
  /** Link target for another code's guide (e.g. a command URI), or undefined for plain text. */
  readonly codeHref?: (code: number) => string;
  /** Link target that puts `code` in place of the code at hand; undefined (or no builder) offers nothing. */
  readonly applyHref?: (code: number) => string | undefined;
  /** Extra links: under the title of a full guide, last in a compact one (e.g. "Full guide"). */
  readonly actions?: readonly { readonly text: string; readonly href: string }[];
  /** Markdown (already escaped) right under the first line, e.g. why this number is a status. */
  readonly note?: string;
}

/** Escapes text so Markdown renders it literally (and no HTML is interpreted). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#|<>~!&]/g, (c) => `\\${c}`)
    // a leading "-", "+" or "1." would start a list
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function escapeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

function inline(part: Inline, options: MarkdownOptions): string {
  if (typeof part === 'string') return escapeMarkdown(part);
  if ('url' in part) return `[${escapeMarkdown(part.text)}](${escapeUrl(part.url)})`;
  if ('apply' in part) {
    const href = options.applyHref?.(part.apply);
    if (part.fallback === undefined) return href ? ` · [${escapeMarkdown(part.text)}](${href})` : '';
    // The name itself: applies the code where the host can, else opens that code's guide.
    if (href) return `[${escapeMarkdown(part.text)}](${href} "Use ${part.apply} here")`;
    return inline({ text: part.text, code: part.fallback }, options);
  }
  return options.codeHref ? `[${escapeMarkdown(part.text)}](${options.codeHref(part.code)})` : `**${escapeMarkdown(part.text)}**`;
}

function line(parts: Line, options: MarkdownOptions): string {
  return parts.map((p) => inline(p, options)).join('');
}

function fence(text: string): string {
  let ticks = '```';
  while (text.includes(ticks)) ticks += '`';
  return ticks;
}

function block(b: Block, options: MarkdownOptions): string {
  switch (b.type) {
    case 'paragraph':
      return line(b.line, options);
    case 'list':
      return b.items.map((item) => `- ${line(item, options)}`).join('\n');
    case 'subheading':
      return `**${escapeMarkdown(b.text)}**`;
    case 'code': {
      const f = fence(b.text);
      return `${f}${b.language}\n${b.text}\n${f}`;
    }
  }
}

/** A section whose whole content fits on one line: a paragraph, a single item, or a list of links. */
function inlineContent(blocks: readonly Block[], options: MarkdownOptions): string | undefined {
  const [only, ...rest] = blocks;
  if (!only || rest.length) return undefined;
  if (only.type === 'paragraph') return line(only.line, options);
  if (only.type !== 'list') return undefined;
  if (only.items.length === 1 && only.items[0]) return line(only.items[0], options);
  const allLinks = only.items.every((item) => item.length === 1 && typeof item[0] === 'object' && 'url' in item[0]);
  return allLinks ? only.items.map((item) => line(item, options)).join(' · ') : undefined;
}

function badgeList(guide: Guide): string {
  return guide.badges.map((b) => `\`${b.replace(/`/g, "'")}\``).join(' ');
}

/**
 * The compact hover, short enough never to scroll (VS Code caps a hover at about 250 px):
 * "**302 Found** · redirect, method may change · Full guide", the one check on the next line, then
 * up to three alternatives whose names apply the fix.
 */
function compactMarkdown(guide: Guide, options: MarkdownOptions): string {
  const actions = (options.actions ?? []).map((a) => `[${escapeMarkdown(a.text)}](${a.href})`);
  const head = [`**${escapeMarkdown(guide.title)}**`, guide.gist === undefined ? '' : escapeMarkdown(guide.gist), badgeList(guide), ...actions];
  // One paragraph with hard line breaks: paragraph margins would cost the height the list needs.
  const lines = [head.filter(Boolean).join(' · ')];
  if (options.note) lines.push(options.note);
  const parts: string[] = [];
  for (const section of guide.sections) {
    const body = section.blocks.map((b) => block(b, options)).join('\n\n');
    if (section.id !== 'alternatives') {
      lines.push(body);
      continue;
    }
    parts.push(`**${escapeMarkdown(section.title)}:**\n${body}`);
  }
  return [lines.join('  \n'), ...parts].join('\n\n');
}

export function guideToMarkdown(guide: Guide, options: MarkdownOptions = {}): string {
  if (guide.detail === 'compact') return compactMarkdown(guide, options);
  const actions = (options.actions ?? []).map((a) => `[${escapeMarkdown(a.text)}](${a.href})`);
  const parts = [`### ${escapeMarkdown(guide.title)}`, [badgeList(guide), ...actions].join(' · ')];
  if (options.note) parts.push(options.note);
  for (const section of guide.sections) {
    const title = escapeMarkdown(section.title);
    const oneLine = inlineContent(section.blocks, options);
    if (oneLine !== undefined) {
      parts.push(`**${title}:** ${oneLine}`);
    } else {
      parts.push(`**${title}**\n\n${section.blocks.map((b) => block(b, options)).join('\n\n')}`);
    }
  }
  return parts.join('\n\n');
}
