import { VENDOR_PACKS, type StatusRecord } from './types';

// Structural validation of the knowledge base. The unit tests run it over every record, so a
// record with a missing section, a dangling cross-reference or copy-pasted text cannot ship.

const STATUSES = new Set(['standard', 'temporary', 'deprecated', 'reserved', 'obsoleted', 'unofficial']);
const REQUIREMENTS = new Set(['MUST', 'SHOULD', 'MAY', 'MUST NOT']);
/** Phrases that would fit any code, so they teach nothing. */
const FILLER = [/\bwhen appropriate\b/i, /\bas needed\b/i, /\bin some cases\b/i, /\betc\.?$/i, /\blorem\b/i];

export interface Problem {
  readonly code: number;
  readonly message: string;
}

/** Every string of a record that is prose a reader sees, with where it sits. */
export function proseOf(record: StatusRecord): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [
    { where: 'eli5', text: record.eli5 },
    { where: 'serverPerspective', text: record.serverPerspective },
    { where: 'body', text: record.body },
    { where: 'check', text: record.check },
  ];
  const lists = ['whenToUse', 'whenNotToUse', 'howToRespond', 'pitfalls'] as const;
  for (const list of lists) record[list].forEach((text, i) => out.push({ where: `${list}[${i}]`, text }));
  record.headers.forEach((h, i) => out.push({ where: `headers[${i}].note`, text: h.note }));
  record.examples.forEach((e, i) => out.push({ where: `examples[${i}].note`, text: e.note }));
  record.alternatives.forEach((a, i) => out.push({ where: `alternatives[${i}].when`, text: a.when }));
  return out;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function validateRecords(records: readonly StatusRecord[]): Problem[] {
  const problems: Problem[] = [];
  const codes = new Set<number>();
  const seenText = new Map<string, string>();

  for (const r of records) {
    const bad = (message: string): void => { problems.push({ code: r.code, message }); };
    if (codes.has(r.code)) bad('duplicate record');
    codes.add(r.code);
    if (!Number.isInteger(r.code) || r.code < 100 || r.code > 599) bad('code outside 100–599');
    if (r.class !== `${Math.floor(r.code / 100)}xx`) bad(`class ${r.class} does not match the code`);
    if (!STATUSES.has(r.status)) bad(`unknown status ${r.status}`);
    if (!r.phrase.trim()) bad('empty phrase');

    const minimum = 2;
    if (r.whenToUse.length < minimum) bad(`whenToUse needs at least ${minimum} entries`);
    if (r.whenNotToUse.length < 1) bad('whenNotToUse is empty');
    if (r.howToRespond.length < 1) bad('howToRespond is empty');
    if (r.pitfalls.length < minimum) bad(`pitfalls needs at least ${minimum} entries`);
    if (r.examples.length < 1) bad('no examples');
    if (r.references.length < 1) bad('no references');
    if (r.eli5.length > 360) bad('eli5 is longer than two plain sentences should be');
    // The hover's first two lines: they must stay one line each at a hover's width.
    if (!r.gist.trim() || r.gist.length > 44 || /[.`]$/.test(r.gist)) bad(`gist must be a few words, at most 44 characters, no final period: "${r.gist}"`);
    if (r.check.length > 110 || !/^[A-Z].*\.$/.test(r.check) || r.check.includes('`')) bad(`check must be one sentence of at most 110 characters: "${r.check}"`);

    if (r.status === 'unofficial') {
      if (!r.usedBy?.length) bad('unofficial code without usedBy');
      if (r.pack === undefined) bad('unofficial code without a vendor pack');
      else if (!Object.hasOwn(VENDOR_PACKS, r.pack)) bad(`unknown vendor pack ${r.pack}`);
      if (r.logOnly) {
        // A value only a log holds: nobody chooses it, so "prefer instead" would mean nothing.
        if (r.preferInstead !== undefined) bad('a log-only code has no registered code to prefer instead');
        if (r.bodyAllowed) bad('a log-only code never reaches a client, so it carries no body');
      } else if (r.preferInstead === undefined) {
        bad('unofficial code without preferInstead (mark it logOnly if no response ever carries it)');
      } else if (!r.alternatives.some((a) => a.code === r.preferInstead)) {
        bad('preferInstead is not among the alternatives (the quick fix to it would be missing)');
      }
      for (const ref of r.references) {
        if (isRfcLink(ref.url) && !/#section-/.test(ref.url)) bad(`RFC link without a #section- anchor: ${ref.url}`);
      }
      if (!r.references.some((ref) => !isRfcLink(ref.url))) bad('unofficial code without a vendor or product reference');
    } else if (r.usedBy || r.preferInstead !== undefined || r.pack !== undefined || r.logOnly) {
      bad('usedBy/preferInstead/pack/logOnly are only for unofficial codes');
    }

    for (const { where, text } of proseOf(r)) {
      if (!text.trim()) bad(`${where} is empty`);
      if (FILLER.some((f) => f.test(text))) bad(`${where} is filler: "${text}"`);
      const key = normalise(text);
      const first = seenText.get(key);
      if (first) bad(`${where} repeats text of ${first}: "${text}"`);
      else seenText.set(key, `${r.code} ${where}`);
    }

    for (const h of r.headers) {
      if (!h.name.trim()) bad('header without a name');
      if (!REQUIREMENTS.has(h.requirement)) bad(`header ${h.name}: unknown requirement ${h.requirement}`);
    }
    for (const e of r.examples) {
      if (!e.title.trim() || !e.request.trim() || !e.response.trim()) bad(`example "${e.title}" is incomplete`);
      if (!`${e.request}\n${e.response}\n${e.note}`.includes(String(r.code))) {
        bad(`example "${e.title}" never shows ${r.code}`);
      }
    }
    for (const ref of r.references) {
      if (!ref.title.trim()) bad('reference without a title');
      if (!isWellFormedUrl(ref.url)) bad(`malformed URL ${ref.url}`);
    }
  }

  // Cross-references are checked once every code is known.
  for (const r of records) {
    const bad = (message: string): void => { problems.push({ code: r.code, message }); };
    const targets = [...r.alternatives.map((a) => a.code), ...r.related];
    if (r.preferInstead !== undefined) targets.push(r.preferInstead);
    for (const code of targets) {
      if (code === r.code) bad('refers to itself');
      else if (!codes.has(code)) bad(`refers to ${code}, which has no record`);
    }
    if (new Set(r.alternatives.map((a) => a.code)).size !== r.alternatives.length) bad('duplicate alternative');
    if (new Set(r.related).size !== r.related.length) bad('duplicate related code');
  }
  return problems;
}

/** A link to an RFC's text (rfc-editor.org, datatracker, tools.ietf.org), not to a draft. */
export function isRfcLink(url: string): boolean {
  return /^https:\/\/(?:www\.rfc-editor\.org\/rfc\/rfc\d|datatracker\.ietf\.org\/doc\/html\/rfc\d|tools\.ietf\.org\/html\/rfc\d)/i.test(url);
}

function isWellFormedUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname.includes('.') && !/\s/.test(url);
  } catch {
    return false;
  }
}
