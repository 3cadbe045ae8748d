import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

// Finds the files a CLI run should read: the given files, and folders walked recursively without
// dependency and VCS folders. Binary, oversized and unreadable files are reported, not read as text.
// Symbolic links are followed once: every real file and folder is read once (the real path first,
// links after), and links that loop or lead nowhere are reported. Inside a folder, what the
// .gitignore files say (the folder's own, those below it, and those above it up to the
// repository's root) is left out, as ripgrep does; a file named on the command line is always read.

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'dist', 'out', 'vendor', 'target', '__pycache__', '.venv']);

export type Skipped = { readonly kind: 'skipped'; readonly file: string; readonly reason: string };
export type FileResult = { readonly kind: 'text'; readonly file: string; readonly text: string } | Skipped;
/** A file to read, as `listFiles` finds it (read it with `readText`). */
export type Listed = { readonly kind: 'file'; readonly file: string } | Skipped;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** A file-system error in a few words ("permission denied"), else Node's message. */
function reasonOf(error: unknown): string {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function linkTarget(file: string): string {
  try {
    return fs.readlinkSync(file);
  } catch {
    return 'its target';
  }
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Why a symbolic link leads nowhere, from the error of following it; undefined for other errors. */
function brokenLink(file: string, error: unknown): string | undefined {
  const code = errorCode(error);
  if (code === 'ELOOP') return 'symbolic link loop (it never leads to a file or folder)';
  if ((code === 'ENOENT' || code === 'ENOTDIR') && isLink(file)) return `broken symbolic link (${linkTarget(file)} does not exist)`;
  return undefined;
}

/**
 * Why a path named on the command line leads nowhere ("src does not exist", "x is a symbolic
 * link loop …"), or undefined when it exists. A path that exists but cannot be read is not a
 * problem here: the walk skips it with a note, as it does inside a folder.
 */
export function pathProblem(given: string): string | undefined {
  try {
    fs.statSync(given);
    return undefined;
  } catch (error) {
    const broken = brokenLink(given, error);
    if (broken !== undefined) return `${given} is a ${broken}`;
    const code = errorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR' ? `${given} does not exist` : undefined;
  }
}

/** True when the first bytes contain a NUL byte, the usual sign of a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** A file's text, or why it is skipped (binary, oversized, unreadable). */
export function readText(file: string, maxBytes = MAX_FILE_BYTES): FileResult {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) return { kind: 'skipped', file, reason: `larger than ${maxBytes / 1024 / 1024} MB` };
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { kind: 'skipped', file, reason: `cannot read it (${reasonOf(error)})` };
  }
  if (looksBinary(bytes)) return { kind: 'skipped', file, reason: 'binary' };
  // Invalid UTF-8 becomes U+FFFD instead of failing.
  return { kind: 'text', file, text: new TextDecoder('utf-8').decode(bytes) };
}

/** A folder's .gitignore rules, relative to that folder. */
interface IgnoreRules { readonly base: string; readonly rules: Ignore }

