// Runs a compiled mocha suite inside a real VS Code extension host (code-server + chromium),
// like @vscode/test-electron's runTests:
//   npm run test:vscode -- --extensionTestsPath PATH --folder PATH
//       [--extensionDevelopmentPath PATH] [--vsix FILE] [--install FILE]… [--timeout SECONDS]
// --extensionTestsPath: a module exporting run() (a file, or a folder with index.js).
// --folder: the workspace to open. --extensionDevelopmentPath: the extension to load (default:
// this repository). --vsix: install this package and test it; an empty runner extension stands
// in as the development extension (the workbench runs extension tests only in a development host).
// --install: another .vsix to install beside it (repeatable; the benches' no-op floor extension).
// Exit code: the suite's (0 passed, 1 failed), 2 for harness errors or a timeout.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CACHE, ROOT, installVsix, startCodeServer } from '../test/harness/code-server.mjs';
import { enableDevelopmentOptions, launchBrowser, workbenchUrl } from '../test/harness/workbench.mjs';

function fail(message) {
  console.error(`test:vscode: ${message}`);
  process.exit(2);
}

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      extensionTestsPath: { type: 'string' },
      folder: { type: 'string' },
      extensionDevelopmentPath: { type: 'string' },
      vsix: { type: 'string' },
      install: { type: 'string', multiple: true, default: [] },
      timeout: { type: 'string', default: '300' },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (!args.extensionTestsPath || !args.folder) fail('--extensionTestsPath and --folder are required');
const testsPath = path.resolve(args.extensionTestsPath);
const folder = path.resolve(args.folder);
if (!fs.existsSync(testsPath)) fail(`no such tests path: ${testsPath}`);
if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) fail(`no such folder: ${folder}`);
const timeoutMs = Number(args.timeout) * 1000;
if (!(timeoutMs > 0)) fail(`--timeout must be a positive number of seconds, not ${args.timeout}`);

const runsDir = path.join(CACHE, 'runs');
fs.mkdirSync(runsDir, { recursive: true });
const runDir = fs.mkdtempSync(path.join(runsDir, 'run-'));
const results = path.join(runDir, 'results.txt');
fs.writeFileSync(results, '');
const started = performance.now();

let extensionsDir;
let developmentPath = path.resolve(args.extensionDevelopmentPath ?? ROOT);
if (args.vsix || args.install.length) extensionsDir = path.join(runDir, 'exts');
for (const extra of args.install) console.log(`installing ${extra}: ${installVsix(path.resolve(extra), extensionsDir, runDir)}`);
if (args.vsix) {
  console.log(`installing ${args.vsix}: ${installVsix(path.resolve(args.vsix), extensionsDir, runDir)}`);
  developmentPath = path.join(ROOT, 'test', 'harness', 'runner-extension');
}

const server = await startCodeServer({
  runDir,
  extensionsDir,
  env: { HSG_TEST_RESULTS: results },
});
const browser = await launchBrowser();
// The suite writes one line per test to `results`: print them as they come, not minutes later.
let printed = 0;
const printNewResults = () => {
  if (!fs.existsSync(results)) return;
  const text = fs.readFileSync(results, 'utf8');
  const complete = text.lastIndexOf('\n') + 1;
  if (complete > printed) process.stdout.write(text.slice(printed, complete));
  printed = Math.max(printed, complete);
};
const tail = setInterval(printNewResults, 500);
let exitCode = 2;
try {
  const { page } = browser;
  const consoleLog = path.join(runDir, 'browser-console.log');
  page.on('console', (message) => fs.appendFileSync(consoleLog, `[${message.type()}] ${message.text()}\n`));
  let finish;
  const finished = new Promise((resolve) => { finish = resolve; });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  await enableDevelopmentOptions(page);
  await page.goto(workbenchUrl(server.url, {
    folder,
    extensionDevelopmentPath: developmentPath,
    extensionTestsPath: testsPath,
  }));
  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
  const code = await Promise.race([finished, timedOut]);
  clearTimeout(timer);
  if (code === 'timeout') console.error(`test:vscode: the suite did not finish within ${args.timeout} s (logs: ${runDir})`);
  else exitCode = code === 0 ? 0 : 1;
} finally {
  clearInterval(tail);
  await browser.close();
  await server.stop();
}
printNewResults();
const logs = exitCode === 0 ? '' : ` (logs: ${path.relative(process.cwd(), runDir)})`;
console.log(`test:vscode: exit ${exitCode} after ${((performance.now() - started) / 1000).toFixed(1)} s${logs}`);
if (exitCode === 0) fs.rmSync(runDir, { recursive: true, force: true });
process.exit(exitCode);
