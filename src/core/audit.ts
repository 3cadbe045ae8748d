import { classOf, type KnowledgeBase, type StatusClass } from './knowledge';
import type { Finding } from './lint/rules';

// A workspace audit's result, grouped for display: status classes → codes (with counts) →
// places, each place carrying the lint findings at it.

export interface AuditPlace {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly findings: readonly Finding[];
}

export interface AuditCode {
  readonly code: number;
  readonly label: string;
  readonly places: readonly AuditPlace[];
}

export interface AuditGroup {
  /** "4xx", or "invalid" for numbers outside 100–599. */
  readonly group: StatusClass | 'invalid';
  readonly codes: readonly AuditCode[];
  readonly count: number;
}

export interface AuditInput {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: number;
  readonly findings: readonly Finding[];
}

const ORDER: readonly (StatusClass | 'invalid')[] = ['1xx', '2xx', '3xx', '4xx', '5xx', 'invalid'];

export function groupAudit(kb: KnowledgeBase, places: readonly AuditInput[]): AuditGroup[] {
  const byCode = new Map<number, AuditPlace[]>();
  for (const p of places) {
    const list = byCode.get(p.code) ?? [];
    list.push({ file: p.file, line: p.line, column: p.column, findings: p.findings });
    byCode.set(p.code, list);
  }
  const groups = new Map<StatusClass | 'invalid', AuditCode[]>();
  for (const [code, list] of [...byCode].sort((a, b) => a[0] - b[0])) {
    const group = classOf(code) ?? 'invalid';
    const sorted = list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    groups.set(group, [...(groups.get(group) ?? []), { code, label: kb.label(code), places: sorted }]);
  }
  return ORDER.filter((g) => groups.has(g)).map((group) => {
    const codes = groups.get(group) ?? [];
    return { group, codes, count: codes.reduce((n, c) => n + c.places.length, 0) };
  });
}
