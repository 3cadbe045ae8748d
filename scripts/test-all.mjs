// `npm test`: every check and test layer, in order, with a summary of what ran.
//   1. build (release bundles + knowledge data, bundle budget), type check, lint
//   2. unit tests of the pure core (plain mocha)
//   3. integration tests in a real VS Code extension host (code-server), against the development build
//   4. the same integration suites against the packaged .vsix, installed with --install-extension,
//      and on the oldest supported VS Code (engines.vscode: 1.100)
//   5. the harness itself: outside suites run and their exit codes are honoured
//   6. real-browser UI tests (screenshots in test-results/screenshots)
//   7. the web build (vscode.dev) in the browser's web-worker extension host
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const integration = ['--extensionTestsPath', 'out/test/vscode/index.js', '--folder', 'test/fixtures/workspace'];

const steps = [
  { name: 'build', command: node, args: ['scripts/build.mjs'] },
  { name: 'type check', command: bin('tsc'), args: ['-p', '.', '--noEmit'] },
  { name: 'compile tests', command: bin('tsc'), args: ['-p', 'test/tsconfig.json'] },
  { name: 'lint', command: bin('eslint'), args: ['.'] },
  { name: 'unit', command: bin('mocha'), args: [], summary: /(\d+) passing/ },
  { name: 'language server (stdio)', command: bin('mocha'), args: ['--config', 'test/lsp/mocharc.json'], summary: /(\d+) passing/ },
  { name: 'vscode integration', command: node, args: ['scripts/run-vscode-tests.mjs', ...integration], summary: /vscode integration: .*/ },
  { name: 'package', command: node, args: ['scripts/package.mjs'] },
  {
    name: 'vscode integration (packaged .vsix)',
    command: node,
    args: ['scripts/run-vscode-tests.mjs', '--vsix', 'dist-package/http-status-guide.vsix', ...integration],
    summary: /vscode integration: .*/,
  },
  {
    name: 'vscode integration (VS Code 1.100, the minimum)',
    command: node,
    args: ['scripts/run-vscode-tests.mjs', ...integration],
    env: { CODE_SERVER_VERSION: '4.100.3' },
    summary: /vscode integration: .*/,
  },
  { name: 'harness', command: node, args: ['test/harness/outside-suite.test.mjs'], summary: /harness .*/ },
  { name: 'browser UI', command: node, args: ['test/ui/run-ui-tests.mjs'], summary: /browser UI: .*/ },
  { name: 'web extension', command: node, args: ['test/ui/web-extension.test.mjs'], summary: /web extension: .*/ },
];

/** Runs a step, streaming its output as it comes (a layer runs for minutes), and keeps it for the summary. */
function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...step.env } });
    let stdout = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; process.stdout.write(chunk); });
    child.on('error', (error) => { console.error(`${step.name}: ${error.message}`); resolve({ status: 1, stdout }); });
    child.on('close', (status) => { resolve({ status, stdout }); });
  });
}

const started = performance.now();
const report = [];
let failed = false;
for (const [index, step] of steps.entries()) {
  console.log(`\n=== ${index + 1}/${steps.length} ${step.name} ===`);
  const t0 = performance.now();
  const result = await run(step);
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const match = step.summary && result.stdout.match(step.summary);
  const detail = match ? (match[1] ? `${match[1]} passing` : match[0]) : '';
  const ok = result.status === 0;
  report.push(`${ok ? 'ok  ' : 'FAIL'} ${step.name.padEnd(50)} ${seconds.padStart(6)} s  ${detail}`);
  if (!ok) {
    failed = true;
    break; // later layers build on earlier ones
  }
}
console.log(`\n=== summary (${((performance.now() - started) / 1000).toFixed(1)} s) ===\n${report.join('\n')}`);
process.exit(failed ? 1 : 0);
