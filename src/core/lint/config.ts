import type { Occurrence } from '../detection';
import type { KnowledgeBase } from '../knowledge';
import { VENDOR_PACKS, type VendorPack } from '../knowledge/types';
import type { PreferConstantStyle } from './prefer-constant';
import { lint, RULES, type Finding, type LintOptions, type RuleId, type Severity } from './rules';
import { applySuppressions, type Suppression } from './suppressions';

// A project's `.http-status-guide.json`: rule severities, the vendor packs it accepts, its own
// codes and the files to leave alone. Parsed and checked here (one clear message naming the key),
// applied to the findings of ./rules.ts by every host: the CLI, the editor and the language server.

export { CONFIG_FILE } from './config-file';

export type RuleLevel = Severity | 'off';

/** A team's own status code: it stops counting as unassigned. */
export interface CustomCode {
  readonly code: number;
  readonly phrase: string;
  readonly meaning: string;
}

export interface LintConfig {
  readonly rules: Readonly<Partial<Record<RuleId, RuleLevel>>>;
  /** gitignore-style patterns, relative to the config file's folder. */
  readonly ignore: readonly string[];
  readonly packs: readonly VendorPack[];
  readonly customCodes: readonly CustomCode[];
  /** prefer-constant's `style` option. */
  readonly preferConstantStyle: PreferConstantStyle;
}

export const EMPTY_CONFIG: LintConfig = { rules: {}, ignore: [], packs: [], customCodes: [], preferConstantStyle: 'constant' };

/** `info` is the short form people write; `information` is VS Code's word. */
const LEVELS: Readonly<Record<string, RuleLevel>> = {
  off: 'off', hint: 'hint', info: 'information', information: 'information', warning: 'warning', warn: 'warning', error: 'error',
};

export type ConfigResult = { readonly config: LintConfig } | { readonly key: string; readonly message: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

class ConfigError extends Error {
  constructor(readonly key: string, message: string) { super(message); }
}

function level(value: unknown, key: string): RuleLevel {
  // `[severity, options]` as in ESLint: the options belong to rules that take some.
  const written: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (Array.isArray(value) && (value.length > 2 || (value.length === 2 && !isObject(value[1])))) {
    throw new ConfigError(key, 'expected a severity or [severity, { options }]');
  }
  const found = typeof written === 'string' ? LEVELS[written] : undefined;
  if (!found) throw new ConfigError(key, `expected one of off, info, warning, error (got ${JSON.stringify(written)})`);
  return found;
}

function rules(value: unknown): LintConfig['rules'] {
  if (value === undefined) return {};
  if (!isObject(value)) throw new ConfigError('rules', 'expected an object of rule id → severity');
  const out: Partial<Record<RuleId, RuleLevel>> = {};
  for (const [id, setting] of Object.entries(value)) {
    if (!Object.hasOwn(RULES, id)) throw new ConfigError(`rules.${id}`, `unknown rule (rules are ${Object.keys(RULES).join(', ')})`);
    if (Array.isArray(setting) && setting.length === 2 && id !== 'prefer-constant') throw new ConfigError(`rules.${id}[1]`, 'this rule takes no options');
    out[id as RuleId] = level(setting, `rules.${id}`);
  }
  return out;
}

/** `"prefer-constant": ["warning", { "style": "literal" }]`; the only rule with options. */
function preferConstantStyle(value: unknown): PreferConstantStyle {
  const setting = isObject(value) ? value['prefer-constant'] : undefined;
  const options: unknown = Array.isArray(setting) ? (setting as unknown[])[1] : undefined;
  if (options === undefined) return 'constant';
  if (!isObject(options)) throw new ConfigError('rules.prefer-constant[1]', 'expected { "style": "constant" | "literal" }');
  const unknown = Object.keys(options).find((k) => k !== 'style');
  if (unknown) throw new ConfigError(`rules.prefer-constant[1].${unknown}`, 'unknown option (prefer-constant takes style)');
  if (options.style === undefined || options.style === 'constant' || options.style === 'literal') return options.style ?? 'constant';
  throw new ConfigError('rules.prefer-constant[1].style', `expected "constant" or "literal" (got ${JSON.stringify(options.style)})`);
}

function strings(value: unknown, key: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) throw new ConfigError(key, 'expected a list of non-empty strings');
  return value as string[];
}

function packs(value: unknown): VendorPack[] {
  const names = strings(value, 'packs');
  names.forEach((name, i) => {
    if (!Object.hasOwn(VENDOR_PACKS, name)) throw new ConfigError(`packs[${i}]`, `unknown pack ${JSON.stringify(name)} (packs are ${Object.keys(VENDOR_PACKS).join(', ')})`);
  });
  return names as VendorPack[];
}

