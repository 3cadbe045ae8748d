import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually, positionOf, workspaceFile } from './helpers';

// Inlay hints, diagnostics, the commands and the audit, through the real extension host.

function hintLabel(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join('');
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'HTTP Status Guide');
}

describe('inlay hints', () => {
  it('show the phrase after a literal status, not after other numbers, and follow the setting', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('app.js'));
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
    const ourHints = hints.filter((h) => ['Not Found', 'No Content'].includes(hintLabel(h)));
    assert.deepEqual(ourHints.map((h) => [hintLabel(h), h.position.line]).sort(), [['No Content', 16], ['Not Found', 9]]);
    const after404 = ourHints.find((h) => hintLabel(h) === 'Not Found');
    assert.deepEqual(after404?.position, positionOf(document, 'status(404)', 'status(404'.length));
    const config = vscode.workspace.getConfiguration('httpStatusGuide');
    await config.update('inlayHints.mode', 'off', vscode.ConfigurationTarget.Global);
    try {
      const none = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
      assert.equal(none.filter((h) => hintLabel(h) === 'Not Found').length, 0);
    } finally {
      await config.update('inlayHints.mode', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

describe('diagnostics', () => {
  it('report the rules on an open document, with links, and follow settings and edits', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('lint-sample.js'));
    const diagnostics = await eventually(() => ours(document.uri), (d) => d.length >= 3, 5000);
    const byRule = new Map(diagnostics.map((d) => [typeof d.code === 'object' ? String(d.code.value) : '', d]));
    assert.deepEqual([...byRule.keys()].sort(), ['body-on-no-content', 'missing-header', 'unassigned-code']);
    const unassigned = byRule.get('unassigned-code');
    assert.ok(unassigned);
    assert.equal(unassigned.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(unassigned.message, /455 is not assigned.*treat it as 400/);
    // the rule link opens the page shipped with the extension: a file that exists
    const target = typeof unassigned.code === 'object' ? unassigned.code.target : undefined;
    assert.match(target?.toString() ?? '', /\/docs\/rules\/unassigned-code\.md$/);
    assert.ok(target && (await vscode.workspace.fs.stat(target)).size > 200, 'the rule page exists');
    assert.equal(byRule.get('missing-header')?.severity, vscode.DiagnosticSeverity.Information);

    // A quick fix exists where the diagnostic is.
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, unassigned.range, 'quickfix');
    assert.ok(fixes.some((f) => f.title.startsWith('Use 400 Bad Request')), fixes.map((f) => f.title).join(' | '));
    const header = byRule.get('missing-header');
    assert.ok(header);
    const headerActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, header.range, 'quickfix');
    assert.ok(headerActions.some((f) => f.title === 'Add the WWW-Authenticate header 401 needs'), headerActions.map((f) => f.title).join(' | '));

    const config = vscode.workspace.getConfiguration('httpStatusGuide');
    await config.update('diagnostics.rules', { 'unassigned-code': 'off', 'missing-header': 'warning' }, vscode.ConfigurationTarget.Global);
    try {
      const changed = await eventually(() => ours(document.uri), (d) => !d.some((x) => typeof x.code === 'object' && x.code.value === 'unassigned-code'), 5000);
      assert.equal(changed.find((d) => typeof d.code === 'object' && d.code.value === 'missing-header')?.severity, vscode.DiagnosticSeverity.Warning);
    } finally {
      await config.update('diagnostics.rules', undefined, vscode.ConfigurationTarget.Global);
    }

    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, document.getWordRangeAtPosition(positionOf(document, '455', 1)) ?? new vscode.Range(0, 0, 0, 0), '404');
    await vscode.workspace.applyEdit(edit);
    const afterEdit = await eventually(() => ours(document.uri), (d) => !d.some((x) => x.message.includes('455')), 5000);
    assert.ok(!afterEdit.some((d) => d.message.includes('455')));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('commands', () => {
  it('Which Code Should I Use? walks the decision tree in quick picks', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const running = vscode.commands.executeCommand<number | undefined>('httpStatusGuide.whichCode');
    // Accept the first answer at each step: "It worked" → "Returned what was asked for".
    for (let i = 0; i < 2; i++) {
      await new Promise((r) => setTimeout(r, 400));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    assert.equal(await running, 200);
  });

  it('Look Up Code… lists every code and opens the chosen one', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const running = vscode.commands.executeCommand<number | undefined>('httpStatusGuide.lookUpCode');
    await new Promise((r) => setTimeout(r, 400));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await running, 100);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Audit Workspace finds the codes by class, with problems, and respects files.exclude', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number; occurrences: number; findings: number; groups: { group: string; codes: { code: number; count: number }[] }[] }>('httpStatusGuide.auditWorkspace');
    assert.ok(summary.files >= 10, `${summary.files} files`);
    const fourxx = summary.groups.find((g) => g.group === '4xx');
    assert.ok((fourxx?.codes.find((c) => c.code === 404)?.count ?? 0) >= 3);
    assert.ok(summary.findings >= 3, `${summary.findings} findings`);
    const files = vscode.workspace.getConfiguration('files');
    await files.update('exclude', { '**/samples': true }, vscode.ConfigurationTarget.Global);
    try {
      const fewer = await vscode.commands.executeCommand<{ files: number }>('httpStatusGuide.auditWorkspace');
      assert.ok(fewer.files < summary.files && fewer.files >= 2, `${fewer.files} < ${summary.files}`);
    } finally {
      await files.update('exclude', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('Audit Workspace reads files on disk in worker threads, learning helpers across files itself', async () => {
    const summary = await vscode.commands.executeCommand<{ readBy: string; groups: { group: string; codes: { code: number; count: number }[] }[] }>('httpStatusGuide.auditWorkspace');
    assert.equal(summary.readBy, 'worker threads');
    // real/legal.js passes 451 to respondWith, defined in real/respond.js: only both passes find it.
    const fourxx = summary.groups.find((g) => g.group === '4xx');
    assert.ok((fourxx?.codes.find((c) => c.code === 451)?.count ?? 0) >= 1, JSON.stringify(fourxx?.codes));
  });
});
