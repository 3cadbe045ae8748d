import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { CONFIG_FILE, EMPTY_CONFIG, parseLintConfig, type LintConfig } from '../core/lint/config';

// Which `.http-status-guide.json` governs a file: the one given with --config, none with
// --no-config, else the nearest one in the file's folder or above it (nearest wins, as with
// .editorconfig). Its `ignore` patterns read like gitignore lines, relative to its folder (the
// .gitignore files themselves are honoured by the walk, ./files.ts).

interface Loaded {
  readonly config: LintConfig;
  readonly folder: string;
  readonly ignores: Ignore;
}

type Found = { readonly config: LintConfig; readonly ignored: boolean } | { readonly problem: string };

function load(file: string): Loaded | string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return `cannot read the config file ${file} (${error instanceof Error ? error.message : String(error)})`;
  }
  const parsed = parseLintConfig(text);
  if (!('config' in parsed)) return `${file}: ${parsed.key}: ${parsed.message}`;
  const folder = path.dirname(path.resolve(file));
  return { config: parsed.config, folder, ignores: ignore().add(parsed.config.ignore) };
}

export class ConfigFinder {
  private readonly byFolder = new Map<string, Loaded | string | undefined>();
  private readonly fixed: Loaded | string | undefined;

  /** `explicit`: a file (--config), null (--no-config), or undefined to look for the nearest one. */
  constructor(private readonly explicit: string | null | undefined) {
    this.fixed = typeof explicit === 'string' ? load(explicit) : undefined;
  }

  /** A problem with the --config file, found before any source is read. */
  problem(): string | undefined {
    return typeof this.fixed === 'string' ? this.fixed : undefined;
  }

  private nearest(folder: string): Loaded | string | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const candidate = path.join(folder, CONFIG_FILE);
    const parent = path.dirname(folder);
    const found = fs.existsSync(candidate) ? load(candidate) : parent === folder ? undefined : this.nearest(parent);
    this.byFolder.set(folder, found);
    return found;
  }

  forFile(file: string): Found {
    if (this.explicit === null) return { config: EMPTY_CONFIG, ignored: false };
    const loaded = typeof this.explicit === 'string' ? this.fixed : this.nearest(path.dirname(path.resolve(file)));
    if (typeof loaded === 'string') return { problem: loaded };
    if (!loaded) return { config: EMPTY_CONFIG, ignored: false };
    const relative = path.relative(loaded.folder, path.resolve(file));
    // Files outside the config's folder (with --config) are not subject to its ignore list.
    const ignored = !relative.startsWith('..') && !path.isAbsolute(relative) && loaded.ignores.ignores(relative.split(path.sep).join('/'));
    return { config: loaded.config, ignored };
  }
}
