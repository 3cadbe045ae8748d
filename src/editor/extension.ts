import type * as vscode from 'vscode';
import type { AuditThreads } from './audit-threads';
import { registerCodeActions } from './code-actions';
import { registerCompletion } from './completion';
import { registerDiagnostics } from './diagnostics';
import { registerLintConfig } from './lint-config';
import { registerGuidePanel } from './guide-panel';
import { registerHover } from './hover';
import { registerInlayHints } from './inlay-hints';
import { registerLookup } from './lookup';
import { registerViews } from './views';
import { registerWhichCode } from './which-code';
import { registerReplaceStatus } from './replace';
import { registerWalkthrough } from './walkthrough';
import { registerWorkspaceIndex } from './workspace-index';

// The editor layer: each feature adapts the pure core (src/core) to one VS Code API and registers
// its disposables on the context. Nothing here computes guidance itself, and nothing runs at
// activation beyond registration (the engine and the knowledge data load on first use, ./engine;
// the workspace's helper index starts in the background a moment later).

/** Every feature, for both entry points (./desktop, ./web); `auditThreads` is what the desktop build adds. */
export function activateWith(context: vscode.ExtensionContext, auditThreads?: AuditThreads): void {
  // The project's .http-status-guide.json: read by the hover (custom codes), the diagnostics and the audit.
  const configs = registerLintConfig(context);
  registerHover(context, configs);
  registerGuidePanel(context);
  registerReplaceStatus(context);
  registerCodeActions(context);
  registerCompletion(context);
  registerDiagnostics(context, configs);
  registerInlayHints(context);
  registerLookup(context);
  registerWhichCode(context);
  registerViews(context, configs, auditThreads);
  registerWorkspaceIndex(context);
  registerWalkthrough(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
