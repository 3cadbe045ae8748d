import * as vscode from 'vscode';
import { COMMANDS } from './commands';

// "Use 410" from a hover: replaces one status token. The link carries the text it expects to
// replace, so a stale hover (the document changed since) edits nothing.

export interface ReplaceStatusArgs {
  readonly uri: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly expected: string;
  readonly replacement: string;
}

function isReplaceArgs(value: unknown): value is ReplaceStatusArgs {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.uri === 'string' && typeof v.expected === 'string' && typeof v.replacement === 'string'
    && [v.line, v.start, v.end].every((n) => Number.isInteger(n) && (n as number) >= 0);
}

async function replaceStatus(args: unknown): Promise<boolean> {
  if (!isReplaceArgs(args)) return false;
  const uri = vscode.Uri.parse(args.uri);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const range = new vscode.Range(args.line, args.start, args.line, args.end);
  if (!document || !document.validateRange(range).isEqual(range) || document.getText(range) !== args.expected) {
    void vscode.window.showInformationMessage('HTTP Status Guide: the code changed since the hover was shown; nothing was replaced.');
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, range, args.replacement);
  return vscode.workspace.applyEdit(edit);
}

export function registerReplaceStatus(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.replaceStatus, replaceStatus));
}
