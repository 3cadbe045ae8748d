import * as fs from 'node:fs';
import * as path from 'node:path';

// Finds the files a CLI run should read: the given files, and folders walked recursively without
// dependency and VCS folders. Binary, oversized and unreadable files are reported, not read as text.

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'dist', 'out', 'vendor', 'target', '__pycache__', '.venv']);

export type FileResult =
  | { readonly kind: 'text'; readonly file: string; readonly text: string }
  | { readonly kind: 'skipped'; readonly file: string; readonly reason: string };

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** A file-system error in a few words ("permission denied"), else Node's message. */
function reasonOf(error: unknown): string {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Why a path named on the command line leads nowhere ("src does not exist"), or undefined when
 * it exists. A path that exists but cannot be read is not a problem here: the walk skips it
 * with a note, as it does inside a folder.
 */
export function pathProblem(given: string): string | undefined {
  try {
    fs.statSync(given);
    return undefined;
  } catch (error) {
    const code = errorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' ? `${given} does not exist` : undefined;
  }
}

/** True when the first bytes contain a NUL byte, the usual sign of a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function readText(file: string): FileResult {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) return { kind: 'skipped', file, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { kind: 'skipped', file, reason: `cannot read it (${reasonOf(error)})` };
  }
  if (looksBinary(bytes)) return { kind: 'skipped', file, reason: 'binary' };
  // Invalid UTF-8 becomes U+FFFD instead of failing.
  return { kind: 'text', file, text: new TextDecoder('utf-8').decode(bytes) };
}

/**
 * Yields every file under the given paths that `accept` wants (by name), as text or as a reason to
 * skip it. Paths should have passed `pathProblem`; one that cannot be read is skipped, not thrown.
 */
export function* collectFiles(paths: readonly string[], accept: (file: string) => boolean): Generator<FileResult> {
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      yield { kind: 'skipped', file: given, reason: `cannot read it (${reasonOf(error)})` };
      continue;
    }
    if (stat.isFile()) {
      yield readText(given);
      continue;
    }
    const stack = [given];
    while (stack.length) {
      const dir = stack.pop() ?? '';
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
      } catch (error) {
        yield { kind: 'skipped', file: dir, reason: `cannot read the folder (${reasonOf(error)})` };
        continue;
      }
      const subfolders: string[] = [];
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) subfolders.push(full);
        } else if (entry.isFile() && accept(full)) {
          yield readText(full);
        }
      }
      // Depth first, in name order.
      stack.push(...subfolders.reverse());
    }
  }
}
