import type * as vscode from 'vscode';
import type { Analysis } from '../core/detection';
import { workspaceSinks, workspaceSinksVersion } from './workspace-index';
import { engine } from './engine';

// One analysis per document version, shared by hover, inlay hints, code actions and diagnostics:
// the whole-document pass (the file's own helpers, its parts' languages) runs once per edit, and
// every hover after it is a binary search.


export interface DocumentAnalysis {
  readonly text: string;
  readonly languageId: string;
  readonly analysis: Analysis;
}

interface Cached extends DocumentAnalysis {
  readonly version: number;
  readonly sinksVersion: number;
}

const cache = new WeakMap<vscode.TextDocument, Cached>();

/** The document's language for detection (Kotlin, Elixir, nginx… opened as plaintext are recognised by name). */
export function detectionLanguage(document: vscode.TextDocument, text: string): string {
  return engine().effectiveLanguageId(document.languageId, document.fileName, text.slice(0, 20_000));
}

/** The analysis of the document's current version, or undefined when it is too large. */
export function analysisOf(document: vscode.TextDocument): DocumentAnalysis | undefined {
  const cached = cache.get(document);
  const sinksVersion = workspaceSinksVersion();
  if (cached?.version === document.version && cached.sinksVersion === sinksVersion) return cached;
  const text = document.getText();
  if (text.length > engine().MAX_ANALYZED) return undefined;
  const languageId = detectionLanguage(document, text);
  const fresh: Cached = { version: document.version, sinksVersion, text, languageId, analysis: engine().analyze(text, languageId, { workspaceSinks: workspaceSinks() }) };
  cache.set(document, fresh);
  return fresh;
}
