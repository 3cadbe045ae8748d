import * as vscode from 'vscode';
import { RULES, type RuleId, type Severity } from '../core/lint/rules';
import type { Detail } from '../core/render/guide';

// Reads the extension's settings, falling back to defaults when a value is malformed (settings
// are user-edited JSON; a wrong type must not break the hover).

export interface HoverSettings {
  readonly enabled: boolean;
  readonly detail: Detail;
}

export function hoverSettings(scope?: vscode.ConfigurationScope): HoverSettings {
  const config = vscode.workspace.getConfiguration('httpStatusGuide', scope);
  const enabled = config.get<unknown>('hover.enabled');
  const detail = config.get<unknown>('hover.detail');
  return {
    enabled: typeof enabled === 'boolean' ? enabled : true,
    detail: detail === 'full' ? 'full' : 'compact',
  };
}

export interface DiagnosticsSettings {
  readonly enabled: boolean;
  /** Severity overrides per rule; rules not named keep their default. */
  readonly rules: Partial<Record<RuleId, Severity | 'off'>>;
}

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function diagnosticsSettings(scope?: vscode.ConfigurationScope): DiagnosticsSettings {
  const config = vscode.workspace.getConfiguration('httpStatusGuide', scope);
  const enabled = config.get<unknown>('diagnostics.enabled');
  const raw = config.get<unknown>('diagnostics.rules');
  const rules: Partial<Record<RuleId, Severity | 'off'>> = {};
  if (typeof raw === 'object' && raw !== null) {
    for (const [id, level] of Object.entries(raw)) {
      if (Object.prototype.hasOwnProperty.call(RULES, id) && typeof level === 'string' && LEVELS.has(level)) {
        rules[id as RuleId] = level as Severity | 'off';
      }
    }
  }
  return { enabled: typeof enabled === 'boolean' ? enabled : true, rules };
}

export type InlayHintMode = 'off' | 'literals' | 'all';

export function inlayHintMode(scope?: vscode.ConfigurationScope): InlayHintMode {
  const mode = vscode.workspace.getConfiguration('httpStatusGuide', scope).get<unknown>('inlayHints.mode');
  return mode === 'off' || mode === 'all' ? mode : 'literals';
}
