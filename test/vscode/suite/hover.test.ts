import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { KnowledgeBase } from '../../../src/core/knowledge';
import { allRecords } from '../../../src/core/knowledge/records';
import { hoverText, positionOf, workspaceFile } from './helpers';

describe('hover in a real extension host', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await vscode.workspace.openTextDocument(workspaceFile('app.js'));
    await vscode.window.showTextDocument(document);
  });

  it('shows the compact 404 guide on res.status(404), rendered from the knowledge base', async () => {
    const record = new KnowledgeBase(allRecords).get(404);
    assert.ok(record);
    const text = await hoverText(document.uri, positionOf(document, 'status(404)', 'status('.length + 1));
    assert.ok(text, 'a hover appears on 404');
    assert.ok(text.startsWith(`404 Not Found · ${record.gist} · Full guide`), text.slice(0, 120));
    assert.ok(text.includes(record.check), 'the one check from the record');
    assert.match(text, /410 Gone — the resource was removed permanently/);
    assert.match(text, /403 Forbidden — it exists but this caller may not see it/);
    assert.ok(!text.includes(record.eli5), 'everything else belongs to the full guide');
  });

  it('answers on both edges of the number', async () => {
    const start = positionOf(document, '404).json');
    assert.ok(await hoverText(document.uri, start));
    assert.ok(await hoverText(document.uri, start.translate(0, 3)));
  });

  it('shows the 204 guide for res.sendStatus(204)', async () => {
    const text = await hoverText(document.uri, positionOf(document, 'sendStatus(204)', 'sendStatus('.length + 1));
    assert.ok(text);
    assert.match(text, /204 No Content/);
  });

  it('stays silent on numbers that are not status codes', async () => {
    assert.equal(await hoverText(document.uri, positionOf(document, '404; // a width', 1)), undefined);
    assert.equal(await hoverText(document.uri, positionOf(document, '404);\n\nmodule', 1)), undefined);
  });

  it('follows the hover.enabled setting', async () => {
    const config = vscode.workspace.getConfiguration('httpStatusGuide');
    await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      assert.equal(await hoverText(document.uri, positionOf(document, 'status(404)', 8)), undefined);
    } finally {
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.ok(await hoverText(document.uri, positionOf(document, 'status(404)', 8)));
  });
});
