import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

interface ContributedCommand { command: string; title: string; category?: string }

describe('contributed commands', () => {
  it('every contributed command has a handler and a category', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    const contributed = (extension.packageJSON as { contributes: { commands: ContributedCommand[] } }).contributes.commands;
    assert.ok(contributed.length > 0);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const { command, category } of contributed) {
      assert.ok(registered.has(command), `${command} has a handler`);
      assert.equal(category, 'HTTP Status', `${command} has the category`);
    }
  });
});

describe('what the extension ships and its walkthrough', () => {
  const extension = (): vscode.Extension<unknown> => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found);
    return found;
  };

  it('ships every file its links point at: rule pages, walkthrough images, the l10n bundle', async () => {
    const manifest = extension().packageJSON as { contributes: { walkthroughs: { steps: { media: { image: string } }[] }[] } };
    const files = [
      'docs/rules.md', 'l10n/bundle.l10n.json', 'package.nls.json', 'schemas/config.schema.json', 'docs/rules/unused-suppression.md', 'docs/rules/prefer-constant.md',
      ...['invalid-code', 'unassigned-code', 'non-standard-code', 'deprecated-code', 'missing-header', 'body-on-no-content', 'redirect-after-write'].map((id) => `docs/rules/${id}.md`),
      ...manifest.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.image)),
    ];
    for (const file of files) {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension().extensionUri, ...file.split('/')));
      assert.ok(stat.size > 100, `${file} ships`);
    }
  });

  it('resolves the localized titles (no %key% reaches the user)', () => {
    const manifest = extension().packageJSON as { displayName: string; contributes: { commands: ContributedCommand[] } };
    assert.equal(manifest.displayName, 'HTTP Status Guide');
    for (const command of manifest.contributes.commands) assert.doesNotMatch(command.title, /^%/, command.command);
  });

  it('"Open an Example" opens an untitled handler to hover, at its 404', async () => {
    await extension().activate();
    const uri = await vscode.commands.executeCommand<string>('httpStatusGuide.openExample');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === uri && editor.document.isUntitled);
    assert.equal(editor.document.getText(new vscode.Range(editor.selection.active, editor.selection.active.translate(0, 3))), '404');
    const example = editor.document;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    // Wait until the untitled document is gone: the next untitled document may reuse its name.
    for (let i = 0; i < 50 && !example.isClosed; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(example.isClosed, 'the example closes without a save prompt');
  });

  it('"Open Rule Documentation" shows the shipped rules page', async () => {
    const uri = await vscode.commands.executeCommand<string>('httpStatusGuide.openRules');
    assert.match(uri, /\/docs\/rules\.md$/);
    const previews = (): vscode.Tab[] => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => /rules\.md/.test(t.label));
    for (let i = 0; i < 50 && !previews().length; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(previews().length, 'a preview tab for rules.md');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
