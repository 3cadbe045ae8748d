import * as fs from 'node:fs';
import * as path from 'node:path';

// Finds the files a CLI run should read: the given files, and folders walked recursively without
// dependency and VCS folders. Binary and oversized files are reported, not read as text.

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'dist', 'out', 'vendor', 'target', '__pycache__', '.venv']);

export type FileResult =
  | { readonly kind: 'text'; readonly file: string; readonly text: string }
  | { readonly kind: 'skipped'; readonly file: string; readonly reason: string };

/** True when the first bytes contain a NUL byte, the usual sign of a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function readText(file: string, size: number): FileResult {
  if (size > MAX_FILE_BYTES) return { kind: 'skipped', file, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  const bytes = fs.readFileSync(file);
  if (looksBinary(bytes)) return { kind: 'skipped', file, reason: 'binary' };
  // Invalid UTF-8 becomes U+FFFD instead of failing.
  return { kind: 'text', file, text: new TextDecoder('utf-8').decode(bytes) };
}

/**
 * Yields every file under the given paths that `accept` wants (by name), as text or as a reason to
 * skip it. Paths that do not exist throw, so the caller can report a bad argument.
 */
export function* collectFiles(paths: readonly string[], accept: (file: string) => boolean): Generator<FileResult> {
  for (const given of paths) {
    const stat = fs.statSync(given);
    if (stat.isFile()) {
      yield readText(given, stat.size);
      continue;
    }
    const stack = [given];
    while (stack.length) {
      const dir = stack.pop() ?? '';
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
      } catch (error) {
        yield { kind: 'skipped', file: dir, reason: error instanceof Error ? error.message : String(error) };
        continue;
      }
      const subfolders: string[] = [];
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) subfolders.push(full);
        } else if (entry.isFile() && accept(full)) {
          try {
            yield readText(full, fs.statSync(full).size);
          } catch (error) {
            yield { kind: 'skipped', file: full, reason: error instanceof Error ? error.message : String(error) };
          }
        }
      }
      // Depth first, in name order.
      stack.push(...subfolders.reverse());
    }
  }
}
