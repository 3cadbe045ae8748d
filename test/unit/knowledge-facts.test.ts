import * as assert from 'node:assert/strict';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';
import type { StatusRecord } from '../../src/core/knowledge/types';
import { proseOf } from '../../src/core/knowledge/validate';
import { REGISTERED } from './reference-table';

// Facts checked against the primary sources (RFC text, Internet-Draft revisions) that an earlier
// version of the knowledge base got wrong. Each test names its source, so a regression points
// straight at the section to re-read.

const kb = new KnowledgeBase(allRecords);

function record(code: number): StatusRecord {
  const found = kb.get(code);
  assert.ok(found, `record for ${code}`);
  return found;
}

function header(code: number, name: string) {
  return record(code).headers.find((h) => h.name === name);
}

/** Every piece of prose a reader sees, joined: for "does the record say X anywhere". */
function allText(code: number): string {
  return proseOf(record(code)).map((p) => p.text).join('\n');
}

const squash = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The only former names a registered code may list: names registered or published for that code's
 * meaning (RFC 1945/2068/2616/7231/4918/2324/2774 and the pre-2616 draft that named 306). A name an
 * unrelated proposal gave the same number (425 "Unordered Collection", 103 "Checkpoint") is not one.
 */
const PUBLISHED_FORMER_NAMES: Readonly<Record<number, readonly string[]>> = {
  302: ['Moved Temporarily'],
  306: ['Switch Proxy'],
  408: ['Request Time-out'],
  413: ['Request Entity Too Large', 'Payload Too Large'],
  414: ['Request-URI Too Long', 'Request-URI Too Large'],
  416: ['Requested Range Not Satisfiable'],
  418: ["I'm a teapot"],
  422: ['Unprocessable Entity'],
  504: ['Gateway Time-out'],
  505: ['HTTP Version not supported'],
  510: ['Not Extended'],
};

