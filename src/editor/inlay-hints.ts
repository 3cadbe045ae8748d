import * as vscode from 'vscode';
import { effectiveLanguageId, scan } from '../core/detection';
import type { KnowledgeBase } from '../core/knowledge';
import { guideForCode } from '../core/render/guide';
import { guideToMarkdown } from '../core/render/markdown';
import { loadKnowledge } from './knowledge';
import { documentSelector } from './locate';
import { inlayHintMode } from './settings';

// Inlay hints: the reason phrase after a status code, `res.status(404 ⟨Not Found⟩)`, computed for
// the requested (visible) range only, with the hover's guide as tooltip.

/** Lines above the range that detection may need (an enclosing switch or `responses:` key). */
const CONTEXT_LINES = 120;

function phrase(kb: KnowledgeBase, code: number): string {
  const info = kb.lookup(code);
  if (info.kind === 'record') return info.record.phrase;
  return info.kind === 'unassigned' ? 'unassigned' : 'not a valid status';
}

class StatusInlayHints implements vscode.InlayHintsProvider {
  constructor(private readonly knowledge: () => Promise<KnowledgeBase>) {}

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.InlayHint[]> {
    const mode = inlayHintMode(document);
    if (mode === 'off') return [];
    const from = new vscode.Position(Math.max(0, range.start.line - CONTEXT_LINES), 0);
    const to = document.lineAt(Math.min(range.end.line, document.lineCount - 1)).range.end;
    const base = document.offsetAt(from);
    const text = document.getText(new vscode.Range(from, to));
    const first = document.offsetAt(range.start) - base;
    const languageId = effectiveLanguageId(document.languageId, document.fileName, text);
    const occurrences = scan(text, languageId).filter((o) => o.start >= first
      && (mode === 'all' ? o.kind !== 'statusLine' : o.kind === 'literal' || o.kind === 'directive' || o.kind === 'openapiKey'));
    if (!occurrences.length) return [];
    const kb = await this.knowledge();
    return occurrences.map((o) => {
      const hint = new vscode.InlayHint(document.positionAt(base + o.end), phrase(kb, o.code));
      hint.paddingLeft = true;
      hint.tooltip = new vscode.MarkdownString(guideToMarkdown(guideForCode(kb, o.code, 'compact')));
      return hint;
    });
  }
}

export function registerInlayHints(context: vscode.ExtensionContext): void {
  const provider = new StatusInlayHints(() => loadKnowledge(context));
  context.subscriptions.push(vscode.languages.registerInlayHintsProvider(documentSelector, provider));
}
