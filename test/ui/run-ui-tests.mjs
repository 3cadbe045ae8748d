// Real-browser UI tests: what a person sees in the workbench (code-server in chromium), with the
// built extension loaded as the development extension. Screenshots go to test-results/screenshots/.
//   node test/ui/run-ui-tests.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CACHE, ROOT, startCodeServer } from '../harness/code-server.mjs';
import { enableDevelopmentOptions, launchBrowser, workbenchUrl } from '../harness/workbench.mjs';

const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');
const FOLDER = path.join(ROOT, 'test', 'fixtures', 'workspace');

/** Screen box of `token` inside the first editor line whose text contains `lineText`. */
async function tokenBox(page, lineText, token) {
  return page.evaluate(({ lineText, token }) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      const text = line.textContent.replace(/\u00a0/g, ' ');
      const at = text.indexOf(lineText);
      if (at < 0) continue;
      // Walk the line's text nodes to the token's first offset from lineText on (token spans change
      // as semantic highlighting re-renders, and inlay hints add text, so ranges come from text).
      const target = at + text.slice(at).indexOf(token);
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.data.length;
        if (target < seen + length) {
          const range = document.createRange();
          range.setStart(node, target - seen);
          range.setEnd(node, Math.min(length, target - seen + token.length));
          const box = range.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width };
        }
        seen += length;
      }
    }
    return null;
  }, { lineText, token });
}

async function waitForBox(page, lineText, token) {
  for (let i = 0; i < 150; i++) {
    const box = await tokenBox(page, lineText, token);
    if (box && box.width > 0) return box;
    await page.waitForTimeout(100);
  }
  throw new Error(`"${token}" in "${lineText}" never appeared in the editor`);
}

/** Hovers the token until a hover containing `expected` shows (the first one waits for activation). */
async function hoverUntil(page, lineText, token, expected, attempts = 40) {
  for (let i = 0; i < attempts; i++) {
    const box = await waitForBox(page, lineText, token);
    await page.mouse.move(5, 5);
    await page.mouse.move(box.x, box.y);
    try {
      await page.locator('.monaco-hover:visible', { hasText: expected }).first().waitFor({ timeout: 1500 });
      return (await page.locator('.monaco-hover:visible').allInnerTexts()).join('\n');
    } catch {
      // the extension host may still be starting
    }
  }
  return (await page.locator('.monaco-hover:visible').allInnerTexts()).join('\n');
}

/** Runs a command through the command palette, as a person would. */
async function runCommand(page, title) {
  await page.keyboard.press('Escape');
  const input = page.locator('.quick-input-widget input');
  for (let i = 0; i < 5 && !(await input.isVisible()); i++) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 2000 }).catch(() => {});
  }
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** The frame whose `selector` element contains `text` (webviews render in nested iframes). */
async function frameWithText(page, text, selector = 'body') {
  for (let i = 0; i < 100; i++) {
    for (const frame of page.frames()) {
      const content = await frame.locator(selector).first().innerText({ timeout: 200 }).catch(() => '');
      if (content.includes(text)) return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`no webview shows "${text}"`);
}

/** A close-up of `locator` (with a margin) for the walkthrough: test-results/screenshots/walkthrough-<name>.png. */
async function closeUp(page, locator, name, margin = 12) {
  const box = await locator.boundingBox();
  if (!box) return;
  const viewport = page.viewportSize();
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  const width = Math.min(viewport.width - x, box.width + 2 * margin);
  const height = Math.min(viewport.height - y, box.height + 2 * margin);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `walkthrough-${name}.png`), clip: { x, y, width, height } });
}

async function openFile(page, name) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name });
  // another view (the audit) may have taken the side bar
  if (!(await row.first().isVisible())) await page.keyboard.press('Control+Shift+E');
  await row.first().waitFor({ timeout: 60_000 });
  await row.first().click();
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}

