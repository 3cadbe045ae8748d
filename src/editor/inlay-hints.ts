import * as vscode from 'vscode';
import type { KnowledgeBase } from '../core/knowledge';
import { analysisOf } from './analysis';
import { loadKnowledge } from './knowledge';
import { documentSelector } from './locate';
import { inlayHintMode } from './settings';
import { onDidChangeWorkspaceSinks } from './workspace-index';
import { engine } from './engine';

// Inlay hints: the reason phrase after a status code, `res.status(404 ⟨Not Found⟩)`, computed for
// the requested (visible) range only (from the document's cached analysis), with the hover's
// guide as tooltip.

class StatusInlayHints implements vscode.InlayHintsProvider {
  constructor(private readonly knowledge: () => Promise<KnowledgeBase>) {}

  readonly onDidChangeInlayHints = onDidChangeWorkspaceSinks;

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.InlayHint[]> {
    const mode = inlayHintMode(document);
    if (mode === 'off') return [];
    const analysed = analysisOf(document);
    if (!analysed) return [];
    const occurrences = engine().hintedOccurrences(analysed.analysis.occurrences, document.offsetAt(range.start), document.offsetAt(range.end), mode);
    if (!occurrences.length) return [];
    const kb = await this.knowledge();
    return occurrences.map((o) => {
      const hint = new vscode.InlayHint(document.positionAt(o.end), engine().hintLabel(kb, o.code));
      hint.paddingLeft = true;
      hint.tooltip = new vscode.MarkdownString(engine().guideToMarkdown(engine().guideForCode(kb, o.code, 'compact')));
      return hint;
    });
  }
}

export function registerInlayHints(context: vscode.ExtensionContext): void {
  const provider = new StatusInlayHints(() => loadKnowledge(context));
  context.subscriptions.push(vscode.languages.registerInlayHintsProvider(documentSelector, provider));
}
