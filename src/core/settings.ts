import { RULES, type RuleId, type Severity } from './lint/rules';
import type { Detail } from './render/guide';

// The user's settings (`httpStatusGuide.*`), read the same way by every host: VS Code's
// configuration, an LSP client's `workspace/configuration` answer or its initializationOptions.
// Settings are user-edited JSON: a malformed value falls back to its default, never throws.

export interface HoverSettings {
  readonly enabled: boolean;
  readonly detail: Detail;
}

export interface DiagnosticsSettings {
  readonly enabled: boolean;
  /** Severity overrides per rule; rules not named keep their default. */
  readonly rules: Partial<Record<RuleId, Severity | 'off'>>;
}

export type InlayHintMode = 'off' | 'literals' | 'all';

export interface Settings {
  readonly hover: HoverSettings;
  readonly diagnostics: DiagnosticsSettings;
  readonly inlayHints: InlayHintMode;
  /** Learn the workspace's own status helpers in the background. */
  readonly workspaceIndex: boolean;
}

/** Reads one setting by its dotted key below `httpStatusGuide` (`hover.detail`). */
export type SettingReader = (key: string) => unknown;

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function readSettings(get: SettingReader): Settings {
  const enabled = (key: string): boolean => {
    const value = get(key);
    return typeof value === 'boolean' ? value : true;
  };
  const rules: Partial<Record<RuleId, Severity | 'off'>> = {};
  const raw = get('diagnostics.rules');
  if (typeof raw === 'object' && raw !== null) {
    for (const [id, level] of Object.entries(raw)) {
      if (Object.hasOwn(RULES, id) && typeof level === 'string' && LEVELS.has(level)) rules[id as RuleId] = level as Severity | 'off';
    }
  }
  const mode = get('inlayHints.mode');
  return {
    hover: { enabled: enabled('hover.enabled'), detail: get('hover.detail') === 'full' ? 'full' : 'compact' },
    diagnostics: { enabled: enabled('diagnostics.enabled'), rules },
    inlayHints: mode === 'off' || mode === 'all' ? mode : 'literals',
    workspaceIndex: enabled('workspaceIndex.enabled'),
  };
}

/** A reader over a nested settings object (`{ hover: { detail: 'full' } }`), also accepting flat dotted keys. */
export function objectReader(settings: unknown): SettingReader {
  return (key) => {
    if (typeof settings !== 'object' || settings === null) return undefined;
    const flat = (settings as Record<string, unknown>)[key];
    if (flat !== undefined) return flat;
    let value: unknown = settings;
    for (const part of key.split('.')) {
      if (typeof value !== 'object' || value === null) return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  };
}

export const DEFAULT_SETTINGS: Settings = readSettings(() => undefined);