describe('knowledge base facts (checked against the RFCs and drafts)', () => {
  it('101 and 426 send Connection: upgrade with Upgrade, both MUST (RFC 9110 §7.8)', () => {
    for (const code of [101, 426]) {
      assert.equal(header(code, 'Upgrade')?.requirement, 'MUST', `${code} Upgrade`);
      const connection = header(code, 'Connection');
      assert.ok(connection, `${code} lists Connection`);
      assert.equal(connection.requirement, 'MUST', `${code} Connection`);
      assert.match(connection.note, /upgrade/i, `${code} Connection note names the upgrade option`);
      assert.match(connection.note, /§7\.8/, `${code} Connection note cites §7.8`);
    }
  });

  it('205 says how the empty message ends (RFC 9110 §15.3.6, RFC 9112 §6.3)', () => {
    const r = record(205);
    const respond = r.howToRespond.join('\n');
    assert.match(respond, /Content-Length: 0/, 'how to respond names Content-Length: 0');
    assert.match(respond, /chunk/i, 'how to respond names the chunked alternative');
    assert.match(respond, /clos/i, 'how to respond names closing the connection');
    assert.ok(r.pitfalls.some((p) => /Content-Length/.test(p) && /hang|wait/i.test(p)), 'a pitfall says clients hang without framing');
    assert.ok(r.references.some((ref) => ref.url.endsWith('/rfc9112#section-6.3')), 'cites RFC 9112 §6.3');
    assert.ok(r.examples.every((e) => /Content-Length: 0|Transfer-Encoding: chunked|Connection: close/.test(e.response)), 'examples end the message');
  });

  it('208 is only for clients that sent DAV: bind (RFC 5842 §7.1, §8.2)', () => {
    const text = allText(208);
    assert.match(text, /DAV: bind/);
    assert.match(text, /SHOULD NOT/);
    assert.ok(record(208).references.some((ref) => ref.url.endsWith('/rfc5842#section-8.2')), 'cites RFC 5842 §8.2');
    assert.ok(record(208).examples.some((e) => /^DAV: bind$/m.test(e.request)), 'the example request carries DAV: bind');
  });

  it('lists as former names only names registered or published for that code', () => {
    const phrases = new Map(Object.entries(REGISTERED).map(([code, phrase]) => [squash(phrase), Number(code)]));
    for (const r of allRecords) {
      for (const name of r.formerNames) {
        const owner = phrases.get(squash(name));
        assert.ok(owner === undefined || owner === r.code, `${r.code} lists "${name}", the registered phrase of ${owner ?? ''}`);
        if (r.status !== 'unofficial') {
          assert.ok((PUBLISHED_FORMER_NAMES[r.code] ?? []).includes(name), `${r.code} "${name}" is not a published name of ${r.code}`);
        }
      }
    }
    assert.ok(!record(425).formerNames.some((n) => /unordered collection/i.test(n)), '425 was never "Unordered Collection"');
    assert.ok(!record(103).formerNames.some((n) => /checkpoint/i.test(n)), '103 was never "Checkpoint"');
  });

  it('links every RFC and Internet-Draft reference to a section', () => {
    const missing: string[] = [];
    const unversioned: string[] = [];
    for (const r of allRecords) {
      for (const ref of r.references) {
        if (!/\/\/(?:www\.)?(?:rfc-editor\.org|httpwg\.org|datatracker\.ietf\.org|tools\.ietf\.org)\//.test(ref.url)) continue;
        // Appendices of RFCs and drafts have #appendix-… anchors; everything else #section-….
        if (!/#(?:section|appendix)-[0-9A-Z]/.test(ref.url)) missing.push(`${r.code}: ${ref.url}`);
        if (/draft-/.test(ref.url) && !/draft-[a-z0-9-]+-\d{2}(?:#|$)/.test(ref.url)) unversioned.push(`${r.code}: ${ref.url}`);
      }
    }
    assert.deepEqual(missing, [], 'references without a section anchor');
    assert.deepEqual(unversioned, [], 'draft references without a revision number');
  });

  it('104 follows a named revision of the resumable-upload draft, interop header included', () => {
    const text = allText(104);
    assert.match(text, /draft-ietf-httpbis-resumable-upload-\d{2}/, 'names the draft revision');
    assert.match(text, /Internet-Draft|draft/i);
    assert.equal(header(104, 'Location')?.requirement, 'MUST');
    assert.equal(header(104, 'Upload-Draft-Interop-Version')?.requirement, 'MUST');
    assert.equal(header(104, 'Upload-Limit')?.requirement, 'MUST');
    assert.ok(header(104, 'Upload-Offset'), '104 lists Upload-Offset');
    assert.ok(record(104).examples.every((e) => /Upload-Draft-Interop-Version: \d+/.test(e.response)), 'examples carry the interop version');
  });

  it('303 Location is not labelled SHOULD: RFC 9110 §15.4.4 states no keyword', () => {
    const location = header(303, 'Location');
    assert.ok(location);
    assert.equal(location.requirement, 'MAY');
    assert.match(location.note, /no (?:BCP 14 )?keyword/i);
  });

  it('306 is reserved, nothing more: no "200 with a status field" advice', () => {
    assert.doesNotMatch(allText(306), /status field/i);
  });

  it('416 covers rejected range sets, not only ranges past the end (RFC 9110 §15.5.17)', () => {
    const r = record(416);
    const uses = r.whenToUse.join('\n');
    assert.match(uses, /overlapping/i);
    assert.match(uses, /many/i);
    assert.match(uses, /complete|finished/i, 'names resuming a download that already completed');
  });

  it('505 is about the major version, not a policy against HTTP/1.0 (RFC 9110 §15.6.6)', () => {
    const r = record(505);
    assert.match(`${r.serverPerspective}\n${r.whenToUse.join('\n')}`, /major version/i);
    assert.doesNotMatch(r.whenToUse.join('\n'), /HTTP\/1\.0/);
    assert.ok(r.examples.every((e) => !/ HTTP\/1\.0$/m.test(e.request)), 'no example refuses an HTTP/1.0 request');
  });

  it('429 covers Retry-After and the RateLimit fields of the named httpapi draft', () => {
    const names = record(429).headers.map((h) => h.name);
    for (const name of ['Retry-After', 'RateLimit', 'RateLimit-Policy']) assert.ok(names.includes(name), `429 lists ${name}`);
    for (const name of ['RateLimit', 'RateLimit-Policy']) {
      assert.match(header(429, name)?.note ?? '', /draft-ietf-httpapi-ratelimit-headers-\d{2}/, `${name} note names the draft revision`);
    }
    const text = allText(429);
    assert.match(text, /503/);
    assert.match(text, /global/i, 'per-client versus global limits');
  });
});
