// Checks the harness the way a user of `npm run test:vscode` would: a compiled mocha suite that
// lives outside this repository runs against the built extension in real VS Code, and the exit
// code follows the suite (0 when it passes, non-zero when it fails).
//   node test/harness/outside-suite.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './code-server.mjs';

const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-outside-suite-'));
fs.mkdirSync(path.join(outside, 'workspace'));
fs.writeFileSync(path.join(outside, 'workspace', 'server.ts'), 'export function handler(res: any) {\n  res.status(410).end();\n}\n');

// The outside project has its own mocha, as a project using @vscode/test-electron would.
fs.mkdirSync(path.join(outside, 'node_modules'));
fs.symlinkSync(path.join(ROOT, 'node_modules', 'mocha'), path.join(outside, 'node_modules', 'mocha'), 'dir');

// A suite as a user would compile it: plain CommonJS.
function suite(expectedPhrase) {
  return `
const Mocha = require('mocha');
const assert = require('node:assert/strict');
const vscode = require('vscode');
exports.run = () => new Promise((resolve, reject) => {
  const mocha = new Mocha({ timeout: 20000 });
  mocha.suite.addTest(new Mocha.Test('hover on 410 names the phrase', async () => {
    await vscode.extensions.getExtension('http-status-guide.http-status-guide').activate();
    const uri = vscode.Uri.file(${JSON.stringify(path.join(outside, 'workspace', 'server.ts'))});
    const document = await vscode.workspace.openTextDocument(uri);
    const position = document.positionAt(document.getText().indexOf('410') + 1);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => c.value || '')).join('\\n');
    assert.match(text, /${expectedPhrase}/);
  }));
  mocha.run((failures) => (failures ? reject(new Error(failures + ' failed')) : resolve()));
});
`;
}

let failures = 0;
for (const [name, phrase, expectedExit] of [['passing', '410 Gone', 0], ['failing', '410 Teapot', 1]]) {
  const file = path.join(outside, `${name}-suite.js`);
  fs.writeFileSync(file, suite(phrase));
  const result = spawnSync('npm', ['run', '--silent', 'test:vscode', '--', '--extensionTestsPath', file, '--folder', path.join(outside, 'workspace')], {
    cwd: ROOT, encoding: 'utf8',
  });
  try {
    assert.equal(result.status, expectedExit, `${name} suite: exit ${result.status}\n${result.stdout}${result.stderr}`);
    console.log(`  ok   an outside ${name} suite exits ${expectedExit}`);
  } catch (error) {
    failures++;
    console.log(`  FAIL ${error.message}`);
  }
}
fs.rmSync(outside, { recursive: true, force: true });
console.log(`harness (outside suites): ${2 - failures} passing, ${failures} failing`);
process.exit(failures ? 1 : 0);
