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

/** Whether the token at `start` sits on an import's line (the line up to the token reads as one). */
function onImportLine(text: string, start: number, pattern: RegExp): boolean {
  // Bounded: a token far into a minified line is no import.
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < LINE_REACH && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  return (lineStart === 0 || text.charCodeAt(lineStart - 1) === 10) && pattern.test(text.slice(lineStart, start));
}

/**
 * The spans of a text's multi-line imports (`import {⏎ … ⏎} from`), from the head's line to its
 * closing character (at most IMPORT_REACH), found in one pass, as [start, end) pairs in order.
 */
function multilineImports(text: string, family: LanguageFamily): number[] {
  const multiline = MULTILINE_IMPORT[family];
  const spans: number[] = [];
  if (!multiline) return spans;
  const [head, closer] = multiline;
  const heads = new RegExp(head.source, 'gm');
  for (let m = heads.exec(text); m; m = heads.exec(text)) {
    const close = text.indexOf(closer, m.index + m[0].length);
    const end = close < 0 ? m.index + IMPORT_REACH : Math.min(close, m.index + IMPORT_REACH);
    spans.push(m.index, end);
    heads.lastIndex = Math.max(heads.lastIndex, end);
  }
  return spans;
}

/**
 * Whether a token sits on an import (or inside a multi-line one), for every token of one text:
 * the multi-line imports are found once, then each token is a binary search.
 */
export function importTester(text: string, family: LanguageFamily): (start: number) => boolean {
  const pattern = IMPORT_LINE[family];
  if (!pattern) return () => false;
  let spans: number[] | undefined;
  return (start) => {
    if (onImportLine(text, start, pattern)) return true;
    spans ??= multilineImports(text, family);
    let lo = 0;
    let hi = spans.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const from = spans[2 * mid] ?? 0;
      const to = spans[2 * mid + 1] ?? 0;
      if (start < from) hi = mid - 1;
      else if (start >= to) lo = mid + 1;
      else return true;
    }
    return false;
  };
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

/**
 * Another protocol's status types imported under the name an HTTP library uses: after
 * `import io.grpc.Status`, `Status.NOT_FOUND` is gRPC's code 5, not JAX-RS's 404.
 */
const FOREIGN_IMPORTS: Readonly<Partial<Record<LanguageFamily, RegExp>>> = {
  jvm: /^[ \t]*import\s+io\.grpc\.(Status)(?:[ \t]*;)?[ \t]*$/gm,
};

/** The bare qualifiers a text's imports give to another protocol's status codes. */
export function foreignQualifiers(text: string, family: LanguageFamily): ReadonlySet<string> {
  const pattern = FOREIGN_IMPORTS[family];
  const found = new Set<string>();
  if (!pattern || !text.includes('import')) return found;
  for (const m of text.matchAll(pattern)) if (m[1]) found.add(m[1]);
  return found;
}
