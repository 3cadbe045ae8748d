import { configLanguage } from './languages';
import type { Region } from './regions';

// Configuration written inside a code file's multi-line string: a Caddyfile or nginx block in a
// Go test's raw string, a JSON body in a template literal or a Python triple-quoted string. Such
// a string is read again with its own language's rules, as an overlay: the host language still
// reads the whole text, so a helper defined above the string is known below it.

/** Languages whose multi-line strings may carry configuration, with their delimiters. */
const DELIMITERS: Readonly<Record<string, readonly string[]>> = {
  go: ['`'],
  javascript: ['`'], typescript: ['`'], javascriptreact: ['`'], typescriptreact: ['`'],
  python: ['"""', "'''"],
  java: ['"""'], kotlin: ['"""'], scala: ['"""'], groovy: ['"""'],
  csharp: ['"""'],
  rust: ['r#"'],
};

/** The end of a Rust raw string opened by `r#"`. */
const CLOSING: Readonly<Record<string, string>> = { 'r#"': '"#' };

/** A Caddyfile: a site block and a directive that answers with a status. */
const CADDY_HINT = /^[ \t]*(?:respond|reverse_proxy|handle_errors|replace_status|file_server|redir|@[\w-]+[ \t]+status)\b/m;
/** nginx ends its directives with `;` (a docstring line starting "return 404 if…" does not). */
const DIRECTIVE_END = /;[ \t]*$/m;
/** JSON: an object or array whose first member is a quoted key or value. */
const JSON_START = /^\s*[{[]\s*["{[]/;

/** Characters of a string read to tell its language (the hints look at its first lines). */
const SNIFF = 4_000;

/** The multi-line strings of a text that hold configuration, in order; empty for most texts. */
export function embeddedRegions(text: string, languageId: string): Region[] {
  const delimiters = DELIMITERS[languageId];
  if (!delimiters) return [];
  const regions: Region[] = [];
  for (const open of delimiters) {
    const close = CLOSING[open] ?? open;
    // indexOf from where the last string ended: linear, and an unclosed string ends the search.
    for (let at = text.indexOf(open); at >= 0; ) {
      const start = at + open.length;
      const end = text.indexOf(close, start);
      if (end < 0) break;
      const language = start < end && text.lastIndexOf('\n', end) > start ? languageOfBody(text.slice(start, Math.min(end, start + SNIFF))) : undefined;
      if (language) regions.push({ start, end, languageId: language });
      at = text.indexOf(open, end + close.length);
    }
  }
  return regions.sort((a, b) => a.start - b.start);
}

function languageOfBody(body: string): string | undefined {
  if (JSON_START.test(body)) return 'json';
  const config = configLanguage(body);
  if (config === 'apacheconf' || (config === 'nginx' && DIRECTIVE_END.test(body))) return config;
  return CADDY_HINT.test(body) && body.includes('{') ? 'caddyfile' : undefined;
}
