import * as fs from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { scan, sinkTable } from '../core/detection';
import { positionsIn } from '../core/detection/positions';
import { parseKnowledge, type KnowledgeBase } from '../core/knowledge';
import { EMPTY_CONFIG, lintProject } from '../core/lint/config';
import type { Finding } from '../core/lint/rules';
import { SCAN_WORKER, type AuditedPlace, type BatchFile, type FromScanWorker, type ScanWorkerData, type ToScanWorker } from './scan-protocol';
import { learnFile, locateOccurrences, type ReadFile } from './scan-files';

// A worker thread over the detection core, for the CLI's `scan --jobs N` and the editor's
// workspace audit: it reads and learns the batches of files it is handed (first pass), keeps
// their texts, then scans (or audits: scans and lints) them against every file's helpers. Each
// answer goes to the port it was given and bumps a shared counter, so that a main thread may also
// wait for answers synchronously (the CLI does; the extension host listens on the port). The
// messages are in ./scan-protocol.

/** Files answered at a time in the second pass: small enough to keep output flowing, large enough to be cheap. */
const SECOND_PASS_BATCH = 16;

type Kept = ReadFile & { readonly audit?: BatchFile['audit'] };

function auditPlaces(file: Kept, sinks: ReturnType<typeof sinkTable>, kb: KnowledgeBase): AuditedPlace[] {
  const { text = '', languageId = '', audit } = file;
  const at = positionsIn(text);
  const occurrences = scan(text, languageId, { workspaceSinks: sinks });
  const found = lintProject(text, languageId, kb, audit?.config ?? EMPTY_CONFIG, { fileName: audit?.fileName ?? file.file, occurrences, lineOf: (offset) => at(offset).line - 1 });
  const byStart = new Map<number, Finding[]>();
  for (const f of found) byStart.set(f.start, [...(byStart.get(f.start) ?? []), f]);
  return occurrences.map((o) => {
    const position = at(o.start);
    return { line: position.line, column: position.column, code: o.code, findings: byStart.get(o.start) ?? [] };
  });
}

function serve({ port, signal, knowledgeFile, maxFileBytes }: ScanWorkerData): void {
  const kept: Kept[] = [];
  let kb: KnowledgeBase | undefined;
  const answer = (message: FromScanWorker): void => {
    port.postMessage(message);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  parentPort?.on('message', (message: ToScanWorker) => {
    try {
      if (message.kind === 'learn') {
        const files = message.files.map(({ index, file, audit }) => ({ ...learnFile(index, file, maxFileBytes), ...(audit ? { audit } : {}) }));
        kept.push(...files.filter((f) => f.text !== undefined));
        // The texts stay here; only what the main thread needs crosses.
        answer({ kind: 'learnt', files: files.map(({ index, file, skipped, languageId, sinks }) => ({ index, file, sinks, ...(skipped === undefined ? {} : { skipped }), ...(languageId === undefined ? {} : { languageId }) })) });
        return;
      }
      const table = sinkTable(message.sinks);
      if (message.kind === 'scan') {
        for (let i = 0; i < kept.length; i += SECOND_PASS_BATCH) {
          answer({ kind: 'scanned', files: kept.slice(i, i + SECOND_PASS_BATCH).map((f) => ({ index: f.index, located: locateOccurrences(f.text ?? '', f.languageId ?? '', table) })) });
        }
        return;
      }
      if (!knowledgeFile) throw new Error('an audit needs the knowledge file');
      const knowledge = kb ??= parseKnowledge(fs.readFileSync(knowledgeFile, 'utf8'));
      for (let i = 0; i < kept.length; i += SECOND_PASS_BATCH) {
        answer({ kind: 'audited', files: kept.slice(i, i + SECOND_PASS_BATCH).map((f) => ({ index: f.index, places: auditPlaces(f, table, knowledge) })) });
      }
    } catch (error) {
      answer({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
}

const data = workerData as Partial<ScanWorkerData> | null;
if (!isMainThread && data?.role === SCAN_WORKER && data.port && data.signal) serve(data as ScanWorkerData);
