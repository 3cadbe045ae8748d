import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { KnowledgeBase } from '../../src/core/knowledge';
import { allRecords } from '../../src/core/knowledge/records';
import { ERROR_RESPONSES, FRAMEWORKS, type ErrorResponse } from '../../src/snippets/catalog';
import { generateSnippets, slugWord, snippetFiles, type VsCodeSnippet } from '../../src/snippets/generate';
import { frag, line, str, tab } from '../../src/snippets/syntax';

// ── A small validator of the VS Code snippet syntax, as far as these snippets use it ──
// Allowed: literal text with escapes \$ \} \\, tab stops $n / ${n}, placeholders ${n:default}
// (nestable), choices ${n|a,b|}. Not allowed: variables ($TM_FILENAME, ${CLIPBOARD}), an
// unescaped $ in literal text (PHP $var must be \$var), a backslash escaping anything else.

interface ParsedSnippet {
  readonly errors: string[];
  /** The text as inserted when every placeholder keeps its default. */
  readonly text: string;
  /** Tab stop indexes in order of appearance (0 included). */
  readonly stops: number[];
}

function parseSnippet(source: string): ParsedSnippet {
  const errors: string[] = [];
  const stops: number[] = [];
  const defaults = new Map<number, string>();
  let i = 0;

  const digits = (): string => {
    const start = i;
    while (i < source.length && /[0-9]/.test(source.charAt(i))) i++;
    return source.slice(start, i);
  };
  const record = (index: number, fallback: string | undefined): void => {
    stops.push(index);
    if (fallback === undefined) return;
    const known = defaults.get(index);
    if (known !== undefined && known !== fallback) errors.push(`tab stop ${index} has two defaults: "${known}" and "${fallback}"`);
    else defaults.set(index, fallback);
  };

  /** A bare tab stop takes the default its index has elsewhere: marked now, filled in at the end. */
  const mirror = (index: number): string => `\uE000${index}\uE001`;

  /** A `$` construct at i; returns its text as inserted. */
  const dollar = (): string => {
    const at = i;
    i++; // $
    if (/[0-9]/.test(source.charAt(i))) {
      const index = Number(digits());
      record(index, undefined);
      return mirror(index);
    }
    if (source.charAt(i) !== '{') {
      errors.push(`unescaped $ at ${at} (write \\$ for a literal $)`);
      return '$';
    }
    i++; // {
    const n = digits();
    if (!n) {
      errors.push(`\${ at ${at} is not a numbered tab stop (variables are not used)`);
      return '${';
    }
    const index = Number(n);
    const next = source.charAt(i);
    if (next === '}') {
      i++;
      record(index, undefined);
      return mirror(index);
    }
    if (next === ':') {
      i++;
      const inner = sequence(true, at);
      record(index, inner);
      return inner;
    }
    if (next === '|') {
      i++;
      const options: string[] = [];
      let option = '';
      while (i < source.length && !(source.charAt(i) === '|' && source.charAt(i + 1) === '}')) {
        const ch = source.charAt(i);
        if (ch === '\\' && /[\\,|]/.test(source.charAt(i + 1))) {
          option += source.charAt(i + 1);
          i += 2;
        } else if (ch === ',') {
          options.push(option);
          option = '';
          i++;
        } else {
          option += ch;
          i++;
        }
      }
      options.push(option);
      if (i >= source.length) errors.push(`unclosed choice at ${at}`);
      i += 2;
      const first = options[0] ?? '';
      record(index, first);
      return first;
    }
    errors.push(`malformed tab stop at ${at}`);
    return '';
  };

  /** Text up to the end, or up to the `}` closing a placeholder opened at `openedAt`. */
  const sequence = (inPlaceholder: boolean, openedAt: number): string => {
    let out = '';
    while (i < source.length) {
      const ch = source.charAt(i);
      if (ch === '\\') {
        const next = source.charAt(i + 1);
        if (next === '\\' || next === '$' || next === '}') {
          out += next;
          i += 2;
        } else {
          errors.push(`backslash at ${i} escapes nothing (write \\\\ for a literal backslash)`);
          out += ch;
          i++;
        }
      } else if (ch === '$') {
        out += dollar();
      } else if (ch === '}' && inPlaceholder) {
        i++;
        return out;
      } else {
        out += ch;
        i++;
      }
    }
    if (inPlaceholder) errors.push(`unbalanced \${ at ${openedAt}: no closing }`);
    return out;
  };

  const text = sequence(false, 0).replace(/\uE000(\d+)\uE001/g, (_, n: string) => defaults.get(Number(n)) ?? '');
  const finals = stops.filter((s) => s === 0).length;
  if (finals > 1) errors.push(`$0 appears ${finals} times`);
  const numbered = [...new Set(stops.filter((s) => s !== 0))].sort((a, b) => a - b);
  numbered.forEach((s, k) => {
    if (s !== k + 1) errors.push(`tab stops are not numbered 1..n: ${numbered.join(', ')}`);
  });
  return { errors: [...new Set(errors)], text, stops };
}