function gitignoreOf(dir: string): IgnoreRules | undefined {
  try {
    return { base: dir, rules: ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')) };
  } catch {
    return undefined; // none here, or unreadable: nothing to leave out
  }
}

/** The .gitignore files above `dir` up to the repository root (the folder holding .git); none outside a repository. */
function gitignoresAbove(dir: string): IgnoreRules[] {
  const found: IgnoreRules[] = [];
  for (let at = path.dirname(path.resolve(dir)); ; at = path.dirname(at)) {
    const rules = gitignoreOf(at);
    if (rules) found.unshift(rules);
    if (fs.existsSync(path.join(at, '.git'))) return found;
    if (path.dirname(at) === at) return [];
  }
}

function isIgnored(rules: readonly IgnoreRules[], full: string, directory: boolean): boolean {
  return rules.some(({ base, rules: r }) => {
    const relative = path.relative(base, path.resolve(full)).split(path.sep).join('/');
    return relative !== '' && !relative.startsWith('..') && r.ignores(directory ? `${relative}/` : relative);
  });
}

/** True when `inner` is `outer` or inside it (both real, absolute paths). */
function within(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * Yields every file under the given paths that `accept` wants (by name), as text or as a reason to
 * skip it. Paths should have passed `pathProblem`; one that cannot be read is skipped, not thrown.
 */
export function* collectFiles(paths: readonly string[], accept: (file: string) => boolean): Generator<FileResult> {
  for (const listed of listFiles(paths, accept)) yield listed.kind === 'file' ? readText(listed.file) : listed;
}

/** The files `collectFiles` reads, in the same order, without reading them (workers read them in parallel). */
export function* listFiles(paths: readonly string[], accept: (file: string) => boolean): Generator<Listed> {
  /** Real path → the path it was first read under, for files and folders. */
  const seen = new Map<string, string>();
  /** Symbolic links met in folders, followed once every real file and folder is read. */
  const links: { file: string; parentReal: string }[] = [];

  function* walk(root: string, rootReal: string): Generator<Listed> {
    const stack: { dir: string; real: string; ignores: readonly IgnoreRules[] }[] = [{ dir: root, real: rootReal, ignores: fs.existsSync(path.join(root, '.git')) ? [] : gitignoresAbove(root) }];
    while (stack.length) {
      const { dir, real, ignores: inherited } = stack.pop() ?? { dir: '', real: '', ignores: [] };
      const own = gitignoreOf(dir);
      const ignores = own ? [...inherited, own] : inherited;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
      } catch (error) {
        yield { kind: 'skipped', file: dir, reason: `cannot read the folder (${reasonOf(error)})` };
        continue;
      }
      const subfolders: { dir: string; real: string; ignores: readonly IgnoreRules[] }[] = [];
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        const fullReal = path.join(real, entry.name);
        if (ignores.length && isIgnored(ignores, full, entry.isDirectory())) continue;
        if (entry.isSymbolicLink()) {
          links.push({ file: full, parentReal: real });
        } else if (entry.isDirectory()) {
          if (SKIPPED_FOLDERS.has(entry.name) || seen.has(fullReal)) continue;
          seen.set(fullReal, full);
          subfolders.push({ dir: full, real: fullReal, ignores });
        } else if (entry.isFile() && accept(full) && !seen.has(fullReal)) {
          seen.set(fullReal, full);
          yield { kind: 'file', file: full };
        }
        // Anything else (named pipes, sockets, devices) is not source code.
      }
      // Depth first, in name order.
      stack.push(...subfolders.reverse());
    }
  }

  /** A path named on the command line (`named`) or a link met in a folder. */
  function* enter(file: string, named: boolean, parentReal?: string): Generator<Listed> {
    let stat: fs.Stats;
    let real: string;
    try {
      stat = fs.statSync(file);
      real = fs.realpathSync(file);
    } catch (error) {
      // A link whose name is not a source file (a dangling `build` link) is not worth a note.
      if (named || accept(file)) yield { kind: 'skipped', file, reason: brokenLink(file, error) ?? `cannot read it (${reasonOf(error)})` };
      return;
    }
    if (!stat.isFile() && !stat.isDirectory()) {
      if (named || accept(file)) yield { kind: 'skipped', file, reason: 'not a regular file or folder' };
      return;
    }
    if (stat.isFile() && !named && !accept(file)) return;
    if (stat.isDirectory() && !named && SKIPPED_FOLDERS.has(path.basename(real))) return;
    if (stat.isDirectory() && parentReal !== undefined && within(parentReal, real)) {
      yield { kind: 'skipped', file, reason: `symbolic link loop (leads back to ${real})` };
      return;
    }
    const first = seen.get(real);
    if (first !== undefined) {
      const reason = !named ? `symbolic link to ${first}, already scanned` : first === file ? 'already scanned' : `already scanned as ${first}`;
      yield { kind: 'skipped', file, reason };
      return;
    }
    seen.set(real, file);
    if (stat.isFile()) yield { kind: 'file', file };
    else yield* walk(file, real);
  }

  for (const given of paths) yield* enter(given, true);
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (link) yield* enter(link.file, false, link.parentReal);
  }
}
