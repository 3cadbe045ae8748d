import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

// The contributed snippets show up in completion, for their language, in real VS Code.
const CASES: readonly (readonly [language: string, typed: string, label: string])[] = [
  ['javascript', '404-expr', '404-express'],
  ['typescript', 'notfound-nes', 'notfound-nest'],
  ['python', '404-fast', '404-fastapi'],
  ['go', '429-gin', '429-gin'],
  ['java', '404-spri', '404-spring'],
  ['json', '404-prob', '404-problem'],
];

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('snippets in completion', () => {
  for (const [language, typed, expected] of CASES) {
    it(`${language}: typing ${typed} offers ${expected}`, async () => {
      const document = await vscode.workspace.openTextDocument({ language, content: typed });
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider', document.uri, document.positionAt(typed.length));
      const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(label);
      assert.ok(snippets.includes(expected), `${expected} among ${snippets.slice(0, 20).join(', ')}`);
    });
  }
});
