import type { StatusClass, StatusRecord } from './types';

export type { StatusClass, StatusRecord } from './types';

// The knowledge base: lookups over the records. The records themselves are loaded by whoever
// hosts the core (the extension reads dist/knowledge.json on first use, the CLI reads it next to
// itself, tests import the sources), so the activation bundle stays small.

/** What the knowledge base says about a number: a record, an unassigned code, or not a status at all. */
export type StatusInfo =
  | { readonly kind: 'record'; readonly code: number; readonly record: StatusRecord }
  | { readonly kind: 'unassigned'; readonly code: number; readonly class: StatusClass; readonly treatedAs: number }
  | { readonly kind: 'invalid'; readonly code: number };

const CLASS_NAMES: Readonly<Record<StatusClass, string>> = {
  '1xx': 'Informational',
  '2xx': 'Successful',
  '3xx': 'Redirection',
  '4xx': 'Client Error',
  '5xx': 'Server Error',
};

export function classOf(code: number): StatusClass | undefined {
  if (!Number.isInteger(code) || code < 100 || code > 599) return undefined;
  return `${Math.floor(code / 100)}xx` as StatusClass;
}

export function className(statusClass: StatusClass): string {
  return CLASS_NAMES[statusClass];
}

export class KnowledgeBase {
  private readonly byCode: ReadonlyMap<number, StatusRecord>;
  /** Every record, in code order. */
  readonly records: readonly StatusRecord[];

  constructor(records: readonly StatusRecord[]) {
    this.records = [...records].sort((a, b) => a.code - b.code);
    this.byCode = new Map(this.records.map((record) => [record.code, record]));
  }

  get(code: number): StatusRecord | undefined {
    return this.byCode.get(code);
  }

  lookup(code: number): StatusInfo {
    const record = this.byCode.get(code);
    if (record) return { kind: 'record', code, record };
    const statusClass = classOf(code);
    if (!statusClass) return { kind: 'invalid', code };
    return { kind: 'unassigned', code, class: statusClass, treatedAs: Math.floor(code / 100) * 100 };
  }

  /** "404 Not Found", or just the number when there is no record. */
  label(code: number): string {
    const record = this.byCode.get(code);
    return record ? `${code} ${record.phrase}` : `${code}`;
  }
}

/** Parses the knowledge JSON written by the build; throws with a clear message on anything else. */
export function parseKnowledge(json: string): KnowledgeBase {
  const data: unknown = JSON.parse(json);
  if (!Array.isArray(data) || !data.every((r) => typeof r === 'object' && r !== null && typeof (r as { code?: unknown }).code === 'number')) {
    throw new Error('knowledge data is not a list of status records');
  }
  return new KnowledgeBase(data as StatusRecord[]);
}
