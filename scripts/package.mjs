// Packs dist-package/http-status-guide.vsix with vsce, whose `vscode:prepublish` builds the release
// bundles (once). The .vscodeignore allow-list decides what goes in; --no-dependencies because
// everything is bundled; no repository to point at, so relative links stay relative (the README's
// images ship in the package).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist-package', 'http-status-guide.vsix');
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

fs.mkdirSync(path.dirname(out), { recursive: true });
run(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out]);
console.log(`packaged ${path.relative(root, out)} (${(fs.statSync(out).size / 1024).toFixed(1)} KB)`);
