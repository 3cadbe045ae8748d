import * as vscode from 'vscode';
import { COMMANDS } from './commands';

// "Use 410" from a hover: applies the fix's edits. The link carries the text it expects at the
// status token, so a stale hover (the document changed since) edits nothing.

export interface ReplaceStatusArgs {
  readonly uri: string;
  /** The status token's range and text when the link was made. */
  readonly token: { readonly start: [number, number]; readonly end: [number, number]; readonly text: string };
  readonly edits: readonly { readonly start: [number, number]; readonly end: [number, number]; readonly newText: string }[];
}

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) && p.length === 2 && p.every((n) => Number.isInteger(n) && (n as number) >= 0);

function isReplaceArgs(value: unknown): value is ReplaceStatusArgs {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof ReplaceStatusArgs, unknown>>;
  const token = v.token as Partial<ReplaceStatusArgs['token']> | undefined;
  return typeof v.uri === 'string' && !!token && isPosition(token.start) && isPosition(token.end) && typeof token.text === 'string'
    && Array.isArray(v.edits) && v.edits.length > 0
    && v.edits.every((e: Partial<ReplaceStatusArgs['edits'][number]>) => isPosition(e.start) && isPosition(e.end) && typeof e.newText === 'string');
}

const toRange = (start: [number, number], end: [number, number]): vscode.Range => new vscode.Range(start[0], start[1], end[0], end[1]);

async function replaceStatus(args: unknown): Promise<boolean> {
  if (!isReplaceArgs(args)) return false;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
  const token = toRange(args.token.start, args.token.end);
  if (!document || !document.validateRange(token).isEqual(token) || document.getText(token) !== args.token.text) {
    void vscode.window.showInformationMessage(vscode.l10n.t('HTTP Status Guide: the code changed since the hover was shown; nothing was replaced.'));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of args.edits) edit.replace(document.uri, toRange(e.start, e.end), e.newText);
  return vscode.workspace.applyEdit(edit);
}

export function registerReplaceStatus(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.replaceStatus, replaceStatus));
}
