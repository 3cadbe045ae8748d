// Which detection rules apply to a document: VS Code language ids grouped into families that
// share syntax for status codes, and the usual file-extension → language-id mapping for the CLI.

export type LanguageFamily =
  | 'js' | 'python' | 'go' | 'jvm' | 'csharp' | 'ruby' | 'php' | 'rust' | 'elixir'
  | 'yaml' | 'json' | 'http' | 'nginx' | 'apache' | 'caddy' | 'docs';

const FAMILIES: Readonly<Record<string, LanguageFamily>> = {
  javascript: 'js', javascriptreact: 'js', typescript: 'js', typescriptreact: 'js',
  // Only their `<script>` parts (and Astro's front matter) are read, as JavaScript (see ./regions).
  vue: 'js', svelte: 'js', astro: 'js', html: 'js',
  python: 'python',
  go: 'go',
  java: 'jvm', kotlin: 'jvm', groovy: 'jvm', scala: 'jvm',
  csharp: 'csharp',
  ruby: 'ruby', erb: 'ruby',
  php: 'php',
  rust: 'rust',
  elixir: 'elixir',
  yaml: 'yaml',
  json: 'json', jsonc: 'json',
  http: 'http',
  nginx: 'nginx',
  apacheconf: 'apache',
  caddyfile: 'caddy',
  markdown: 'docs', plaintext: 'docs',
};

/** The language ids the extension serves (and activates on). */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.keys(FAMILIES);

export function familyOf(languageId: string): LanguageFamily | undefined {
  return Object.prototype.hasOwnProperty.call(FAMILIES, languageId) ? FAMILIES[languageId] : undefined;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  '.js': 'javascript', '.cjs': 'javascript', '.mjs': 'javascript', '.jsx': 'javascriptreact',
  '.ts': 'typescript', '.cts': 'typescript', '.mts': 'typescript', '.tsx': 'typescriptreact',
  '.vue': 'vue', '.svelte': 'svelte', '.astro': 'astro', '.html': 'html', '.htm': 'html',
  '.py': 'python', '.pyi': 'python',
  '.go': 'go',
  '.java': 'java', '.kt': 'kotlin', '.kts': 'kotlin', '.groovy': 'groovy', '.scala': 'scala',
  '.cs': 'csharp',
  '.rb': 'ruby', '.rake': 'ruby', '.erb': 'erb',
  '.php': 'php',
  '.rs': 'rust',
  '.ex': 'elixir', '.exs': 'elixir', '.heex': 'elixir', '.eex': 'elixir',
  '.yaml': 'yaml', '.yml': 'yaml',
  '.json': 'json', '.jsonc': 'jsonc',
  '.http': 'http', '.rest': 'http',
  '.htaccess': 'apacheconf',
  '.caddyfile': 'caddyfile',
  '.caddyfiletest': 'caddyfile',
  '.md': 'markdown', '.markdown': 'markdown', '.txt': 'plaintext',
};

// `[ \t]*`, not `\s*`: with the `m` flag `\s*` crosses line breaks and each line start rescans the blank lines below it.
const NGINX_HINT = /^[ \t]*(?:server|location|http|upstream)\b[^\n;]*\{|^[ \t]*(?:listen|server_name|proxy_pass|error_page|return)\s/m;
const APACHE_HINT = /^[ \t]*(?:<VirtualHost|<Directory|RewriteRule|RewriteEngine|ErrorDocument|Redirect(?:Match|Permanent|Temp)?)\b/m;

/** Tells nginx from Apache configuration by content (both use `.conf`). */
export function configLanguage(text: string): string | undefined {
  const head = text.slice(0, 20_000);
  if (APACHE_HINT.test(head)) return 'apacheconf';
  if (NGINX_HINT.test(head)) return 'nginx';
  return undefined;
}

/**
 * Maps a file name to the VS Code language id, as VS Code does for these extensions; `.conf`
 * files (nginx.conf, sites-available/*.conf) are nginx or Apache by their content.
 */
export function languageIdForFile(fileName: string, text = ''): string | undefined {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).toLowerCase();
  if (base === '.htaccess' || base === 'httpd.conf' || base === 'apache2.conf') return 'apacheconf';
  if (base === 'nginx.conf') return 'nginx';
  if (base === 'caddyfile') return 'caddyfile';
  const dot = base.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ext = base.slice(dot);
  if (ext === '.conf') return configLanguage(text);
  return Object.prototype.hasOwnProperty.call(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
}

/** Ids VS Code gives files it has no language for (or a generic one): the file name decides. */
const GENERIC_LANGUAGES = new Set(['plaintext', 'properties', 'ini', 'text']);

/**
 * The language detection should use for a document VS Code knows by `languageId`. VS Code has no
 * built-in Kotlin, Elixir, nginx, Apache, Caddyfile or `.http` language: without an extension for them such
 * files arrive as plaintext (or another generic id) and are recognised by their name.
 */
export function effectiveLanguageId(languageId: string, fileName: string, text: string): string {
  if (GENERIC_LANGUAGES.has(languageId)) {
    const byName = languageIdForFile(fileName, text);
    if (byName && byName !== 'plaintext') return byName;
  }
  return languageId;
}

/** File patterns the editor serves whatever language id they open with (see `effectiveLanguageId`). */
export const FILE_PATTERNS: readonly string[] = ['**/*.{kt,kts,ex,exs,heex,eex,http,rest,conf,vue,svelte,astro}', '**/.htaccess', '**/nginx.conf', '**/Caddyfile', '**/*.caddyfile'];
