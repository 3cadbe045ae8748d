import * as vscode from 'vscode';
import type { KnowledgeBase } from '../core/knowledge';
import type { LookupEntry } from '../core/lookup';
import { COMMANDS } from './commands';
import { codeInIdiom, insertCode } from './insert';
import { loadKnowledge } from './knowledge';
import { engine } from './engine';

// HTTP Status: Look Up Code… — every code in a quick pick, searchable by number, phrase, former
// names and keywords; the chosen code opens its guide or goes in at the cursor.

interface CodeItem extends vscode.QuickPickItem { readonly code: number }

/** What to do with a chosen code; asks when there is an editor to insert into. */
export async function actOnCode(code: number, label: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    await vscode.commands.executeCommand(COMMANDS.openGuide, code);
    return;
  }
  const insertLabel = vscode.l10n.t('Insert {0} at the cursor', codeInIdiom(editor.document, code));
  const choice = await vscode.window.showQuickPick([
    { label: vscode.l10n.t('Open the full guide'), description: label },
    { label: insertLabel, description: editor.document.fileName.split(/[\\/]/).pop() ?? '' },
  ], { title: label });
  if (!choice) return;
  if (choice.label === insertLabel) await insertCode(code);
  else await vscode.commands.executeCommand(COMMANDS.openGuide, code);
}

function item(entry: LookupEntry, alwaysShow: boolean): CodeItem {
  return { code: entry.code, label: entry.label, description: entry.description, detail: entry.detail, alwaysShow };
}

/**
 * What to show for a query: our own matches (marked alwaysShow, since VS Code's fuzzy filter
 * would hide a keyword or former-name match), a "did you mean" for typos, or everything.
 */
function itemsFor(kb: KnowledgeBase, value: string, all: readonly CodeItem[]): CodeItem[] {
  if (!value.trim()) return [...all];
  const guesses = engine().didYouMean(kb, value).map((entry): CodeItem => ({
    ...item(entry, true),
    label: `$(lightbulb) ${vscode.l10n.t('Did you mean {0}?', entry.label)}`,
  }));
  const matches = engine().searchCodes(kb, value).filter((entry) => !guesses.some((g) => g.code === entry.code)).map((entry) => item(entry, true));
  return [...guesses, ...matches];
}

/** The quick pick: our ranking and typo guesses for what has been typed (registered codes first). */
function pickCode(kb: KnowledgeBase): Promise<CodeItem | undefined> {
  const all: CodeItem[] = kb.records.map((record) => item(engine().lookupEntry(record), false));
  const quickPick = vscode.window.createQuickPick<CodeItem>();
  quickPick.title = vscode.l10n.t('HTTP Status: Look Up Code');
  quickPick.placeholder = vscode.l10n.t('Number, phrase or what you want to say ("rate limit", "moved", "teapot")');
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.items = all;
  quickPick.onDidChangeValue((value) => { quickPick.items = itemsFor(kb, value, all); });
  return new Promise((resolve) => {
    quickPick.onDidAccept(() => { resolve(quickPick.selectedItems[0]); quickPick.hide(); });
    quickPick.onDidHide(() => { resolve(undefined); quickPick.dispose(); });
    quickPick.show();
  });
}

async function lookUp(kb: KnowledgeBase): Promise<number | undefined> {
  const picked = await pickCode(kb);
  if (!picked) return undefined;
  await actOnCode(picked.code, kb.label(picked.code));
  return picked.code;
}

export function registerLookup(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.lookUpCode, async () => lookUp(await loadKnowledge(context))));
}
