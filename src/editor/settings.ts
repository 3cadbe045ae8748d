import * as vscode from 'vscode';
import type { DiagnosticsSettings, HoverSettings, InlayHintMode } from '../core/settings';
import { engine } from './engine';

// The extension's settings for a document, read by the core's rules (src/core/settings.ts): a
// malformed value falls back to its default.

function settingsFor(scope?: vscode.ConfigurationScope) {
  const config = vscode.workspace.getConfiguration('httpStatusGuide', scope);
  return engine().readSettings((key) => config.get<unknown>(key));
}

export function hoverSettings(scope?: vscode.ConfigurationScope): HoverSettings {
  return settingsFor(scope).hover;
}

export function diagnosticsSettings(scope?: vscode.ConfigurationScope): DiagnosticsSettings {
  return settingsFor(scope).diagnostics;
}

export function inlayHintMode(scope?: vscode.ConfigurationScope): InlayHintMode {
  return settingsFor(scope).inlayHints;
}
