import { familyOf, scan, type LanguageFamily, type Occurrence } from '../detection';
import { schemeById, type NamingScheme } from '../naming/schemes';
import { NUMBER_FORMS, type Edit } from './rewrite';

// Literal ↔ named constant, in the naming scheme the file already uses. Only schemes whose names
// are plain integers (or integer enums, or symbols the framework takes wherever it takes a number)
// take part, so both directions keep the code compiling.

/** Literal idioms where a constant of a family's scheme may stand instead of the number. */
const CONSTANT_FRIENDLY_IDIOMS: Readonly<Partial<Record<LanguageFamily, ReadonlySet<string> | 'all'>>> = {
  js: 'all', python: 'all', go: 'all', php: 'all', csharp: 'all',
  jvm: new Set(['jvm.status']),
  ruby: new Set(['rails.status-option', 'rails.head', 'rspec.have_http_status', 'minitest.assert_response']),
  elixir: new Set(['plug.status']),
};

/** Imports that say which scheme a file uses, strongest first (bounded: no pattern rescans a long line or the blank lines below a line start). */
const IMPORT_HINTS: readonly (readonly [LanguageFamily, RegExp, string])[] = [
  ['python', /^[ \t]*from\s+(?:rest_framework|fastapi|starlette)\s+import\s+(?:\S[^\n]*)?\bstatus\b/m, 'starlette.status'],
  ['python', /^[ \t]*(?:from\s+http\s+import\s+(?:\S[^\n]*)?\bHTTPStatus\b|import\s+http\b)/m, 'python.HTTPStatus'],
  ['go', /"net\/http"/, 'go.http'],
  ['go', /"github\.com\/gofiber\/fiber/, 'fiber'],
  ['js', /['"]http-status-codes['"]/, 'http-status-codes'],
  ['js', /\bHttpStatus\b[^\n]{0,300}['"]@nestjs\/common['"]/, 'nestjs.HttpStatus'],
  ['js', /\bHttpStatusCode\b[^\n]{0,300}['"]axios['"]/, 'axios.HttpStatusCode'],
  ['csharp', /\busing\s+Microsoft\.AspNetCore\.Http\s*;|\bStatusCodes\.Status\d{3}/, 'aspnet.StatusCodes'],
  ['php', /\buse\s+(?:Symfony\\Component\\HttpFoundation|Illuminate\\Http)\\Response\s*;/, 'symfony.Response'],
  ['jvm', /\bimport\s+(?:jakarta|javax)\.servlet\.http\.HttpServletResponse\s*;/, 'servlet.SC'],
  ['ruby', /./, 'rack.symbols'],
  ['elixir', /./, 'plug.atoms'],
];

const MAX_SCANNED = 1_000_000;

/** The number-compatible scheme the file already writes constants in, or imports. */
export function schemeInUse(text: string, languageId: string): NamingScheme | undefined {
  const family = familyOf(languageId);
  if (!family) return undefined;
  const counts = new Map<string, number>();
  // Counting needs a scan; on huge files the imports alone decide.
  for (const o of text.length <= MAX_SCANNED ? scan(text, languageId) : []) {
    if (o.kind === 'constant' && NUMBER_FORMS[o.idiom]) counts.set(o.idiom, (counts.get(o.idiom) ?? 0) + 1);
  }
  const used = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (used) return schemeById(used);
  const hint = IMPORT_HINTS.find(([f, pattern]) => f === family && pattern.test(text));
  return hint ? schemeById(hint[2]) : undefined;
}

export interface Refactoring {
  readonly title: string;
  readonly edits: readonly Edit[];
}

/** "Replace 404 with http.StatusNotFound" for a literal in a position that takes a constant. */
export function literalToConstant(languageId: string, occurrence: Occurrence, scheme: NamingScheme | undefined): Refactoring | undefined {
  const family = familyOf(languageId);
  const friendly = family && CONSTANT_FRIENDLY_IDIOMS[family];
  if (!scheme || !friendly || occurrence.kind !== 'literal') return undefined;
  if (friendly !== 'all' && !friendly.has(occurrence.idiom)) return undefined;
  if (occurrence.idiom === 'named-constant' || occurrence.idiom === 'prose' || occurrence.idiom === 'status-text') return undefined;
  const name = scheme.nameOf(occurrence.code);
  if (!name) return undefined;
  const constant = `${scheme.qualifier}${name}`;
  return { title: `Replace ${occurrence.code} with ${constant}`, edits: [{ start: occurrence.start, end: occurrence.end, newText: constant }] };
}

/** "Replace http.StatusNotFound with 404" where the scheme's names are plain numbers. */
export function constantToLiteral(text: string, occurrence: Occurrence): Refactoring | undefined {
  if (occurrence.kind !== 'constant' || NUMBER_FORMS[occurrence.idiom] !== String) return undefined;
  const original = text.slice(occurrence.start, occurrence.end);
  return { title: `Replace ${original} with ${occurrence.code}`, edits: [{ start: occurrence.start, end: occurrence.end, newText: String(occurrence.code) }] };
}

/** In a Python file with no status constants yet: use HTTPStatus and add its (standard-library) import. */
export function literalToConstantWithImport(text: string, languageId: string, occurrence: Occurrence): Refactoring | undefined {
  if (familyOf(languageId) !== 'python') return undefined;
  const scheme = schemeById('python.HTTPStatus');
  const refactoring = scheme && literalToConstant(languageId, occurrence, scheme);
  if (!refactoring) return undefined;
  // After the last top-level import, or at the top of the file.
  let insertAt = 0;
  for (const match of text.matchAll(/^(?:import|from)\s[^\n]*\n/gm)) insertAt = match.index + match[0].length;
  return {
    title: `${refactoring.title} (adds "from http import HTTPStatus")`,
    edits: [{ start: insertAt, end: insertAt, newText: 'from http import HTTPStatus\n' }, ...refactoring.edits],
  };
}
