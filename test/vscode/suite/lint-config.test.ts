import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, positionOf, workspaceFile } from './helpers';

// The project's .http-status-guide.json and inline suppressions, in the editor's diagnostics.

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'HTTP Status Guide');
}

const summary = (uri: vscode.Uri): string[] => ours(uri)
  .map((d) => `${d.range.start.line} ${typeof d.code === 'object' ? String(d.code.value) : ''} ${vscode.DiagnosticSeverity[d.severity]}`)
  .sort();

async function until(read: () => string[], accept: (value: string[]) => boolean): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    const value = read();
    if (accept(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  return read();
}

describe('project config and suppressions in the editor', () => {
  const uri = workspaceFile('configured/handlers.js');
  const configUri = workspaceFile('configured/.http-status-guide.json');

  it('the nearest .http-status-guide.json changes the diagnostics; a suppression silences one line', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const got = await until(() => summary(uri), (s) => s.length >= 2);
    // 455 (unassigned-code off) and 444 (nginx accepted) are gone, 401's header is an error, only the unsuppressed 305 remains
    assert.deepEqual(got, ['2 missing-header Error', '6 deprecated-code Warning']);
  });

  it('hovers a custom code with the name and meaning the config gives it', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const text = (await hoverText(uri, positionOf(document, '455', 1))) ?? '';
    assert.ok(text.startsWith("455 Quota Exceeded · this project's own code"), text);
    assert.match(text, /monthly request quota ran out/);
    assert.match(text, /treat it like 400 Bad Request/);
  });

  it('reloads the config when it changes, and reports a broken one on the file itself', async () => {
    const original = await vscode.workspace.fs.readFile(configUri);
    try {
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('{ "rules": { "missing-header": "off" } }'));
      const relaxed = await until(() => summary(uri), (s) => !s.some((d) => d.includes('missing-header')));
      assert.ok(relaxed.includes('1 unassigned-code Warning'), relaxed.join(', '));
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('{ "rules": { "missing-header": "loud" } }'));
      const reported = (): string => vscode.languages.getDiagnostics(configUri).map((d) => d.message).join(' | ');
      let message = '';
      for (let i = 0; i < 100 && !message; i++) { message = reported(); await new Promise((r) => setTimeout(r, 100)); }
      assert.match(message, /rules\.missing-header: expected one of off, info, warning, error/);
    } finally {
      await vscode.workspace.fs.writeFile(configUri, original);
    }
    const back = await until(() => summary(uri), (s) => s.includes('2 missing-header Error'));
    assert.ok(back.includes('2 missing-header Error'), back.join(', '));
  });

  it('offers "Disable <rule> for this line", which inserts the comment in the language\'s syntax', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'python', content: 'def f():\n    abort(455)\n' });
    await vscode.window.showTextDocument(document);
    const diagnostics = await until(() => ours(document.uri).map((d) => d.message), (m) => m.length > 0);
    assert.ok(diagnostics.length, 'the unassigned 455 is reported');
    const range = ours(document.uri)[0]?.range ?? new vscode.Range(1, 10, 1, 13);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
    const disable = actions.find((a) => a.title === 'Disable unassigned-code for this line');
    assert.ok(disable?.edit, actions.map((a) => a.title).join(' | '));
    await vscode.workspace.applyEdit(disable.edit);
    assert.equal(document.getText(), 'def f():\n    # http-status-guide-disable-next-line unassigned-code\n    abort(455)\n');
    assert.deepEqual(await until(() => ours(document.uri).map((d) => d.message), (m) => m.length === 0), [], 'and the diagnostic goes');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
