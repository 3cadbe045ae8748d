import type { LanguageFamily } from '../languages';

// The shape of a literal idiom and the small builders the per-family files write them with.

export type LiteralKind = 'literal' | 'statusLine' | 'directive';

/** Checks that need more than the line's text, done by the engine. */
export type Requirement =
  /** The enclosing `switch` looks at a status. */
  | 'switchOnStatus'
  /** The name assigned is named like this status, or like a status at all. */
  | 'statusName'
  /** The function called is named for responding (send…, respond…, fail…, …Json). */
  | 'responderCall'
  /** The number is a redirect code (301, 302, 303, 307, 308). */
  | 'redirectCode'
  /** The number is in 100–599 (a project's own types and helpers may take other codes too). */
  | 'plausibleCode';

export interface LiteralIdiom {
  /** Stable id reported by `scan` ("express.status"). */
  readonly id: string;
  readonly families: readonly LanguageFamily[];
  readonly kind: LiteralKind;
  /** Must match the end of the text before the number. */
  readonly before: RegExp;
  /** Must match the start of the text after the number. */
  readonly after: RegExp;
  /** The last non-blank characters before the number this idiom can accept ('w' = a word character, '^' = none on the line). */
  readonly triggers: string;
  /** Only this many characters before the number are tested (for patterns that start with a free identifier). */
  readonly reach?: number;
  readonly requires?: Requirement;
}

/** One argument list's text, allowing one level of nested parentheses. */
export const ARGS = String.raw`(?:[^()\n]|\([^()\n]*\))*`;
/** The same, with two levels of nested parentheses: `expect((await app.request('/x', {})).status)`. */
export const DEEP_ARGS = String.raw`(?:[^()\n]|\((?:[^()\n]|\([^()\n]*\))*\))*`;
/** After a literal argument: the argument list goes on or closes. */
export const ARG_END = /^\s*[,)\]]/;
/** After a value: the expression ends. */
export const VALUE_END = /^\s*(?:[,;:)\]}]|=>|->|$|\/\/|#|--|&&|\|\||\band\b|\bor\b|\?|\bthen\b|\bdo\b|\bif\b|\belse\b|\{)/;
/** After a number that must not continue as a longer expression (no unit, operator or member). */
export const STANDALONE = /^(?![\w.]|\s*[*/+%-]\s*\w)/;

export const CODE_FAMILIES: readonly LanguageFamily[] = ['js', 'python', 'go', 'jvm', 'csharp', 'ruby', 'php', 'rust', 'elixir', 'http'];
export const SWITCH_FAMILIES: readonly LanguageFamily[] = ['js', 'go', 'jvm', 'csharp', 'php', 'http'];

type Spec = Omit<LiteralIdiom, 'kind' | 'after' | 'triggers'> & Partial<Pick<LiteralIdiom, 'kind' | 'after' | 'triggers'>>;

export function idiom(spec: Spec): LiteralIdiom {
  return { kind: 'literal', after: STANDALONE, triggers: 'w', ...spec };
}

/** `callee(N` — the number is the first argument. */
export function call(id: string, families: readonly LanguageFamily[], callee: string): LiteralIdiom {
  return idiom({ id, families, before: new RegExp(`${callee}\\(\\s*$`), after: ARG_END, triggers: '(' });
}

/** `callee(x, …, N` — the number is a later argument. */
export function laterArg(id: string, families: readonly LanguageFamily[], callee: string, args = ARGS): LiteralIdiom {
  return idiom({ id, families, before: new RegExp(`${callee}\\(${args},\\s*$`), after: ARG_END, triggers: ',' });
}

/** `subject == N`, `subject >= N` … */
export function compare(id: string, families: readonly LanguageFamily[], subject: string): LiteralIdiom {
  // Four digits (`code >= 5000`, a WebSocket close code) are never an HTTP status.
  return idiom({ id, families, before: new RegExp(`${subject}\\s*(?:===?|!==?|<>|[<>]=?)\\s*$`), after: VALUE_END, triggers: '=<>', requires: 'plausibleCode' });
}
