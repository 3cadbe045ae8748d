import * as vscode from 'vscode';
import { findAt, SUPPORTED_LANGUAGES } from '../core/detection';
import type { KnowledgeBase } from '../core/knowledge';
import { guideForCode } from '../core/render/guide';
import { guideToMarkdown } from '../core/render/markdown';
import { loadKnowledge } from './knowledge';
import { hoverSettings } from './settings';

// Hover: detection answers for the hovered line only, the knowledge base supplies the guide.

export const documentSelector: vscode.DocumentSelector = SUPPORTED_LANGUAGES.map((language) => ({ language }));

class StatusHoverProvider implements vscode.HoverProvider {
  constructor(private readonly knowledge: () => Promise<KnowledgeBase>) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const settings = hoverSettings(document);
    if (!settings.enabled) return undefined;
    const line = document.lineAt(position.line).text;
    const occurrence = findAt(line, document.languageId, position.character);
    if (!occurrence) return undefined;
    const kb = await this.knowledge();
    const markdown = new vscode.MarkdownString(guideToMarkdown(guideForCode(kb, occurrence.code, settings.detail)));
    const range = new vscode.Range(position.line, occurrence.start, position.line, occurrence.end);
    return new vscode.Hover(markdown, range);
  }
}

export function registerHover(context: vscode.ExtensionContext): void {
  const provider = new StatusHoverProvider(() => loadKnowledge(context));
  context.subscriptions.push(vscode.languages.registerHoverProvider(documentSelector, provider));
}
