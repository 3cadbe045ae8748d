import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'http-status-guide.http-status-guide';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run must open a workspace folder');
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

/** Position of the `occurrence`-th match of `needle` in the document, plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0, occurrence = 0): vscode.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = document.getText().indexOf(needle, index + 1);
    assert.ok(index >= 0, `"${needle}" (#${i}) not found in ${document.fileName}`);
  }
  return document.positionAt(index + offset);
}


/** The text of our hover at a position (other providers' hovers are ignored), or undefined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string | undefined> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  const ours = hovers
    .map((h) => h.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : '')).join('\n'))
    // ours: the one whose "Full guide" link runs our command
    .filter((text) => text.includes('command:httpStatusGuide.openGuide'));
  assert.ok(ours.length <= 1, 'at most one HTTP Status Guide hover per position');
  // Link targets, bold markers and Markdown escapes are not part of what the reader sees.
  return ours[0]?.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/(^|[^\\])\*\*/g, '$1').replace(/\\(.)/g, '$1');
}

/** Polls `read` until `accept` holds (the workbench updates some models asynchronously). */
export async function eventually<T>(read: () => T, accept: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let untitledCount = 0;

/**
 * A new untitled document holding `content`, named `*.<extension>`: VS Code 1.100 can hand back an
 * earlier "Untitled-1" (with its old text) for a new nameless one while the old one is closing.
 */
export async function untitledDocument(extension: string, content: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.parse(`untitled:case-${Date.now()}-${untitledCount++}.${extension}`);
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  assert.ok(await vscode.workspace.applyEdit(edit));
  return document;
}
