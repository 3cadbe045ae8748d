import * as vscode from 'vscode';
import { COMMANDS } from './commands';

// The Get Started walkthrough's buttons that no other feature offers: an example to hover and fix,
// and the rule pages shipped with the extension.

/** A handler to try the hover and its fixes on; untitled, so nothing is written to disk. */
const EXAMPLE = `// Hover a status code below, then click one of its alternatives to apply it.
const express = require('express');
const app = express();

app.get('/users/:id', (req, res) => {
  const user = findUser(req.params.id);
  if (!user) return res.status(404).json({ error: 'not_found' });
  res.json(user);
});

app.post('/orders', (req, res) => {
  saveOrder(req.body);
  res.redirect(302, '/orders/done'); // after a write: see the suggestion
});

app.get('/admin', (req, res) => res.status(401).end()); // no WWW-Authenticate yet
`;

export function registerWalkthrough(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.openExample, async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'javascript', content: EXAMPLE });
      const editor = await vscode.window.showTextDocument(document);
      const at = document.positionAt(EXAMPLE.indexOf('404'));
      editor.selection = new vscode.Selection(at, at);
      return document.uri.toString();
    }),
    vscode.commands.registerCommand(COMMANDS.openRules, async () => {
      const rules = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
      await vscode.commands.executeCommand('markdown.showPreview', rules);
      return rules.toString();
    }),
  );
}
