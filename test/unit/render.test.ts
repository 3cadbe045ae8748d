import * as assert from 'node:assert/strict';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';
import { guideForCode, guideForCustomCode } from '../../src/core/render/guide';
import { escapeMarkdown, guideToMarkdown } from '../../src/core/render/markdown';
import { guideToHtml } from '../../src/core/render/html';
import { guideToText } from '../../src/core/render/text';

const kb = new KnowledgeBase(allRecords);

/** Markdown without its escapes: what a reader sees. */
function visible(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

describe('guide rendering', () => {
  it('compact hover: title and gist, the one check, three alternatives that apply, the links', () => {
    const record = kb.get(401);
    assert.ok(record);
    const md = visible(guideToMarkdown(guideForCode(kb, 401, 'compact'), { actions: [{ text: 'Full guide', href: 'command:g' }] }));
    assert.ok(md.startsWith(`**401 Unauthorized** · ${record.gist} · [Full guide](command:g)  \n${record.check}`), md.slice(0, 200));
    assert.match(md, /\*\*Consider instead \(3 of 4\):\*\*\n- \*\*403 Forbidden\*\* — /, 'without an apply link the name is plain');
    assert.ok(!md.includes(record.eli5), 'the plain-words section is for the full guide');
    assert.ok(!md.includes(record.pitfalls[0] ?? '?'), 'pitfalls only in the full guide');
    assert.doesNotMatch(md, /WWW-Authenticate \(MUST\)/, 'header rules only in the full guide');
  });

  it('compact hover: an alternative\'s name applies it where the host can, or opens its guide', () => {
    const md = guideToMarkdown(guideForCode(kb, 302, 'compact'), {
      codeHref: (code) => `command:guide?${code}`,
      applyHref: (code) => (code === 303 ? `command:use?${code}` : undefined),
    });
    assert.match(md, /- \[303 See Other\]\(command:use\?303 "Use 303 here"\) — /);
    assert.match(md, /- \[307 Temporary Redirect\]\(command:guide\?307\) — /);
    const items = md.split('\n').filter((l) => l.startsWith('- '));
    assert.equal(items.length, 3, 'at most three alternatives');
    const record = kb.get(302);
    assert.ok(record && record.alternatives.length > 3);
    assert.ok(visible(md).includes(`Consider instead (3 of ${record.alternatives.length})`), 'says how many the full guide has');
  });

  it('full guide: every section, examples as fenced http blocks', () => {
    const record = kb.get(404);
    assert.ok(record);
    const md = guideToMarkdown(guideForCode(kb, 404, 'full'));
    for (const title of ['In plain words', 'What the server is saying', 'When to use', 'When not to use', 'Consider instead',
      'How to respond', 'Response body', 'Pitfalls', 'Examples', 'Facts', 'Related codes', 'References']) {
      const t = escapeMarkdown(title);
      assert.ok(md.includes(`**${t}**`) || md.includes(`**${t}:**`), title);
    }
    for (const pitfall of record.pitfalls) assert.ok(visible(md).includes(pitfall));
    assert.match(md, /```http\nGET \/api\/users\/99999 HTTP\/1\.1/);
  });

  it('shows a status badge for codes that are not plain standard', () => {
    assert.match(guideToMarkdown(guideForCode(kb, 418, 'compact')), /reserved — do not use/);
    assert.match(guideToMarkdown(guideForCode(kb, 499, 'compact')), /`nginx only`/);
    assert.doesNotMatch(guideToMarkdown(guideForCode(kb, 499, 'compact')), /non-standard/, 'the pack badge says it already');
    assert.match(guideToMarkdown(guideForCode(kb, 499, 'full')), /non-standard/);
    assert.match(guideToMarkdown(guideForCode(kb, 305, 'compact')), /deprecated/);
  });

  it('renders a team\'s custom code with its phrase, meaning and what clients fall back to', () => {
    const md = visible(guideToMarkdown(guideForCustomCode(kb, { code: 455, phrase: 'Quota Exceeded', meaning: 'The quota ran out.' }, 'compact')));
    assert.ok(md.startsWith("**455 Quota Exceeded** · this project's own code · `custom code (.http-status-guide.json)`"), md);
    assert.match(md, /The quota ran out\./);
    assert.match(md, /treat it like \*\*400 Bad Request\*\*/);
  });

  it('gives an honest answer for unassigned and invalid numbers', () => {
    const unassigned = visible(guideToMarkdown(guideForCode(kb, 471, 'compact')));
    assert.match(unassigned, /471 \(unassigned\)/);
    assert.match(unassigned, /treat it like 400/);
    const invalid = visible(guideToMarkdown(guideForCode(kb, 600, 'compact')));
    assert.match(invalid, /600 is not a valid HTTP status/);
  });

  it('links other codes only through the caller-supplied href, escaping all data', () => {
    const base = kb.get(404);
    assert.ok(base);
    const hostile = new KnowledgeBase([
      { ...base, check: 'Click [here](command:workbench.action.terminal.new) <img src=x> *now*', alternatives: [], related: [] },
    ]);
    const md = guideToMarkdown(guideForCode(hostile, 404, 'compact'));
    assert.doesNotMatch(md, /(^|[^\\])\[here\]/, 'data cannot create a link');
    assert.doesNotMatch(md, /(^|[^\\])<img/, 'data cannot create HTML');
    assert.ok(visible(md).includes('Click [here](command:workbench.action.terminal.new) <img src=x> *now*'));

    const linked = guideToMarkdown(guideForCode(kb, 404, 'compact'), { codeHref: (code) => `command:x?${code}` });
    assert.match(linked, /\[410 Gone\]\(command:x\?410\)/);
  });

  it('escapes markdown list markers at the start of text', () => {
    assert.equal(escapeMarkdown('- not a list'), '\\- not a list');
    assert.equal(escapeMarkdown('1. not a list'), '1\\. not a list');
  });

  it('plain text keeps the names of the alternatives (LSP clients without Markdown)', () => {
    const text = guideToText(guideForCode(kb, 404, 'compact'));
    assert.match(text, /CONSIDER INSTEAD \(3 OF 4\)\n {2}• 410 Gone — the resource was removed permanently\n/);
  });

  it('writes wrapped plain text for the terminal', () => {
    const text = guideToText(guideForCode(kb, 404, 'full'), { width: 60 });
    assert.match(text, /^404 Not Found\n4xx Client Error\n/);
    assert.match(text, /\nPITFALLS\n/);
    assert.match(text, /RFC 9110 §15\.5\.5 404 Not Found\s+<https:\/\/www\.rfc-editor\.org\/rfc\/rfc9110#section-15\.5\.5>/);
    for (const line of text.split('\n')) {
      if (!line.startsWith('    ') && !line.includes('<https')) assert.ok(line.length <= 60, `wrapped: "${line}"`);
    }
  });
});

describe('HTML guide (full-guide webview)', () => {
  it('renders every section and links related codes through data attributes', () => {
    const html = guideToHtml(guideForCode(kb, 404, 'full'));
    assert.match(html, /^<header><h1>404 Not Found<\/h1>/);
    assert.match(html, /<section id="pitfalls"><h2>Pitfalls<\/h2>/);
    assert.match(html, /<a href="#" data-code="410">410 Gone<\/a>/);
    assert.match(html, /<pre><code class="language-http">GET \/api\/users\/99999 HTTP\/1\.1/);
  });

  it('escapes all data', () => {
    const base = kb.get(404);
    assert.ok(base);
    const hostile = new KnowledgeBase([{ ...base, eli5: '<script>alert(1)</script> & "quotes"', alternatives: [], related: [] }]);
    const html = guideToHtml(guideForCode(hostile, 404, 'full'));
    assert.ok(!html.includes('<script>'));
    assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;'));
  });
});
