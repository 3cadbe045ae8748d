import * as fs from 'node:fs';
import * as path from 'node:path';
import { languageIdForFile, scan, type Occurrence, type SinkTable } from '../../src/core/detection';
import { positionsIn } from '../../src/core/detection/positions';

// Precision and recall of detection against the hand-labelled corpus (test/fixtures/corpus):
// an occurrence is right when a label on the same line with the same code overlaps it.

export interface Label {
  readonly line: number;
  readonly text: string;
  readonly code: number;
  readonly kind: string;
  readonly occurrence?: number;
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Mistake {
  readonly file: string;
  readonly line: number;
  readonly code: number;
  readonly what: 'false positive' | 'missed';
  readonly text: string;
}

export interface Accuracy {
  readonly overall: Tally;
  readonly byKind: Map<string, Tally>;
  readonly byLanguage: Map<string, Tally>;
  readonly mistakes: Mistake[];
  readonly files: number;
}

export const CORPUS = path.resolve(__dirname, '../../../test/fixtures/corpus');

function tally(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) {
    t = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    map.set(key, t);
  }
  return t;
}

export const precision = (t: Tally): number => (t.truePositives + t.falsePositives ? t.truePositives / (t.truePositives + t.falsePositives) : 1);
export const recall = (t: Tally): number => (t.truePositives + t.falseNegatives ? t.truePositives / (t.truePositives + t.falseNegatives) : 1);

/** Label span on its line: the `occurrence`-th appearance of its text. */
function labelSpan(lineText: string, label: Label): [number, number] {
  let at = -1;
  for (let i = 0; i < (label.occurrence ?? 1); i++) at = lineText.indexOf(label.text, at + 1);
  if (at < 0) throw new Error(`label text "${label.text}" not on line ${label.line}`);
  return [at, at + label.text.length];
}

/** A text to measure with its labels; `group` is what `byLanguage` counts it under. */
export interface LabelledText {
  readonly name: string;
  readonly group: string;
  readonly languageId: string;
  readonly text: string;
  readonly labels: readonly Label[];
  /** Helpers the rest of the text's project defines (what the CLI and the editor index first). */
  readonly workspaceSinks?: SinkTable;
}

/** Labels of this kind are undecidable (a status in a comment): they count neither for nor against. */
const AMBIGUOUS = 'ambiguous';

export function measureTexts(files: readonly LabelledText[]): Accuracy {
  const overall: Tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const byKind = new Map<string, Tally>();
  const byLanguage = new Map<string, Tally>();
  const mistakes: Mistake[] = [];
  for (const { name: file, group: language, languageId, text, labels: fileLabels, workspaceSinks } of files) {
    const at = positionsIn(text);
    const lines = text.split('\n');
    const unmatched = fileLabels.map((label) => ({ label, span: labelSpan(lines[label.line - 1] ?? '', label) }));
    for (const occurrence of scan(text, languageId, workspaceSinks ? { workspaceSinks } : {})) {
      const { line, column: oneBased } = at(occurrence.start);
      const column = oneBased - 1;
      const width = occurrence.end - occurrence.start;
      const index = unmatched.findIndex(({ label, span }) =>
        label.line === line && label.code === occurrence.code && span[0] < column + width && column < span[1]);
      if (index >= 0) {
        const label = unmatched.splice(index, 1)[0]?.label;
        if (!label || label.kind === AMBIGUOUS) continue;
        for (const t of [overall, tally(byKind, label.kind), tally(byLanguage, language)]) t.truePositives++;
      } else {
        for (const t of [overall, tally(byKind, occurrence.kind), tally(byLanguage, language)]) t.falsePositives++;
        mistakes.push({ file, line, code: occurrence.code, what: 'false positive', text: describe(occurrence, text) });
      }
    }
    for (const { label } of unmatched) {
      if (label.kind === AMBIGUOUS) continue;
      for (const t of [overall, tally(byKind, label.kind), tally(byLanguage, language)]) t.falseNegatives++;
      mistakes.push({ file, line: label.line, code: label.code, what: 'missed', text: `[${label.kind} ${label.text}] ${(lines[label.line - 1] ?? '').trim()}` });
    }
  }
  return { overall, byKind, byLanguage, mistakes, files: files.length };
}

export function measure(corpus = CORPUS): Accuracy {
  const labels = JSON.parse(fs.readFileSync(path.join(corpus, 'labels.json'), 'utf8')) as Record<string, Label[]>;
  return measureTexts(Object.entries(labels).map(([file, fileLabels]) => {
    const text = fs.readFileSync(path.join(corpus, file), 'utf8');
    const languageId = languageIdForFile(file, text);
    if (!languageId) throw new Error(`no language for ${file}`);
    return { name: file, group: path.dirname(file).split(path.sep)[0] ?? file, languageId, text, labels: fileLabels };
  }));
}

function describe(occurrence: Occurrence, text: string): string {
  const lineStart = text.lastIndexOf('\n', occurrence.start - 1) + 1;
  const lineEnd = text.indexOf('\n', occurrence.start);
  return `${occurrence.idiom}: ${text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim()}`;
}
