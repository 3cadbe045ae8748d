import * as vscode from 'vscode';
import { findAt, SUPPORTED_LANGUAGES, type Occurrence } from '../core/detection';
import { replacementText } from '../core/fixes/replace';
import type { KnowledgeBase } from '../core/knowledge';
import { guideForCode } from '../core/render/guide';
import { guideToMarkdown, type MarkdownOptions } from '../core/render/markdown';
import { COMMANDS, HOVER_COMMANDS, commandUri } from './commands';
import { loadKnowledge } from './knowledge';
import type { ReplaceStatusArgs } from './replace';
import { hoverSettings } from './settings';

// Hover: detection answers for the hovered line only, the knowledge base supplies the guide, and
// the links run only our own commands.

export const documentSelector: vscode.DocumentSelector = SUPPORTED_LANGUAGES.map((language) => ({ language }));

function links(document: vscode.TextDocument, line: number, occurrence: Occurrence, lineText: string): MarkdownOptions {
  const openGuide = (code: number): string => commandUri(COMMANDS.openGuide, [code]);
  return {
    codeHref: openGuide,
    actions: [{ text: 'Open full guide', href: openGuide(occurrence.code) }],
    applyHref: (code) => {
      const replacement = replacementText(occurrence, code);
      if (replacement === undefined) return undefined;
      const args: ReplaceStatusArgs = {
        uri: document.uri.toString(),
        line,
        start: occurrence.start,
        end: occurrence.end,
        expected: lineText.slice(occurrence.start, occurrence.end),
        replacement,
      };
      return commandUri(COMMANDS.replaceStatus, [args]);
    },
  };
}

class StatusHoverProvider implements vscode.HoverProvider {
  constructor(private readonly knowledge: () => Promise<KnowledgeBase>) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const settings = hoverSettings(document);
    if (!settings.enabled) return undefined;
    const lineText = document.lineAt(position.line).text;
    const occurrence = findAt(lineText, document.languageId, position.character);
    if (!occurrence) return undefined;
    const kb = await this.knowledge();
    const guide = guideForCode(kb, occurrence.code, settings.detail);
    const markdown = new vscode.MarkdownString(guideToMarkdown(guide, links(document, position.line, occurrence, lineText)));
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    const range = new vscode.Range(position.line, occurrence.start, position.line, occurrence.end);
    return new vscode.Hover(markdown, range);
  }
}

export function registerHover(context: vscode.ExtensionContext): void {
  const provider = new StatusHoverProvider(() => loadKnowledge(context));
  context.subscriptions.push(vscode.languages.registerHoverProvider(documentSelector, provider));
}
