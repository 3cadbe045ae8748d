import type { MessagePort } from 'node:worker_threads';
import type { Sink } from '../core/detection';
import type { LintConfig } from '../core/lint/config';
import type { Finding } from '../core/lint/rules';
import type { LearntFile, LocatedOccurrence } from './scan-files';

// What the scan worker (./scan-worker) and the threads that start it say to each other. Only
// types and the role's name: the extension's bundle imports this without the worker's code.

export const SCAN_WORKER = 'http-status-guide scan worker';

export interface ScanWorkerData {
  readonly role: typeof SCAN_WORKER;
  readonly port: MessagePort;
  /** Incremented (and notified) after every answer. */
  readonly signal: Int32Array;
  /** dist/knowledge.json, for an audit's lint (a scan needs no knowledge). */
  readonly knowledgeFile?: string;
  /** Larger files are skipped (the CLI's limit by default; the editor's is smaller). */
  readonly maxFileBytes?: number;
}

/** A file of a first-pass batch; for an audit, with the name and project config lint uses. */
export interface BatchFile {
  readonly index: number;
  readonly file: string;
  readonly audit?: { readonly fileName: string; readonly config: LintConfig };
}

/** A status code the audit found: where, and what the project's rules say of it. */
export interface AuditedPlace {
  readonly line: number;
  readonly column: number;
  readonly code: number;
  readonly findings: readonly Finding[];
}

export type ToScanWorker =
  | { readonly kind: 'learn'; readonly files: readonly BatchFile[] }
  | { readonly kind: 'scan'; readonly sinks: readonly Sink[] }
  | { readonly kind: 'audit'; readonly sinks: readonly Sink[] };

export type FromScanWorker =
  | { readonly kind: 'learnt'; readonly files: readonly LearntFile[] }
  | { readonly kind: 'scanned'; readonly files: readonly { readonly index: number; readonly located: readonly LocatedOccurrence[] }[] }
  | { readonly kind: 'audited'; readonly files: readonly { readonly index: number; readonly places: readonly AuditedPlace[] }[] }
  | { readonly kind: 'failed'; readonly message: string };
