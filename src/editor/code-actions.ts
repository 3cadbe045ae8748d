import * as vscode from 'vscode';
import type { Fix } from '../core/fixes';
import type { NamingScheme } from '../core/naming/schemes';
import type { KnowledgeBase } from '../core/knowledge';
import { loadKnowledge } from './knowledge';
import { documentSelector, occurrenceAt, toWorkspaceEdit } from './locate';
import { engine } from './engine';

// Code actions on a status code: "consider instead" quick fixes from the knowledge base and
// literal ↔ constant refactorings, all computed by src/core/fixes.

const KINDS = { quickfix: vscode.CodeActionKind.QuickFix, 'refactor.rewrite': vscode.CodeActionKind.RefactorRewrite } as const;

/** Whole-document text and the constant scheme it uses, per version: computed once per edit, not per cursor move. */
interface DocumentFacts { readonly version: number; readonly text: string; readonly scheme: NamingScheme | undefined }
const factsCache = new WeakMap<vscode.TextDocument, DocumentFacts>();
function documentFacts(document: vscode.TextDocument, languageId: string): DocumentFacts {
  const cached = factsCache.get(document);
  if (cached?.version === document.version) return cached;
  const text = document.getText();
  const facts = { version: document.version, text, scheme: engine().schemeInUse(text, languageId) };
  factsCache.set(document, facts);
  return facts;
}

/** Refactorings only make sense against the whole file (its imports, the scheme it uses). */
const MAX_REFACTOR_DOCUMENT = 2_000_000;

/** "Disable <rule> for this line" for each of our diagnostics: a comment above, in the language's syntax. */
function suppressions(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
  const out: vscode.CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const rule = engine().suppressibleRule(typeof diagnostic.code === 'object' ? diagnostic.code.value : undefined);
    if (diagnostic.source !== 'HTTP Status Guide' || !rule) continue;
    const line = document.lineAt(diagnostic.range.start.line);
    const comment = engine().suppressionLine(document.languageId, rule, line.text);
    if (comment === undefined || out.some((a) => a.title.includes(rule))) continue;
    const action = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', rule), vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.insert(document.uri, line.range.start, `${comment}\n`);
    action.diagnostics = [diagnostic];
    out.push(action);
  }
  return out;
}

class StatusCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: Object.values(KINDS) };

  constructor(private readonly knowledge: () => Promise<KnowledgeBase>) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const wants = (kind: vscode.CodeActionKind): boolean => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const actions: vscode.CodeAction[] = wants(vscode.CodeActionKind.QuickFix) ? suppressions(document, context.diagnostics) : [];
    const located = occurrenceAt(document, range.start);
    if (!located || !located.range.contains(range)) return actions;
    const add = (fix: Fix, base: number): void => {
      const action = new vscode.CodeAction(fix.title, KINDS[fix.kind]);
      action.edit = toWorkspaceEdit(document, base, fix.edits);
      action.isPreferred = fix.preferred;
      actions.push(action);
    };
    if (wants(vscode.CodeActionKind.QuickFix)) {
      const kb = await this.knowledge();
      for (const fix of engine().alternativeFixes(located.window, located.occurrence, kb)) add(fix, located.base);
      // The missing-header diagnostic's fix, offered where its diagnostic is.
      const missingHeader = context.diagnostics.some((d) => typeof d.code === 'object' && d.code.value === 'missing-header' && d.range.intersection(located.range));
      if (missingHeader) for (const fix of engine().headerFixes(located.window, located.occurrence)) add(fix, located.base);
    }
    const end = document.lineAt(document.lineCount - 1).range.end;
    if (wants(vscode.CodeActionKind.RefactorRewrite) && document.offsetAt(end) <= MAX_REFACTOR_DOCUMENT) {
      const facts = documentFacts(document, located.languageId);
      const occurrence = { ...located.occurrence, start: located.occurrence.start + located.base, end: located.occurrence.end + located.base };
      for (const fix of engine().refactorings(facts.text, located.languageId, occurrence, facts.scheme)) add(fix, 0);
    }
    return actions;
  }
}

export function registerCodeActions(context: vscode.ExtensionContext): void {
  const provider = new StatusCodeActions(() => loadKnowledge(context));
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider(documentSelector, provider, StatusCodeActions.metadata));
}
