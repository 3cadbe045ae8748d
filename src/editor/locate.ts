import * as vscode from 'vscode';
import { effectiveLanguageId, findAt, SUPPORTED_LANGUAGES, type Occurrence } from '../core/detection';
import type { Edit } from '../core/fixes';

// Finding the status code at a position for the editor features, from a bounded window of the
// document (enough for an enclosing `switch` or `responses:` key, never the whole document).

export const documentSelector: vscode.DocumentSelector = [
  ...SUPPORTED_LANGUAGES.map((language) => ({ language })),
  // nginx/Apache files opened without an extension that knows them
  { language: 'plaintext', pattern: '**/*.conf' },
  { language: 'properties', pattern: '**/*.conf' },
  { language: 'ini', pattern: '**/*.conf' },
];

/** Context detection may see: up to this many lines above the position, at most this many characters either side. */
const WINDOW_LINES = 120;
const WINDOW_BEFORE = 8000;
const WINDOW_AFTER = 400;

export interface Located {
  readonly occurrence: Occurrence;
  /** The occurrence's range in the document. */
  readonly range: vscode.Range;
  /** The window's text and its offset in the document: occurrence offsets are relative to it. */
  readonly window: string;
  readonly base: number;
  readonly languageId: string;
}

/** The status code occurrence at a position, or undefined. */
export function occurrenceAt(document: vscode.TextDocument, position: vscode.Position): Located | undefined {
  const offset = document.offsetAt(position);
  const base = Math.max(document.offsetAt(new vscode.Position(Math.max(0, position.line - WINDOW_LINES), 0)), offset - WINDOW_BEFORE);
  const lineEnd = document.offsetAt(document.lineAt(position.line).range.end);
  const window = document.getText(new vscode.Range(document.positionAt(base), document.positionAt(Math.min(lineEnd, offset + WINDOW_AFTER))));
  const languageId = effectiveLanguageId(document.languageId, document.fileName, window);
  const occurrence = findAt(window, languageId, offset - base);
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
