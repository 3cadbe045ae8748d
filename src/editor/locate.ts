import * as vscode from 'vscode';
import type { Occurrence } from '../core/detection';
import type { Edit } from '../core/fixes';
import { analysisOf, detectionLanguage } from './analysis';
import { FILE_PATTERNS, SUPPORTED_LANGUAGES } from '../core/detection/languages';
import { engine } from './engine';

// Finding the status code at a position for the editor features: from the document's cached
// analysis, or, for documents too large to analyse, from a bounded window around the position.

export const documentSelector: vscode.DocumentSelector = [
  ...SUPPORTED_LANGUAGES.map((language) => ({ language })),
  // Kotlin, Elixir, nginx, Apache, .http files opened without an extension that knows them
  ...FILE_PATTERNS.map((pattern) => ({ pattern })),
];

/** Context a large document's window may see: lines above the position, characters either side. */
const WINDOW_LINES = 120;
const WINDOW_BEFORE = 8000;
const WINDOW_AFTER = 400;

export interface Located {
  readonly occurrence: Occurrence;
  /** The occurrence's range in the document. */
  readonly range: vscode.Range;
  /** The text detection saw and its offset in the document: occurrence offsets are relative to it. */
  readonly window: string;
  readonly base: number;
  readonly languageId: string;
}

/** The status code occurrence at a position, or undefined. */
export function occurrenceAt(document: vscode.TextDocument, position: vscode.Position): Located | undefined {
  const offset = document.offsetAt(position);
  const analysed = analysisOf(document);
  if (analysed) {
    const occurrence = engine().occurrenceIn(analysed.analysis, offset);
    if (!occurrence) return undefined;
    const range = new vscode.Range(document.positionAt(occurrence.start), document.positionAt(occurrence.end));
    return { occurrence, range, window: analysed.text, base: 0, languageId: analysed.languageId };
  }
  const base = Math.max(document.offsetAt(new vscode.Position(Math.max(0, position.line - WINDOW_LINES), 0)), offset - WINDOW_BEFORE);
  const lineEnd = document.offsetAt(document.lineAt(position.line).range.end);
  const window = document.getText(new vscode.Range(document.positionAt(base), document.positionAt(Math.min(lineEnd, offset + WINDOW_AFTER))));
  const languageId = detectionLanguage(document, window);
  const occurrence = engine().findAt(window, languageId, offset - base);
  if (!occurrence) return undefined;
  const range = new vscode.Range(document.positionAt(base + occurrence.start), document.positionAt(base + occurrence.end));
  return { occurrence, range, window, base, languageId };
}

/** Core edits (offsets into a text starting at `base`) as a WorkspaceEdit on the document. */
export function toWorkspaceEdit(document: vscode.TextDocument, base: number, edits: readonly Edit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(base + e.start), document.positionAt(base + e.end)), e.newText);
  }
  return edit;
}
