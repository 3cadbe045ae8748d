import type { Evidence } from '../detection';
import { escapeMarkdown } from './markdown';

// Why a number no framework idiom knows is a status: the helper or name it flows into, and
// where that reaches a status, so a user can check the tool's reasoning.

export function evidenceText(evidence: Evidence): string {
  const where = evidence.file ? `${evidence.file}:${evidence.line}` : `line ${evidence.line}`;
  return `Status of ${evidence.via} (${where}), which reaches: ${evidence.reaches}`;
}

export function evidenceToMarkdown(evidence: Evidence): string {
  const where = evidence.file ? `${escapeMarkdown(evidence.file)}:${evidence.line}` : `line ${evidence.line}`;
  const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;
  return `*Status of* ${code(evidence.via)} *(${where}), which reaches* ${code(evidence.reaches)}`;
}
