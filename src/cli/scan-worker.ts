import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { sinkTable, type Sink } from '../core/detection';
import { learnFile, locateOccurrences, type LearntFile, type LocatedOccurrence, type ReadFile } from './scan-files';

// A thread of `scan --jobs N`: reads and learns the batches of files it is handed, keeps their
// texts, then scans them against every file's helpers. Each answer goes to the main thread's port
// and bumps a shared counter, so the main thread can wait for answers synchronously.

export const SCAN_WORKER = 'http-status-guide scan worker';

export interface ScanWorkerData {
  readonly role: typeof SCAN_WORKER;
  readonly port: MessagePort;
  /** Incremented (and notified) after every answer. */
  readonly signal: Int32Array;
}

export type ToScanWorker =
  | { readonly kind: 'learn'; readonly files: readonly { readonly index: number; readonly file: string }[] }
  | { readonly kind: 'scan'; readonly sinks: readonly Sink[] };

export type FromScanWorker =
  | { readonly kind: 'learnt'; readonly files: readonly LearntFile[] }
  | { readonly kind: 'scanned'; readonly files: readonly { readonly index: number; readonly located: readonly LocatedOccurrence[] }[] }
  | { readonly kind: 'failed'; readonly message: string };

/** Files scanned per answer: small enough to keep the output flowing, large enough to be cheap. */
const SCANNED_BATCH = 16;

function serve({ port, signal }: ScanWorkerData): void {
  const kept: ReadFile[] = [];
  const answer = (message: FromScanWorker): void => {
    port.postMessage(message);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  parentPort?.on('message', (message: ToScanWorker) => {
    try {
      if (message.kind === 'learn') {
        const files = message.files.map(({ index, file }) => learnFile(index, file));
        kept.push(...files.filter((f) => f.text !== undefined));
        // The texts stay here; only what the main thread needs crosses.
        answer({ kind: 'learnt', files: files.map(({ index, file, skipped, languageId, sinks }) => ({ index, file, sinks, ...(skipped === undefined ? {} : { skipped }), ...(languageId === undefined ? {} : { languageId }) })) });
        return;
      }
      const table = sinkTable(message.sinks);
      for (let i = 0; i < kept.length; i += SCANNED_BATCH) {
        answer({
          kind: 'scanned',
          files: kept.slice(i, i + SCANNED_BATCH).map((f) => ({ index: f.index, located: locateOccurrences(f.text ?? '', f.languageId ?? '', table) })),
        });
      }
    } catch (error) {
      answer({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
}

const data = workerData as Partial<ScanWorkerData> | null;
if (!isMainThread && data?.role === SCAN_WORKER && data.port && data.signal) serve(data as ScanWorkerData);
