import * as vscode from 'vscode';
import type { AuditCode, AuditGroup, AuditInput, AuditPlace } from '../core/audit';
import type { KnowledgeBase, StatusClass } from '../core/knowledge';
import type { Finding } from '../core/lint/rules';
import { COMMANDS } from './commands';
import { loadKnowledge } from './knowledge';
import type { ProjectConfigs } from './lint-config';
import type { AuditThreads } from './audit-threads';
import { INCLUDE, MAX_FILE_BYTES, excludeGlob, readTextFile } from './workspace-files';
import { workspaceSinks } from './workspace-index';
import { engine } from './engine';

// The HTTP Status activity-bar container: "Status Codes" (every code by class, each opening its
// guide) and "Workspace Audit" (the codes a workspace uses, where, and what the rules say of them).

const CLASSES: readonly StatusClass[] = ['1xx', '2xx', '3xx', '4xx', '5xx'];

type CodesNode = { kind: 'class'; statusClass: StatusClass } | { kind: 'code'; code: number; label: string; description: string };

class CodesView implements vscode.TreeDataProvider<CodesNode> {
  constructor(private readonly knowledge: () => Promise<KnowledgeBase>) {}

  getTreeItem(node: CodesNode): vscode.TreeItem {
    if (node.kind === 'class') {
      return new vscode.TreeItem(`${node.statusClass} ${engine().className(node.statusClass)}`, vscode.TreeItemCollapsibleState.Collapsed);
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.description = node.description;
    item.command = { command: COMMANDS.openGuide, title: vscode.l10n.t('Open Guide'), arguments: [node.code] };
    return item;
  }

  async getChildren(node?: CodesNode): Promise<CodesNode[]> {
    if (!node) return CLASSES.map((statusClass) => ({ kind: 'class', statusClass }));
    if (node.kind !== 'class') return [];
    const kb = await this.knowledge();
    return kb.records.filter((r) => r.class === node.statusClass).map((r) => {
      const entry = engine().lookupEntry(r);
      // The class is the parent node; keep only the standing ("non-standard", "deprecated").
      return { kind: 'code', code: r.code, label: entry.label, description: entry.description.split(' · ')[1] ?? '' };
    });
  }
}

// ── audit ──

const MAX_FILES = 20_000;
const PARALLEL_READS = 32;

export interface AuditSummary {
  readonly files: number;
  readonly skipped: number;
  readonly occurrences: number;
  readonly findings: number;
  readonly milliseconds: number;
  readonly cancelled: boolean;
  /** Where the files were read and analysed: worker threads (files on disk) or the extension host. */
  readonly readBy: 'worker threads' | 'extension host';
  readonly groups: readonly { readonly group: string; readonly codes: readonly { readonly code: number; readonly count: number }[] }[];
}

type Audited = { groups: AuditGroup[]; summary: Omit<AuditSummary, 'groups' | 'milliseconds'> };
type Progress = vscode.Progress<{ message?: string; increment?: number }>;

async function auditFiles(kb: KnowledgeBase, configs: ProjectConfigs, threads: AuditThreads | undefined, progress: Progress, token: vscode.CancellationToken): Promise<Audited> {
  const uris = await vscode.workspace.findFiles(INCLUDE, excludeGlob(), MAX_FILES, token);
  // Files on disk are read and analysed in worker threads; virtual file systems (and the web) here.
  if (threads && uris.length && uris.every((uri) => uri.scheme === 'file')) return auditInThreads(kb, configs, threads, uris, progress, token);
  return auditInHost(kb, configs, uris, progress, token);
}

async function auditInThreads(kb: KnowledgeBase, configs: ProjectConfigs, threads: AuditThreads, uris: readonly vscode.Uri[], progress: Progress, token: vscode.CancellationToken): Promise<Audited> {
  // The project's config and suppressions apply here as in the diagnostics and the CLI.
  const files = await Promise.all(uris.map(async (uri) => ({ path: uri.fsPath, fileName: uri.path, config: await configs.forUri(uri) })));
  let reported = 0;
  const answer = await threads({
    files,
    maxFileBytes: MAX_FILE_BYTES,
    cancelled: () => token.isCancellationRequested,
    progress: (done, total) => {
      const percent = (done / total) * 100;
      progress.report({ message: vscode.l10n.t('{0} of {1} files', Math.min(uris.length, Math.round((done / total) * uris.length)), uris.length), increment: percent - reported });
      reported = percent;
    },
  });
  const places: AuditInput[] = [];
  let findings = 0;
  for (const [index, found] of answer.places) {
    const file = uris[index]?.toString() ?? '';
    for (const place of found) {
      findings += place.findings.length;
      places.push({ file, ...place });
    }
  }
  return { groups: engine().groupAudit(kb, places), summary: { files: answer.files, skipped: answer.skipped, occurrences: places.length, findings, cancelled: answer.cancelled, readBy: 'worker threads' } };
}

async function auditInHost(kb: KnowledgeBase, configs: ProjectConfigs, uris: readonly vscode.Uri[], progress: Progress, token: vscode.CancellationToken): Promise<Audited> {
  const places: AuditInput[] = [];
  let files = 0;
  let skipped = 0;
  let findings = 0;
  const auditOne = async (uri: vscode.Uri): Promise<void> => {
    try {
      const text = await readTextFile(uri);
      if (text === undefined) { skipped++; return; }
      const languageId = engine().languageIdForFile(uri.path, text);
      if (!languageId) return;
      files++;
      const at = engine().positionsIn(text);
      const occurrences = engine().scan(text, languageId, { workspaceSinks: workspaceSinks() });
      // The project's config and suppressions apply here as in the diagnostics and the CLI.
      const found = engine().lintProject(text, languageId, kb, await configs.forUri(uri), { fileName: uri.path, occurrences, lineOf: (offset) => at(offset).line - 1 });
      const byStart = new Map<number, Finding[]>();
      for (const f of found) byStart.set(f.start, [...(byStart.get(f.start) ?? []), f]);
      for (const o of occurrences) {
        const position = at(o.start);
        const here = byStart.get(o.start) ?? [];
        findings += here.length;
        places.push({ file: uri.toString(), line: position.line, column: position.column, code: o.code, findings: here });
      }
    } catch {
      skipped++; // unreadable: counted as skipped, never an error dialog per file
    }
  };
  // Reads overlap (file system round trips dominate); the scanning itself is synchronous.
  for (let i = 0; i < uris.length && !token.isCancellationRequested; i += PARALLEL_READS) {
    progress.report({ message: vscode.l10n.t('{0} of {1} files', i, uris.length), increment: (PARALLEL_READS / Math.max(uris.length, 1)) * 100 });
    await Promise.all(uris.slice(i, i + PARALLEL_READS).map(auditOne));
  }
  return { groups: engine().groupAudit(kb, places), summary: { files, skipped, occurrences: places.length, findings, cancelled: token.isCancellationRequested, readBy: 'extension host' } };
}

type AuditNode = { kind: 'group'; group: AuditGroup } | { kind: 'code'; code: AuditCode } | { kind: 'place'; place: AuditPlace; label: string };

class AuditView implements vscode.TreeDataProvider<AuditNode> {
  private groups: AuditGroup[] = [];
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  show(groups: AuditGroup[]): void {
    this.groups = groups;
    this.changed.fire(undefined);
  }

