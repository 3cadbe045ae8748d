// Which detection rules apply to a document: VS Code language ids grouped into families that
// share syntax for status codes.

export type LanguageFamily = 'js' | 'python' | 'go' | 'jvm' | 'csharp' | 'ruby' | 'php' | 'rust' | 'elixir' | 'data';

const FAMILIES: Readonly<Record<string, LanguageFamily>> = {
  javascript: 'js',
  javascriptreact: 'js',
  typescript: 'js',
  typescriptreact: 'js',
};

/** The language ids the extension serves (and activates on). */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.keys(FAMILIES);

export function familyOf(languageId: string): LanguageFamily | undefined {
  return Object.prototype.hasOwnProperty.call(FAMILIES, languageId) ? FAMILIES[languageId] : undefined;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  '.js': 'javascript',
  '.cjs': 'javascript',
  '.mjs': 'javascript',
  '.jsx': 'javascriptreact',
  '.ts': 'typescript',
  '.cts': 'typescript',
  '.mts': 'typescript',
  '.tsx': 'typescriptreact',
};

/** Maps a file name to the VS Code language id, as VS Code does for these extensions. */
export function languageIdForFile(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ext = fileName.slice(dot).toLowerCase();
  return Object.prototype.hasOwnProperty.call(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
}
