import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, learnSinksOf, languageIdForFile, MAX_ANALYZED, sinkTable, type Analysis, type Sink, type SinkTable } from '../core/detection';
import { EMPTY_CONFIG, type LintConfig } from '../core/lint/config';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { ConfigFinder } from '../node/config-finder';
import { collectFiles } from '../node/files';
import { detectionLanguageOf } from './languages';

// What the server knows beyond one request: one analysis per document version (as the VS Code
// extension keeps), the user's settings, the project's .http-status-guide.json files and the
// workspace's helper index, built in the background.


export interface Analysed {
  readonly text: string;
  readonly languageId: string;
  readonly analysis: Analysis;
}

export function filePathOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

export class ServerState {
  settings: Settings = DEFAULT_SETTINGS;
  private readonly analyses = new Map<string, { version: number; sinksVersion: number; analysed: Analysed | undefined }>();
  private configs = new ConfigFinder(undefined);
  private sinks: SinkTable = new Map();
  private sinksVersion = 0;
  private indexing: { cancelled: boolean } | undefined;

  /** The analysis of a document's current version (undefined: too large or not a language we serve). */
  analysisOf(document: TextDocument): Analysed | undefined {
    const cached = this.analyses.get(document.uri);
    if (cached?.version === document.version && cached.sinksVersion === this.sinksVersion) return cached.analysed;
    const text = document.getText();
    const languageId = text.length > MAX_ANALYZED ? undefined : detectionLanguageOf(document.languageId, filePathOf(document.uri), text);
    const analysed = languageId ? { text, languageId, analysis: analyze(text, languageId, { workspaceSinks: this.sinks }) } : undefined;
    this.analyses.set(document.uri, { version: document.version, sinksVersion: this.sinksVersion, analysed });
    return analysed;
  }

  forget(uri: string): void {
    this.analyses.delete(uri);
  }

  /** The project's config for a document, or a problem with its file (shown once, not thrown). */
  projectConfig(uri: string): { config: LintConfig; problem?: string } {
    if (!uri.startsWith('file:')) return { config: EMPTY_CONFIG };
    const found = this.configs.forFile(filePathOf(uri));
    return 'problem' in found ? { config: EMPTY_CONFIG, problem: found.problem } : { config: found.config };
  }

  /** A config file changed: read them all again. */
  reloadConfigs(): void {
    this.configs = new ConfigFinder(undefined);
  }

  /**
   * Learns the helpers every file under `roots` defines, a few files per turn of the event loop
   * so requests are answered meanwhile; `done` runs when the index changed.
   */
  indexWorkspace(roots: readonly string[], done: () => void): void {
    if (this.indexing) this.indexing.cancelled = true;
    const job = { cancelled: false };
    this.indexing = job;
    const files = collectFiles(roots, (file) => languageIdForFile(file) !== undefined);
    const learnt: Sink[] = [];
    const step = (): void => {
      if (job.cancelled) return;
      const started = Date.now();
      for (let next = files.next(); ; next = files.next()) {
        if (next.done) {
          this.sinks = sinkTable(learnt);
          this.sinksVersion++;
          this.indexing = undefined;
          if (learnt.length) done();
          return;
        }
        const result = next.value;
        if (result.kind !== 'skipped') {
          const languageId = languageIdForFile(result.file, result.text);
          if (languageId) learnt.push(...learnSinksOf(result.text, languageId, path.relative(roots[0] ?? '', result.file) || result.file));
        }
        if (Date.now() - started > 20) break;
      }
      setImmediate(step);
    };
    setImmediate(step);
  }

  stopIndexing(): void {
    if (this.indexing) this.indexing.cancelled = true;
  }
}
