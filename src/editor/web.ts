import type * as vscode from 'vscode';
import * as core from '../core/engine';
import { useEngine } from './engine';
import { activateWith } from './extension';

// The web build's entry (vscode.dev, dist/web/extension.js): one bundle with the engine linked
// in, and the audit reading through workspace.fs.

export { deactivate } from './extension';

export function activate(context: vscode.ExtensionContext): void {
  useEngine(() => core);
  activateWith(context);
}
