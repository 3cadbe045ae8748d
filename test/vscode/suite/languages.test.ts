import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, positionOf, workspaceFile } from './helpers';

// The hover in each language VS Code recognises out of the box (others are covered by the unit tests).
const SAMPLES: readonly (readonly [file: string, languageId: string, needle: string, offset: number, title: string])[] = [
  ['samples/views.py', 'python', 'abort(404)', 7, '404 Not Found'],
  ['samples/views.py', 'python', 'HTTPStatus.CREATED', 12, '201 Created'],
  ['samples/views.py', 'python', 'status.HTTP_204_NO_CONTENT', 10, '204 No Content'],
  ['samples/server.go', 'go', 'http.StatusTeapot', 8, '418 (Unused)'],
  ['samples/server.go', 'go', '410)', 1, '410 Gone'],
  ['samples/UserController.java', 'java', 'HttpStatus.NOT_FOUND', 12, '404 Not Found'],
  ['samples/OrdersController.cs', 'csharp', 'StatusCodes.Status404NotFound', 15, '404 Not Found'],
  ['samples/OrdersController.cs', 'csharp', 'NotFound()', 2, '404 Not Found'],
  ['samples/posts_controller.rb', 'ruby', ':no_content', 3, '204 No Content'],
  ['samples/ProductController.php', 'php', '422)', 1, '422 Unprocessable Content'],
  ['samples/ProductController.php', 'php', 'Response::HTTP_NO_CONTENT', 12, '204 No Content'],
  ['samples/handlers.rs', 'rust', 'StatusCode::NOT_FOUND', 14, '404 Not Found'],
  ['samples/openapi.yaml', 'yaml', "'429'", 2, '429 Too Many Requests'],
  ['samples/problem.json', 'json', '403', 1, '403 Forbidden'],
  ['samples/API.md', 'markdown', 'HTTP/2 409', 8, '409 Conflict'],
  ['samples/nginx.conf', 'plaintext', '308', 1, '308 Permanent Redirect'],
  ['samples/handler.ts', 'typescript', 'new NotFoundException', 6, '404 Not Found'],
];

describe('hover across languages', () => {
  for (const [file, languageId, needle, offset, title] of SAMPLES) {
    it(`${languageId}: ${needle} → ${title}`, async () => {
      const document = await vscode.workspace.openTextDocument(workspaceFile(file));
      if (languageId !== 'plaintext') assert.equal(document.languageId, languageId);
      const text = await hoverText(document.uri, positionOf(document, needle, offset));
      assert.ok(text, `a hover on ${needle}`);
      assert.ok(text.startsWith(`${title} · `), `title ${title} in:\n${text.slice(0, 200)}`);
    });
  }

  it('gives no hover on numbers that are not statuses in these files', async () => {
    const nginx = await vscode.workspace.openTextDocument(workspaceFile('samples/nginx.conf'));
    assert.equal(await hoverText(nginx.uri, positionOf(nginx, '8080', 1)), undefined);
  });
});
