import { className, type KnowledgeBase, type StatusInfo } from '../knowledge';
import { packLabel, type StatusRecord } from '../knowledge/types';

// A status code's guidance as a neutral document (sections of paragraphs, lists and code), built
// once from the record and written out by ./markdown.ts (hover, full guide) and ./text.ts (CLI).

/**
 * A run of text, optionally linking to another code's guide, to a web page, or offering to use
 * another code in place of the one at hand (shown only where a host can apply it).
 */
export type Inline =
  | string
  | { readonly text: string; readonly code: number }
  | { readonly text: string; readonly url: string }
  | { readonly text: string; readonly apply: number };
export type Line = readonly Inline[];

export type Block =
  | { readonly type: 'paragraph'; readonly line: Line }
  | { readonly type: 'list'; readonly items: readonly Line[] }
  | { readonly type: 'code'; readonly language: string; readonly text: string }
  | { readonly type: 'subheading'; readonly text: string };

export type SectionId =
  | 'eli5' | 'server' | 'whenToUse' | 'whenNotToUse' | 'alternatives' | 'howToRespond' | 'headers'
  | 'body' | 'pitfalls' | 'examples' | 'related' | 'references' | 'facts';

export interface Section {
  readonly id: SectionId;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface Guide {
  readonly code: number;
  /** "404 Not Found" */
  readonly title: string;
  /** "nginx only" first for a vendor code, then "4xx Client Error" and the registry standing when it is not plain standard. */
  readonly badges: readonly string[];
  readonly sections: readonly Section[];
}

export type Detail = 'compact' | 'full';

function codeLink(kb: KnowledgeBase, code: number): Inline {
  return { text: kb.label(code), code };
}

const STATUS_BADGES: Readonly<Record<StatusRecord['status'], string | undefined>> = {
  standard: undefined,
  temporary: 'temporary registration',
  deprecated: 'deprecated',
  reserved: 'reserved — do not use',
  obsoleted: 'obsoleted',
  unofficial: 'non-standard',
};

function list(items: readonly string[]): Block {
  return { type: 'list', items: items.map((item) => [item]) };
}

function paragraph(text: string): Block {
  return { type: 'paragraph', line: [text] };
}

function headerLines(record: StatusRecord, onlyObligations: boolean): Line[] {
  return record.headers
    .filter((h) => !onlyObligations || h.requirement === 'MUST' || h.requirement === 'SHOULD' || h.requirement === 'MUST NOT')
    .map((h) => [`${h.name} (${h.requirement}): ${h.note}`]);
}

function alternativeLines(kb: KnowledgeBase, record: StatusRecord): Line[] {
  return record.alternatives.map((a) => [codeLink(kb, a.code), ` — ${a.when}`, { text: `Use ${a.code}`, apply: a.code }]);
}

function factLines(kb: KnowledgeBase, record: StatusRecord): Line[] {
  const lines: Line[] = [
    [`Heuristically cacheable: ${record.cacheable ? 'yes' : 'no'}`],
    [`Response content allowed: ${record.bodyAllowed ? 'yes' : 'no'}`],
  ];
  if (record.formerNames.length) lines.push([`Formerly: ${record.formerNames.join('; ')}`]);
  if (record.pack) lines.push([`Vendor pack: ${packLabel(record.pack)}`]);
  if (record.usedBy?.length) lines.push([`Used by: ${record.usedBy.join('; ')}`]);
  if (record.preferInstead !== undefined) lines.push(['Prefer the registered ', codeLink(kb, record.preferInstead)]);
  if (record.logOnly) lines.push(['Log value only: no response carries it and nobody chooses it, so there is no registered code to prefer instead']);
  return lines;
}

function exampleBlocks(record: StatusRecord): Block[] {
  return record.examples.flatMap((example): Block[] => [
    { type: 'subheading', text: example.title },
    { type: 'code', language: 'http', text: `${example.request}\n\n${example.response}` },
    paragraph(example.note),
  ]);
}

/** Builds the guide for a record; `compact` keeps what a hover needs, `full` keeps everything. */
export function guideForRecord(kb: KnowledgeBase, record: StatusRecord, detail: Detail): Guide {
  // A vendor code says whose it is before anything else: "nginx only".
  const badges = record.pack ? [packLabel(record.pack)] : [];
  badges.push(`${record.class} ${className(record.class)}`);
  const standing = STATUS_BADGES[record.status];
  if (standing) badges.push(standing);
  const full = detail === 'full';
  const sections: Section[] = [{ id: 'eli5', title: 'In plain words', blocks: [paragraph(record.eli5)] }];
  if (full) sections.push({ id: 'server', title: 'What the server is saying', blocks: [paragraph(record.serverPerspective)] });
  sections.push({ id: 'whenToUse', title: 'When to use', blocks: [list(full ? record.whenToUse : record.whenToUse.slice(0, 1))] });
  if (full && record.whenNotToUse.length) {
    sections.push({ id: 'whenNotToUse', title: 'When not to use', blocks: [list(record.whenNotToUse)] });
  }
  if (record.alternatives.length) {
    sections.push({ id: 'alternatives', title: 'Consider instead', blocks: [{ type: 'list', items: alternativeLines(kb, record) }] });
  }
  if (full) sections.push({ id: 'howToRespond', title: 'How to respond', blocks: [list(record.howToRespond)] });
  const headers = headerLines(record, !full);
  if (headers.length) sections.push({ id: 'headers', title: full ? 'Headers' : 'Header rules', blocks: [{ type: 'list', items: headers }] });
  if (full) {
    sections.push({ id: 'body', title: 'Response body', blocks: [paragraph(record.body)] });
    sections.push({ id: 'pitfalls', title: 'Pitfalls', blocks: [list(record.pitfalls)] });
    sections.push({ id: 'examples', title: 'Examples', blocks: exampleBlocks(record) });
    sections.push({ id: 'facts', title: 'Facts', blocks: [{ type: 'list', items: factLines(kb, record) }] });
    if (record.related.length) {
      const items = record.related.map((code) => [codeLink(kb, code)]);
      sections.push({ id: 'related', title: 'Related codes', blocks: [{ type: 'list', items }] });
    }
  }
  sections.push({
    id: 'references',
    title: 'References',
    blocks: [{ type: 'list', items: record.references.map((r) => [{ text: r.title, url: r.url }]) }],
  });
  return { code: record.code, title: `${record.code} ${record.phrase}`, badges, sections };
}

/** The guide for any number: a record's guide, or an honest note for unassigned and invalid numbers. */
export function guideFor(kb: KnowledgeBase, info: StatusInfo, detail: Detail): Guide {
  switch (info.kind) {
    case 'record':
      return guideForRecord(kb, info.record, detail);
    case 'unassigned':
      return {
        code: info.code,
        title: `${info.code} (unassigned)`,
        badges: [`${info.class} ${className(info.class)}`, 'not registered'],
        sections: [{
          id: 'eli5',
          title: 'In plain words',
          blocks: [
            paragraph(
              `No specification defines ${info.code}; it is an unassigned code in the ${info.class} ${className(info.class)} class. ` +
              `Clients that do not know it must treat it like ${info.treatedAs} (RFC 9110 §15), so the meaning you intended is lost.`,
            ),
            { type: 'paragraph', line: ['Use the registered code that says what you mean, often ', codeLink(kb, info.treatedAs), ' itself.'] },
          ],
        }],
      };
    case 'invalid':
      return {
        code: info.code,
        title: `${info.code} is not a valid HTTP status`,
        badges: ['invalid'],
        sections: [{
          id: 'eli5',
          title: 'In plain words',
          blocks: [paragraph(
            'HTTP status codes are three-digit numbers from 100 to 599 (RFC 9110 §15). ' +
            'Many servers reject anything else, and a client that receives it should treat it as a 5xx server error.',
          )],
        }],
      };
  }
}

/** The guide for a number. */
export function guideForCode(kb: KnowledgeBase, code: number, detail: Detail): Guide {
  return guideFor(kb, kb.lookup(code), detail);
}
