import { className, type KnowledgeBase, type StatusInfo } from '../knowledge';
import { packLabel, type StatusRecord } from '../knowledge/types';
import type { CustomCode } from '../lint/config';

// A status code's guidance as a neutral document (sections of paragraphs, lists and code), built
// once from the record and written out by ./markdown.ts (hover, full guide) and ./text.ts (CLI).

/**
 * A run of text, optionally linking to another code's guide, to a web page, or offering to use
 * another code in place of the one at hand (shown only where a host can apply it, or else as a
 * link to the `fallback` code's guide).
 */
export type Inline =
  | string
  | { readonly text: string; readonly code: number }
  | { readonly text: string; readonly url: string }
  | { readonly text: string; readonly apply: number; readonly fallback?: number };
export type Line = readonly Inline[];

export type Block =
  | { readonly type: 'paragraph'; readonly line: Line }
  | { readonly type: 'list'; readonly items: readonly Line[] }
  | { readonly type: 'code'; readonly language: string; readonly text: string }
  | { readonly type: 'subheading'; readonly text: string };

export type SectionId =
  | 'eli5' | 'check' | 'server' | 'whenToUse' | 'whenNotToUse' | 'alternatives' | 'howToRespond' | 'headers'
  | 'body' | 'pitfalls' | 'examples' | 'related' | 'references' | 'facts';

