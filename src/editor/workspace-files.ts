import * as vscode from 'vscode';

// The workspace files the audit and the helper index read: the languages detection serves,
// without what the user excludes, never binary or oversized files.

export const INCLUDE = '**/{*.js,*.cjs,*.mjs,*.jsx,*.ts,*.cts,*.mts,*.tsx,*.vue,*.svelte,*.astro,*.py,*.go,*.java,*.kt,*.kts,*.groovy,*.scala,*.cs,*.rb,*.php,*.rs,*.ex,*.exs,*.yaml,*.yml,*.json,*.http,*.rest,*.conf,*.md,.htaccess}';
export const MAX_FILE_BYTES = 1024 * 1024;

/** files.exclude and search.exclude (the patterns set to true) as one glob. */
export function excludeGlob(): string {
  const patterns = new Set(['**/node_modules/**', '**/.git/**']);
  for (const section of ['files.exclude', 'search.exclude']) {
    const value = vscode.workspace.getConfiguration().get<unknown>(section);
    if (typeof value !== 'object' || value === null) continue;
    for (const [pattern, on] of Object.entries(value)) if (on === true) patterns.add(pattern);
  }
  return `{${[...patterns].join(',')}}`;
}

const decoder = new TextDecoder();

/** A file's text, or undefined when it is too large or binary (a NUL in its first 8 KB). */
export async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.size > MAX_FILE_BYTES) return undefined;
  const bytes = await vscode.workspace.fs.readFile(uri);
  return bytes.subarray(0, 8192).includes(0) ? undefined : decoder.decode(bytes);
}
