import { schemesFor } from '../naming/schemes';
import type { LanguageFamily } from './languages';

// Import lines name helpers and constants without using them: `scan`, the audit and the lint
// rules must not count them (a hover there may still explain). Some imports also bring a
// library's constants in bare (`import …Status.Companion.FORBIDDEN`, `import static
// …HttpStatus.NOT_FOUND`, `from starlette.status import HTTP_404_NOT_FOUND`): after them the bare
// name is that constant.

/** How far back the head of a multi-line import (`import {` … `} from`) may be. */
const IMPORT_REACH = 2000;
/** How far back the start of a token's line is looked for. */
const LINE_REACH = 400;

const IMPORT_LINE: Readonly<Partial<Record<LanguageFamily, RegExp>>> = {
  js: /^\s*(?:import\b|export\s*\{[^}]*\}\s*from\b|(?:const|let|var)\s*\{[^}]*\}\s*=\s*require\()/,
  python: /^\s*(?:from\s+\S+\s+)?import\s/,
  jvm: /^\s*import\s/,
  csharp: /^\s*(?:global\s+)?using\s+(?:static\s+)?[\w.]+\s*(?:=\s*[\w.<>]+\s*)?;/,
  php: /^\s*use\s/,
  rust: /^\s*(?:pub\s+)?use\s/,
  elixir: /^\s*(?:alias|import|require)\s/,
};

/** Heads of imports that continue over several lines, and what ends them. */
const MULTILINE_IMPORT: Readonly<Partial<Record<LanguageFamily, [RegExp, string]>>> = {
  js: [/^[ \t]*(?:import|export)\s+(?:type\s+)?\{[^}]*$/m, '}'],
  python: [/^[ \t]*from\s+\S+\s+import\s*\([^)]*$/m, ')'],
  rust: [/^[ \t]*(?:pub\s+)?use\s[^;]*$/m, ';'],
  php: [/^[ \t]*use\s[^;]*$/m, ';'],
};

/** Whether the token at `start` sits on an import (or inside a multi-line one). */
export function isOnImport(text: string, start: number, family: LanguageFamily): boolean {
  const pattern = IMPORT_LINE[family];
  if (!pattern) return false;
  // Bounded: a token far into a minified line is no import.
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < LINE_REACH && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if ((lineStart === 0 || text.charCodeAt(lineStart - 1) === 10) && pattern.test(text.slice(lineStart, start))) return true;
  const multiline = MULTILINE_IMPORT[family];
  if (!multiline) return false;
  const window = text.slice(Math.max(0, start - IMPORT_REACH), start);
  const head = Math.max(window.lastIndexOf('import'), window.lastIndexOf('use '), window.lastIndexOf('export'));
  // Only the text after the last import keyword's line start can open the import around the token.
  return head >= 0 && !window.includes(multiline[1], head) && multiline[0].test(window.slice(Math.max(0, window.lastIndexOf('\n', head) ), window.length));
}

/** Constant or helper imported under its bare name, with the scheme that names it. */
export interface ImportedName {
  readonly code: number;
  readonly idiom: string;
  readonly kind: 'constant' | 'helper';
}

const BARE_IMPORTS: Readonly<Partial<Record<LanguageFamily, RegExp>>> = {
  jvm: /^[ \t]*import\s+(?:static\s+)?[\w.]*?\b(\w+)\.(?:Companion\.)?([A-Za-z_]\w*)\s*(?:;[ \t]*)?$/gm,
  python: /^[ \t]*from\s+[\w.]*?\b(\w+)\s+import\s+([^\n#]+)/gm,
};

/** The bare names a text's imports bring in from known constant schemes. */
export function importedNames(text: string, family: LanguageFamily): ReadonlyMap<string, ImportedName> {
  const pattern = BARE_IMPORTS[family];
  const found = new Map<string, ImportedName>();
  if (!pattern || !text.includes('import')) return found;
  const schemes = schemesFor(family);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const owner = m[1] ?? '';
    const names = (m[2] ?? '').replace(/[()\\]/g, ' ').split(',').map((n) => n.trim().split(/\sas\s/).map((part) => part.trim()));
    for (const [name, alias] of names) {
      if (!name) continue;
      for (const scheme of schemes) {
        const qualifier = scheme.qualifier.replace(/\.$/, '');
        const code = qualifier === owner || qualifier.endsWith(`.${owner}`) ? scheme.codeOf(name) : undefined;
        if (code !== undefined) {
          found.set(alias ?? name, { code, idiom: scheme.id, kind: scheme.kind });
          break;
        }
      }
    }
  }
  return found;
}
