import * as vscode from 'vscode';
import type { KnowledgeBase } from '../core/knowledge';
import { engine } from './engine';

// The knowledge base is data shipped next to the bundle (dist/knowledge.json). It is read through
// vscode.workspace.fs, which works on the desktop and in the web worker, once, on first use.

let loading: Promise<KnowledgeBase> | undefined;

export function loadKnowledge(context: vscode.ExtensionContext): Promise<KnowledgeBase> {
  loading ??= (async () => {
    const uri = vscode.Uri.joinPath(context.extensionUri, 'dist', 'knowledge.json');
    const bytes = await vscode.workspace.fs.readFile(uri);
    return engine().parseKnowledge(new TextDecoder().decode(bytes));
  })();
  return loading;
}
