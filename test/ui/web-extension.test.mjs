// The web build (dist/web/extension.js, for vscode.dev) in a real browser: a copy of the extension
// with only its `browser` entry makes the workbench run it in the web-worker extension host; a
// hover on 404 must show the guide from there.
//   node test/ui/web-extension.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CACHE, ROOT, startCodeServer } from '../harness/code-server.mjs';
import { enableDevelopmentOptions, launchBrowser, workbenchUrl } from '../harness/workbench.mjs';

const FOLDER = path.join(ROOT, 'test', 'fixtures', 'workspace');
fs.mkdirSync(path.join(CACHE, 'runs'), { recursive: true });
const runDir = fs.mkdtempSync(path.join(CACHE, 'runs', 'web-'));
const webCopy = path.join(runDir, 'web-extension');
fs.mkdirSync(path.join(webCopy, 'dist', 'web'), { recursive: true });
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
delete manifest.main; // browser only: the workbench must use the web worker host
fs.writeFileSync(path.join(webCopy, 'package.json'), JSON.stringify(manifest, null, 2));
for (const file of ['dist/web/extension.js', 'dist/knowledge.json']) fs.copyFileSync(path.join(ROOT, file), path.join(webCopy, file));
fs.cpSync(path.join(ROOT, 'snippets'), path.join(webCopy, 'snippets'), { recursive: true });
fs.cpSync(path.join(ROOT, 'media'), path.join(webCopy, 'media'), { recursive: true });
for (const shipped of ['package.nls.json', 'l10n', 'docs/rules']) fs.cpSync(path.join(ROOT, shipped), path.join(webCopy, shipped), { recursive: true });

const server = await startCodeServer({ runDir });
const browser = await launchBrowser();
let ok = false;
try {
  const { page } = browser;
  const workerLogs = [];
  page.on('console', (m) => { if (/webWorker|WebWorker/.test(m.text())) workerLogs.push(m.text()); });
  await enableDevelopmentOptions(page);
  await page.goto(workbenchUrl(server.url, { folder: FOLDER, extensionDevelopmentPath: webCopy }));
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'app.js' });
  await row.first().waitFor({ timeout: 60_000 });
  await row.first().click();
  let text = '';
  for (let i = 0; i < 40 && !text.includes('In plain words'); i++) {
    const box = await page.evaluate(() => {
      for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const full = line.textContent ?? '';
        const at = full.indexOf('res.status(');
        if (at < 0) continue;
        let seen = 0;
        const target = at + 'res.status('.length;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (target < seen + node.data.length) {
            const range = document.createRange();
            range.setStart(node, target - seen);
            range.setEnd(node, Math.min(node.data.length, target - seen + 3));
            const b = range.getBoundingClientRect();
            return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          }
          seen += node.data.length;
        }
      }
      return null;
    });
    if (box) {
      await page.mouse.move(5, 5);
      await page.mouse.move(box.x, box.y);
      await page.locator('.monaco-hover:visible', { hasText: 'In plain words' }).first().waitFor({ timeout: 1500 }).catch(() => {});
    } else {
      await page.waitForTimeout(250);
    }
    text = (await page.locator('.monaco-hover:visible').allInnerTexts()).join('\n');
  }
  assert.match(text, /404 Not Found/);
  assert.match(text, /410 Gone/);
  ok = true;
  console.log('  ok   the web build (browser entry only) shows the 404 guide on hover');
} catch (error) {
  console.log(`  FAIL the web build: ${error.message.split('\n')[0]}`);
  await browser.page.screenshot({ path: path.join(runDir, 'web-failure.png') }).catch(() => {});
} finally {
  await browser.close();
  await server.stop();
}
console.log(`web extension: ${ok ? 1 : 0} passing, ${ok ? 0 : 1} failing`);
if (ok) fs.rmSync(runDir, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
