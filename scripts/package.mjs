// Builds the release bundles and packs them into dist-package/http-status-guide.vsix with vsce.
// The .vscodeignore allow-list decides what goes in; --no-dependencies because everything is bundled.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist-package', 'http-status-guide.vsix');
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
fs.mkdirSync(path.dirname(out), { recursive: true });
run(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', out]);
console.log(`packaged ${path.relative(root, out)} (${(fs.statSync(out).size / 1024).toFixed(1)} KB)`);