function customCodes(value: unknown): CustomCode[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ConfigError('customCodes', 'expected a list of { code, phrase, meaning }');
  return value.map((entry: unknown, i) => {
    const key = `customCodes[${i}]`;
    if (!isObject(entry)) throw new ConfigError(key, 'expected { code, phrase, meaning }');
    const { code, phrase, meaning } = entry;
    if (typeof code !== 'number' || !Number.isInteger(code) || code < 100 || code > 599) throw new ConfigError(`${key}.code`, 'expected a status code from 100 to 599');
    if (typeof phrase !== 'string' || !phrase.trim()) throw new ConfigError(`${key}.phrase`, 'expected the code\'s name, e.g. "Quota Exceeded"');
    if (typeof meaning !== 'string' || !meaning.trim()) throw new ConfigError(`${key}.meaning`, 'expected one line on what the code means');
    const unknown = Object.keys(entry).find((k) => !['code', 'phrase', 'meaning'].includes(k));
    if (unknown) throw new ConfigError(`${key}.${unknown}`, 'unknown key (a custom code has code, phrase and meaning)');
    return { code, phrase, meaning };
  });
}

/** Parses a config file's text; a problem names the key (`rules.missing-header`) and what was expected. */
export function parseLintConfig(text: string): ConfigResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { key: '(file)', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  try {
    if (!isObject(data)) throw new ConfigError('(file)', 'expected a JSON object');
    const known = new Set(['$schema', 'rules', 'ignore', 'packs', 'customCodes']);
    const unknown = Object.keys(data).find((k) => !known.has(k));
    if (unknown) throw new ConfigError(unknown, 'unknown key (keys are rules, ignore, packs, customCodes)');
    return {
      config: {
        rules: rules(data.rules), ignore: strings(data.ignore, 'ignore'), packs: packs(data.packs), customCodes: customCodes(data.customCodes),
        preferConstantStyle: preferConstantStyle(data.rules),
      },
    };
  } catch (error) {
    if (error instanceof ConfigError) return { key: error.key, message: error.message };
    throw error;
  }
}

/** A finding with the severity the config gives its rule. */
export interface RatedFinding extends Finding {
  readonly severity: Severity;
}

/**
 * The findings a project wants, at the severity it wants: rules turned off go, codes of accepted
 * packs are no longer non-standard, a team's own codes are no longer unassigned.
 */
export function applyConfig(findings: readonly Finding[], config: LintConfig, kb: KnowledgeBase): RatedFinding[] {
  const custom = new Set(config.customCodes.map((c) => c.code));
  const accepted = new Set(config.packs);
  const out: RatedFinding[] = [];
  for (const finding of findings) {
    const severity = config.rules[finding.rule] ?? RULES[finding.rule].defaultSeverity;
    if (severity === 'off') continue;
    if (finding.rule === 'unassigned-code' && custom.has(finding.code)) continue;
    const pack = kb.get(finding.code)?.pack;
    if (finding.rule === 'non-standard-code' && pack !== undefined && accepted.has(pack)) continue;
    out.push({ ...finding, severity });
  }
  return out;
}

/** A suppression that silenced nothing, as a finding of `unused-suppression` (it has no status code: 0). */
export function unusedSuppressions(unused: readonly Suppression[], config: LintConfig): RatedFinding[] {
  const severity = config.rules['unused-suppression'] ?? RULES['unused-suppression'].defaultSeverity;
  if (severity === 'off') return [];
  return unused.map((s) => ({
    rule: 'unused-suppression', start: s.start, end: s.end, code: 0, suggest: [], severity,
    message: `This http-status-guide-disable${s.scope === 'file' ? '' : `-${s.scope}`} comment silences nothing${s.rules.length ? ` (${s.rules.join(', ')})` : ''}; remove it.`,
  }));
}

/** What lint itself needs from the config: rules that only run when a config turns them on. */
export function lintOptions(config: LintConfig): LintOptions {
  const preferConstant = config.rules['prefer-constant'] ?? RULES['prefer-constant'].defaultSeverity;
  return preferConstant === 'off' ? {} : { preferConstant: config.preferConstantStyle };
}

/**
 * A text's findings as the project wants them, the one pipeline every host runs: lint (with the
 * rules only a config turns on), then the suppression comments (before the severities, so one
 * whose rule the config turns off still covers its line), then the config's severities, packs
 * and custom codes, and last the suppressions that silenced nothing.
 */
export function lintProject(text: string, languageId: string, kb: KnowledgeBase, config: LintConfig, context: {
  readonly fileName?: string;
  readonly occurrences?: readonly Occurrence[];
  /** 0-based line of an offset. */
  readonly lineOf: (offset: number) => number;
}): RatedFinding[] {
  const found = lint(text, languageId, kb, context.fileName, context.occurrences, lintOptions(config));
  const { kept, unused } = applySuppressions(text, found, context.lineOf);
  return [...applyConfig(kept, config, kb), ...unusedSuppressions(unused, config)];
}

/**
 * The rules an editor applies: the project's file decides the rules it names (the team's
 * choice), the user's own settings the rest.
 */
export function withUserRules(project: LintConfig, userRules: LintConfig['rules']): LintConfig {
  return { ...project, rules: { ...userRules, ...project.rules } };
}
