import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { hoverText, positionOf, workspaceFile } from './helpers';

// What real projects write, in a real extension host: languages VS Code has no grammar for
// (opened as plaintext), the project's own helpers (defined far above, or in another file),
// scripts inside Vue files and code fences in Markdown.

async function open(file: string | vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(typeof file === 'string' ? workspaceFile(file) : file);
  await vscode.window.showTextDocument(document);
  return document;
}

describe('real code in a real extension host', () => {
  it('hovers a Ktor constant in a Kotlin file that VS Code opens as plaintext', async () => {
    // Outside the test workspace: a Kotlin file in the workspace would activate the extension on startup.
    const document = await open(vscode.Uri.file(path.resolve(__dirname, '../../../../test/fixtures/outside/Routing.kt')));
    assert.equal(document.languageId, 'plaintext', 'code-server has no Kotlin language: this is the case users meet');
    const text = await hoverText(document.uri, positionOf(document, 'HttpStatusCode.NotFound', 'HttpStatusCode.'.length + 2));
    assert.ok(text, 'a hover on HttpStatusCode.NotFound');
    assert.match(text, /404 Not Found/);
    assert.match((await hoverText(document.uri, positionOf(document, 'HttpStatusCode.OK', 'HttpStatusCode.'.length))) ?? '', /200 OK/);
  });

  it('hovers a call of a helper defined 500 lines above, and says why it is a status', async () => {
    const document = await open('real/long-module.js');
    const call = positionOf(document, 'finish(res, 409', 'finish(res, '.length + 1);
    assert.ok(call.line > 500);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, call);
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : ''))).join('\n');
    assert.match(markdown, /409 Conflict/);
    assert.match(markdown, /Status of\* `finish` \*\(line 2\), which reaches\* `res\.status\(httpCode\)\.send\(body\);`/);
    assert.equal(await hoverText(document.uri, positionOf(document, '= 4;', 2)), undefined, 'the numbers in between are no statuses');
  });

  it('hovers a call of a helper defined in another file, once the workspace index has learnt it', async () => {
    const document = await open('real/legal.js');
    const at = positionOf(document, '451', 1);
    // The index starts shortly after activation and reads the workspace in the background.
    let text: string | undefined;
    for (const deadline = Date.now() + 15_000; !text && Date.now() < deadline;) {
      text = await hoverText(document.uri, at);
      if (!text) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.ok(text, 'a hover on the 451 passed to respondWith (defined in respond.js)');
    assert.match(text, /451 Unavailable For Legal Reasons/);
    assert.match(text, /respondWith.*respond\.js:2/);
  });

  it('hovers inside the <script> of a Vue file, not in its template', async () => {
    const document = await open('real/ErrorPage.vue');
    const text = await hoverText(document.uri, positionOf(document, '503', 1));
    assert.ok(text, 'a hover on the 503 the script compares with the status');
    assert.match(text, /503 Service Unavailable/);
    assert.equal(await hoverText(document.uri, positionOf(document, '404px', 1)), undefined);
  });

  it('hovers in a Markdown fence by the fence\'s language, and not in a CSS fence', async () => {
    const document = await open('real/fences.md');
    assert.match((await hoverText(document.uri, positionOf(document, 'abort(404)', 'abort('.length + 1))) ?? '', /404 Not Found/);
    assert.equal(await hoverText(document.uri, positionOf(document, '404px', 1)), undefined);
  });
});
