import { effectiveLanguageId, familyOf, languageIdForFile } from '../core/detection';

// LSP clients name languages their own way: Neovim sends its filetype (`cs`, `sh`), Emacs'
// eglot its major mode (`js`, `typescript-ts`), Helix its language name. Detection speaks VS
// Code's ids; this maps one onto the other, and falls back on the file's name (Kotlin, Elixir,
// nginx… arrive as plaintext or under a name no one agrees on).

const ALIASES: Readonly<Record<string, string>> = {
  js: 'javascript', jsx: 'javascriptreact', mjs: 'javascript', cjs: 'javascript',
  ts: 'typescript', tsx: 'typescriptreact',
  py: 'python', python3: 'python',
  rb: 'ruby',
  cs: 'csharp', 'c#': 'csharp', 'c-sharp': 'csharp',
  kt: 'kotlin', kts: 'kotlin',
  ex: 'elixir', exs: 'elixir', heex: 'elixir', eex: 'elixir',
  rs: 'rust',
  golang: 'go',
  yml: 'yaml',
  md: 'markdown',
  conf: 'plaintext',
  apache: 'apacheconf',
  caddy: 'caddyfile',
};

/** Emacs major modes (`python-ts`, `js2`, `typescript-tsx`) and editor ids down to one detection knows. */
function normalized(id: string): string {
  const lower = id.toLowerCase().replace(/-(?:ts|mode)$/, '').replace(/^js2$/, 'js').replace(/^typescript-tsx$/, 'tsx');
  return ALIASES[lower] ?? lower;
}

/** The language detection reads a document in: the client's id where it names one, else the file's name. */
export function detectionLanguageOf(clientLanguageId: string, filePath: string, text: string): string | undefined {
  const id = effectiveLanguageId(normalized(clientLanguageId), filePath, text.slice(0, 20_000));
  if (familyOf(id)) return id;
  const byName = languageIdForFile(filePath, text.slice(0, 20_000));
  return byName && familyOf(byName) ? byName : undefined;
}
