import * as os from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { Sink } from '../core/detection';
import type { LintConfig } from '../core/lint/config';
import { SCAN_WORKER, type AuditedPlace, type BatchFile, type FromScanWorker, type ScanWorkerData, type ToScanWorker } from '../node/scan-protocol';

// The workspace audit of files on disk, off the extension host's main thread: worker threads
// (dist/scan-worker.js) read the files with Node's fs, learn every file's helpers, then scan and
// lint each file against all of them — the CLI's two passes. Only the desktop build has this
// (the web build audits through workspace.fs in the host); nothing here imports vscode.

const LEARN_BATCH = 24;
const MAX_THREADS = 4;

export interface AuditRequest {
  /** Paths on disk, in the order the audit lists them. */
  readonly files: readonly { readonly path: string; readonly fileName: string; readonly config: LintConfig }[];
  readonly maxFileBytes: number;
  /** Called as files are done (both passes count: `done` runs to 2 × files). */
  readonly progress: (done: number, total: number) => void;
  /** True once the user cancelled; checked between answers. */
  readonly cancelled: () => boolean;
}

export interface AuditAnswer {
  /** Per file (by its place in the request): what it holds; undefined for files not read. */
  readonly places: ReadonlyMap<number, readonly AuditedPlace[]>;
  /** Files read whose language is known. */
  readonly files: number;
  /** Files not read (binary, too large, unreadable). */
  readonly skipped: number;
  readonly cancelled: boolean;
}

export type AuditThreads = (request: AuditRequest) => Promise<AuditAnswer>;

interface Thread {
  readonly worker: Worker;
  readonly port: MessagePort;
  pending: number;
}

/** An auditor whose threads run `workerScript` and lint with the knowledge in `knowledgeFile`. */
export function auditThreads(workerScript: string, knowledgeFile: string): AuditThreads {
  // Loaded on the first audit, not at activation.
  return async (request) => audit(await import('node:worker_threads'), workerScript, knowledgeFile, request);
}

function audit(threading: typeof import('node:worker_threads'), workerScript: string, knowledgeFile: string, request: AuditRequest): Promise<AuditAnswer> {
  const { MessageChannel, Worker } = threading;
  return new Promise<AuditAnswer>((resolve, reject) => {
    const total = request.files.length;
    const count = Math.max(1, Math.min(os.availableParallelism(), MAX_THREADS, Math.ceil(total / LEARN_BATCH)));
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const threads: Thread[] = [];
    const places = new Map<number, readonly AuditedPlace[]>();
    const sinks: Sink[][] = [];
    let handed = 0;
    let done = 0;
    let files = 0;
    let skipped = 0;
    let expected = 0;
    let finished = false;
    const finish = (error?: Error): void => {
      if (finished) return;
      finished = true;
      for (const thread of threads) {
        thread.port.close();
        void thread.worker.terminate();
      }
      if (error) reject(error);
      else resolve({ places, files, skipped, cancelled: request.cancelled() });
    };
    const handOut = (thread: Thread): void => {
      if (handed >= total) return;
      const batch: BatchFile[] = request.files.slice(handed, handed + LEARN_BATCH).map((f, i) => ({ index: handed + i, file: f.path, audit: { fileName: f.fileName, config: f.config } }));
      handed += batch.length;
      thread.pending++;
      const message: ToScanWorker = { kind: 'learn', files: batch };
      thread.worker.postMessage(message);
    };
    const secondPass = (): void => {
      // Helpers in the listing's order, as the CLI's table has them (the first one defined wins).
      const message: ToScanWorker = { kind: 'audit', sinks: sinks.flat() };
      for (const thread of threads) thread.worker.postMessage(message);
    };
    const onAnswer = (thread: Thread, message: FromScanWorker): void => {
      if (finished) return;
      if (request.cancelled()) { finish(); return; }
      if (message.kind === 'failed') { finish(new Error(message.message)); return; }
      if (message.kind === 'learnt') {
        thread.pending--;
        for (const f of message.files) {
          sinks[f.index] = [...f.sinks];
          if (f.skipped !== undefined) skipped++;
          else if (f.languageId !== undefined) { files++; expected++; }
          // A file with no second pass is done with both.
          done += f.languageId === undefined ? 2 : 1;
        }
        request.progress(done, 2 * total);
        handOut(thread);
        if (threads.every((t) => t.pending === 0)) {
          if (expected === 0) finish();
          else secondPass();
        }
        return;
      }
      if (message.kind === 'audited') {
        for (const f of message.files) places.set(f.index, f.places);
        done += message.files.length;
        request.progress(done, 2 * total);
        if (places.size >= expected) finish();
      }
    };
    try {
      for (let i = 0; i < count; i++) {
        const { port1, port2 } = new MessageChannel();
        const data: ScanWorkerData = { role: SCAN_WORKER, port: port2, signal, knowledgeFile, maxFileBytes: request.maxFileBytes };
        const worker = new Worker(workerScript, { workerData: data, transferList: [port2] });
        const thread: Thread = { worker, port: port1, pending: 0 };
        port1.on('message', (message: FromScanWorker) => { onAnswer(thread, message); });
        worker.on('error', (error) => { finish(error); });
        worker.on('exit', (code) => { if (!finished) finish(new Error(`an audit thread stopped (exit code ${code})`)); });
        threads.push(thread);
      }
      if (total === 0) { finish(); return; }
      for (const thread of threads) {
        handOut(thread);
        handOut(thread);
      }
    } catch (error) {
      finish(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
