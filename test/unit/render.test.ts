import * as assert from 'node:assert/strict';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';
import { guideForCode } from '../../src/core/render/guide';
import { escapeMarkdown, guideToMarkdown } from '../../src/core/render/markdown';
import { guideToHtml } from '../../src/core/render/html';
import { guideToText } from '../../src/core/render/text';

const kb = new KnowledgeBase(allRecords);

/** Markdown without its escapes: what a reader sees. */
function visible(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

describe('guide rendering', () => {
  it('compact hover: title, class, ELI5, top "when to use", alternatives, obligations, links', () => {
    const record = kb.get(401);
    assert.ok(record);
    const md = visible(guideToMarkdown(guideForCode(kb, 401, 'compact')));
    assert.match(md, /^### 401 Unauthorized/);
    assert.match(md, /4xx Client Error/);
    assert.ok(md.includes(record.eli5));
    assert.ok(md.includes(record.whenToUse[0] ?? '?'));
    assert.ok(!md.includes(record.whenToUse[1] ?? '?'), 'only the top "when to use"');
    assert.match(md, /403 Forbidden(\*\*)? — /);
    assert.match(md, /WWW-Authenticate \(MUST\)/);
    assert.match(md, /\]\(https:\/\/www\.rfc-editor\.org\/rfc\/rfc9110#section-15\.5\.2\)/);
    assert.ok(!md.includes(record.pitfalls[0] ?? '?'), 'pitfalls only in the full guide');
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
    assert.match(guideToMarkdown(guideForCode(kb, 499, 'compact')), /non-standard/);
    assert.match(guideToMarkdown(guideForCode(kb, 305, 'compact')), /deprecated/);
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
      { ...base, eli5: 'Click [here](command:workbench.action.terminal.new) <img src=x> *now*', alternatives: [], related: [] },
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
