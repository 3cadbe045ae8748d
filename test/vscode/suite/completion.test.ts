import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

// Completion in real VS Code: the codes a status position takes, ranked, and a scheme's constants
// after its qualifier; nothing where no status goes.

async function completions(language: string, content: string): Promise<vscode.CompletionItem[]> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  const end = document.positionAt(content.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
  // Ours are the ones with a reason phrase as their description (our snippets are another provider's items).
  return list.items.filter((i) => typeof i.label === 'object' && i.label.description !== undefined && i.kind !== vscode.CompletionItemKind.Snippet);
}

const labelOf = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);

describe('completion', function () {
  this.timeout(20_000);

  it('typing res.status(4 offers the 4xx codes with their phrase, the common ones first', async () => {
    const items = await completions('javascript', 'app.get("/", (req, res) => res.status(4');
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(sorted.slice(0, 4).map(labelOf), ['400', '401', '403', '404']);
    const notFound = items.find((i) => labelOf(i) === '404');
    assert.equal(typeof notFound?.label === 'object' ? notFound.label.description : '', 'Not Found');
    assert.match((notFound?.documentation as vscode.MarkdownString | undefined)?.value ?? '', /\./);
  });

  it('offers a scheme\'s constants after its qualifier, and nothing in plain code', async () => {
    const constants = await completions('python', 'return Response(data, status=status.HTTP_40');
    assert.ok(constants.some((i) => labelOf(i) === 'HTTP_404_NOT_FOUND'), constants.map(labelOf).join(' '));
    assert.deepEqual(await completions('javascript', 'const width = 4'), []);
  });
});
