import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { untitledDocument } from './helpers';

// Golden tests in the real extension host: Ctrl+. on a 404 in each stack offers 410 and 403;
// applying the fix through the WorkspaceEdit gives the golden text, and undo restores the original.

const STACKS: readonly (readonly [language: string, before: string, token: string, after410: string])[] = [
  ['javascript', "res.status(404).json({ error: 'not_found' });\n", '404', "res.status(410).json({ error: 'not_found' });\n"],
  ['typescript', "throw new NotFoundException('missing');\n", 'NotFoundException', "throw new GoneException('missing');\n"],
  ['python', 'def show():\n    abort(404)\n', '404', 'def show():\n    abort(410)\n'],
  ['python', 'return Response(status=status.HTTP_404_NOT_FOUND)\n', 'HTTP_404_NOT_FOUND', 'return Response(status=status.HTTP_410_GONE)\n'],
  ['go', 'func h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusNotFound)\n}\n', 'StatusNotFound', 'func h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusGone)\n}\n'],
  ['java', 'return ResponseEntity.status(HttpStatus.NOT_FOUND).build();\n', 'NOT_FOUND', 'return ResponseEntity.status(HttpStatus.GONE).build();\n'],
  ['csharp', 'public IActionResult Get() { return NotFound(); }\n', 'NotFound', 'public IActionResult Get() { return StatusCode(StatusCodes.Status410Gone); }\n'],
  ['ruby', 'def destroy\n  head :not_found\nend\n', 'not_found', 'def destroy\n  head :gone\nend\n'],
  ['php', '<?php\nabort(404);\n', '404', '<?php\nabort(410);\n'],
  ['rust', 'fn f() -> StatusCode { StatusCode::NOT_FOUND }\n', 'NOT_FOUND', 'fn f() -> StatusCode { StatusCode::GONE }\n'],
  ['yaml', "responses:\n  '404':\n    description: missing\n", '404', "responses:\n  '410':\n    description: missing\n"],
];

async function actionsAt(document: vscode.TextDocument, token: string, kind: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const start = document.positionAt(document.getText().indexOf(token) + 1);
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(start, start), kind.value);
}

/** Each stack's file extension: a named untitled document, never a reused "Untitled-1" (see untitledDocument). */
const EXTENSIONS: Readonly<Record<string, string>> = {
  javascript: 'js', typescript: 'ts', python: 'py', go: 'go', java: 'java', csharp: 'cs', ruby: 'rb', php: 'php', rust: 'rs', yaml: 'yaml',
};

async function documentOf(language: string, content: string): Promise<vscode.TextDocument> {
  const document = await untitledDocument(EXTENSIONS[language] ?? language, content);
  assert.equal(document.languageId, language);
  return document;
}

describe('code actions in a real extension host', () => {
  for (const [language, before, token, after410] of STACKS) {
    it(`${language}: ${token} offers 410 and 403; 410 gives the golden text; undo restores it`, async () => {
      const document = await documentOf(language, before);
      await vscode.window.showTextDocument(document);
      const actions = await actionsAt(document, token, vscode.CodeActionKind.QuickFix);
      const titles = actions.map((a) => a.title);
      const gone = actions.find((a) => a.title.startsWith('Use 410 Gone — '));
      assert.ok(gone?.edit, `410 offered among: ${titles.join(' | ')}`);
      assert.ok(titles.some((t) => t.startsWith('Use 403 Forbidden — ')), `403 offered among: ${titles.join(' | ')}`);
      assert.ok(actions.every((a) => a.kind?.value === 'quickfix'));
      assert.ok(await vscode.workspace.applyEdit(gone.edit));
      assert.equal(document.getText(), after410);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), before, 'undo leaves the document byte-for-byte as it was');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }

  it('offers literal ↔ constant refactorings in the scheme the file uses', async () => {
    const document = await documentOf('go', 'import "net/http"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusOK)\n\tw.WriteHeader(404)\n}\n');
    const toConstant = await actionsAt(document, '404', vscode.CodeActionKind.RefactorRewrite);
    assert.deepEqual(toConstant.map((a) => a.title), ['Replace 404 with http.StatusNotFound']);
    assert.equal(toConstant[0]?.kind?.value, 'refactor.rewrite');
    const toLiteral = await actionsAt(document, 'StatusOK', vscode.CodeActionKind.RefactorRewrite);
    assert.deepEqual(toLiteral.map((a) => a.title), ['Replace http.StatusOK with 200']);
  });

  it('offers nothing on numbers that are not status codes', async () => {
    const document = await documentOf('javascript', 'const PAGE_WIDTH = 404;\n');
    assert.deepEqual(await actionsAt(document, '404', vscode.CodeActionKind.QuickFix), []);
  });
});