// ── What the product promises ──

/** Every framework: the prefix word and the language ids it is contributed for. */
const EXPECTED_FRAMEWORKS: readonly (readonly [string, readonly string[]])[] = [
  ['express', ['javascript', 'typescript']], ['fastify', ['javascript', 'typescript']], ['koa', ['javascript', 'typescript']],
  ['nest', ['typescript']], ['next', ['typescript']], ['hono', ['javascript', 'typescript']],
  ['flask', ['python']], ['fastapi', ['python']], ['django', ['python']], ['drf', ['python']],
  ['nethttp', ['go']], ['gin', ['go']], ['echo', ['go']],
  ['spring', ['java']],
  ['aspnet', ['csharp']], ['minimalapi', ['csharp']],
  ['rails', ['ruby']], ['sinatra', ['ruby']],
  ['laravel', ['php']], ['symfony', ['php']],
  ['axum', ['rust']], ['actix', ['rust']],
];
const CODES = [400, 401, 403, 404, 405, 409, 410, 422, 429, 500, 503];
/** Frameworks with every code, plain and as problem+json. */
const FULL_COVERAGE: readonly (readonly [string, string])[] = [
  ['express', 'javascript'], ['express', 'typescript'], ['fastapi', 'python'], ['nethttp', 'go'], ['spring', 'java'],
];
const HEADERS: Readonly<Record<number, readonly [string, 'MUST' | 'MAY']>> = {
  401: ['WWW-Authenticate', 'MUST'], 405: ['Allow', 'MUST'], 429: ['Retry-After', 'MAY'], 503: ['Retry-After', 'MAY'],
};
const LANGUAGES = ['javascript', 'typescript', 'python', 'go', 'java', 'csharp', 'ruby', 'php', 'rust', 'json'];

const generated = generateSnippets();
const all: { language: string; name: string; snippet: VsCodeSnippet }[] = [...generated].flatMap(([language, file]) =>
  Object.entries(file).map(([name, snippet]) => ({ language, name, snippet })));
const responseFor = (name: string): ErrorResponse => {
  const code = Number(/^HTTP (\d{3}) /.exec(name)?.[1]);
  const response = ERROR_RESPONSES.find((r) => r.code === code);
  assert.ok(response, `"${name}" names a catalogued code`);
  return response;
};
const isProblem = (language: string, name: string): boolean => language === 'json' || name.includes('problem+json');
const byPrefix = (language: string, prefix: string): VsCodeSnippet | undefined =>
  Object.values(generated.get(language) ?? {}).find((s) => s.prefix.includes(prefix));
const bodyText = (snippet: VsCodeSnippet): string => snippet.body.join('\n');

describe('snippet syntax validator', () => {
  it('accepts tab stops, placeholders, nesting, choices and escapes, and expands defaults', () => {
    const parsed = parseSnippet('a \\$x ${1:one} ${2:t${3:w}o} ${4|x,y|} $1 \\} } \\\\ $0');
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.text, 'a $x one two x one } } \\ ');
    assert.deepEqual(parsed.stops, [1, 3, 2, 4, 1, 0]);
  });

  it('catches what it promises to catch', () => {
    const errors = (source: string): string => parseSnippet(source).errors.join('\n');
    assert.match(errors('return $this->json();'), /unescaped \$/);
    assert.match(errors('${1:open'), /unbalanced/);
    assert.match(errors('${TM_FILENAME}'), /not a numbered tab stop/);
    assert.match(errors('${2:x}'), /not numbered 1\.\.n/);
    assert.match(errors('$0 $0'), /\$0 appears 2 times/);
    assert.match(errors('${1:a} ${1:b}'), /two defaults/);
    assert.match(errors('"\\n"'), /escapes nothing/);
  });

  it('the template helpers escape code and keep tab stops', () => {
    assert.equal(line`return $this->json(${str('single', tab(1, "it's"))});`, "return \\$this->json('${1:it\\\\'s}');");
    assert.equal(line`${str('double', tab(1, 'a "b" }'))}`, '"${1:a \\\\"b\\\\" \\}}"');
    assert.equal(line`x = ${frag`f(${tab(1, 'y')})`}`, 'x = f(${1:y})');
    assert.equal(parseSnippet(line`${str('preferDouble', 'Bearer realm="api"')}`).text, `'Bearer realm="api"'`);
  });
});

