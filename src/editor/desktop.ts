import * as path from 'node:path';
import type * as vscode from 'vscode';
import { auditThreads } from './audit-threads';
import { useEngine, type Engine } from './engine';
import { activateWith } from './extension';

// The desktop build's entry (dist/extension.js): every feature, the engine as a bundle of its own
// (dist/engine.js) loaded on first use, and the workspace audit of files on disk in worker
// threads (dist/scan-worker.js), which the web build cannot start.

export { deactivate } from './extension';

export function activate(context: vscode.ExtensionContext): void {
  const dist = path.join(context.extensionPath, 'dist');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a separate bundle, loaded when first needed
  useEngine(() => require(path.join(dist, 'engine.js')) as Engine);
  activateWith(context, auditThreads(path.join(dist, 'scan-worker.js'), path.join(dist, 'knowledge.json')));
}
