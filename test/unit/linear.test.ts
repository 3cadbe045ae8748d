import * as assert from 'node:assert/strict';
import { analyze, findAt, languageIdForFile, learnSinksOf, scan, sinkTable } from '../../src/core/detection';
import { alternativeFixes, refactorings } from '../../src/core/fixes';
import { schemeInUse } from '../../src/core/fixes/refactor';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';
import { lint } from '../../src/core/lint/rules';

// Every entry point stays linear on the adversarial shapes that once stalled it: the time at 4N
// may grow at most 8× the time at N. A linear pass grows 4×, a quadratic one 16×; 8× is the point
// halfway between them on a log scale, so a growth is judged by which of the two it is nearer. A
// ratio, not an absolute time, so it holds on a slow or busy machine; each size is timed as the best
// of five runs, interleaved, after a collection, and a ratio over 8× is measured again (up to five
// times in all). On CI's noisy VM a linear pass (per-file cost flat from 400 to 6,400 files) measured
// 5.0–7.2× in five attempts, so a 5× limit failed it; a quadratic pass fails every attempt.

const kb = new KnowledgeBase(allRecords);
const RATIO = 8;
const ATTEMPTS = 5;

/** Frees what earlier runs left behind, where mocha runs node with --expose-gc (.mocharc.json). */
const collect: () => void = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function timed(work: () => void): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

/** Times `work` on the shape at size n and 4n; asserts the growth stays linear. */
function assertLinear(shape: (n: number) => string, n: number, work: (text: string) => void): void {
  const small = shape(n);
  const large = shape(4 * n);
  work(small); // warm up the JIT and the rules' caches
  const ratios: string[] = [];
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    // The two sizes interleaved, so that a slow spell of the machine weighs on both alike.
    let tSmall = Infinity;
    let tLarge = Infinity;
    collect();
    for (let run = 0; run < 5; run++) {
      tSmall = Math.min(tSmall, timed(() => { work(small); }));
      tLarge = Math.min(tLarge, timed(() => { work(large); }));
    }
    tSmall = Math.max(tSmall, 1);
    if (tLarge / tSmall <= RATIO) return;
    ratios.push(`${tLarge.toFixed(0)} ms, ${(tLarge / tSmall).toFixed(1)}× the ${tSmall.toFixed(0)} ms`);
  }
  assert.fail(`${large.length} characters against ${small.length}: ${ratios.join('; ')}`);
}

const firstOccurrence = (text: string, languageId: string) => {
  const [o] = scan(text.slice(0, 20_000), languageId);
  assert.ok(o, 'the shape holds a status');
  return o;
};

describe('linear time on adversarial shapes', function () {
  this.timeout(120_000);

  it('lint: one long minified line full of status calls', () => {
    const shape = (n: number): string => 'res.status(204).json({a:1});res.status(401).json({}); '.repeat(n);
    // Big enough that the small run is not a few milliseconds of noise (lint got 3× faster).
    assertLinear(shape, 6_000, (text) => lint(text, 'javascript', kb));
  });

  it('lint: a long line of Python responses with keywords', () => {
    const shape = (n: number): string => 'Response("x", a=1, status=204); HTTPException(status_code=401, detail="no"); '.repeat(n);
    assertLinear(shape, 2_000, (text) => lint(text, 'python', kb));
  });

  it('scan: YAML responses: followed by a long run of spaces and many status keys', () => {
    const shape = (n: number): string => `responses:${' '.repeat(4_000)}\n${'  404: x\n'.repeat(n)}`;
    assertLinear(shape, 700, (text) => scan(text, 'yaml'));
  });

  it('scan: Elixir clauses matching a status, each function called many times', () => {
    const shape = (n: number): string => Array.from({ length: n }, (_, i) => `defp reason${i % 50}(404), do: "x"\nreason${i % 50}(conn.status)\n`).join('');
    assertLinear(shape, 2_000, (text) => scan(text, 'elixir'));
  });

  it('scan and analyze: minified JavaScript with helpers and calls', () => {
    const shape = (n: number): string => 'function send(r,c){r.status(c)}send(res,404);var a=[1,2,3];'.repeat(n);
    assertLinear(shape, 2_000, (text) => analyze(text, 'javascript'));
  });

  it('analyze: many Go raw strings holding a Caddyfile, and one left open', () => {
    const shape = (n: number): string => `${'s.Init(`\nlocalhost {\n\trespond 404\n}\n`)\n'.repeat(n)}x := \`${'\n'.repeat(n)}`;
    assertLinear(shape, 2_000, (text) => analyze(text, 'go'));
  });

  it('findAt: the middle of one long line', () => {
    const shape = (n: number): string => 'x.status(404);'.repeat(n);
    assertLinear(shape, 20_000, (text) => {
      for (let i = 0; i < 200; i++) findAt(text, 'javascript', (text.length >> 1) + i);
    });
  });

  it('language sniffing: a .conf file of blank lines', () => {
    const shape = (n: number): string => `${'\n'.repeat(n)}x`;
    assertLinear(shape, 5_000, (text) => {
      for (let i = 0; i < 5; i++) languageIdForFile('site.conf', text);
    });
  });

  it('refactorings: a Python file of blank lines, no status constants', () => {
    const shape = (n: number): string => `${'\n'.repeat(n)}abort(404)\n`;
    assertLinear(shape, 6_000, (text) => {
      const o = scan(text, 'python')[0];
      assert.ok(o);
      refactorings(text, 'python', o);
    });
  });

  it('refactorings: many HttpStatus on one line without the NestJS import', () => {
    const shape = (n: number): string => `res.status(404);${' HttpStatus'.repeat(n)}\n`;
    assertLinear(shape, 4_000, (text) => schemeInUse(text, 'typescript'));
  });

  it('fixes: every alternative of every status on a long line', () => {
    const shape = (n: number): string => 'res.status(404).json({});'.repeat(n);
    assertLinear(shape, 4_000, (text) => {
      const o = firstOccurrence(text, 'javascript');
      for (let i = 0; i < 20; i++) alternativeFixes(text, o, kb);
    });
  });

  it('scan: rows of statuses one per line, never closed or opened (the row walkers read a bounded window)', () => {
    const shape = (n: number): string => `RETRY = [\n${'    502,\n'.repeat(n)}links = {\n${'    [404] = "x",\n'.repeat(n)}def f():\n    return (\n${'        {},\n        400,\n'.repeat(n)}`;
    assertLinear(shape, 2_000, (text) => { scan(text, 'python'); scan(text, 'csharp'); });
  });

  it('workspace index: learning helpers from a file of thousands of definitions', () => {
    const shape = (n: number): string => Array.from({ length: n }, (_, i) => `function send${i}(res, code) {\n  res.status(code);\n}\n`).join('');
    assertLinear(shape, 3_000, (text) => learnSinksOf(text, 'javascript'));
  });

  it('a tree of files each defining a helper, every file analysed against the whole index (the CLI\'s second pass)', () => {
    // The shape is the number of files, one per line of `shape`'s text.
    const shape = (n: number): string => Array.from({ length: n }, (_, i) => `function reply${i}(res, code) { res.status(code); } reply${i}(res, 404);`).join('\n');
    assertLinear(shape, 1_000, (text) => {
      const files = text.split('\n');
      const table = sinkTable(files.flatMap((f) => learnSinksOf(f, 'javascript')));
      for (const f of files) analyze(f, 'javascript', { workspaceSinks: table });
    });
  });
});
