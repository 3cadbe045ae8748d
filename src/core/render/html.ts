import type { Block, Guide, Inline, Line } from './guide';

// Writes a guide as the body of an HTML page (the full-guide webview). Everything from the data is
// escaped; links to other codes carry a data attribute the page's script turns into a message.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function inline(part: Inline): string {
  if (typeof part === 'string') return escapeHtml(part);
  if ('url' in part) return `<a href="${escapeHtml(part.url)}">${escapeHtml(part.text)}</a>`;
  if ('apply' in part) return '';
  return `<a href="#" data-code="${part.code}">${escapeHtml(part.text)}</a>`;
}

function line(parts: Line): string {
  return parts.map(inline).join('');
}

function block(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${line(b.line)}</p>`;
    case 'list':
      return `<ul>${b.items.map((item) => `<li>${line(item)}</li>`).join('')}</ul>`;
    case 'subheading':
      return `<h3>${escapeHtml(b.text)}</h3>`;
    case 'code':
      return `<pre><code class="language-${escapeHtml(b.language)}">${escapeHtml(b.text)}</code></pre>`;
  }
}

/** The guide as an HTML fragment: a header and one <section> per guide section. */
export function guideToHtml(guide: Guide): string {
  const badges = guide.badges.map((b) => `<span class="badge">${escapeHtml(b)}</span>`).join(' ');
  const sections = guide.sections
    .map((s) => `<section id="${s.id}"><h2>${escapeHtml(s.title)}</h2>${s.blocks.map(block).join('\n')}</section>`)
    .join('\n');
  return `<header><h1>${escapeHtml(guide.title)}</h1><div class="badges">${badges}</div></header>\n${sections}`;
}
