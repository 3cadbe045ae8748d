import fc from 'fast-check';
import { checkText, codeLikeText, corpusSamples, languageId, mutatedSample } from '../properties/engine';

// Property tests over the engine (test/properties/engine.ts): random code-like texts and mutated
// corpus files, a few hundred per run. A failure prints fast-check's seed and shrunk text;
// `npm run fuzz -- --seed S` replays it, and runs the same properties for longer.

describe('engine properties (fast-check)', function () {
  this.timeout(60_000);
  const samples = corpusSamples();

  it('the corpus is there to mutate', () => {
    if (samples.length < 50) throw new Error(`only ${samples.length} corpus files found`);
  });

  it('random code-like text in any language: scan, findAt, lint and fixes keep every property', () => {
    fc.assert(fc.property(codeLikeText, languageId, (text, language) => { checkText(text, language); }), { numRuns: 400 });
  });

  it('mutated corpus files: scan, findAt, lint and fixes keep every property', () => {
    fc.assert(fc.property(mutatedSample(samples), ({ text, languageId: language }) => { checkText(text, language, { fixesFor: 4 }); }), { numRuns: 150 });
  });

  it('texts the fuzzer once broke keep every property (npm run fuzz found them)', () => {
    const found: readonly [string, string][] = [
      // a matcher glued to a number: `201status().isBadRequest()` is no Spring status matcher
      ['java', 'mockMvc.perform(get("/x")).andExpect(201status().isBadRequest());\n'],
      // a misspelt helper: `json_rresponse(conn, 404)` is not Phoenix's json_response, and the atom fix would vanish
      // a status line aligned in a table: `409  Conflict` keeps its phrase in step with its code
      ['markdown', '| Code | Name |\n|---|---|\n| 409  Conflict              | The x |\n| 404\tNot Found | y |\n'],
      // a call broken across lines: `201` is a status there, `:created` would not be, so no atom refactoring
      // a constant name doubled by a typo is no constant: its rewrite would not read back
      ['csharp', 'var statusCode = StatusCodes.Status429Status429TooManyRequests;\nreturn StatusCode(StatusCodes.Status429TooManyRequests);\n'],
      ['elixir', 'test "x", %{conn: conn} do\n  assert %{"id" => id} = json_response(case resp.status do\nconn, 201)ocation", %{conn: conn} do\nend\n'],
      ['elixir', 'test "x", %{conn: conn} do\n  assert %{"e" => "u"} = json_rresponse(conn, 404)\n  assert json_response(conn, 404)\nend\n'],
    ];
    for (const [language, text] of found) checkText(text, language, { fixesFor: Infinity, strict: true });
  });

  it('the corpus files themselves, every fix of every occurrence', () => {
    let fixes = 0;
    for (const sample of samples) fixes += checkText(sample.text, sample.languageId, { fixesFor: Infinity, strict: true });
    if (fixes < 1000) throw new Error(`only ${fixes} fixes checked`);
  });
});
