import { measure, precision, recall, type Tally } from './measure';

// `npm run accuracy`: precision and recall of detection on the labelled corpus, overall, per kind
// and per language, then every mistake (`--mistakes`).

function row(name: string, t: Tally): string {
  const n = t.truePositives + t.falseNegatives;
  return `${name.padEnd(14)} precision ${precision(t).toFixed(3)}  recall ${recall(t).toFixed(3)}  (labels ${n}, found ${t.truePositives + t.falsePositives})`;
}

const result = measure();
console.log(`corpus: ${result.files} files`);
console.log(row('overall', result.overall));
console.log('\nby kind:');
for (const [kind, t] of [...result.byKind].sort()) console.log(`  ${row(kind, t)}`);
console.log('\nby language:');
for (const [language, t] of [...result.byLanguage].sort()) console.log(`  ${row(language, t)}`);
if (process.argv.includes('--mistakes')) {
  console.log('\nmistakes:');
  for (const m of result.mistakes) console.log(`  ${m.what.padEnd(14)} ${m.file}:${m.line}  ${m.code}  ${m.text}`);
}
