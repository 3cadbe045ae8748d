// Generates the VS Code snippet files from their TypeScript sources (src/snippets/catalog.ts,
// bundled in memory by esbuild): snippets/<languageId>.json.
//   node scripts/generate-snippets.mjs           write the files (and remove stale ones)
//   node scripts/generate-snippets.mjs --check   exit 1 if any file on disk is missing, differs or is stale
import { build } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'snippets');
const check = process.argv.includes('--check');

async function loadGenerator() {
  const out = await build({
    entryPoints: ['src/snippets/generate.ts'], absWorkingDir: root,
    bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports;
}

const { snippetFiles } = await loadGenerator();
/** @type {Map<string, string>} */
const files = snippetFiles();
const onDisk = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
const stale = onDisk.filter((name) => !files.has(name));

if (check) {
  const problems = [];
  for (const [name, text] of files) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) problems.push(`${name}: missing`);
    else if (fs.readFileSync(file, 'utf8') !== text) problems.push(`${name}: differs from the generated snippets`);
  }
  for (const name of stale) problems.push(`${name}: not generated (stale)`);
  for (const p of problems) console.log(`snippets/${p}`);
  console.log(problems.length
    ? `${problems.length} snippet file(s) out of date: run node scripts/generate-snippets.mjs`
    : `${files.size} snippet files up to date`);
  process.exit(problems.length ? 1 : 0);
}

fs.mkdirSync(dir, { recursive: true });
let written = 0;
for (const [name, text] of files) {
  const file = path.join(dir, name);
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
  fs.writeFileSync(file, text);
  written++;
}
for (const name of stale) fs.rmSync(path.join(dir, name));
const counts = [...files].map(([name, text]) => `${name.replace(/\.json$/, '')} ${Object.keys(JSON.parse(text)).length}`);
console.log(`${files.size} snippet files (${written} written${stale.length ? `, ${stale.length} stale removed` : ''}): ${counts.join(', ')}`);
