// Where the real-code check finds its files: snapshots made by the search tool's `fetch`, as bare
// git directories under /work/.mirror (or $HTTP_STATUS_GUIDE_MIRROR). Nothing here is committed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const MIRROR = process.env.HTTP_STATUS_GUIDE_MIRROR ?? '/work/.mirror';

/** The git directory of a repository's snapshot, or undefined. */
export function snapshotOf(repo) {
  const dir = path.join(MIRROR, repo.replace('/', '+'), 'repo');
  return existsSync(dir) ? dir : undefined;
}

/** A labelled file's text at its commit, or undefined when the snapshot lacks it. */
export function readRealFile({ repo, commit, path: file }) {
  const gitDir = snapshotOf(repo);
  if (!gitDir) return undefined;
  try {
    return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${file}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}