/** How a visible hover containing `expected` fits: does anything in it scroll, is `mustSee` inside its box. */
async function hoverFit(page, expected, mustSee) {
  const hover = page.locator('.monaco-hover:visible', { hasText: expected }).first();
  return hover.evaluate((root, mustSee) => {
    const box = root.getBoundingClientRect();
    // The hover, its scrollable element and its content: none may be taller inside than it shows.
    const scrolling = [root, ...root.querySelectorAll('.monaco-scrollable-element, .monaco-hover-content')]
      .filter((el) => el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.className.split(' ')[0]} ${el.scrollHeight}>${el.clientHeight}`);
    const seen = {};
    for (const text of mustSee) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.data.includes(text)) node = walker.nextNode();
      const rect = node?.parentElement?.getBoundingClientRect();
      seen[text] = Boolean(rect && rect.height > 0 && rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1);
    }
    return { height: Math.round(box.height), width: Math.round(box.width), scrolling, seen };
  }, mustSee);
}

/** The 20 lines of tour.js: line text to find, the token to hover, the title the hover must show. */
const TOUR = [
  ...[100, 101, 200, 201, 204, 206, 301, 304, 307, 400, 401, 403, 409, 422, 429, 500, 503].map((code) => [`res.status(${code}`, `${code}`, `${code} `]),
  ['res.status(444', '444', '444 No Response'], // a vendor code, with a diagnostic
  ['StatusCodes.NOT_FOUND', 'NOT_FOUND', '404 Not Found'], // a named constant
  ["sendError(res, 410", '410', '410 Gone'], // the project's own helper
  ["res.redirect(302", '302', '302 Found'], // a diagnostic: redirect after a write
];

const tests = [
  {
    name: 'the workbench opens with no notification (as npm start, whose settings it shares)',
    async run(page) {
      await openFile(page, 'app.js'); // git also asks about repositories above an opened file
      await page.waitForTimeout(8000); // git and the extension host report within seconds of start
      const toasts = await page.locator('.notifications-toasts .notification-toast').allInnerTexts();
      assert.deepEqual(toasts, [], `notifications on start: ${toasts.join(' | ')}`);
    },
  },
  {
    name: 'hovering 404 in res.status(404) shows the compact guide',
    async run(page) {
      await openFile(page, 'app.js');
      const text = await hoverUntil(page, 'res.status(', '404', 'Consider instead');
      assert.match(text, /404 Not Found · nothing here, or not telling/);
      assert.match(text, /Use 410 if it was removed on purpose/);
      assert.match(text, /410 Gone/);
      assert.match(text, /403 Forbidden/);
      assert.match(text, /Full guide/);
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'hover-404-workbench.png') });
      // A close-up of the line and its hover, as used in the README.
      const hover = await page.locator('.monaco-hover:visible').first().boundingBox();
      const token = await tokenBox(page, 'res.status(', 'res.status');
      if (hover && token) {
        const x = Math.max(0, Math.min(hover.x, token.x - token.width / 2) - 40);
        const y = Math.max(0, Math.min(hover.y, token.y) - 24);
        const right = Math.max(hover.x + hover.width, token.x + token.width) + 16;
        const bottom = Math.max(hover.y + hover.height, token.y) + 16;
        await page.screenshot({ path: path.join(SCREENSHOTS, 'hover-404.png'), clip: { x, y, width: right - x, height: bottom - y } });
        await page.screenshot({ path: path.join(SCREENSHOTS, 'walkthrough-hover.png'), clip: { x, y, width: right - x, height: bottom - y } });
      }
    },
  },
  {
    name: '20 hovers (every class, a diagnostic, a vendor code, a constant, a helper) fit without scrolling',
    async run(page) {
      await page.mouse.move(5, 5);
      await openFile(page, 'tour.js');
      const report = [];
      for (const [lineText, token, title] of TOUR) {
        await hoverUntil(page, lineText, token, title);
        const fit = await hoverFit(page, title, ['Consider instead', 'Full guide']);
        report.push(`${token}: ${fit.width}x${fit.height}`);
        assert.deepEqual(fit.scrolling, [], `${title}: the hover scrolls (${fit.scrolling.join(', ')})`);
        assert.ok(fit.seen['Consider instead'], `${title}: "Consider instead" is out of view`);
        assert.ok(fit.seen['Full guide'], `${title}: "Full guide" is out of view`);
        if (token === '302') {
          const text = (await page.locator('.monaco-hover:visible').allInnerTexts()).join('\n');
          assert.match(text, /302 after a write/, 'the diagnostic shows in VS Code\'s own section');
          assert.equal(text.split('302 after a write').length, 2, 'the lint message is not repeated by our hover');
          await page.screenshot({ path: path.join(SCREENSHOTS, 'hover-302-diagnostic.png') });
        }
        await page.mouse.move(5, 5);
      }
      console.log(`       hover sizes (px): ${report.join(', ')}`);
    },
  },
  {
    name: '"Full guide" in the hover opens the complete page, and its links move between codes',
    async run(page) {
      await openFile(page, 'app.js');
      await hoverUntil(page, 'res.status(', '404', 'Full guide');
      await page.locator('.monaco-hover:visible a', { hasText: 'Full guide' }).first().click();
      const frame = await frameWithText(page, 'What the server is saying');
      await page.mouse.move(5, 5); // let the hover close before the screenshot
      await page.waitForTimeout(500);
      const text = await frame.locator('body').innerText();
      assert.match(text, /404 Not Found/);
      assert.match(text, /Pitfalls/);
      assert.match(text, /GET \/api\/users\/99999 HTTP\/1\.1/);
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'guide-404.png') });
      await frame.locator('a[data-code="410"]').first().click();
      await frameWithText(page, '410 Gone', 'h1');
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'Ctrl+. on 404 lists the consider-instead fixes',
    async run(page) {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      const box = await waitForBox(page, 'res.status(', '404');
      await page.mouse.click(box.x, box.y);
      let rows = [];
      for (let i = 0; i < 10 && !rows.some((r) => r.includes('410 Gone')); i++) {
        await page.waitForTimeout(300); // the first Ctrl+. right after a click can come too early
        await page.keyboard.press('Control+.');
        await page.locator('.action-widget .monaco-list-row').first().waitFor({ timeout: 2000 }).catch(() => {});
        rows = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
        if (!rows.some((r) => r.includes('410 Gone'))) await page.keyboard.press('Escape');
      }
      assert.ok(rows.some((r) => r.includes('Use 410 Gone')), rows.join(' | '));
      assert.ok(rows.some((r) => r.includes('Use 403 Forbidden')), rows.join(' | '));
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'quick-fix-404.png') });
      await closeUp(page, page.locator('.action-widget').first(), 'fix', 48);
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'Look Up Code finds 429 for "rate limit"',
    async run(page) {
      await runCommand(page, 'HTTP Status: Look Up Code');
      await page.locator('.quick-input-widget input[placeholder^="Number, phrase"]').waitFor({ timeout: 10_000 });
      await page.locator('.quick-input-widget input').fill('rate limit');
      const row = page.locator('.quick-input-widget .monaco-list-row').first();
      await row.filter({ hasText: '429' }).waitFor({ timeout: 10_000 });
      assert.match(await row.innerText(), /429 Too Many Requests/, 'the registered code ranks first');
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'look-up-rate-limit.png') });
      await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget input').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    },
  },
  {
    name: 'Look Up Code says "did you mean" for 4O4 and finds 429 for "too many request"',
    async run(page) {
      await runCommand(page, 'HTTP Status: Look Up Code');
      const input = page.locator('.quick-input-widget input[placeholder^="Number, phrase"]');
      await input.waitFor({ timeout: 10_000 });
      await input.fill('4O4');
      const first = page.locator('.quick-input-widget .monaco-list-row').first();
      await first.filter({ hasText: 'Did you mean 404 Not Found?' }).waitFor({ timeout: 10_000 });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'look-up-did-you-mean.png') });
      await closeUp(page, page.locator('.quick-input-widget').first(), 'look-up');
      await input.fill('too many request');
      await first.filter({ hasText: '429 Too Many Requests' }).waitFor({ timeout: 10_000 });
      await input.fill('not fond');
      await first.filter({ hasText: 'Did you mean 404 Not Found?' }).waitFor({ timeout: 10_000 });
      await page.keyboard.press('Escape');
      await input.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    },
  },
  {
    name: 'Which Code Should I Use? asks its first question',
    async run(page) {
      await runCommand(page, 'HTTP Status: Which Code Should I Use?');
      const widget = page.locator('.quick-input-widget').first();
      await widget.locator('.quick-input-title', { hasText: 'Which status code? (step 1)' }).waitFor({ timeout: 10_000 });
      assert.ok((await widget.locator('.monaco-list-row').count()) >= 2, 'the first question offers answers');
      await closeUp(page, widget, 'which-code');
      await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget input').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    },
  },
  {
    name: 'an alternative in the hover is a link that applies the fix',
    async run(page) {
      await openFile(page, 'tour.js');
      await hoverUntil(page, 'res.status(500', '500', 'Consider instead');
      const link = page.locator('.monaco-hover:visible a', { hasText: '503 Service Unavailable' }).first();
      await link.click();
      const lineNow = () => page.evaluate(() => [...document.querySelectorAll('.monaco-editor .view-line')]
        .map((l) => l.textContent.replace(/\u00a0/g, ' ')).find((t) => t.includes('req.query.p')) ?? '');
      const waitForLine = async (pattern) => {
        for (let i = 0; i < 50 && !pattern.test(await lineNow()); i++) await page.waitForTimeout(100);
        return lineNow();
      };
      assert.match(await waitForLine(/res\.status\(503/), /res\.status\(503/);
      await page.mouse.move(5, 5);
      await page.keyboard.press('Control+z');
      assert.match(await waitForLine(/res\.status\(500/), /res\.status\(500/, 'undo restores the code');
    },
  },
  {
    name: 'the rule link of a diagnostic opens the rule page shipped with the extension',
    async run(page) {
      await openFile(page, 'tour.js');
      await hoverUntil(page, 'res.status(444', '444', 'non-standard');
      const link = page.locator('.monaco-hover:visible a', { hasText: 'non-standard-code' }).first();
      await link.waitFor({ timeout: 10_000 });
      await link.click();
      await page.locator('.tabs-container .tab', { hasText: 'non-standard-code.md' }).first().waitFor({ timeout: 15_000 });
      await page.locator('.monaco-editor .view-line', { hasText: '# non-standard-code' }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('Control+w').catch(() => {});
    },
  },
  {
    name: 'the Get Started walkthrough shows its steps, and a step button runs its command',
    async run(page) {
      await runCommand(page, 'Welcome: Open Walkthrough...');
      const input = page.locator('.quick-input-widget input');
      await input.fill('HTTP Status Guide');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get Started with HTTP Status Guide' }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      for (const title of ['Hover a status code', 'Apply a better code', 'Look up any code', 'Ask which code to use', 'Audit the workspace', 'Check status codes in CI']) {
        await page.getByText(title, { exact: true }).first().waitFor({ timeout: 15_000 });
      }
      await page.getByText('Look up any code', { exact: true }).first().click();
      const button = page.locator('.getting-started-step .monaco-button', { hasText: 'Look Up Code' }).first();
      await button.waitFor({ timeout: 10_000 });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'walkthrough.png') });
      await button.click();
      await page.locator('.quick-input-widget input[placeholder^="Number, phrase"]').waitFor({ timeout: 10_000 });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+w').catch(() => {});
    },
  },
  {
    name: 'Audit Workspace fills the audit view, grouped by class',
    async run(page) {
      await page.keyboard.press('Escape');
      await page.locator('.activitybar .action-item a[aria-label^="HTTP Status"]').first().click();
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Workspace Audit' }) });
      // The view's welcome button, as a person would start it.
      await pane.locator('.monaco-button', { hasText: 'Audit Workspace' }).first().click();
      // The tree is virtual: only the rows in view are in the page, the first groups among them.
      await pane.locator('.monaco-list-row', { hasText: '2xx Successful' }).first().waitFor({ timeout: 30_000 });
      const rows = (await pane.locator('.monaco-list-row').allInnerTexts()).join(' | ');
      assert.match(rows, /1xx Informational/);
      assert.match(rows, /200\s*OK · \d+ uses?/, 'a short label (the number), the phrase and counts after it');
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'audit-view.png') });
      await closeUp(page, pane, 'audit', 4);
    },
  },
  {
    name: 'hovering a width of 404 shows no status guide',
    async run(page) {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await openFile(page, 'app.js');
      const box = await waitForBox(page, 'PAGE_WIDTH = 404', '404');
      await page.mouse.move(box.x, box.y);
      await page.waitForTimeout(1500);
      const text = (await page.locator('.monaco-hover:visible').allInnerTexts()).join('\n');
      assert.doesNotMatch(text, /In plain words/);
    },
  },
];

fs.mkdirSync(path.join(CACHE, 'runs'), { recursive: true });
const runDir = fs.mkdtempSync(path.join(CACHE, 'runs', 'ui-'));
const server = await startCodeServer({ runDir });
// The size the hover was judged at: a 1280x800 laptop screen.
const browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
let failures = 0;
try {
  const { page } = browser;
  await enableDevelopmentOptions(page);
  await page.goto(workbenchUrl(server.url, { folder: FOLDER, extensionDevelopmentPath: ROOT }));
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  for (const test of tests) {
    const started = performance.now();
    try {
      await test.run(page);
      console.log(`  ok   ${test.name} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      failures++;
      console.log(`  FAIL ${test.name}: ${error.message.split('\n')[0]}`);
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `failed-${tests.indexOf(test)}.png`) }).catch(() => {});
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`browser UI: ${tests.length - failures} passing, ${failures} failing (screenshots: ${path.relative(ROOT, SCREENSHOTS)})`);
if (!failures) fs.rmSync(runDir, { recursive: true, force: true });
process.exit(failures ? 1 : 0);
