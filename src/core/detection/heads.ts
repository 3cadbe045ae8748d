import type { Evidence } from './flow';
import type { LanguageFamily } from './languages';

// Function clauses that match a status in a parameter, as Elixir writes them: `defp reason(404)`,
// `defp new_request(env, 303, location)`. Such a number is a status when the text calls the same
// function with a status in that place (`reason(conn.status)`, `new_request(env, status, url)`) or
// another clause names that parameter for a status (`defp reason(status) when status >= 500`).

/** A clause head up to the token: `defp name(` and the arguments written before it on the line. */
const CLAUSE_HEAD = /^[ \t]*defp?\s+([a-z_]\w*[?!]?)\s*\(([^()\n]*)$/;
/** After the token: the parameter ends. */
const PARAMETER_END = /^\s*[,)]/;
/** An argument or parameter that holds a status: `status`, `conn.status`, `resp.status_code`, `http_status`. */
const STATUS_ARGUMENT = /^(?:[a-z_]\w*\.)*_?(?:status|status_code|http_status|code)$/;
/** Distinct functions one text may look up (each costs a search of the text). */
const MAX_FUNCTIONS = 32;
/** Call sites read per function. */
const MAX_CALLS = 200;
/** Longest argument list read at a call site. */
const CALL_REACH = 300;

/** The function and parameter index a number stands in as a clause's pattern, if it does. */
export function clauseParameterAt(head: string, tail: string): { name: string; index: number } | undefined {
  if (!PARAMETER_END.test(tail)) return undefined;
  const m = CLAUSE_HEAD.exec(head);
  const name = m?.[1];
  const written = m?.[2];
  if (name === undefined || written === undefined || !/^\s*$/.test(written.slice(written.lastIndexOf(',') + 1))) return undefined;
  return { name, index: topLevelCommas(written) };
}

function topLevelCommas(args: string): number {
  let depth = 0;
  let commas = 0;
  for (const c of args) {
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 0) commas++;
  }
  return commas;
}

/** The arguments of a call or head whose list opens at `open` (the parenthesis), split at top level. */
function argumentsAt(text: string, open: number): string[] | undefined {
  const args: string[] = [];
  let depth = 0;
  let from = open + 1;
  const limit = Math.min(text.length, open + CALL_REACH);
  for (let i = from; i < limit; i++) {
    const c = text.charAt(i);
    if (c === '\n') return undefined;
    if (c === '(' || c === '{' || c === '[') depth++;
    else if ((c === ')' || c === '}' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      args.push(text.slice(from, i).trim());
      from = i + 1;
    } else if (c === ')') {
      args.push(text.slice(from, i).trim());
      return args;
    }
  }
  return undefined;
}

/** Parameter index → where the text gives that parameter a status. */
export type StatusSlots = ReadonlyMap<number, Evidence>;

/** Which parameters of a function the text gives a status: learned per function name, on first ask. */
export function statusSlotsOf(text: string, family: LanguageFamily): (name: string) => StatusSlots {
  const learned = new Map<string, StatusSlots>();
  return (name) => {
    let slots = learned.get(name);
    if (slots) return slots;
    slots = family === 'elixir' && learned.size < MAX_FUNCTIONS ? slotsFromCalls(text, name) : new Map();
    learned.set(name, slots);
    return slots;
  };
}

function slotsFromCalls(text: string, name: string): Map<number, Evidence> {
  const slots = new Map<number, Evidence>();
  const escaped = name.replace(/[?!]/g, '\\$&');
  const call = new RegExp(`(?<![\\w.:])${escaped}\\(`, 'g');
  let calls = 0;
  for (let m = call.exec(text); m && calls < MAX_CALLS; m = call.exec(text), calls++) {
    const at = m.index;
    // A pipe gives the call its first argument: `|> new_request(status, url)` fills parameter 1 with status.
    const shift = /\|>\s*$/.test(text.slice(Math.max(0, at - 40), at)) ? 1 : 0;
    argumentsAt(text, at + m[0].length - 1)?.forEach((arg, written) => {
      const index = written + shift;
      if (slots.has(index) || !STATUS_ARGUMENT.test(arg)) return;
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const lineEnd = text.indexOf('\n', at);
      slots.set(index, { via: name, reaches: text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim(), line: lineNumberAt(text, at) });
    });
  }
  return slots;
}

function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
