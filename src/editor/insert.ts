import * as vscode from 'vscode';
import { engine } from './engine';

// Inserting a status code at the cursor in the file's idiom: the constant scheme the file already
// uses (http.StatusNotFound, HTTPStatus.NOT_FOUND, StatusCodes.NOT_FOUND…), else the number.

/** How `code` would be written in this document. */
export function codeInIdiom(document: vscode.TextDocument, code: number): string {
  const text = document.getText();
  const scheme = text.length <= 1_000_000 ? engine().schemeInUse(text, engine().effectiveLanguageId(document.languageId, document.fileName, text)) : undefined;
  const name = scheme?.nameOf(code);
  return name ? `${scheme?.qualifier ?? ''}${name}` : String(code);
}

/** Inserts the code at every cursor of the active editor; false when there is no editor. */
export async function insertCode(code: number): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const written = codeInIdiom(editor.document, code);
  return editor.edit((builder) => {
    for (const selection of editor.selections) builder.replace(selection, written);
  });
}
