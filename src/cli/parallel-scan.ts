import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Sink } from '../core/detection';
import type { Listed } from '../node/files';
import type { LearntFile, LocatedOccurrence } from '../node/scan-files';
import { SCAN_WORKER, type BatchFile, type FromScanWorker, type ScanWorkerData, type ToScanWorker } from '../node/scan-protocol';

// `scan` over many files on several cores: worker threads read and learn batches of files handed
// out as they finish, then each scans the files it read against every file's helpers. The main
// thread waits for their answers synchronously (a shared counter and receiveMessageOnPort), so
// the CLI stays one synchronous run, and it prints in the listing's order as the answers come.

/** Files per batch of the first pass: handed out as workers finish, so a slow file delays little. */
const LEARN_BATCH = 24;
/** How long one wait lasts before the ports are looked at again. */
const WAIT_MS = 1000;
/**
 * No answer for this long means a worker is gone (a thread that dies cannot say so to a main
 * thread that waits synchronously). A batch of the largest files read takes seconds.
 */
const SILENCE_MS = 120_000;

export interface ParallelScanEvents {
  /** A file that is not read, with why; called in the listing's order, before any file. */
  readonly skipped: (file: string, reason: string) => void;
  /** A scanned file, in the listing's order. Returns false to stop (the reader went away). */
  readonly scanned: (file: string, located: readonly LocatedOccurrence[]) => boolean;
}

interface Thread {
  readonly worker: Worker;
  readonly port: MessagePort;
  /** Batches handed to it and not yet answered. */
  pending: number;
}

/**
 * Scans the listed files with `jobs` worker threads started from `script`, reporting what the
 * listing or the reading skipped in the listing's order. Returns the number of files scanned;
 * throws when a worker fails.
 */
export function scanInParallel(listed: readonly Listed[], jobs: number, script: string, events: ParallelScanEvents): number {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const threads: Thread[] = Array.from({ length: jobs }, () => {
    const { port1, port2 } = new MessageChannel();
    const data: ScanWorkerData = { role: SCAN_WORKER, port: port2, signal };
    const worker = new Worker(script, { workerData: data, transferList: [port2] });
    worker.unref();
    return { worker, port: port1, pending: 0 };
  });
  try {
    const files = listed.flatMap((entry, index) => (entry.kind === 'file' ? [{ index, file: entry.file }] : []));
    const learnt = [...learnAll(files, threads, signal), ...listed.flatMap((entry, index): LearntFile[] => (entry.kind === 'skipped' ? [{ index, file: entry.file, skipped: entry.reason, sinks: [] }] : []))]
      .sort((a, b) => a.index - b.index);
    for (const f of learnt) {
      if (f.skipped !== undefined) events.skipped(f.file, f.skipped);
    }
    let next = 0;
    const scannable = learnt.filter((f) => f.languageId !== undefined);
    const sinks: Sink[] = learnt.flatMap((f) => f.sinks);
    const scan: ToScanWorker = { kind: 'scan', sinks };
    for (const thread of threads) thread.worker.postMessage(scan);
    // Answers come per worker; they are printed in the listing's order.
    const waiting = new Map<number, readonly LocatedOccurrence[]>();
    while (next < scannable.length) {
      const { message } = nextAnswer(threads, signal);
      if (message.kind !== 'scanned') throw new Error(`a scan worker answered ${message.kind} while scanning`);
      for (const f of message.files) waiting.set(f.index, f.located);
      for (let f = scannable[next]; f && waiting.has(f.index); f = scannable[next]) {
        const located = waiting.get(f.index) ?? [];
        waiting.delete(f.index);
        next++;
        if (!events.scanned(f.file, located)) return next;
      }
    }
    return next;
  } finally {
    for (const thread of threads) {
      thread.port.close();
      void thread.worker.terminate();
    }
  }
}

/** The first pass: batches handed out as workers answer; every file's result. */
function learnAll(files: readonly { index: number; file: string }[], threads: Thread[], signal: Int32Array): LearntFile[] {
  const results: LearntFile[] = [];
  let handed = 0;
  const handOut = (thread: Thread): void => {
    if (handed >= files.length) return;
    const batch: BatchFile[] = files.slice(handed, handed + LEARN_BATCH);
    handed += batch.length;
    thread.pending++;
    const message: ToScanWorker = { kind: 'learn', files: batch };
    thread.worker.postMessage(message);
  };
  // Two batches each, so that none waits while its next batch is on the way.
  for (const thread of threads) {
    handOut(thread);
    handOut(thread);
  }
  while (threads.some((t) => t.pending > 0)) {
    const { thread, message } = nextAnswer(threads, signal);
    if (message.kind !== 'learnt') throw new Error(`a scan worker answered ${message.kind} while learning`);
    thread.pending--;
    results.push(...message.files);
    handOut(thread);
  }
  return results;
}

/** Blocks until a worker answers; a worker's failure becomes an error here. */
function nextAnswer(threads: readonly Thread[], signal: Int32Array): { thread: Thread; message: FromScanWorker } {
  const since = Date.now();
  for (;;) {
    const seen = Atomics.load(signal, 0);
    for (const thread of threads) {
      const received: unknown = receiveMessageOnPort(thread.port)?.message;
      const message = received as FromScanWorker | undefined;
      if (!message) continue;
      if (message.kind === 'failed') throw new Error(message.message);
      return { thread, message };
    }
    if (Date.now() - since > SILENCE_MS) throw new Error(`a scan worker stopped answering for ${SILENCE_MS / 1000} s (run with --jobs 1 to scan in one thread)`);
    Atomics.wait(signal, 0, seen, WAIT_MS);
  }
}
