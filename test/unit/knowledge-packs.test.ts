import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';
import { packLabel, VENDOR_PACKS, type StatusRecord, type VendorPack } from '../../src/core/knowledge/types';
import { isRfcLink, proseOf, validateRecords } from '../../src/core/knowledge/validate';
import { lookupEntry } from '../../src/core/lookup';
import { guideForCode } from '../../src/core/render/guide';
import { guideToHtml } from '../../src/core/render/html';
import { guideToMarkdown } from '../../src/core/render/markdown';
import { guideToText } from '../../src/core/render/text';

// Vendor packs and the depth of the unofficial records. Each vendor code names its pack and lives
// in records/vendors/<pack>.ts; every record reaches the depth of the 404 seed page; the hover,
// the full guide and the CLI say whose code it is ("nginx only") before anything else.

const kb = new KnowledgeBase(allRecords);
const unofficial = allRecords.filter((r) => r.status === 'unofficial');
const packs = Object.keys(VENDOR_PACKS) as VendorPack[];

/** Markdown without its escapes: what a reader sees. */
function visible(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

/** Every piece of text a record says, prose and "used by" alike. */
function textOf(record: StatusRecord): string {
  return [...proseOf(record).map((p) => p.text), ...(record.usedBy ?? [])].join('\n');
}

function get(code: number): StatusRecord {
  const record = kb.get(code);
  assert.ok(record, `record for ${code}`);
  return record;
}

/** The compiled module of records/vendors/<pack>.ts, next to this test under out/. */
function packModule(pack: VendorPack): Record<string, unknown> | undefined {
  const file = path.join(__dirname, '../../src/core/knowledge/records/vendors', `${pack}.js`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return fs.existsSync(file) ? (require(file) as Record<string, unknown>) : undefined;
}

function recordsIn(module: Record<string, unknown>): StatusRecord[] {
  return Object.values(module).filter(Array.isArray).flat() as StatusRecord[];
}

describe('vendor packs', () => {
  it('every unofficial record names a pack from the closed set', () => {
    assert.ok(unofficial.length >= 29, `${unofficial.length} unofficial records`);
    const missing = unofficial.filter((r) => r.pack === undefined || !packs.includes(r.pack)).map((r) => r.code);
    assert.deepEqual(missing, []);
  });

  it('each pack has its own file, records/vendors/<pack>.ts, and its records all name that pack', () => {
    for (const pack of packs) {
      const module = packModule(pack);
      assert.ok(module, `records/vendors/${pack}.ts exists`);
      const records = recordsIn(module);
      assert.ok(records.length > 0, `${pack} holds records`);
      for (const r of records) assert.equal(r.pack, pack, `${r.code} in vendors/${pack}.ts names pack ${String(r.pack)}`);
    }
  });

  it('every unofficial record lives in the file of its pack, and only there', () => {
    for (const r of unofficial) {
      const homes = packs.filter((pack) => recordsIn(packModule(pack) ?? {}).some((x) => x.code === r.code));
      assert.deepEqual(homes, r.pack ? [r.pack] : [], `${r.code} lives in vendors/${String(r.pack)}.ts`);
    }
  });

  it('registered records carry no pack', () => {
    assert.deepEqual(allRecords.filter((r) => r.status !== 'unofficial' && r.pack !== undefined).map((r) => r.code), []);
  });

  it('the validator requires a known pack for unofficial codes and refuses one elsewhere', () => {
    const nginx = get(444);
    const registered = get(404);
    const packless: StatusRecord = { ...nginx, pack: undefined };
    const messages = validateRecords([registered, packless, { ...registered, code: 405, pack: 'nginx' }, { ...nginx, code: 445, pack: 'apache' as VendorPack }])
      .map((p) => `${p.code}: ${p.message}`).join('\n');
    assert.match(messages, /444: unofficial code without a vendor pack/);
    assert.match(messages, /405: .*only for unofficial codes/);
    assert.match(messages, /445: unknown vendor pack apache/);
  });
});

describe('vendor codes say whose they are, up front', () => {
  for (const r of unofficial) {
    const label = r.pack ? packLabel(r.pack) : '(no pack)';
    it(`${r.code}: "${label}" right under the title in the hover, the full guide, the CLI and the webview`, () => {
      const md = visible(guideToMarkdown(guideForCode(kb, r.code, 'full')));
      const [title, badges] = md.split('\n\n');
      assert.match(title ?? '', new RegExp(`^### ${r.code} `));
      assert.ok(badges?.startsWith(`\`${label}\``), `full markdown: "${badges ?? ''}"`);
      // the compact hover's first line: "**444 No Response** · gist · `nginx only`"
      const first = visible(guideToMarkdown(guideForCode(kb, r.code, 'compact'))).split('  \n')[0] ?? '';
      assert.ok(first.startsWith(`**${r.code} `) && first.endsWith(`\`${label}\``), `compact first line: "${first}"`);
      const lines = guideToText(guideForCode(kb, r.code, 'full')).split('\n');
      assert.ok(lines[1]?.startsWith(label), `CLI second line: "${lines[1] ?? ''}"`);
      assert.match(guideToHtml(guideForCode(kb, r.code, 'full')), new RegExp(`<div class="badges"><span class="badge">${label.replace(/[()]/g, '\\$&')}</span>`));
      assert.ok(lookupEntry(r).description.endsWith(label), `look-up: "${lookupEntry(r).description}"`);
    });
  }

  it('registered codes get no pack badge', () => {
    for (const detail of ['compact', 'full'] as const) assert.doesNotMatch(visible(guideToMarkdown(guideForCode(kb, 404, detail))), / only`/);
  });
});

describe('unofficial records reach the depth of the seed page', () => {
  for (const r of unofficial) {
    it(`${r.code} ${r.phrase}: every section of the seed filled`, () => {
      for (const field of ['eli5', 'serverPerspective', 'body'] as const) assert.ok(r[field].trim().length > 40, `${field} is substantial`);
      for (const list of ['whenToUse', 'whenNotToUse', 'howToRespond', 'pitfalls'] as const) {
        assert.ok(r[list].length >= 2, `${list} has at least 2 entries (has ${r[list].length})`);
      }
      assert.ok(r.examples.length >= 1, 'at least one example');
      assert.ok(r.related.length >= 2, 'at least two related codes');
      assert.ok(r.references.length >= 2, 'at least two references');
      assert.ok(r.references.some((ref) => !isRfcLink(ref.url)), 'a vendor or product reference besides the RFCs');
      assert.ok(r.usedBy?.length, 'says who uses it');
    });

    it(`${r.code}: facts about vendor behaviour carry the date they were checked`, () => {
      assert.match(textOf(r), /checked 20\d\d-\d\d/);
    });
  }

  it('every RFC link in a vendor record points at a section', () => {
    const bare = unofficial.flatMap((r) => r.references.filter((ref) => isRfcLink(ref.url) && !/#section-\d/.test(ref.url)).map((ref) => `${r.code}: ${ref.url}`));
    assert.deepEqual(bare, []);
  });

  it('the validator rejects an RFC link without a #section- anchor in a vendor record', () => {
    const base = get(520);
    const broken = { ...base, references: [...base.references, { title: 'RFC 9110', url: 'https://www.rfc-editor.org/rfc/rfc9110' }] };
    assert.match(validateRecords([broken]).map((p) => p.message).join('\n'), /RFC link without a #section- anchor/);
  });
});

describe('corrected vendor records', () => {
  it('460 (AWS ALB) is a log value: no body, nothing to prefer instead', () => {
    const r = get(460);
    assert.equal(r.pack, 'aws-elb');
    assert.equal(r.bodyAllowed, false);
    assert.equal(r.preferInstead, undefined);
    assert.equal(r.logOnly, true);
    assert.ok(!r.alternatives.some((a) => a.code === 400), 'no "use 400 instead" for a code nobody sends');
  });

  it('499 (nginx) is a log value: nothing to prefer instead, no body', () => {
    const r = get(499);
    assert.equal(r.pack, 'nginx');
    assert.equal(r.preferInstead, undefined);
    assert.equal(r.logOnly, true);
    assert.equal(r.bodyAllowed, false);
    assert.ok(!r.alternatives.some((a) => a.code === 400), 'no "use 400 instead" for a code nobody sends');
  });

  it('499 makes no OpenTelemetry claim without citing the OpenTelemetry conventions, and no "maps to Cancelled" claim', () => {
    const r = get(499);
    const text = textOf(r);
    if (/opentelemetry/i.test(text)) {
      assert.ok(r.references.some((ref) => /opentelemetry\.io/.test(ref.url)), 'an OpenTelemetry statement cites opentelemetry.io');
    }
    assert.doesNotMatch(text, /maps?\s+(?:it|499)?\s*to\s+(?:the\s+)?cancell?ed/i);
  });

  it('the validator accepts a log-only code without preferInstead and rejects one that has it or a body', () => {
    const r = get(499);
    assert.deepEqual(validateRecords([r]).filter((p) => !/which has no record/.test(p.message)), []);
    const messages = validateRecords([{ ...r, preferInstead: 504, bodyAllowed: true }]).map((p) => p.message).join('\n');
    assert.match(messages, /log-only code has no registered code to prefer/);
    assert.match(messages, /log-only code never reaches a client/);
    const notLogOnly: StatusRecord = { ...r, logOnly: undefined };
    assert.match(validateRecords([notLogOnly]).map((p) => p.message).join('\n'), /without preferInstead/);
  });

  it('522 (Cloudflare) names both timeouts and does not assume the request never reached the origin', () => {
    const r = get(522);
    assert.match(r.serverPerspective, /SYN/);
    assert.match(r.serverPerspective, /acknowledge/);
    const text = textOf(r);
    assert.doesNotMatch(text, /retrying it is reasonably safe/i);
    assert.doesNotMatch(text, /no request reached the origin, so/i);
    const retry = r.howToRespond.find((h) => /retr/i.test(h));
    assert.ok(retry, 'gives retry advice');
    assert.match(retry, /idempoten/i, 'retry advice depends on idempotency');
  });

  it('561 (AWS ALB) gives one direction: an error from the identity provider upstream (502), not a login prompt', () => {
    const r = get(561);
    assert.equal(r.preferInstead, 502);
    const classes = new Set(r.alternatives.map((a) => Math.floor(a.code / 100)));
    assert.deepEqual([...classes], [5], `alternatives ${r.alternatives.map((a) => a.code).join(', ')}`);
  });
});
