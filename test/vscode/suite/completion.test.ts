import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { untitledDocument } from './helpers';

// Completion in real VS Code: the codes a status position takes, ranked, and a scheme's constants
// after its qualifier; nothing where no status goes.

/** Our completion items at the end of a new document; `expected`: ask again (the host may still be activating us) until some come. */
async function completions(extension: string, content: string, expected = true): Promise<vscode.CompletionItem[]> {
  const document = await untitledDocument(extension, content);
  const end = document.positionAt(content.length);
  for (let attempt = 0; ; attempt++) {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
    // Ours: a code or a constant with its status in `detail` (`Not Found`, `404 Not Found`); other
    // providers (TypeScript's words, our own snippets) offer other items at the same place.
    const ours = list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Snippet && typeof i.detail === 'string' && /^(?:\d{3} )?[A-Z][\w' -]+/.test(i.detail) && /^(?:\d{3}|[A-Z][A-Z0-9_]+)$/.test(labelOf(i)));
    if (ours.length || !expected || attempt === 10) return ours;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

const labelOf = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);

describe('completion', function () {
  this.timeout(20_000);

  it('typing res.status(4 offers the 4xx codes with their phrase, the common ones first', async () => {
    const items = await completions('js', 'app.get("/", (req, res) => res.status(4');
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(sorted.slice(0, 4).map(labelOf), ['400', '401', '403', '404']);
    const notFound = items.find((i) => labelOf(i) === '404');
    assert.ok(notFound);
    assert.equal(notFound.detail, 'Not Found');
    assert.match((notFound.documentation as vscode.MarkdownString | undefined)?.value ?? '', /\./);
  });

  it('offers a scheme\'s constants after its qualifier, and nothing in plain code', async () => {
    const constants = await completions('py', 'return Response(data, status=status.HTTP_40');
    assert.ok(constants.some((i) => labelOf(i) === 'HTTP_404_NOT_FOUND'), constants.map(labelOf).join(' '));
    assert.deepEqual(await completions('js', 'const width = 4', false), []);
  });
});
