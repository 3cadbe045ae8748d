import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind, CompletionItemKind, DiagnosticSeverity, DidChangeWatchedFilesNotification, DiagnosticTag, DocumentDiagnosticReportKind, InsertTextFormat, MarkupKind, ResponseError, LSPErrorCodes,
  TextDocumentSyncKind, TextDocuments, type CodeAction, type CompletionItem, type Connection, type Diagnostic, type Hover, type InitializeParams, type InitializeResult,
  type InlayHint, type Range, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { COMPLETION_LINES, completionsAt } from '../core/completion';
import { occurrenceIn, type Occurrence } from '../core/detection';
import { walk } from '../core/decide/tree';
import { alternativeFixes, headerFixes, refactorings, type Edit, type Fix } from '../core/fixes';
import { schemeInUse } from '../core/fixes/refactor';
import { hintedOccurrences, hintLabel } from '../core/hints';
import type { KnowledgeBase } from '../core/knowledge';
import { CONFIG_FILE, lintProject, withUserRules } from '../core/lint/config';
import { ruleDocPath, type Severity } from '../core/lint/rules';
import { suppressibleRule, suppressionLine } from '../core/lint/suppressions';
import { didYouMean, searchCodes } from '../core/lookup';
import { evidenceToMarkdown } from '../core/render/evidence';
import { guideForCode, guideInProject, mayBeCustomCode } from '../core/render/guide';
import { guideToMarkdown } from '../core/render/markdown';
import { guideToText } from '../core/render/text';
import { objectReader, readSettings } from '../core/settings';
import { detectionLanguageOf } from './languages';
import { filePathOf, ServerState, type Analysed } from './state';

// The language server: every request maps onto the same core functions the VS Code extension
// calls (detection, guidance, fixes, lint rules, completion); nothing here computes guidance
// itself. Logs go to the client (window/logMessage), never to stdout, which carries the protocol.

