import { ERROR_RESPONSES, FRAMEWORKS, problemJson, type ErrorResponse, type LanguageId } from './catalog';

// Turns the catalog into VS Code snippet files, one per language id. Pure: no I/O, same output
// every time. scripts/generate-snippets.mjs writes the result to snippets/<languageId>.json and
// the unit tests check the committed files against it.

export interface VsCodeSnippet {
  prefix: string[];
  body: string[];
  description: string;
}

/** The content of one snippet file: snippet name → snippet. */
export type SnippetFile = Record<string, VsCodeSnippet>;

/** Language ids with a snippet file, in file order. */
export const SNIPPET_LANGUAGES: readonly LanguageId[] = [
  'javascript', 'typescript', 'python', 'go', 'java', 'csharp', 'ruby', 'php', 'rust', 'json',
];

/** The slug as one prefix word: "not_found" → "notfound". */
export function slugWord(response: ErrorResponse): string {
  return response.slug.replace(/_/g, '');
}

/**
 * Prefixes of a snippet, all ending in the same qualifier ("express", "problem-express") or, for
 * the bare problem document, with "problem" as the qualifier:
 * 404-express, notfound-express, http-404-express; 404-problem, notfound-problem, problem-404.
 */
export function prefixes(response: ErrorResponse, qualifier: string, problemDocument = false): string[] {
  const { code } = response;
  const word = slugWord(response);
  return problemDocument
    ? [`${code}-problem`, `${word}-problem`, `problem-${code}`]
    : [`${code}-${qualifier}`, `${word}-${qualifier}`, `http-${code}-${qualifier}`];
}

function headerClause(response: ErrorResponse): string {
  const { header } = response;
  return header ? `sets ${header.name}: ${header.value} (${header.requirement} for ${response.code})` : 'sets no header';
}

function add(file: SnippetFile, name: string, snippet: VsCodeSnippet): void {
  if (Object.hasOwn(file, name)) throw new Error(`duplicate snippet name "${name}"`);
  file[name] = snippet;
}

export function generateSnippets(): Map<string, SnippetFile> {
  const files = new Map<string, SnippetFile>(SNIPPET_LANGUAGES.map((language) => [language, {}]));
  const fileFor = (language: LanguageId): SnippetFile => {
    const file = files.get(language);
    if (!file) throw new Error(`no snippet file for language "${language}"`);
    return file;
  };

  for (const framework of FRAMEWORKS) {
    for (const language of framework.languages) {
      const file = fileFor(language);
      for (const r of ERROR_RESPONSES) {
        add(file, `HTTP ${r.code} ${r.phrase} (${framework.name})`, {
          prefix: prefixes(r, framework.prefix),
          body: framework.template(r),
          description: `Returns ${r.code} ${r.phrase} with a generic JSON body {"error": "${r.slug}", "message": …}; ${headerClause(r)}.`,
        });
      }
      if (!framework.problem) continue;
      for (const r of ERROR_RESPONSES) {
        add(file, `HTTP ${r.code} ${r.phrase}, problem+json (${framework.name})`, {
          prefix: prefixes(r, `problem-${framework.prefix}`),
          body: framework.problem(r),
          description: `Returns ${r.code} ${r.phrase} as application/problem+json (RFC 9457 problem details); ${headerClause(r)}.`,
        });
      }
    }
  }

  const json = fileFor('json');
  for (const r of ERROR_RESPONSES) {
    const header = r.header ? `, with the ${r.header.name} header (${r.header.requirement} for ${r.code})` : '';
    add(json, `HTTP ${r.code} ${r.phrase} (problem+json)`, {
      prefix: prefixes(r, 'problem', true),
      body: problemJson(r),
      description: `RFC 9457 problem details body for ${r.code} ${r.phrase}; serve it as application/problem+json${header}.`,
    });
  }
  return files;
}

/** The snippet files as written to disk: file name ("go.json") → 2-space JSON with a final newline. */
export function snippetFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [language, file] of generateSnippets()) out.set(`${language}.json`, `${JSON.stringify(file, null, 2)}\n`);
  return out;
}