  getTreeItem(node: AuditNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const name = node.group.group === 'invalid' ? vscode.l10n.t('Invalid numbers') : `${node.group.group} ${engine().className(node.group.group)}`;
        const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${node.group.count}`;
        item.tooltip = vscode.l10n.t('{0}: {1} occurrences', name, node.group.count);
        return item;
      }
      case 'code': {
        // A short label (the number) that never truncates; the phrase and counts follow as the description.
        const { code, label, places } = node.code;
        const problems = places.filter((p) => p.findings.length).length;
        const item = new vscode.TreeItem(`${code}`, vscode.TreeItemCollapsibleState.Collapsed);
        const uses = places.length === 1 ? vscode.l10n.t('1 use') : vscode.l10n.t('{0} uses', places.length);
        const counts = problems ? vscode.l10n.t('{0}, {1} with problems', uses, problems) : uses;
        item.description = `${label.slice(`${code}`.length).trim()} · ${counts}`;
        item.tooltip = `${label}\n${counts}`;
        item.iconPath = problems ? new vscode.ThemeIcon('warning') : undefined;
        return item;
      }
      case 'place': {
        const uri = vscode.Uri.parse(node.place.file);
        const relative = vscode.workspace.asRelativePath(uri);
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        // The folder only: the label already names the file.
        item.description = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
        item.resourceUri = uri;
        item.tooltip = [`${relative}:${node.place.line}`, ...node.place.findings.map((f) => f.message)].join('\n');
        if (node.place.findings.length) item.iconPath = new vscode.ThemeIcon('warning');
        const selection = new vscode.Range(node.place.line - 1, node.place.column - 1, node.place.line - 1, node.place.column - 1);
        item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri, { selection }] };
        return item;
      }
    }
  }

  getChildren(node?: AuditNode): AuditNode[] {
    if (!node) return this.groups.map((group) => ({ kind: 'group', group }));
    if (node.kind === 'group') return node.group.codes.map((code) => ({ kind: 'code', code }));
    if (node.kind === 'code') {
      return node.code.places.map((place) => ({ kind: 'place', place, label: `${vscode.Uri.parse(place.file).path.split('/').pop() ?? ''}:${place.line}` }));
    }
    return [];
  }
}

/** `threads`: the desktop build's auditor of files on disk (undefined in the web). */
export function registerViews(context: vscode.ExtensionContext, configs: ProjectConfigs, threads?: AuditThreads): void {
  const knowledge = (): Promise<KnowledgeBase> => loadKnowledge(context);
  const auditView = new AuditView();
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('httpStatusGuide.codes', new CodesView(knowledge)),
    vscode.window.registerTreeDataProvider('httpStatusGuide.audit', auditView),
    vscode.commands.registerCommand(COMMANDS.auditWorkspace, async (): Promise<AuditSummary> => {
      const started = Date.now();
      const kb = await knowledge();
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('HTTP Status: auditing the workspace'), cancellable: true },
        (progress, token) => auditFiles(kb, configs, threads, progress, token),
      );
      if (!result.summary.cancelled) auditView.show(result.groups);
      return {
        ...result.summary,
        milliseconds: Date.now() - started,
        groups: result.groups.map((g) => ({ group: g.group, codes: g.codes.map((c) => ({ code: c.code, count: c.places.length })) })),
      };
    }),
  );
}