export const SOURCE = 'HTTP Status Guide';
const DEBOUNCE_MS = 300;
/** Commands a client may run with workspace/executeCommand. */
export const COMMANDS = { explain: 'httpStatusGuide.explain', whichCode: 'httpStatusGuide.whichCode' } as const;

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface ServerOptions {
  readonly knowledge: () => KnowledgeBase;
  /** The installed package's folder: the rule pages (docs/rules/<id>.md) the diagnostics link to ship there. */
  readonly packageRoot?: string;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const state = new ServerState();
  let kb: KnowledgeBase | undefined;
  const knowledge = (): KnowledgeBase => (kb ??= options.knowledge());
  let pullDiagnostics = false;
  let configurationRequests = false;
  let markdown = true;
  const refresh = { diagnostics: false, inlayHints: false };
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const reported = new Set<string>();

  const log = (message: string): void => { connection.console.log(message); };

  // ── helpers over one document ──

  const range = (document: TextDocument, start: number, end: number): Range => ({ start: document.positionAt(start), end: document.positionAt(end) });

  const edits = (document: TextDocument, base: number, list: readonly Edit[]): WorkspaceEdit => ({
    changes: { [document.uri]: list.map((e): TextEdit => ({ range: range(document, base + e.start, base + e.end), newText: e.newText })) },
  });

  const occurrenceAt = (document: TextDocument, offset: number): { analysed: Analysed; occurrence: Occurrence } | undefined => {
    const analysed = state.analysisOf(document);
    const occurrence = analysed && occurrenceIn(analysed.analysis, offset);
    return analysed && occurrence ? { analysed, occurrence } : undefined;
  };

  const diagnosticsOf = (document: TextDocument): Diagnostic[] => {
    if (!state.settings.diagnostics.enabled) return [];
    const analysed = state.analysisOf(document);
    if (!analysed) return [];
    const project = state.projectConfig(document.uri);
    if (project.problem && !reported.has(project.problem)) {
      reported.add(project.problem);
      connection.window.showWarningMessage(`${SOURCE}: ${project.problem}`);
    }
    const findings = lintProject(analysed.text, analysed.languageId, knowledge(), withUserRules(project.config, state.settings.diagnostics.rules), {
      fileName: filePathOf(document.uri), occurrences: analysed.analysis.occurrences, lineOf: (offset) => document.positionAt(offset).line,
    });
    return findings.map((finding): Diagnostic => ({
      range: range(document, finding.start, finding.end),
      message: finding.message,
      severity: SEVERITIES[finding.severity],
      source: SOURCE,
      code: finding.rule,
      ...(options.packageRoot ? { codeDescription: { href: pathToFileURL(path.join(options.packageRoot, ...ruleDocPath(finding.rule))).href } } : {}),
      ...(finding.rule === 'unused-suppression' ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    }));
  };

  const publish = (document: TextDocument): void => {
    if (pullDiagnostics) return;
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: diagnosticsOf(document) });
  };
  const schedule = (document: TextDocument): void => {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      // The document may have closed meanwhile.
      const current = documents.get(document.uri);
      if (current) publish(current);
    }, DEBOUNCE_MS));
  };
  // Asking a client to pull again only where it said it can.
  const refreshAll = (): void => {
    if (!pullDiagnostics) documents.all().forEach(schedule);
    else if (refresh.diagnostics) connection.languages.diagnostics.refresh();
    if (refresh.inlayHints) connection.languages.inlayHint.refresh().catch(() => undefined);
  };

  const loadSettings = async (fallback?: unknown): Promise<void> => {
    if (configurationRequests) {
      const section: unknown = await connection.workspace.getConfiguration('httpStatusGuide');
      state.settings = readSettings(objectReader(section));
    } else if (fallback !== undefined) {
      state.settings = readSettings(objectReader(fallback));
    }
  };

  // ── lifecycle ──

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    configurationRequests = capabilities.workspace?.configuration === true;
    markdown = capabilities.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? true;
    refresh.diagnostics = capabilities.workspace?.diagnostics?.refreshSupport === true;
    refresh.inlayHints = capabilities.workspace?.inlayHint?.refreshSupport === true;
    const watchConfigs = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    // initializationOptions: the settings themselves, or under their section name.
    const initial = params.initializationOptions as Record<string, unknown> | undefined;
    state.settings = readSettings(objectReader(initial?.httpStatusGuide ?? initial));
    // Older clients name one root only (rootUri, deprecated in favour of workspaceFolders).
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const rootUri = params.rootUri;
    const roots = (params.workspaceFolders?.map((f) => f.uri) ?? (rootUri ? [rootUri] : [])).filter((u) => u.startsWith('file:')).map(filePathOf);
    connection.onInitialized(() => {
      // Edits of the project's config file made outside the editor (a git pull) reload it too.
      if (watchConfigs) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] }).catch(() => undefined);
      const settled = loadSettings().catch((error: unknown) => { log(`could not read the settings: ${String(error)}`); });
      void settled.then(() => {
        refreshAll();
        if (roots.length && state.settings.workspaceIndex) state.indexWorkspace(roots, refreshAll);
      });
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
        inlayHintProvider: true,
        completionProvider: { triggerCharacters: ['.', ':', '(', ' '], resolveProvider: false },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'http-status-guide' },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as Record<string, unknown> | null | undefined)?.httpStatusGuide;
    void loadSettings(settings).then(refreshAll, (error: unknown) => { log(`could not read the settings: ${String(error)}`); });
  });

  connection.onShutdown(() => {
    state.stopIndexing();
    timers.forEach(clearTimeout);
    timers.clear();
  });

  // ── documents ──

  documents.onDidOpen((e) => { schedule(e.document); });
  documents.onDidChangeContent((e) => { schedule(e.document); });
  documents.onDidSave((e) => {
    if (path.basename(filePathOf(e.document.uri)) === CONFIG_FILE) {
      state.reloadConfigs();
      reported.clear();
      refreshAll();
    }
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    state.forget(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles((change) => {
    if (change.changes.some((c) => path.basename(filePathOf(c.uri)) === CONFIG_FILE)) {
      state.reloadConfigs();
      reported.clear();
      refreshAll();
    }
  });

  // ── features ──

  connection.onHover((params, token): Hover | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !state.settings.hover.enabled || token.isCancellationRequested) return null;
    const found = occurrenceAt(document, document.offsetAt(params.position));
    if (!found) return null;
    const { occurrence } = found;
    const base = knowledge();
    const customCodes = mayBeCustomCode(base, occurrence.code) ? state.projectConfig(document.uri).config.customCodes : [];
    const guide = guideInProject(base, occurrence.code, state.settings.hover.detail, customCodes);
    const value = markdown
      ? guideToMarkdown(guide, occurrence.evidence ? { note: evidenceToMarkdown(occurrence.evidence) } : {})
      : guideToText(guide);
    return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value }, range: range(document, occurrence.start, occurrence.end) };
  });

  const diagnosticReport = (uri: string) => {
    const document = documents.get(uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: document ? diagnosticsOf(document) : [] } as const;
  };
  connection.languages.diagnostics.on((params, token) => {
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return diagnosticReport(params.textDocument.uri);
  });

  connection.onCodeAction((params, token): CodeAction[] | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document || token.isCancellationRequested) return null;
    const wants = (kind: string): boolean => !params.context.only || params.context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
    const actions: CodeAction[] = [];
    const add = (fix: Fix, base: number): void => {
      actions.push({ title: fix.title, kind: fix.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite, edit: edits(document, base, fix.edits), ...(fix.preferred ? { isPreferred: true } : {}) });
    };
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
    if (wants(CodeActionKind.QuickFix)) {
      // "Disable <rule> for this line": a comment above, in the language's syntax.
      for (const diagnostic of ours) {
        const rule = suppressibleRule(diagnostic.code);
        if (!rule || actions.some((a) => a.title.includes(rule))) continue;
        const line = diagnostic.range.start.line;
        const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
        const comment = suppressionLine(state.analysisOf(document)?.languageId ?? document.languageId, rule, lineText);
        if (comment === undefined) continue;
        actions.push({ title: `Disable ${rule} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [document.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${comment}\n` }] } } });
      }
    }
    const start = document.offsetAt(params.range.start);
    const found = occurrenceAt(document, start);
    if (!found || found.occurrence.end < document.offsetAt(params.range.end)) return actions;
    const { analysed, occurrence } = found;
    if (wants(CodeActionKind.QuickFix)) {
      for (const fix of alternativeFixes(analysed.text, occurrence, knowledge())) add(fix, 0);
      const at = range(document, occurrence.start, occurrence.end);
      const missingHeader = ours.some((d) => d.code === 'missing-header' && d.range.start.line <= at.end.line && d.range.end.line >= at.start.line);
      if (missingHeader) for (const fix of headerFixes(analysed.text, occurrence)) add(fix, 0);
    }
    if (wants(CodeActionKind.RefactorRewrite)) {
      for (const fix of refactorings(analysed.text, analysed.languageId, occurrence, schemeInUse(analysed.text, analysed.languageId))) add(fix, 0);
    }
    return actions;
  });

  connection.languages.inlayHint.on((params, token): InlayHint[] | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document || token.isCancellationRequested) return null;
    const analysed = state.analysisOf(document);
    if (!analysed) return [];
    const occurrences = hintedOccurrences(analysed.analysis.occurrences, document.offsetAt(params.range.start), document.offsetAt(params.range.end), state.settings.inlayHints);
    const base = knowledge();
    return occurrences.map((o) => ({
      position: document.positionAt(o.end),
      label: hintLabel(base, o.code),
      paddingLeft: true,
      tooltip: { kind: MarkupKind.Markdown, value: guideToMarkdown(guideForCode(base, o.code, 'compact')) },
    }));
  });

  connection.onCompletion((params, token): CompletionItem[] | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document || token.isCancellationRequested) return null;
    // Asked on most keystrokes: the lines above the cursor only, never the whole document's analysis.
    const firstLine = Math.max(0, params.position.line - COMPLETION_LINES);
    const window = document.getText({ start: { line: firstLine, character: 0 }, end: { line: params.position.line + 1, character: 0 } });
    const base = document.offsetAt({ line: firstLine, character: 0 });
    const languageId = detectionLanguageOf(document.languageId, filePathOf(document.uri), window);
    if (!languageId) return null;
    const offset = document.offsetAt(params.position);
    return completionsAt(window, languageId, offset - base, knowledge()).map((c) => ({
      label: c.label,
      kind: c.kind === 'code' ? CompletionItemKind.Value : c.kind === 'constant' ? CompletionItemKind.Constant : CompletionItemKind.Function,
      detail: c.detail,
      documentation: { kind: MarkupKind.Markdown, value: c.documentation },
      sortText: c.sortText,
      filterText: c.label,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range: range(document, base + c.replaceStart, offset), newText: c.label },
    }));
  });

  connection.onExecuteCommand((params) => {
    const args = params.arguments ?? [];
    if (params.command === COMMANDS.explain) {
      const query = String(args[0] ?? '').trim();
      const base = knowledge();
      const code = /^\d{3}$/.test(query) ? Number(query) : searchCodes(base, query)[0]?.code;
      if (code === undefined) {
        const suggestions = didYouMean(base, query).map((e) => e.code);
        return { found: false, query, didYouMean: suggestions };
      }
      const guide = guideForCode(base, code, 'full');
      return { found: true, code, markdown: guideToMarkdown(guide), text: guideToText(guide) };
    }
    if (params.command === COMMANDS.whichCode) {
      // The answers chosen so far, by label; the reply is the next question or the outcome.
      const step = walk(args.map(String));
      if (!step) throw new ResponseError(-32602, `no such path in the decision tree: ${args.map(String).join(' → ')}`);
      return step;
    }
    throw new ResponseError(-32601, `unknown command ${params.command}`);
  });

  documents.listen(connection);
  connection.listen();
}
