import * as vscode from 'vscode';
import type { Sink, SinkTable } from '../core/detection';
import { INCLUDE, excludeGlob, readTextFile } from './workspace-files';
import { engine } from './engine';

// The workspace's status helpers: functions defined in one file whose parameter becomes a status
// (a base controller's `respondWithError`, a test utility's `expectStatus`), so that calls in
// other files are recognised. Built in the background after activation, shown and cancellable in
// the status bar, kept current by a file watcher; documents are re-analysed when it changes.

const START_DELAY_MS = 1500;
const MAX_FILES = 20_000;
const PARALLEL_READS = 16;
const REFRESH_DELAY_MS = 500;
export const CANCEL_INDEX_COMMAND = 'httpStatusGuide.cancelHelperIndex';

const byFile = new Map<string, readonly Sink[]>();
let version = 0;
let table: SinkTable | undefined;
const changed = new vscode.EventEmitter<void>();

/** Fires when the helpers known from the workspace change. */
export const onDidChangeWorkspaceSinks = changed.event;

export function workspaceSinksVersion(): number {
  return version;
}

/** Every helper the workspace's files define (a document's own current text adds and overrides its own). */
export function workspaceSinks(): SinkTable {
  table ??= buildTable();
  return table;
}

function buildTable(): SinkTable {
  const built = new Map<string, Sink[]>();
  for (const sinks of byFile.values()) for (const sink of sinks) built.set(sink.name, [...(built.get(sink.name) ?? []), sink]);
  return built;
}

function publish(): void {
  version++;
  table = undefined;
  changed.fire();
}

async function learnFile(uri: vscode.Uri): Promise<boolean> {
  const key = uri.toString();
  let sinks: Sink[] = [];
  try {
    const text = await readTextFile(uri);
    const languageId = text === undefined ? undefined : engine().languageIdForFile(uri.path, text);
    if (text !== undefined && languageId) sinks = engine().learnSinksOf(text, languageId, vscode.workspace.asRelativePath(uri));
  } catch {
    // unreadable or deleted: it defines nothing
  }
  const had = byFile.get(key)?.length ?? 0;
  if (sinks.length) byFile.set(key, sinks);
  else byFile.delete(key);
  return had > 0 || sinks.length > 0;
}

function indexingEnabled(): boolean {
  return vscode.workspace.getConfiguration('httpStatusGuide').get<unknown>('workspaceIndex.enabled') !== false;
}

export function registerWorkspaceIndex(context: vscode.ExtensionContext): void {
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 0);
  status.command = CANCEL_INDEX_COMMAND;
  status.tooltip = vscode.l10n.t('HTTP Status Guide is learning the workspace\'s status helpers. Click to stop.');
  let cancel: vscode.CancellationTokenSource | undefined;

  const build = async (): Promise<void> => {
    if (!indexingEnabled() || !vscode.workspace.workspaceFolders?.length) return;
    cancel?.cancel();
    const source = new vscode.CancellationTokenSource();
    cancel = source;
    const token = source.token;
    try {
      const uris = await vscode.workspace.findFiles(INCLUDE, excludeGlob(), MAX_FILES, token);
      byFile.clear();
      for (let i = 0; i < uris.length && !token.isCancellationRequested; i += PARALLEL_READS) {
        status.text = `$(sync~spin) ${vscode.l10n.t('Status helpers {0}%', Math.round((i / uris.length) * 100))}`;
        status.show();
        await Promise.all(uris.slice(i, i + PARALLEL_READS).map(learnFile));
      }
      if (!token.isCancellationRequested) publish();
    } finally {
      status.hide();
      if (cancel === source) cancel = undefined;
      source.dispose();
    }
  };

  // File changes re-learn just that file, batched.
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const relearn = (uri: vscode.Uri): void => {
    pending.add(uri.toString());
    clearTimeout(timer);
    timer = setTimeout(() => {
      const uris = [...pending].map((u) => vscode.Uri.parse(u));
      pending.clear();
      void Promise.all(uris.map(learnFile)).then((results) => { if (results.some(Boolean)) publish(); });
    }, REFRESH_DELAY_MS);
  };
  const watcher = vscode.workspace.createFileSystemWatcher(INCLUDE);
  const start = setTimeout(() => { void build(); }, START_DELAY_MS);

  context.subscriptions.push(
    status,
    watcher,
    watcher.onDidChange(relearn),
    watcher.onDidCreate(relearn),
    watcher.onDidDelete(relearn),
    vscode.commands.registerCommand(CANCEL_INDEX_COMMAND, () => { cancel?.cancel(); }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('httpStatusGuide.workspaceIndex')) return;
      if (indexingEnabled()) void build();
      else {
        cancel?.cancel();
        byFile.clear();
        publish();
      }
    }),
    { dispose: () => { clearTimeout(start); clearTimeout(timer); cancel?.cancel(); byFile.clear(); table = undefined; } },
  );
}
