import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually, hoverText, untitledDocument } from './helpers';

function guideTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('httpStatusGuide.guide'));
}

async function ourHover(document: vscode.TextDocument, needle: string): Promise<vscode.MarkdownString> {
  const position = document.positionAt(document.getText().indexOf(needle) + needle.length - 2);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const ours = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes('command:httpStatusGuide.openGuide'));
  assert.ok(ours, `a hover on ${needle}`);
  return ours;
}

describe('guidance in real VS Code', () => {
  it('renders a compact hover for a code of each class: gist, check, alternatives', async () => {
    const cases: [string, RegExp][] = [
      ['res.status(100)', /100 Continue · go ahead, send the request body/],
      ['res.status(201)', /201 Created · created, Location names it[\s\S]*Put the new resource/],
      ['res.status(302)', /302 Found · [\s\S]*Consider instead[\s\S]*303 See Other[\s\S]*307 Temporary Redirect/],
      ['res.status(429)', /429 Too Many Requests · [\s\S]*Retry-After/],
      ['res.status(503)', /503 Service Unavailable · down for now, try again later/],
      ['res.status(499)', /499 [\s\S]*nginx only/],
      ['res.status(418)', /418 \(Unused\)[\s\S]*reserved — do not use/],
      ['res.status(471)', /471 \(unassigned\)[\s\S]*treat it like 400/],
    ];
    const document = await untitledDocument('js', cases.map(([c]) => `${c};`).join('\n'));
    for (const [needle, expected] of cases) {
      const at = document.positionAt(document.getText().indexOf(needle) + needle.length - 2);
      const text = await hoverText(document.uri, at);
      if (!text) {
        const all = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
        const seen = all.map((h) => h.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : JSON.stringify(c))).join('|').slice(0, 120));
        assert.fail(`hover on ${needle} in ${document.uri.toString()} (${document.languageId}, closed ${document.isClosed}): ${all.length} hovers: ${seen.join(' || ')}; text: ${JSON.stringify(document.getText().slice(0, 60))}`);
      }
      assert.match(text, expected, needle);
    }
  });

  it('hover links run only our own commands', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'typescript', content: 'res.status(404).end();' });
    const markdown = await ourHover(document, 'status(404');
    assert.deepEqual(markdown.isTrusted, { enabledCommands: ['httpStatusGuide.openGuide', 'httpStatusGuide.replaceStatus'] });
    const commands = [...markdown.value.matchAll(/\(command:([\w.]+)\?/g)].map((m) => m[1]);
    assert.ok(commands.includes('httpStatusGuide.openGuide'));
    assert.ok(commands.includes('httpStatusGuide.replaceStatus'));
    assert.ok(commands.every((c) => c === 'httpStatusGuide.openGuide' || c === 'httpStatusGuide.replaceStatus'));
  });

  it('the hover\'s "410 Gone" link replaces only the status token, and undo restores the text', async () => {
    const original = "app.get('/a', (req, res) => {\n  return res.status(404).json({ error: 'not_found' });\n});\n";
    const document = await vscode.workspace.openTextDocument({ language: 'javascript', content: original });
    await vscode.window.showTextDocument(document);
    const markdown = await ourHover(document, 'status(404');
    const link = [...markdown.value.matchAll(/\[410 Gone\]\(command:httpStatusGuide\.replaceStatus\?([^ )]+) "Use 410 here"\)/g)][0]?.[1];
    assert.ok(link, 'the alternative\'s name is a link that applies it');
    const args = JSON.parse(decodeURIComponent(link)) as unknown[];
    assert.equal(await vscode.commands.executeCommand('httpStatusGuide.replaceStatus', ...args), true);
    assert.equal(document.getText(), original.replace('status(404)', 'status(410)'));
    // The same link again is stale now: it must not edit.
    assert.equal(await vscode.commands.executeCommand('httpStatusGuide.replaceStatus', ...args), false);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
  });

  it('opens the full guide in one reusable webview and follows links between codes', async () => {
    assert.equal(await vscode.commands.executeCommand('httpStatusGuide.openGuide', 410), 410);
    const labels = (): string[] => guideTabs().map((t) => t.label);
    assert.deepEqual(await eventually(labels, (l) => l.length > 0), ['HTTP 410 Gone']);
    assert.equal(await vscode.commands.executeCommand('httpStatusGuide.openGuide', 404), 404);
    assert.deepEqual(await eventually(labels, (l) => l[0] === 'HTTP 404 Not Found'), ['HTTP 404 Not Found'], 'the panel is reused');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.deepEqual(await eventually(labels, (l) => l.length === 0), []);
  });
});
