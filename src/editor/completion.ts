import * as vscode from 'vscode';
import { detectionLanguage } from './analysis';
import { loadKnowledge } from './knowledge';
import { documentSelector } from './locate';
import { engine } from './engine';

// Completion in a status position (`res.status(4` → the 4xx codes) and after a constant's
// qualifier (`HttpStatus.` → its names), from the core function the language server uses too.
// Asked on most keystrokes: it reads the lines above the cursor only, never the whole document.

const KINDS = { code: vscode.CompletionItemKind.Value, constant: vscode.CompletionItemKind.Constant, helper: vscode.CompletionItemKind.Function } as const;

class StatusCompletions implements vscode.CompletionItemProvider {
  constructor(private readonly context: vscode.ExtensionContext) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const first = new vscode.Position(Math.max(0, position.line - engine().COMPLETION_LINES), 0);
    const window = document.getText(new vscode.Range(first, document.lineAt(position.line).range.end));
    const base = document.offsetAt(first);
    const kb = await loadKnowledge(this.context);
    const items = engine().completionsAt(window, detectionLanguage(document, window), document.offsetAt(position) - base, kb);
    if (!items.length) return undefined;
    return items.map((c) => {
      const item = new vscode.CompletionItem({ label: c.label, description: c.detail }, KINDS[c.kind]);
      item.detail = c.detail;
      item.documentation = new vscode.MarkdownString(c.documentation);
      item.sortText = c.sortText;
      item.range = new vscode.Range(document.positionAt(base + c.replaceStart), position);
      return item;
    });
  }
}

export function registerCompletion(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider(documentSelector, new StatusCompletions(context), '.', ':'));
}
