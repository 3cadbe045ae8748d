import * as vscode from 'vscode';
import { effectiveLanguageId, findAt, SUPPORTED_LANGUAGES, type Occurrence } from '../core/detection';
import { replacementText } from '../core/fixes/replace';
import type { KnowledgeBase } from '../core/knowledge';
import { guideForCode } from '../core/render/guide';
import { guideToMarkdown, type MarkdownOptions } from '../core/render/markdown';
import { COMMANDS, HOVER_COMMANDS, commandUri } from './commands';
import { loadKnowledge } from './knowledge';
import type { ReplaceStatusArgs } from './replace';
import { hoverSettings } from './settings';

// Hover: detection answers from a window of lines around the hovered one (enough for an enclosing
// `switch` or `responses:` key, never the whole document), the knowledge base supplies the guide,
// and the links run only our own commands.

export const documentSelector: vscode.DocumentSelector = [
  ...SUPPORTED_LANGUAGES.map((language) => ({ language })),
  // nginx/Apache files opened without an extension that knows them
  { language: 'plaintext', pattern: '**/*.conf' },
  { language: 'properties', pattern: '**/*.conf' },
  { language: 'ini', pattern: '**/*.conf' },
];

/** Context detection may see: up to this many lines above the position, and at most this many characters either side. */
const WINDOW_LINES = 120;
const WINDOW_BEFORE = 8000;
const WINDOW_AFTER = 400;

export interface LocatedOccurrence {
  readonly occurrence: Occurrence;
  /** The occurrence's range in the document. */
  readonly range: vscode.Range;
}

/** The status code occurrence at a position, from a bounded window of the document. */
export function occurrenceAt(document: vscode.TextDocument, position: vscode.Position): LocatedOccurrence | undefined {
  const offset = document.offsetAt(position);
  const base = Math.max(document.offsetAt(new vscode.Position(Math.max(0, position.line - WINDOW_LINES), 0)), offset - WINDOW_BEFORE);
  const lineEnd = document.offsetAt(document.lineAt(position.line).range.end);
  const window = document.getText(new vscode.Range(document.positionAt(base), document.positionAt(Math.min(lineEnd, offset + WINDOW_AFTER))));
  const languageId = effectiveLanguageId(document.languageId, document.fileName, window);
  const occurrence = findAt(window, languageId, offset - base);
  if (!occurrence) return undefined;
  const range = new vscode.Range(document.positionAt(base + occurrence.start), document.positionAt(base + occurrence.end));
  return { occurrence, range };
}

function links(document: vscode.TextDocument, located: LocatedOccurrence): MarkdownOptions {
  const { occurrence, range } = located;
  const openGuide = (code: number): string => commandUri(COMMANDS.openGuide, [code]);
  return {
    codeHref: openGuide,
    actions: [{ text: 'Open full guide', href: openGuide(occurrence.code) }],
    applyHref: (code) => {
      const replacement = replacementText(occurrence, code);
      if (replacement === undefined || !range.isSingleLine) return undefined;
      const args: ReplaceStatusArgs = {
        uri: document.uri.toString(),
        line: range.start.line,
        start: range.start.character,
        end: range.end.character,
        expected: document.getText(range),
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
    const located = occurrenceAt(document, position);
    if (!located) return undefined;
    const kb = await this.knowledge();
    const guide = guideForCode(kb, located.occurrence.code, settings.detail);
    const markdown = new vscode.MarkdownString(guideToMarkdown(guide, links(document, located)));
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    return new vscode.Hover(markdown, located.range);
  }
}

export function registerHover(context: vscode.ExtensionContext): void {
  const provider = new StatusHoverProvider(() => loadKnowledge(context));
  context.subscriptions.push(vscode.languages.registerHoverProvider(documentSelector, provider));
}
