// Validates the knowledge base from source, for authors editing records:
//   node scripts/validate-knowledge.mjs [--partial] [--file src/core/knowledge/records/3xx.ts]
// --partial ignores references to codes whose records are not written yet; --file checks one
// records file on its own.
import { loadRecords } from './lib/knowledge-source.mjs';

const fileArg = process.argv.indexOf('--file');
const { records, problems: all } = await loadRecords(fileArg > 0 ? process.argv[fileArg + 1] : undefined);
const partial = process.argv.includes('--partial');
const problems = all.filter((p) => !(partial && /which has no record/.test(p.message)));
for (const p of problems) console.log(`${p.code}: ${p.message}`);
console.log(`${records.length} records, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
