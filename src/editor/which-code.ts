import * as vscode from 'vscode';
import type { Outcome } from '../core/decide/tree';
import { COMMANDS } from './commands';
import { loadKnowledge } from './knowledge';
import { actOnCode } from './lookup';
import { engine } from './engine';

// HTTP Status: Which Code Should I Use? — the decision tree (src/core/decide) as quick-pick steps,
// ending in a code and the reason for it.

interface AnswerItem extends vscode.QuickPickItem { readonly next: string | Outcome }

async function ask(): Promise<Outcome | undefined> {
  let question = engine().questionById(engine().ROOT);
  let step = 1;
  while (question) {
    const items: AnswerItem[] = question.answers.map((a) => ({ label: a.label, detail: a.detail, next: a.next }));
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Which status code? (step {0})', step), placeHolder: question.prompt });
    if (!picked) return undefined;
    if (typeof picked.next !== 'string') return picked.next;
    question = engine().questionById(picked.next);
    step++;
  }
  return undefined;
}

export function registerWhichCode(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.whichCode, async () => {
    const outcome = await ask();
    if (!outcome) return undefined;
    const kb = await loadKnowledge(context);
    const label = kb.label(outcome.code);
    void vscode.window.showInformationMessage(`${label}: ${outcome.reason}`);
    await actOnCode(outcome.code, label);
    return outcome.code;
  }));
}
