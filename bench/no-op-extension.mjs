// The floor of the in-host benches: an extension that does nothing but answer a hover ("NOOP") in
// Python and JavaScript files, activated like ours (on the language), packaged to install
// beside it: the hover floor of a window without ours.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../test/harness/code-server.mjs';

export const NO_OP_ID = 'bench.no-op-hover';

/** Writes and packages the extension under `work`; returns the .vsix file. */
export function noOpExtension(work) {
  const dir = path.join(work, 'no-op');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'no-op-hover', publisher: 'bench', version: '0.0.0', description: 'npm run bench: the hover floor', engines: { vscode: '^1.100.0' }, main: './extension.js', activationEvents: ['onLanguage:python', 'onLanguage:javascript'] }));
  fs.writeFileSync(path.join(dir, 'extension.js'), "const vscode = require('vscode');\nexports.activate = (context) => { context.subscriptions.push(vscode.languages.registerHoverProvider(['python', 'javascript'], { provideHover: () => new vscode.Hover('NOOP') })); };\n");
  fs.writeFileSync(path.join(dir, 'README.md'), '# no-op hover\n');
  const vsix = path.join(work, 'no-op.vsix');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--allow-missing-repository', '--skip-license', '-o', vsix], { cwd: dir, stdio: 'ignore' });
  return vsix;
}
