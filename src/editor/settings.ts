import * as vscode from 'vscode';
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
