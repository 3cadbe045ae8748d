// Loads the knowledge-base records straight from their TypeScript sources (bundled in memory by
// esbuild) and validates them: used by the build, which writes dist/knowledge.json, and by
// scripts/validate-knowledge.mjs for authors.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @param {string} [file] one records file to load alone (repository-relative), instead of all records */
export async function loadRecords(file) {
  const source = file
    ? `import * as m from './${file.replace(/\.ts$/, '')}'; export const allRecords = Object.values(m).flat();`
    : "export { allRecords } from './src/core/knowledge/records';";
  const entry = `${source}\nexport { validateRecords } from './src/core/knowledge/validate';`;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  const { allRecords, validateRecords } = module.exports;
  return { records: allRecords, problems: validateRecords(allRecords) };
}
