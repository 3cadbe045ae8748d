import * as vscode from 'vscode';
import type { KnowledgeBase } from '../core/knowledge';
import type { LintConfig } from '../core/lint/config';
import type { Severity } from '../core/lint/rules';
import { analysisOf } from './analysis';
import type { ProjectConfigs } from './lint-config';
import { loadKnowledge } from './knowledge';
import { documentSelector } from './locate';
import { diagnosticsSettings } from './settings';
import { onDidChangeWorkspaceSinks } from './workspace-index';
import { engine } from './engine';

// Diagnostics for open documents, from the core lint rules: recomputed shortly after an edit
// stops (debounced), dropped when the document closes.

const DEBOUNCE_MS = 300;

const SEVERITIES: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function toDiagnostics(document: vscode.TextDocument, kb: KnowledgeBase, extensionUri: vscode.Uri, project: LintConfig): vscode.Diagnostic[] {
  const settings = diagnosticsSettings(document);
  if (!settings.enabled) return [];
  // Larger documents (generated or minified code) have no analysis and are not linted in the editor.
  const analysed = analysisOf(document);
  if (!analysed) return [];
  const findings = engine().lintProject(analysed.text, analysed.languageId, kb, engine().withUserRules(project, settings.rules), {
    fileName: document.fileName, occurrences: analysed.analysis.occurrences, lineOf: (offset) => document.positionAt(offset).line,
  });
  const out: vscode.Diagnostic[] = [];
  for (const finding of findings) {
    const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
    const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITIES[finding.severity]);
    diagnostic.source = 'HTTP Status Guide'; // a product name, not translated
    // The rule's page ships with the extension, so the link opens inside VS Code, offline too.
    diagnostic.code = { value: finding.rule, target: vscode.Uri.joinPath(extensionUri, ...engine().ruleDocPath(finding.rule)) };
    if (finding.rule === 'unused-suppression') diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
    out.push(diagnostic);
  }
  return out;
}

export function registerDiagnostics(context: vscode.ExtensionContext, configs: ProjectConfigs): void {
  const collection = vscode.languages.createDiagnosticCollection('http-status-guide');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const served = (document: vscode.TextDocument): boolean => vscode.languages.match(documentSelector, document) > 0;

  const refresh = async (document: vscode.TextDocument): Promise<void> => {
    if (!served(document) || document.isClosed) return;
    const [kb, project] = await Promise.all([loadKnowledge(context), configs.forUri(document.uri)]);
    // The document may have closed while the knowledge base loaded.
    if (vscode.workspace.textDocuments.includes(document)) collection.set(document.uri, toDiagnostics(document, kb, context.extensionUri, project));
  };
  const schedule = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => { timers.delete(key); void refresh(document); }, DEBOUNCE_MS));
  };

  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument((d) => { schedule(d); }),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) schedule(e.document); }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      clearTimeout(timers.get(d.uri.toString()));
      timers.delete(d.uri.toString());
      collection.delete(d.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('httpStatusGuide.diagnostics')) vscode.workspace.textDocuments.forEach(schedule);
    }),
    onDidChangeWorkspaceSinks(() => { vscode.workspace.textDocuments.forEach(schedule); }),
    configs.onDidChange(() => { vscode.workspace.textDocuments.forEach(schedule); }),
    { dispose: () => { timers.forEach(clearTimeout); timers.clear(); } },
  );
  vscode.workspace.textDocuments.forEach(schedule);
}

