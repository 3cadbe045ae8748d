import * as vscode from 'vscode';
import type { KnowledgeBase } from '../core/knowledge';
import type { MarkdownOptions } from '../core/render/markdown';
import { COMMANDS, HOVER_COMMANDS, commandUri } from './commands';
import { loadKnowledge } from './knowledge';
import { documentSelector, occurrenceAt, type Located } from './locate';
import type { ReplaceStatusArgs } from './replace';
import type { ProjectConfigs } from './lint-config';
import { hoverSettings } from './settings';
import { engine } from './engine';

// Hover: detection finds the code at the position, the knowledge base supplies the guide, and
// the links run only our own commands.

function pair(position: vscode.Position): [number, number] {
  return [position.line, position.character];
}

function links(document: vscode.TextDocument, located: Located): MarkdownOptions {
  const { occurrence, range, window, base } = located;
  const openGuide = (code: number): string => commandUri(COMMANDS.openGuide, [code]);
  return {
    codeHref: openGuide,
    actions: [{ text: vscode.l10n.t('Full guide'), href: openGuide(occurrence.code) }],
    ...(occurrence.evidence ? { note: engine().evidenceToMarkdown(occurrence.evidence) } : {}),
    applyHref: (code) => {
      const edits = engine().rewriteTo(window, occurrence, code);
      if (!edits) return undefined;
      const args: ReplaceStatusArgs = {
        uri: document.uri.toString(),
        token: { start: pair(range.start), end: pair(range.end), text: document.getText(range) },
        edits: edits.map((e) => ({ start: pair(document.positionAt(base + e.start)), end: pair(document.positionAt(base + e.end)), newText: e.newText })),
      };
      return commandUri(COMMANDS.replaceStatus, [args]);
    },
  };
}

class StatusHoverProvider implements vscode.HoverProvider {
  constructor(private readonly knowledge: () => Promise<KnowledgeBase>, private readonly configs: ProjectConfigs) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const settings = hoverSettings(document);
    if (!settings.enabled) return undefined;
    const located = occurrenceAt(document, position);
    if (!located) return undefined;
    const kb = await this.knowledge();
    const { code } = located.occurrence;
    // The project's config is read only for a code that may be the team's own.
    const customCodes = engine().mayBeCustomCode(kb, code) ? (await this.configs.forUri(document.uri)).customCodes : [];
    const guide = engine().guideInProject(kb, code, settings.detail, customCodes);
    const markdown = new vscode.MarkdownString(engine().guideToMarkdown(guide, links(document, located)));
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    return new vscode.Hover(markdown, located.range);
  }
}

export function registerHover(context: vscode.ExtensionContext, configs: ProjectConfigs): void {
  const provider = new StatusHoverProvider(() => loadKnowledge(context), configs);
  context.subscriptions.push(vscode.languages.registerHoverProvider(documentSelector, provider));
}