export interface Section {
  readonly id: SectionId;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface Guide {
  readonly code: number;
  readonly detail: Detail;
  /** "404 Not Found" */
  readonly title: string;
  /** "nothing here, or not telling": follows the title on a compact hover's first line. */
  readonly gist?: string;
  /** "nginx only" first for a vendor code, then "4xx Client Error" and the registry standing when it is not plain standard. */
  readonly badges: readonly string[];
  readonly sections: readonly Section[];
}

export type Detail = 'compact' | 'full';

/** A compact hover lists this many alternatives; VS Code caps a hover's height at about 250 px. */
export const COMPACT_ALTERNATIVES = 3;

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

function headerLines(record: StatusRecord): Line[] {
  return record.headers.map((h) => [`${h.name} (${h.requirement}): ${h.note}`]);
}

function alternativeLines(kb: KnowledgeBase, record: StatusRecord, detail: Detail): Line[] {
  const alternatives = detail === 'full' ? record.alternatives : record.alternatives.slice(0, COMPACT_ALTERNATIVES);
  // The compact hover makes the name itself the link that applies the fix; the full guide adds a "Use N" link.
  return alternatives.map((a) => detail === 'full'
    ? [codeLink(kb, a.code), ` — ${a.when}`, { text: `Use ${a.code}`, apply: a.code }]
    : [{ text: kb.label(a.code), apply: a.code, fallback: a.code }, ` — ${a.when}`]);
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

/** The compact guide a hover shows: the gist, the one check, a few alternatives that apply themselves. */
function compactGuide(kb: KnowledgeBase, record: StatusRecord, badges: readonly string[]): Guide {
  const sections: Section[] = [{ id: 'check', title: 'Check', blocks: [paragraph(record.check)] }];
  const total = record.alternatives.length;
  if (total) {
    // "Consider instead (3 of 5)": the rest are in the full guide.
    const title = total > COMPACT_ALTERNATIVES ? `Consider instead (${COMPACT_ALTERNATIVES} of ${total})` : 'Consider instead';
    sections.push({ id: 'alternatives', title, blocks: [{ type: 'list', items: alternativeLines(kb, record, 'compact') }] });
  }
  return { code: record.code, detail: 'compact', title: `${record.code} ${record.phrase}`, gist: record.gist, badges, sections };
}

/** Builds the guide for a record; `compact` keeps what a hover needs, `full` keeps everything. */
export function guideForRecord(kb: KnowledgeBase, record: StatusRecord, detail: Detail): Guide {
  // A vendor code says whose it is before anything else: "nginx only".
  const badges = record.pack ? [packLabel(record.pack)] : [];
  const standing = STATUS_BADGES[record.status];
  // "nginx only" already says non-standard; the compact hover says it once.
  if (detail === 'compact') return compactGuide(kb, record, standing && !record.pack ? [...badges, standing] : badges);
  badges.push(`${record.class} ${className(record.class)}`);
  if (standing) badges.push(standing);
  const sections: Section[] = [
    { id: 'eli5', title: 'In plain words', blocks: [paragraph(record.eli5)] },
    { id: 'server', title: 'What the server is saying', blocks: [paragraph(record.serverPerspective)] },
    { id: 'whenToUse', title: 'When to use', blocks: [list(record.whenToUse)] },
  ];
  if (record.whenNotToUse.length) {
    sections.push({ id: 'whenNotToUse', title: 'When not to use', blocks: [list(record.whenNotToUse)] });
  }
  if (record.alternatives.length) {
    sections.push({ id: 'alternatives', title: 'Consider instead', blocks: [{ type: 'list', items: alternativeLines(kb, record, 'full') }] });
  }
  sections.push({ id: 'howToRespond', title: 'How to respond', blocks: [list(record.howToRespond)] });
  const headers = headerLines(record);
  if (headers.length) sections.push({ id: 'headers', title: 'Headers', blocks: [{ type: 'list', items: headers }] });
  sections.push({ id: 'body', title: 'Response body', blocks: [paragraph(record.body)] });
  sections.push({ id: 'pitfalls', title: 'Pitfalls', blocks: [list(record.pitfalls)] });
  sections.push({ id: 'examples', title: 'Examples', blocks: exampleBlocks(record) });
  sections.push({ id: 'facts', title: 'Facts', blocks: [{ type: 'list', items: factLines(kb, record) }] });
  if (record.related.length) {
    const items = record.related.map((code) => [codeLink(kb, code)]);
    sections.push({ id: 'related', title: 'Related codes', blocks: [{ type: 'list', items }] });
  }
  sections.push({
    id: 'references',
    title: 'References',
    blocks: [{ type: 'list', items: record.references.map((r) => [{ text: r.title, url: r.url }]) }],
  });
  return { code: record.code, detail, title: `${record.code} ${record.phrase}`, badges, sections };
}

/** The guide for any number: a record's guide, or an honest note for unassigned and invalid numbers. */
export function guideFor(kb: KnowledgeBase, info: StatusInfo, detail: Detail): Guide {
  switch (info.kind) {
    case 'record':
      return guideForRecord(kb, info.record, detail);
    case 'unassigned':
      return {
        code: info.code,
        detail,
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
        detail,
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

/**
 * The guide a hover shows for a code in a project: a code nothing defines may be the team's own,
 * named in its `.http-status-guide.json` (`customCodes`); any other code has its record's guide.
 */
export function guideInProject(kb: KnowledgeBase, code: number, detail: Detail, customCodes: readonly CustomCode[]): Guide {
  const custom = mayBeCustomCode(kb, code) ? customCodes.find((c) => c.code === code) : undefined;
  return custom ? guideForCustomCode(kb, custom, detail) : guideForCode(kb, code, detail);
}

/** Only a code no specification or product defines can be a team's own (so a host reads its config only then). */
export function mayBeCustomCode(kb: KnowledgeBase, code: number): boolean {
  return kb.lookup(code).kind === 'unassigned';
}

/** A team's own code from its `.http-status-guide.json` (`customCodes`): its name and meaning, and what clients make of it. */
export function guideForCustomCode(kb: KnowledgeBase, custom: CustomCode, detail: Detail): Guide {
  const treatedAs = Math.floor(custom.code / 100) * 100;
  return {
    code: custom.code,
    detail,
    title: `${custom.code} ${custom.phrase}`,
    gist: 'this project\'s own code',
    badges: ['custom code (.http-status-guide.json)'],
    sections: [{
      id: 'eli5',
      title: 'In plain words',
      blocks: [
        paragraph(custom.meaning),
        { type: 'paragraph', line: [`No specification defines ${custom.code}: clients outside this project treat it like `, codeLink(kb, treatedAs), ' (RFC 9110 §15).'] },
      ],
    }],
  };
}
