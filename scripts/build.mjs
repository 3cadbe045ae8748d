// Bundles the extension with esbuild: Node (desktop, `main`), web worker (vscode.dev, `browser`)
// and the CLI. Default: minified release bundles, as shipped. `--dev`: unminified with source
// maps; `--watch`: dev build that rebuilds on change.
//   node scripts/build.mjs [--dev] [--watch]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRecords } from './lib/knowledge-source.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
/** The desktop bundle is what activation compiles: the editor layer only (the engine is dist/engine.js). */
const NODE_BUNDLE_BUDGET = 64 * 1024;

const common = {
  bundle: true,
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  define: { PACKAGE_VERSION: JSON.stringify(pkg.version) },
};

const targets = [
  {
    ...common,
    entryPoints: ['src/editor/desktop.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    // The pure core as the desktop extension loads it on first use (src/editor/engine.ts).
    ...common,
    entryPoints: ['src/core/engine.ts'],
    outfile: 'dist/engine.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...common,
    entryPoints: ['src/editor/web.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The workspace audit's worker threads in the extension host (the CLI's threads run dist/cli.js itself).
    ...common,
    entryPoints: ['src/node/scan-worker.ts'],
    outfile: 'dist/scan-worker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...common,
    entryPoints: ['src/lsp/main.ts'],
    outfile: 'dist/lsp.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
];

/** Validates the records and writes them as dist/knowledge.json, loaded lazily at run time. */
async function writeKnowledge() {
  const { records, problems } = await loadRecords();
  if (problems.length) {
    for (const p of problems) console.error(`knowledge ${p.code}: ${p.message}`);
    throw new Error(`${problems.length} knowledge-base problem(s)`);
  }
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(root, 'dist/knowledge.json'), JSON.stringify(records));
  return records.length;
}

function report() {
  let failed = false;
  for (const target of targets) {
    const size = fs.statSync(path.join(root, target.outfile)).size;
    const over = target.outfile === 'dist/extension.js' && !dev && size > NODE_BUNDLE_BUDGET;
    console.log(`  ${target.outfile.padEnd(24)} ${(size / 1024).toFixed(1).padStart(7)} KB${over ? `  OVER BUDGET (${NODE_BUNDLE_BUDGET / 1024} KB)` : ''}`);
    failed ||= over;
  }
  const data = fs.statSync(path.join(root, 'dist/knowledge.json')).size;
  console.log(`  ${'dist/knowledge.json'.padEnd(24)} ${(data / 1024).toFixed(1).padStart(7)} KB  (loaded on first use, not at activation)`);
  fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
  return !failed;
}

if (watch) {
  await writeKnowledge();
  for (const target of targets) {
    const ctx = await esbuild.context(target);
    await ctx.watch();
  }
  console.log('watching src/ (dev build)…');
} else {
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  const [count] = await Promise.all([writeKnowledge(), ...targets.map((target) => esbuild.build(target))]);
  console.log(`built ${dev ? 'development' : 'release'} bundles (${count} status records):`);
  if (!report()) process.exit(1);
}
