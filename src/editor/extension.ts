import type * as vscode from 'vscode';
import { registerHover } from './hover';

// The editor layer: each feature adapts the pure core (src/core) to one VS Code API and registers
// its disposables on the context. Nothing here computes guidance itself.

export function activate(context: vscode.ExtensionContext): void {
  registerHover(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
