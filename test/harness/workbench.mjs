// Drives code-server's web workbench in Debian's chromium through playwright-core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Without the background-networking flags chromium keeps trying to reach Google on this closed network.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM, headless: true, viewport, args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The workbench URL for a folder; with `extensionDevelopmentPath`/`extensionTestsPath` the
 * workbench loads the extension under development and runs the tests (the `payload` parameter).
 */
export function workbenchUrl(serverUrl, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const host = new URL(serverUrl).host; // the remote authority is the Host header
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${host}${extensionDevelopmentPath}`]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${host}${extensionTestsPath}`]);
  let url = `${serverUrl}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/**
 * VS Code ≥1.139 honours the payload's development options in a built workbench only with
 * `developmentOptions.enableSmokeTestDriver`; code-server has no flag for it, so the embedded
 * configuration is patched before the workbench reads it. (Intercepting the request instead makes
 * chromium block the websocket.)
 */
export async function enableDevelopmentOptions(page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const meta = document.getElementById('vscode-workbench-web-configuration');
      const raw = meta?.getAttribute('data-settings');
      if (!meta || !raw) return;
      const settings = JSON.parse(raw);
      settings.developmentOptions = { ...(settings.developmentOptions || {}), enableSmokeTestDriver: true };
      meta.setAttribute('data-settings', JSON.stringify(settings));
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
}
