// Parts of a document written in another language: `<script>` in Vue, Svelte, Astro and HTML
// files (and Astro's front matter), fenced code blocks in Markdown (by the fence's language).
// Detection runs on each part with that part's rules; the rest keeps the document's own.

export interface Region {
  readonly start: number;
  readonly end: number;
  readonly languageId: string;
}

/** Languages whose files carry code only inside `<script>` (and front matter). */
const SCRIPT_HOSTS = new Set(['vue', 'svelte', 'astro', 'html']);
const MARKDOWN = new Set(['markdown']);

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;
const FENCE = /^([ \t]*)(`{3,}(?!`)|~{3,}(?!~))([^\n]*)\n/gm;

/** Fence info strings that name a language detection knows, by their usual spellings. */
const FENCE_LANGUAGES: Readonly<Record<string, string>> = {
  js: 'javascript', javascript: 'javascript', jsx: 'javascriptreact', node: 'javascript',
  ts: 'typescript', typescript: 'typescript', tsx: 'typescriptreact',
  py: 'python', python: 'python', python3: 'python',
  go: 'go', golang: 'go',
  java: 'java', kotlin: 'kotlin', kt: 'kotlin', groovy: 'groovy', scala: 'scala',
  cs: 'csharp', csharp: 'csharp', 'c#': 'csharp',
  rb: 'ruby', ruby: 'ruby', erb: 'erb',
  php: 'php',
  rs: 'rust', rust: 'rust',
  ex: 'elixir', exs: 'elixir', elixir: 'elixir',
  yaml: 'yaml', yml: 'yaml', json: 'json', jsonc: 'jsonc',
  http: 'http', nginx: 'nginx', apache: 'apacheconf', apacheconf: 'apacheconf', caddy: 'caddyfile', caddyfile: 'caddyfile',
};

/**
 * The parts of a text and the language each is detected as, in order; undefined when the whole
 * text is one language (the common case, at no cost).
 */
export function regionsOf(text: string, languageId: string): Region[] | undefined {
  if (SCRIPT_HOSTS.has(languageId)) return scriptRegions(text, languageId);
  if (MARKDOWN.has(languageId) && (text.includes('```') || text.includes('~~~'))) return fencedRegions(text, languageId);
  if (languageId === 'caddyfile') return adaptTestRegions(text);
  return undefined;
}

/** Caddy's `.caddyfiletest`: a Caddyfile, a line of dashes, then the JSON it adapts to. */
const ADAPT_SEPARATOR = /^-{5,}[ \t]*\r?$/m;

function adaptTestRegions(text: string): Region[] | undefined {
  const separator = ADAPT_SEPARATOR.exec(text);
  if (!separator) return undefined;
  const json = separator.index + separator[0].length;
  return [{ start: 0, end: separator.index, languageId: 'caddyfile' }, { start: json, end: text.length, languageId: 'json' }];
}

function scriptRegions(text: string, languageId: string): Region[] {
  const regions: Region[] = [];
  if (languageId === 'astro' && text.startsWith('---')) {
    const close = text.indexOf('\n---', 3);
    if (close > 0) regions.push({ start: 3, end: close, languageId: 'typescript' });
  }
  SCRIPT.lastIndex = 0;
  for (let m = SCRIPT.exec(text); m; m = SCRIPT.exec(text)) {
    const body = m[1] ?? '';
    const start = m.index + m[0].indexOf('>') + 1;
    regions.push({ start, end: start + body.length, languageId: /\blang=["']?ts/.test(m[0]) ? 'typescript' : 'javascript' });
  }
  return regions;
}

function fencedRegions(text: string, languageId: string): Region[] {
  const regions: Region[] = [];
  let cursor = 0;
  FENCE.lastIndex = 0;
  for (let m = FENCE.exec(text); m; m = FENCE.exec(text)) {
    const marker = m[2] ?? '```';
    const bodyStart = m.index + m[0].length;
    const closeMatch = new RegExp(`^[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`, 'm').exec(text.slice(bodyStart));
    const bodyEnd = closeMatch ? bodyStart + closeMatch.index : text.length;
    const info = /^[ \t]*([\w#+.-]*)/.exec(m[3] ?? '')?.[1] ?? '';
    const fenced = FENCE_LANGUAGES[info.toLowerCase()];
    if (fenced) {
      if (m.index > cursor) regions.push({ start: cursor, end: m.index, languageId });
      regions.push({ start: bodyStart, end: bodyEnd, languageId: fenced });
      cursor = bodyEnd;
    }
    FENCE.lastIndex = closeMatch ? bodyEnd + closeMatch[0].length : text.length;
  }
  if (cursor < text.length) regions.push({ start: cursor, end: text.length, languageId });
  return regions;
}