describe('snippets', () => {
  it('generates a file for exactly the promised language ids', () => {
    assert.deepEqual([...generated.keys()].sort(), [...LANGUAGES].sort());
    for (const [language, file] of generated) assert.ok(Object.keys(file).length > 0, `${language} has snippets`);
  });

  it('every snippet is valid VS Code snippet syntax with prefix, body and a one-line description', () => {
    for (const { language, name, snippet } of all) {
      const where = `${language}: ${name}`;
      assert.ok(snippet.prefix.length > 0 && snippet.prefix.every((p) => /^[a-z0-9-]+$/.test(p)), `${where}: prefixes`);
      assert.ok(snippet.body.length > 0 && snippet.body.every((l) => !l.includes('\n') && l === l.trimEnd()), `${where}: body lines`);
      assert.ok(snippet.description.length > 0 && !snippet.description.includes('\n'), `${where}: description`);
      const parsed = parseSnippet(bodyText(snippet));
      assert.deepEqual(parsed.errors, [], where);
      assert.equal(parsed.stops.filter((s) => s === 0).length, 1, `${where}: ends at $0`);
      assert.ok(!parsed.text.includes('${'), `${where}: no snippet syntax left after expansion (escaped twice?)`);
    }
  });

  it('uses one prefix scheme: code and slug word, unique within a language', () => {
    for (const [language, file] of generated) {
      const seen = new Map<string, string>();
      for (const [name, snippet] of Object.entries(file)) {
        const r = responseFor(name);
        const [byCode = '', bySlug, third] = snippet.prefix;
        assert.ok(byCode.startsWith(`${r.code}-`), `${language}: ${name}: first prefix starts with the code`);
        const qualifier = byCode.slice(`${r.code}-`.length);
        assert.equal(bySlug, `${slugWord(r)}-${qualifier}`, `${language}: ${name}`);
        assert.equal(third, language === 'json' ? `problem-${r.code}` : `http-${r.code}-${qualifier}`, `${language}: ${name}`);
        for (const p of snippet.prefix) {
          assert.ok(!seen.has(p), `${language}: prefix ${p} used by "${seen.get(p) ?? ''}" and "${name}"`);
          seen.set(p, name);
        }
      }
    }
    assert.deepEqual(byPrefix('javascript', '404-express')?.prefix, ['404-express', 'notfound-express', 'http-404-express']);
    assert.deepEqual(byPrefix('json', '404-problem')?.prefix, ['404-problem', 'notfound-problem', 'problem-404']);
    assert.ok(Object.hasOwn(generated.get('javascript') ?? {}, 'HTTP 404 Not Found (Express)'));
  });

  it('has a 404 snippet for every framework in each of its languages', () => {
    assert.deepEqual(FRAMEWORKS.map((f) => [f.prefix, f.languages]), EXPECTED_FRAMEWORKS);
    for (const [word, languages] of EXPECTED_FRAMEWORKS) {
      for (const language of languages) assert.ok(byPrefix(language, `404-${word}`), `404-${word} in ${language}`);
    }
  });

  it('has every listed code as problem+json, and plain and problem+json for Express, FastAPI, Go net/http and Spring', () => {
    assert.deepEqual(ERROR_RESPONSES.map((r) => r.code), CODES);
    for (const code of CODES) {
      assert.ok(byPrefix('json', `${code}-problem`), `${code}-problem`);
      for (const [word, language] of FULL_COVERAGE) {
        assert.ok(byPrefix(language, `${code}-${word}`), `${code}-${word} in ${language}`);
        assert.ok(byPrefix(language, `${code}-problem-${word}`), `${code}-problem-${word} in ${language}`);
      }
    }
  });

  it('sets the header the code needs (401, 405, 429, 503), and says so', () => {
    for (const { language, name, snippet } of all) {
      const header = HEADERS[responseFor(name).code];
      if (!header) {
        if (language !== 'json') assert.match(snippet.description, /sets no header/, `${language}: ${name}`);
        assert.ok(!/WWW-Authenticate|Allow|Retry-After/.test(snippet.description), `${language}: ${name}: no header named`);
        continue;
      }
      const [headerName] = header;
      assert.ok(snippet.description.includes(headerName), `${language}: ${name}: description names ${headerName}`);
      // The JSON document is a body only: its description tells what to send with it.
      if (language === 'json') continue;
      const mentioned = bodyText(snippet).toLowerCase().replace(/_/g, '-');
      assert.ok(mentioned.includes(headerName.toLowerCase()), `${language}: ${name}: body sets ${headerName}`);
    }
  });

  it('returns a generic payload that names the error and leaks nothing', () => {
    const leaky = /\b(?:err|exc?|e)\.|\.stack\b|traceback|getMessage\(|format_exc|\bstr\(e\)|ex\.Message/i;
    for (const { language, name, snippet } of all) {
      const r = responseFor(name);
      const text = parseSnippet(bodyText(snippet)).text;
      assert.ok(!leaky.test(text), `${language}: ${name}: nothing from an exception or stack`);
      if (isProblem(language, name)) continue;
      assert.ok(text.includes(`"${r.slug}"`) || text.includes(`'${r.slug}'`), `${language}: ${name}: error "${r.slug}"`);
      assert.ok(text.includes(r.message), `${language}: ${name}: generic message`);
    }
  });

  it('problem+json snippets are RFC 9457 problem details served as application/problem+json', () => {
    for (const { language, name, snippet } of all.filter((s) => isProblem(s.language, s.name))) {
      const r = responseFor(name);
      const text = parseSnippet(bodyText(snippet)).text;
      if (language === 'json') {
        const problem = JSON.parse(text) as Record<string, unknown>;
        assert.deepEqual(Object.keys(problem), ['type', 'title', 'status', 'detail', 'instance'], name);
        assert.deepEqual([problem.type, problem.title, problem.status], ['about:blank', r.phrase, r.code], name);
        continue;
      }
      assert.match(text, /application\/problem\+json|APPLICATION_PROBLEM_JSON/, `${language}: ${name}: content type`);
      assert.ok(text.includes(r.message), `${language}: ${name}: detail`);
    }
  });

  it('JavaScript and TypeScript bodies parse once expanded', () => {
    for (const { language, name, snippet } of all.filter((s) => s.language === 'javascript' || s.language === 'typescript')) {
      const code = `async function handler(req, res, reply, ctx, c) {\n${parseSnippet(bodyText(snippet)).text}\n}\n`;
      const out = ts.transpileModule(code, { fileName: language === 'typescript' ? 'x.ts' : 'x.js', reportDiagnostics: true });
      const problems = (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      assert.deepEqual(problems, [], `${language}: ${name}`);
    }
  });

  it('the committed snippets/*.json are the generated ones (run node scripts/generate-snippets.mjs)', () => {
    const dir = path.resolve(__dirname, '../../../snippets');
    const expected = snippetFiles();
    const onDisk = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    assert.deepEqual(onDisk, [...expected.keys()].sort());
    for (const [file, text] of expected) {
      const committed = fs.readFileSync(path.join(dir, file), 'utf8');
      assert.deepEqual(JSON.parse(committed), Object.fromEntries(Object.entries(generated.get(file.replace(/\.json$/, '')) ?? {})), file);
      assert.equal(committed, text, `${file} is formatted as generated`);
    }
  });

  it('generation is pure: the same output every time', () => {
    assert.deepEqual(generateSnippets(), generated);
  });
});

describe('snippet catalog', () => {
  const kb = new KnowledgeBase(allRecords);

  it('uses the RFC 9110 phrase of the knowledge base and a slug derived from it', () => {
    for (const r of ERROR_RESPONSES) {
      assert.equal(r.phrase, kb.get(r.code)?.phrase, `${r.code}`);
      assert.equal(r.slug, r.phrase.toLowerCase().replace(/[^a-z0-9]+/g, '_'), `${r.code}`);
    }
  });

  it('gives short generic messages that are safe in any string literal', () => {
    for (const r of ERROR_RESPONSES) assert.match(r.message, /^[A-Z][A-Za-z ,.]{5,70}\.$/, `${r.code}`);
  });

  it('lists the header each code needs, with the keyword of the knowledge base', () => {
    for (const r of ERROR_RESPONSES) {
      const expected = HEADERS[r.code];
      assert.deepEqual(r.header ? [r.header.name, r.header.requirement] : undefined, expected, `${r.code}`);
      if (r.header) assert.equal(kb.get(r.code)?.headers.find((h) => h.name === r.header?.name)?.requirement, r.header.requirement, `${r.code}`);
      else assert.ok(!kb.get(r.code)?.headers.some((h) => h.requirement === 'MUST'), `${r.code} has no MUST header`);
    }
    const values = Object.fromEntries(ERROR_RESPONSES.filter((r) => r.header).map((r) => [r.code, r.header?.value]));
    assert.deepEqual(values, { 401: 'Bearer realm="api"', 405: 'GET, HEAD', 429: '120', 503: '120' });
  });


});
