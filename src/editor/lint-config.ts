import * as vscode from 'vscode';
import type { LintConfig } from '../core/lint/config';
import { CONFIG_FILE } from '../core/lint/config-file';
import { engine } from './engine';

// The project's `.http-status-guide.json` for a document, as the CLI finds it: the nearest one in
// the document's folder or above it, up to its workspace folder. Read through workspace.fs (so it
// works on virtual file systems and in the web), cached per folder, dropped when any config file
// changes. A broken file is reported on the file itself and counts as no config.

const decoder = new TextDecoder();

export interface ProjectConfigs {
  /** The config governing the file at `uri` (EMPTY_CONFIG when there is none, it is broken, or the file is untitled). */
  readonly forUri: (uri: vscode.Uri) => Promise<LintConfig>;
  /** Fires when a config file is created, changed or deleted. */
  readonly onDidChange: vscode.Event<void>;
}

async function readConfig(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined; // no such file here
  }
}

export function registerLintConfig(context: vscode.ExtensionContext): ProjectConfigs {
  const byFolder = new Map<string, Promise<LintConfig | undefined>>();
  const problems = vscode.languages.createDiagnosticCollection('http-status-guide-config');
  const changed = new vscode.EventEmitter<void>();

  const load = async (uri: vscode.Uri): Promise<LintConfig | undefined> => {
    const text = await readConfig(uri);
    if (text === undefined) return undefined;
    const parsed = engine().parseLintConfig(text);
    if ('config' in parsed) {
      problems.delete(uri);
      return parsed.config;
    }
    const message = vscode.l10n.t('{0}: {1} (this file is ignored until it is fixed)', parsed.key, parsed.message);
    problems.set(uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), message, vscode.DiagnosticSeverity.Error)]);
    return engine().EMPTY_CONFIG;
  };

  const nearest = (folder: vscode.Uri, root: vscode.Uri | undefined): Promise<LintConfig | undefined> => {
    const key = folder.toString();
    let found = byFolder.get(key);
    if (!found) {
      const parent = vscode.Uri.joinPath(folder, '..');
      const atTop = parent.path === folder.path || (root !== undefined && folder.path === root.path);
      found = load(vscode.Uri.joinPath(folder, CONFIG_FILE)).then((config) => config ?? (atTop || !root ? undefined : nearest(parent, root)));
      byFolder.set(key, found);
    }
    return found;
  };

  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
  const reset = (): void => { byFolder.clear(); changed.fire(); };
  context.subscriptions.push(problems, changed, watcher, watcher.onDidCreate(reset), watcher.onDidChange(reset), watcher.onDidDelete(reset));

  return {
    forUri: async (uri) => {
      if (uri.scheme === 'untitled') return engine().EMPTY_CONFIG;
      const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
      return (await nearest(vscode.Uri.joinPath(uri, '..'), root)) ?? engine().EMPTY_CONFIG;
    },
    onDidChange: changed.event,
  };
}
