import * as vscode from 'vscode';
import type { KnowledgeBase } from '../core/knowledge';
import { COMMANDS } from './commands';
import { loadKnowledge } from './knowledge';
import { engine } from './engine';

// "Open full guide": one code's complete page in a webview. The page loads nothing remote (strict
// CSP, no local resources); links between codes post a message and the panel re-renders.

const VIEW_TYPE = 'httpStatusGuide.guide';

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const STYLE = `
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
         max-width: 52rem; padding: 0 1.5rem 2rem; line-height: 1.5; }
  h1 { margin-bottom: .25rem; } h2 { margin-top: 1.75rem; border-bottom: 1px solid var(--vscode-panel-border); }
  h3 { font-size: 1em; margin-bottom: .25rem; }
  .badge { display: inline-block; padding: 0 .5rem; border-radius: .75rem; margin-right: .25rem;
           background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
  pre { background: var(--vscode-textCodeBlock-background); padding: .75rem; overflow-x: auto; }
  code { font-family: var(--vscode-editor-font-family); }
  a { color: var(--vscode-textLink-foreground); }`;

function page(body: string, title: string): string {
  const n = nonce();
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${n}'`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  // The script only turns code links into messages; external links open through VS Code.
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.replace(/[<&]/g, '')}</title><style nonce="${n}">${STYLE}</style></head>
<body>${body}
<script nonce="${n}">
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-code]');
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({ type: 'open', code: Number(link.dataset.code) });
  });
</script></body></html>`;
}

class GuidePanel {
  private panel: vscode.WebviewPanel | undefined;
  /** The code on show, for tests and for re-rendering. */
  code: number | undefined;

  constructor(private readonly knowledge: () => Promise<KnowledgeBase>) {}

  async show(code: number): Promise<void> {
    const kb = await this.knowledge();
    const guide = engine().guideForCode(kb, code, 'full');
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, guide.title, vscode.ViewColumn.Beside, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => { this.panel = undefined; this.code = undefined; });
      this.panel.webview.onDidReceiveMessage((message: unknown) => {
        const next = (message as { code?: unknown } | undefined)?.code;
        if (typeof next === 'number' && Number.isInteger(next)) void this.show(next);
      });
    }
    this.code = code;
    this.panel.title = vscode.l10n.t('HTTP {0}', guide.title);
    this.panel.webview.html = page(engine().guideToHtml(guide), guide.title);
    this.panel.reveal(undefined, true);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** Accepts a code from a command argument, or asks for one. */
async function codeFromArgument(argument: unknown): Promise<number | undefined> {
  if (typeof argument === 'number' && Number.isInteger(argument)) return argument;
  const answer = await vscode.window.showInputBox({
    title: vscode.l10n.t('HTTP Status Guide'),
    prompt: vscode.l10n.t('Status code to explain (100–599)'),
    placeHolder: '404',
    validateInput: (value) => (/^\s*\d{3}\s*$/.test(value) ? undefined : vscode.l10n.t('Enter a three-digit status code, e.g. 404')),
  });
  return answer === undefined ? undefined : Number(answer.trim());
}

export function registerGuidePanel(context: vscode.ExtensionContext): void {
  const panel = new GuidePanel(() => loadKnowledge(context));
  context.subscriptions.push(
    panel,
    vscode.commands.registerCommand(COMMANDS.openGuide, async (argument: unknown) => {
      const code = await codeFromArgument(argument);
      if (code === undefined) return undefined;
      await panel.show(code);
      return panel.code;
    }),
  );
}
