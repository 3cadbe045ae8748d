import * as assert from 'node:assert/strict';
import { analyze, findAt, learnSinksOf, occurrenceIn, scan, sinkTable, type Occurrence } from '../../src/core/detection';
import { regionsOf } from '../../src/core/detection/regions';
import { evidenceText } from '../../src/core/render/evidence';

// Detection that needs more than a token's line: a file's own helpers (and the workspace's), names
// whose values become statuses, import lines, and documents holding other languages.

/** The codes found, each with the text it covers. */
function found(text: string, languageId: string, options = {}): string[] {
  return scan(text, languageId, options).map((o) => `${text.slice(o.start, o.end)}=${o.code}`);
}

function only(text: string, languageId: string, token: string): Occurrence {
  const hits = scan(text, languageId).filter((o) => text.slice(o.start, o.end) === token);
  assert.equal(hits.length, 1, `one ${token} in ${JSON.stringify(found(text, languageId))}`);
  const [hit] = hits;
  assert.ok(hit);
  return hit;
}

describe('following numbers into a file\'s own helpers', () => {
  it('PHP: a base controller method that passes its parameter to response()->json', () => {
    const text = [
      '<?php',
      'class ApiController {',
      '    protected function respondWithError($message, $statusCode = 400) {',
      "        return response()->json(['error' => $message], $statusCode);",
      '    }',
      '    public function show($id) {',
      "        return $this->respondWithError('Not yours', 403);",
      '    }',
      '}',
    ].join('\n');
    const hit = only(text, 'php', '403');
    assert.equal(hit.idiom, 'helper-argument');
    const evidence = hit.evidence;
    assert.ok(evidence, 'the hit says why it is a status');
    assert.equal(evidence.via, 'respondWithError');
    assert.equal(evidence.line, 3);
    assert.match(evidence.reaches, /response\(\)->json/);
    assert.match(evidenceText(evidence), /^Status of respondWithError \(line 3\), which reaches: return response/);
  });

  it('JavaScript: a response helper, a constructor that stores the status, and a helper of a helper', () => {
    const text = [
      'function reply(res, code, body) { res.status(code).json(body); }',
      'function fail(res, why, code) { return reply(res, code, { error: why }); }',
      'class ApiError extends Error {',
      '  constructor(message, httpCode) { super(message); this.statusCode = httpCode; }',
      '}',
      "fail(res, 'gone', 410);",
      "throw new ApiError('taken', 409);",
      "reply(res, 200, { id: 7 }, 3);",
    ].join('\n');
    assert.deepEqual(found(text, 'javascript'), ['410=410', '409=409', '200=200']);
    assert.equal(only(text, 'javascript', '410').evidence?.via, 'fail');
  });

  it('a parameter that never reaches a status position makes no sink (a name alone is not enough)', () => {
    const text = 'function pause(code, ms) { return sleep(ms * code); }\npause(404, 10);\nfunction log(status) { console.log(status); }\nlog(500);';
    assert.deepEqual(found(text, 'javascript'), []);
  });

  it('Python: keyword arguments and a default that flows into a return tuple', () => {
    const text = 'def error(message, code=400):\n    return jsonify(error=message), code\n\ndef view():\n    return error("bad", code=422)\n';
    assert.deepEqual(found(text, 'python'), ['400=400', '422=422']);
  });

  it('Go: a writer helper, and a variable later written as the status', () => {
    const text = 'func writeError(w http.ResponseWriter, code int, msg string) {\n\tw.WriteHeader(code)\n}\n\nfunc h(w http.ResponseWriter) {\n\twriteError(w, 413, "too big")\n\tstatus := 502\n\tw.WriteHeader(status)\n}\n';
    assert.deepEqual(found(text, 'go'), ['413=413', '502=502']);
  });

  it('Elixir: a pipe shifts the arguments by one', () => {
    const text = 'defp respond(conn, status, body) do\n  conn |> put_status(status) |> json(body)\nend\n\ndef show(conn, _), do: conn |> respond(404, %{})\ndef other(conn), do: respond(conn, 410, %{})\n';
    assert.deepEqual(found(text, 'elixir'), ['404=404', '410=410']);
  });

  it('a helper defined 500 lines above its call is still seen (the whole text is analysed)', () => {
    const text = `function finish(res, status, msg) {\n  res.status(status).send(msg);\n}\n${'const x = 1;\n'.repeat(500)}finish(res, 404, 'missing');\n`;
    const offset = text.lastIndexOf('404') + 1;
    assert.equal(occurrenceIn(analyze(text, 'javascript'), offset)?.code, 404);
    assert.equal(findAt(text, 'javascript', offset), undefined, 'the line alone does not say it');
  });

  it('subclasses of a status exception take the status where the base does', () => {
    const text = 'class BadBody(HTTPException):\n    pass\n\nasync def read(request):\n    raise BadBody(422)\n';
    assert.deepEqual(found(text, 'python'), ['422=422']);
  });
});

describe('helpers defined in other files (the workspace index)', () => {
  const helperFile = 'export function expectOutcome(res, expected) {\n  expect(res.status).toBe(expected);\n}\n';
  const testFile = "it('finds it', async () => {\n  expectOutcome(await get('/x'), 404);\n});\n";

  // A neutral name: `expectStatus(res, 404)` is recognised by its name alone.
  it('learnSinksOf names the file, and scan uses them across files', () => {
    const sinks = learnSinksOf(helperFile, 'typescript', 'test/helpers.ts');
    assert.deepEqual(sinks.map((s) => [s.name, s.index, s.param, s.file]), [['expectOutcome', 1, 'expected', 'test/helpers.ts']]);
    assert.deepEqual(found(testFile, 'typescript'), []);
    const hit = scan(testFile, 'typescript', { workspaceSinks: sinkTable(sinks) })[0];
    assert.ok(hit);
    assert.equal(hit.code, 404);
    assert.equal(hit.evidence?.file, 'test/helpers.ts');
  });

  it('a helper of another language does not apply', () => {
    const sinks = sinkTable(learnSinksOf('def expectOutcome(res, expected):\n    assert res.status_code == expected\n', 'python'));
    assert.deepEqual(found(testFile, 'typescript', { workspaceSinks: sinks }), []);
  });
});

describe('names whose values become statuses', () => {
  it('a test table keyed by a field later compared with the status', () => {
    const text = "const cases = [{ path: '/a', want: 404 }, { path: '/b', want: 200 }];\nfor (const c of cases) expect(res.status).toBe(c.want);\n";
    assert.deepEqual(found(text, 'javascript'), ['404=404', '200=200']);
    assert.equal(only(text, 'javascript', '404').evidence?.line, 2);
  });

  it('arrays and names that say they hold something else are not statuses', () => {
    assert.deepEqual(found('const RETRY_DELAYS_MS = [100, 200, 400];\nconst RETRY_STATUSES = [429, 503];\n', 'javascript'), ['429=429', '503=503']);
    assert.deepEqual(found('const timeoutMs = 500;\nres.status(timeoutMs);\n', 'javascript'), []);
  });

  it('a status argument of a call whose list began lines above', () => {
    const php = "return response()->json([\n    'message' => $e->getMessage(),\n], 422);\n";
    assert.deepEqual(found(php, 'php'), ['422=422']);
    // A list or object spread over lines is not a call's argument.
    assert.deepEqual(found("return response()->json([\n    'ids' => [\n        404,\n    ],\n]);\n", 'php'), []);
    // A variable assigned a number, then given to such a call, also on a conditional's branch.
    const flow = "$errorCode = 500;\n$errorCode = $gone ? 410 : $errorCode;\nreturn response()->json([\n    'm' => 'x',\n], $errorCode);\n";
    assert.deepEqual(found(flow, 'php'), ['500=500', '410=410']);
    assert.deepEqual(found("$page = 500;\n$page = $x ? 410 : $page;\nreturn view([\n    'm' => 'x',\n], $page);\n", 'php'), []);
  });

  it('a map whose name says it holds status lists, an entry per line', () => {
    const text = 'status_sequences = {\n    "flaky": [503, 200],  # once\n    "ok": [200],\n}\n';
    assert.deepEqual(found(text, 'python'), ['503=503', '200=200', '200=200']);
    assert.deepEqual(found('retry_delays = {\n    "slow": [500, 800],\n}\n', 'python'), []);
  });

  it('Elixir: a clause that matches a status the text passes to that parameter', () => {
    const text = 'defp reason(404), do: "missing"\ndefp reason(code), do: inspect(code)\n' +
      'defp new_request(env, 303, url), do: get(url)\ndefp new_request(env, _, url), do: env\ndef call(env), do: new_request(env, resp.status, url)\n';
    assert.deepEqual(found(text, 'elixir'), ['404=404', '303=303']);
    assert.equal(evidenceText(only(text, 'elixir', '303').evidence ?? assert.fail('evidence')), 'Status of new_request (line 5), which reaches: def call(env), do: new_request(env, resp.status, url)');
    assert.deepEqual(found('defp page(200), do: 1\ndef call(n), do: page(n)\n', 'elixir'), []);
    assert.deepEqual(found('defp method_changes?(303), do: true\ndef run(env, status), do: env\n  |> method_changes?(status)\n', 'elixir'), []);
    assert.deepEqual(found('defp follow(env, 307, url), do: env\ndef run(env, status), do: env\n  |> follow(status, url)\n', 'elixir'), ['307=307']);
  });

  it('fallbacks when an error carries no status', () => {
    assert.deepEqual(found('const status = err.statusCode ?? 500;\nnext(err.status || 502);\n', 'javascript'), ['500=500', '502=502']);
    assert.deepEqual(found('code = getattr(exc, "status_code", 500)\n', 'python'), ['500=500']);
  });
});

describe('test tables', () => {
  it('pytest parametrize: the column named for a status, or used as one in the test', () => {
    const text = [
      '@pytest.mark.parametrize("path, expected_status", [',
      '    ("/missing", 404),',
      '    ("/items/200", 200),',
      '])',
      'def test_paths(client, path, expected_status):',
      '    assert client.get(path).status_code == expected_status',
      '',
      '@pytest.mark.parametrize(("path", "expected"), [("/gone", 410), ("/a", 301)])',
      'def test_more(client, path, expected):',
      '    assert client.get(path).status_code == expected',
      '',
      '@pytest.mark.parametrize("size, limit", [(404, 500)])',
      'def test_sizes(size, limit):',
      '    assert size < limit',
    ].join('\n');
    assert.deepEqual(found(text, 'python'), ['404=404', '200=200', '410=410', '301=301']);
  });

  it('a number beside a name of the same status in one row, and no other number', () => {
    const text = ['CASES = [', '    (exceptions.NotFound, 404),', '    (exceptions.NotFound, 410, 200),', ']'].join('\n');
    assert.deepEqual(found(text, 'python'), ['NotFound=404', '404=404', 'NotFound=404']);
  });

  it('Go: the struct field a row position declares', () => {
    const text = [
      'func TestRoutes(t *testing.T) {',
      '\ttests := []struct {',
      '\t\tname, path string',
      '\t\twantStatus int',
      '\t\tretries    int',
      '\t}{',
      '\t\t{"missing", "/x", 404, 3},',
      '\t\t{"ok", "/", 200, 500},',
      '\t}',
      '}',
    ].join('\n');
    assert.deepEqual(found(text, 'go'), ['404=404', '200=200']);
  });
});

describe('functions named for a status', () => {
  it('PHP: a predicate whose body checks that status, and a call of it from another one', () => {
    const text = [
      '<?php',
      'trait DeterminesStatus {',
      '    public function notFound() {',
      '        return $this->status() === 404;',
      '    }',
      '    public function unprocessableContent() {',
      '        return $this->status() === 422;',
      '    }',
      '    public function unprocessableEntity() {',
      '        return $this->unprocessableContent();',
      '    }',
      '}',
    ].join('\n');
    assert.deepEqual(found(text, 'php'), ['notFound=404', '404=404', 'unprocessableContent=422', '422=422', 'unprocessableEntity=422', 'unprocessableContent=422']);
    const hit = only(text, 'php', 'notFound');
    assert.equal(hit.kind, 'helper');
    assert.ok(hit.evidence, 'it says which body makes it a status');
    assert.equal(hit.evidence.line, 3);
    assert.equal(hit.evidence.reaches, '404');
  });

  it('Go and Rust: handlers that write the status constant; references to them count, prose does not', () => {
    const go = [
      'func methodNotAllowed(w http.ResponseWriter, r *http.Request) {',
      '\tw.WriteHeader(http.StatusMethodNotAllowed)',
      '}',
      '// The handler is found by name; methodNotAllowed is the fallback.',
      'func fallback() http.Handler { return http.HandlerFunc(methodNotAllowed) }',
    ].join('\n');
    assert.deepEqual(found(go, 'go'), ['methodNotAllowed=405', 'http.StatusMethodNotAllowed=405', 'methodNotAllowed=405']);
    const rust = 'pub fn see_other(uri: Uri) -> impl Reply {\n    reply::with_header(StatusCode::SEE_OTHER, LOCATION, uri)\n}\n';
    assert.deepEqual(found(rust, 'rust'), ['see_other=303', 'StatusCode::SEE_OTHER=303']);
  });

  it('a name alone is not enough: the body must use that status', () => {
    const text = 'function found(items) {\n  return items.filter(Boolean);\n}\nconst hits = found(list);\nfunction conflict(a, b) { return a.id === b.id && 409; }\n';
    assert.deepEqual(found(text, 'javascript').filter((f) => f.startsWith('found')), []);
    assert.deepEqual(found(text, 'javascript').filter((f) => f.startsWith('conflict')), ['conflict=409']);
  });
});

describe('names listed with their status', () => {
  it('a phrase name beside the same status constant or number is that status', () => {
    const rust = 'static_resp!(NotFound, StatusCode::NOT_FOUND);\nstatic_resp!(\n    MisdirectedRequest,\n    StatusCode::MISDIRECTED_REQUEST\n);\n';
    assert.deepEqual(found(rust, 'rust'), ['NotFound=404', 'StatusCode::NOT_FOUND=404', 'MisdirectedRequest=421', 'StatusCode::MISDIRECTED_REQUEST=421']);
    const python = '    (exceptions.MisdirectedRequest, 421),\n';
    assert.deepEqual(found(python, 'python'), ['MisdirectedRequest=421', '421=421']);
  });

  it('Rust\'s Ok(…) around a status, or a phrase name beside another status, is not', () => {
    assert.deepEqual(found('    Ok(StatusCode::OK)\n', 'rust'), ['StatusCode::OK=200']);
    assert.deepEqual(found('    pair(Created, StatusCode::ACCEPTED);\n', 'rust'), ['StatusCode::ACCEPTED=202']);
  });
});

describe('imports', () => {
  it('are not counted, but still explain on hover', () => {
    const text = "import {\n  NotFoundException,\n  Controller,\n} from '@nestjs/common';\nthrow new NotFoundException();\n";
    const analysis = analyze(text, 'typescript');
    assert.deepEqual(analysis.occurrences.map((o) => text.slice(o.start, o.end)), ['NotFoundException']);
    assert.equal(analysis.imports.length, 1);
    assert.equal(occurrenceIn(analysis, text.indexOf('NotFoundException') + 2)?.code, 404);
    assert.deepEqual(found('use Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException;\n', 'php'), []);
  });

  it('spanning lines are left out wherever they stand, and the code after them counts', () => {
    const text = [
      "import { NotFoundException } from '@nestjs/common';",
      'import {',
      '  ConflictException,',
      '  exportedHelper,',
      '  GoneException,',
      "} from '@nestjs/common';",
      'throw new GoneException();',
      'from x import (',
      '  y,',
      ')',
    ].join('\n');
    const analysis = analyze(text, 'typescript');
    assert.deepEqual(analysis.imports.map((o) => text.slice(o.start, o.end)), ['NotFoundException', 'ConflictException', 'GoneException']);
    assert.deepEqual(analysis.occurrences.map((o) => text.slice(o.start, o.end)), ['GoneException']);
    const python = 'from rest_framework.exceptions import (\n    NotFound,\n    PermissionDenied,\n)\nraise NotFound()\n';
    assert.equal(analyze(python, 'python').imports.length, 2);
  });

  it('bring bare constants into scope (Kotlin http4k, Python starlette)', () => {
    assert.deepEqual(found('import org.http4k.core.Status.Companion.FORBIDDEN\nval r = Response(FORBIDDEN)\n', 'kotlin'), ['FORBIDDEN=403']);
    assert.deepEqual(found('from starlette.status import HTTP_404_NOT_FOUND\nraise HTTPException(status_code=HTTP_404_NOT_FOUND)\n', 'python'), ['HTTP_404_NOT_FOUND=404']);
  });
});

describe('documents holding other languages', () => {
  it('Vue, Svelte, Astro and HTML: only their scripts, as JavaScript', () => {
    const vue = '<template><p>Error 404 page</p></template>\n<script setup lang="ts">\nres.status(418)\n</script>\n';
    assert.deepEqual(found(vue, 'vue'), ['418=418']);
    assert.deepEqual(regionsOf(vue, 'vue')?.map((r) => r.languageId), ['typescript']);
    assert.deepEqual(found('---\nreturn new Response(null, { status: 404 });\n---\n<h1>404</h1>', 'astro'), ['404=404']);
    assert.deepEqual(found('<div>404</div><script>fetch(u).then((r) => r.status === 401)</script>', 'html'), ['401=401']);
  });

  it('Markdown: fenced code by the fence\'s language, prose by the docs rules', () => {
    const md = '# API\n\n```python\nabort(410)\n```\n\nIt returns 404 when missing.\n\n```\nwidth: 404px\n```\n';
    const hits = scan(md, 'markdown');
    assert.deepEqual(hits.map((o) => [md.slice(o.start, o.end), o.idiom]), [['410', 'flask.abort'], ['404', 'prose']]);
  });

  it('a Kotlin or Elixir file opened as plaintext is detected by its name', async () => {
    const { effectiveLanguageId } = await import('../../src/core/detection');
    assert.equal(effectiveLanguageId('plaintext', '/src/Routing.kt', ''), 'kotlin');
    assert.equal(effectiveLanguageId('plaintext', '/lib/app_web/error_json.ex', ''), 'elixir');
    assert.equal(effectiveLanguageId('plaintext', '/notes/todo.txt', ''), 'plaintext');
  });
});

describe('bad input stays linear and quiet', () => {
  it('a minified line full of calls, and thousands of definitions', () => {
    const minified = 'function a(b,c){b.status(c)};a(r,404);'.repeat(40_000);
    assert.equal(scan(minified, 'javascript').length > 0, true);
    const defs = Array.from({ length: 5000 }, (_, i) => `function h${i}(res, code) { res.status(code) }\nh${i}(res, 404)`).join('\n');
    // A blow-up shows as mocha's timeout; speed itself is measured by `npm run bench`.
    assert.equal(scan(defs, 'javascript').length, 5000);
  });

  it('unbalanced brackets and strings in definitions do not throw', () => {
    for (const text of ['function f(a, b {', 'def f(a, b=', 'func (', "function f(a = ')') { res.status(a", 'class X extends', '<script>', '```js\n']) {
      assert.doesNotThrow(() => scan(text, 'javascript'));
      assert.doesNotThrow(() => scan(text, 'python'));
      assert.doesNotThrow(() => scan(text, 'markdown'));
    }
  });
});

describe('configuration inside a code string', () => {
  const found = (text: string, languageId: string): string[] => scan(text, languageId).map((o) => `${text.slice(o.start, o.end)}:${o.kind}`);

  it('a Caddyfile in a Go test\'s raw string, beside the Go code around it', () => {
    const text = ['func TestX(t *testing.T) {', '\ttester.InitServer(`', '\tlocalhost:9080 {', '\t\trespond /gone "gone" 410', '\t\t@teapot status 418', '\t}', '\t`, "caddyfile")', '\ttester.AssertGetResponse("http://localhost:9080/gone", 410, "gone")', '}'].join('\n');
    assert.deepEqual(found(text, 'go'), ['410:directive', '418:directive', '410:literal']);
  });

  it('nginx in a Python triple-quoted string, JSON in a template literal', () => {
    const py = ['CONF = """', 'server {', '    listen 80;', '    return 301 https://$host$request_uri;', '}', '"""'].join('\n');
    assert.deepEqual(found(py, 'python'), ['301:directive']);
    const js = ['const body = `{', '  "status": 404,', '  "count": 200', '}`;'].join('\n');
    assert.deepEqual(found(js, 'javascript'), ['404:literal']);
  });

  it('prose and unclosed strings are left alone', () => {
    const docstring = ['def get(id):', '    """Look a user up.', '', '    return 404 if there is none', '    """'].join('\n');
    assert.deepEqual(found(docstring, 'python'), []);
    assert.deepEqual(found('const a = `\nrespond /x 404 {\n', 'javascript'), []);
  });

  it('an nginx directive in a one-line code string', () => {
    assert.deepEqual(found('\treturn strings.Contains(server, fmt.Sprintf("return 301 %s;", redirectURL))', 'go'), ['301:directive']);
  });
});

describe('sinks learnt only with evidence', () => {
  it('a call inside `return` is no status tuple: `return super().filter(qs, value)`', () => {
    const text = ['class F(Filter):', '    def filter(self, qs, value):', '        return super().filter(qs, value)', ''].join('\n');
    assert.deepEqual(learnSinksOf(text, 'python'), []);
    const tuple = ['def fail(message, status):', '    return jsonify(error=str(message)), status', ''].join('\n');
    assert.deepEqual(learnSinksOf(tuple, 'python').map((s) => `${s.name}#${s.index}`), ['fail#1']);
  });

  it('a subclass with a constructor of its own does not take its base\'s status argument', () => {
    const text = [
      'class TooLarge(HTTPClientError):',
      '    def __init__(self, max_size, **kwargs):',
      '        super().__init__(**kwargs)',
      '',
      'class Teapot(HTTPClientError):',
      '    pass',
      '',
    ].join('\n');
    assert.deepEqual(learnSinksOf(text, 'python').map((s) => s.name), ['Teapot']);
  });
});

describe('a table key read by index', () => {
  it('Ruby: `rc: 400` rows whose key the test compares with the status as `t[:rc]`', () => {
    const text = ['  [', '    { value: "x", rc: 400, size: 300 },', '    { value: "y", rc: 200 },', '  ].each do |t|', '    it "works" do', '      expect(last_response.status).to eq t[:rc]', '    end', '  end'].join('\n');
    assert.deepEqual(scan(text, 'ruby').map((o) => `${text.slice(o.start, o.end)}:${o.idiom}`), ['400:flows-to-status', '200:flows-to-status']);
  });
});

describe('Ruby calls without parentheses', () => {
  it('a helper named for a status, called bare: `render_forbidden t(:scope) unless @key`', () => {
    const text = ['  def render_forbidden(error = nil)', '    render json: { error: error }, status: :forbidden', '  end', '', '  def authorize', '    render_forbidden t(:scope) unless @key', '    return render_forbidden unless @user', '    render_forbidden_count = 3', '  end'].join('\n');
    const found = scan(text, 'ruby').map((o) => `${text.slice(0, o.start).split('\n').length}:${text.slice(o.start, o.end)}`);
    assert.deepEqual(found, ['1:render_forbidden', '2::forbidden', '6:render_forbidden', '7:render_forbidden']);
  });
});

describe('Ruby status symbols beyond the framework\'s own calls', () => {
  it('a symbol handed to a helper called without parentheses, the helper\'s default, a status method\'s result', () => {
    const text = [
      '  def report_error(message, status = :bad_request)',
      '    render plain: message, status: status',
      '  end',
      '',
      '  def offline',
      '    report_error "Database offline", :service_unavailable',
      '    report_error "Gone", 410',
      '  end',
      '',
      '  class APIAccessDenied < APIError',
      '    def status',
      '      :forbidden',
      '    end',
      '',
      '    def kind',
      '      :forbidden',
      '    end',
      '  end',
    ].join('\n');
    const found = scan(text, 'ruby').map((o) => `${text.slice(o.start, o.end)}=${o.code}`);
    assert.deepEqual(found, [':bad_request=400', ':service_unavailable=503', '410=410', ':forbidden=403']);
  });
});

describe('status-named functions defined in another file', () => {
  it('a call of `notFound()` from a response module is that status, with the file as evidence', () => {
    const lib = ['export function notFound(error) {', '  return Response.json({ error }, { status: 404 });', '}', 'export function ok() {', '  return Response.json({ ok: true });', '}'].join('\n');
    const route = ['export async function GET(req) {', '  if (!user) return notFound();', '  return ok();', '}'].join('\n');
    const table = sinkTable(learnSinksOf(lib, 'typescript', 'src/lib/response.ts'));
    const [call] = analyze(route, 'typescript', { workspaceSinks: table }).occurrences;
    assert.ok(call);
    assert.equal(route.slice(call.start, call.end), 'notFound');
    assert.equal(call.code, 404);
    assert.equal(call.evidence?.file, 'src/lib/response.ts');
    assert.deepEqual(analyze(route, 'typescript').occurrences, [], 'without the index, a name alone proves nothing');
  });
});

describe('shapes found in application code (session 11: holdout8 tuning)', () => {
  it('Go: a response package whose helpers carry a format prefix, called qualified from a handler', () => {
    const lib = [
      'func JSONServerError(w http.ResponseWriter, r *http.Request, err error) {',
      '\tNewBuilder(w, r).WithStatus(http.StatusInternalServerError).Write()',
      '}',
      'func JSONNotFound(w http.ResponseWriter, r *http.Request) {',
      '\tNewBuilder(w, r).WithStatus(http.StatusNotFound).Write()',
      '}',
      'func IsServerError(code int) bool {',
      '\treturn code >= 500',
      '}',
    ].join('\n');
    const handler = 'func h(w http.ResponseWriter, r *http.Request) {\n\tresponse.JSONNotFound(w, r)\n\tresponse.JSONServerError(w, r, err)\n\tif response.IsServerError(c) {}\n}\n';
    const table = sinkTable(learnSinksOf(lib, 'go', 'internal/http/response/json.go'));
    const codes = analyze(handler, 'go', { workspaceSinks: table }).occurrences.map((o) => `${handler.slice(o.start, o.end)}=${o.code}`);
    assert.deepEqual(codes, ['JSONNotFound=404', 'JSONServerError=500'], 'a class check (`IsServerError`) is no 500');
  });

  it('a parameter given to a `StatusCode` property or an error payload\'s `code` makes a helper', () => {
    const csharp = [
      'static ErrorDto CreateError(int status, string? message = null)',
      '{',
      '    var error = new ErrorDto',
      '    {',
      '        StatusCode = status,',
      '    };',
      '    return error;',
      '}',
      'static object Timeout() => CreateError(408);',
    ].join('\n');
    assert.deepEqual(found(csharp, 'csharp'), ['408=408']);
    const php = "<?php\nfunction errorResponse(string $message, int $code): array\n{\n    return ['error' => ['code' => $code, 'message' => $message]];\n}\n$resp->assertJson(errorResponse('No token', 401));\n";
    assert.deepEqual(found(php, 'php'), ['401=401']);
    const retry = 'def remember(limit):\n    retry_status = limit\n\nremember(300)\n';
    assert.deepEqual(found(retry, 'python'), [], 'a name that only mentions a status is not the status property');
  });

  it('a map keyed by statuses, one row per line; round hundreds alone are thresholds', () => {
    const links = ['var links = new Dictionary<int, string>', '{', '    [400] = "https://example.test/400",', '    [401] = "https://example.test/401",', '    [404] = "https://example.test/404",', '    [500] = "https://example.test/500",', '};'].join('\n');
    assert.deepEqual(found(links, 'csharp'), ['400=400', '401=401', '404=404', '500=500']);
    assert.deepEqual(found('levels = {\n  100 => :low,\n  200 => :mid,\n  300 => :high,\n  400 => :max,\n}\n', 'ruby'), []);
    assert.deepEqual(found('x = {\n  404 => a,\n  500 => b,\n}\n', 'ruby'), [], 'two rows are no table');
  });

  it('PHP: PHPUnit comparing with a chained getter, an error object\'s only key, FOSRest\'s view', () => {
    assert.deepEqual(found('<?php\n$this->assertSame(404, $client->getResponse()->getStatusCode());\n', 'php'), ['404=404']);
    assert.deepEqual(found("<?php\n$resp->assertJson([\n    'error' => [\n        'code' => 429,\n    ],\n]);\n", 'php'), ['429=429']);
    assert.deepEqual(found("<?php\n$view = $this->view($form, 400);\n", 'php'), ['400=400']);
    assert.deepEqual(found("<?php\n$limits = [\n    'code' => 429,\n];\n", 'php'), [], 'a `code` key with no error around it');
  });

  it('Python: a Flask tuple returned over several lines, and Flask-SQLAlchemy\'s lookups', () => {
    const view = [
      'def get(self):',
      '    if bad:',
      '        return {',
      '            "errors": {"field": "only (admins)"},',
      '        }, 400',
      '    if worse:',
      '        return (',
      '            {"errors": {"id": "no"}},',
      '            403,',
      '        )',
      '    total = add(',
      '        1,',
      '        200,',
      '    )',
      '    user = Users.query.filter_by(id=1).first_or_404()',
      '    return db.get_or_404(User, 7)',
    ].join('\n');
    assert.deepEqual(found(view, 'python'), ['400=400', '403=403', 'first_or_404=404', 'get_or_404=404']);
  });

  it('Ruby: a status defaulted with ||=, an RSpec `let` of the status', () => {
    assert.deepEqual(found('status ||= 200\nlimit ||= 300\n', 'ruby'), ['200=200']);
    assert.deepEqual(found('let(:status_code) { 500 }\nlet(:max) { 500 }\n', 'ruby'), ['500=500']);
  });

  it('holdout9\'s shapes: open_api_spex responses, swagger-php attributes, FOSRest views, a payload two calls deep, an argument below its call', () => {
    const elixir = 'operation :show,\n  responses: %{\n    200 => TenantResponse.response(),\n    404 => NotFoundResponse.response()\n  }\n';
    assert.deepEqual(found(elixir, 'elixir'), ['200=200', '404=404'], 'the schema module named for a status is a body, not a status');
    assert.deepEqual(found('<?php\n#[OA\\Response(response: 200, description: \'Returns it\')]\n/** @OA\\Response(response="404", description="Missing") */\n', 'php'), ['200=200', '404=404']);
    assert.deepEqual(found('<?php\n$view = new View($team, 201);\n', 'php'), ['201=201']);
    assert.deepEqual(found("<?php\nreturn response()->json(Helper::format('error', null, trans('x', ['a' => 'b'])), 404);\n", 'php'), ['404=404']);
    assert.deepEqual(found('abort(\n    403,\n    message="no",\n)\n', 'python'), ['403=403']);
    assert.deepEqual(found('send(\n    403,\n    size,\n)\n', 'python'), [], 'a responder-named call is not trusted on the line below');
  });

  it('Rust: a project\'s error macro given the status last; other macros are not', () => {
    assert.deepEqual(found('err_code!(SEND_INACCESSIBLE_MSG, 404)\nNone => err_code!("no", format!("IP: {}.", ip), 401),\nlet v = vec!(1, 200);\n', 'rust'), ['404=404', '401=401']);
  });

  it('Spring WebTestClient: a status matcher chained on the line after `.expectStatus()`', () => {
    const test = 'webClient.get()\n        .exchange()\n        .expectStatus()\n        .isBadRequest()\n        .expectBody()\n        .isEmpty();\n';
    assert.deepEqual(found(test, 'java'), ['isBadRequest=400']);
  });

  it('Caddy: an adapt test\'s JSON half, its matcher expressions, and a status list one per line', () => {
    const test = [
      'handle_errors 5xx {',
      '\trespond "oops" 500',
      '}',
      '----------',
      '{"routes": [{"match": [{"expression": "{http.error.status_code} \\u003e= 400 \\u0026\\u0026 {http.error.status_code} in [410]"}],',
      '  "handle": [{"handler": "static_response", "status_code": 410}]},',
      ' {"match": {',
      '   "status_code": [',
      '     401,',
      '     403',
      '   ]',
      ' }}]}',
    ].join('\n');
    assert.deepEqual(regionsOf(test, 'caddyfile')?.map((r) => r.languageId), ['caddyfile', 'json']);
    assert.deepEqual(found(test, 'caddyfile'), ['500=500', '400=400', '410=410', '410=410', '401=401', '403=403']);
    assert.deepEqual(found('sizes = [\n    200,\n    300,\n]\n', 'python'), [], 'a list named for something else');
  });
});

describe('shapes found in application code (session 12: holdout10 tuning)', () => {
  it('PHP: a test case\'s inherited `self::STATUS_OK` and a payload\'s `status` asserted; a model\'s STATUS_ACTIVE is not', () => {
    const test = '<?php\nself::assertEquals(self::STATUS_OK, $statusCode);\nself::assertEquals(400, $payload[\'status\']);\n$state = self::STATUS_ACTIVE;\n$x = self::STATUS_NOT_FOUND;\n';
    assert.deepEqual(found(test, 'php'), ['self::STATUS_OK=200', '400=400']);
  });

  it('test providers: a PHPUnit data provider\'s and a JUnit @MethodSource\'s column that the test names for a status', () => {
    const php = [
      '<?php',
      '#[Test, DataProvider(\'provideRedirects\')]',
      'public function redirects(RedirectOptions $options, int $expectedStatus): void {',
      '    self::assertEquals($expectedStatus, $response->getStatusCode());',
      '}',
      'public static function provideRedirects(): iterable {',
      '    yield \'temporary\' => [new RedirectOptions(307, 20), 307];',
      '}',
      '/** @dataProvider sizes */',
      'public function resizes(int $width) {}',
      'public static function sizes() { return [[200], [300]]; }',
    ].join('\n');
    assert.deepEqual(found(php, 'php'), ['307=307'], 'the options\' own number and a size column are not statuses');
    const java = [
      'import io.grpc.Status;',
      '@ParameterizedTest',
      '@MethodSource',
      'void grpcErrors(final Status grpcStatus, final int httpStatus) {}',
      'private static Stream<Arguments> grpcErrors() {',
      '  return Stream.of(Arguments.of(Status.PERMISSION_DENIED, 403), Arguments.of(Status.UNKNOWN, 500));',
      '}',
    ].join('\n');
    assert.deepEqual(found(java, 'java'), ['403=403', '500=500']);
  });

  it('JVM: after `import io.grpc.Status`, `Status.NOT_FOUND` is gRPC\'s; `Response.Status.NOT_FOUND` stays JAX-RS\'s', () => {
    const text = 'import io.grpc.Status;\nthrow Status.NOT_FOUND.asRuntimeException();\nreturn Response.status(Response.Status.NOT_FOUND).build();\n';
    assert.deepEqual(found(text, 'java'), ['Response.Status.NOT_FOUND=404']);
    assert.deepEqual(found('return Response.status(Status.NOT_FOUND).build();\n', 'java'), ['NOT_FOUND=404']);
  });

  it('Ruby: helpers defined without parentheses and called bare on their own line; a status symbol carried by a variable', () => {
    const controller = 'def index\n  status_not_found\nend\ndef status_not_found\n  render json: {}, status: :not_found\nend\ndef deny\n  status = :unauthorized\n  head status\nend\n';
    assert.deepEqual(found(controller, 'ruby'), ['status_not_found=404', 'status_not_found=404', ':not_found=404', ':unauthorized=401']);
  });

  it('Rust: a match arm mapping a variant onto its status, actix responders handed on, Rocket responders as a return type', () => {
    const text = [
      'match e {',
      '    TcpError::BadRequest(_) => HttpResponse::BadRequest(),',
      '    Kind::Conflict { .. } => StatusCode::CONFLICT,',
      '    Kind::Gone => StatusCode::CONFLICT,',
      '}',
      'web::post().to(HttpResponse::NotFound)',
      'fn inbox() -> Result<String, status::BadRequest<&\'static str>> {}',
    ].join('\n');
    assert.deepEqual(found(text, 'rust'), ['BadRequest=400', 'HttpResponse::BadRequest=400', 'Conflict=409', 'StatusCode::CONFLICT=409', 'StatusCode::CONFLICT=409', 'HttpResponse::NotFound=404', 'status::BadRequest=400'],
      'a variant mapped onto another status is not paired');
  });

  it('a helper known to take its status in another parameter: its other numbers are the body\'s, whatever its name says', () => {
    const controller = [
      'public IActionResult GetErrorXML(int code, string description, int statusCode = 400)',
      '{',
      '    return new ContentResult { StatusCode = statusCode, Content = CreateErrorXML(code, description) };',
      '}',
      'public IActionResult Caps() { return GetErrorXML(203, "Function Not Available"); }',
      'public IActionResult Removed() { return GetErrorXML(201, "gone", 410); }',
    ].join('\n');
    assert.deepEqual(found(controller, 'csharp'), ['400=400', '410=410']);
    assert.deepEqual(found('render_error(hide ? 409 : 410, "no")\ndef render_error(code, message)\n  render json: {error: message}, status: code\nend\n', 'ruby'), ['409=409', '410=410'], 'a conditional\'s branch is no keyword argument');
  });

  it('holdout11\'s shapes: a named argument on the line below its call, exception → status maps, Go `errors` packages named for statuses', () => {
    const php = '<?php\n#[OA\\Get(responses: [\n    new OA\\Response(\n        response: 401,\n        ref: \'#/components/responses/401\',\n    ),\n])]\n';
    assert.deepEqual(found(php, 'php'), ['401=401']);
    assert.deepEqual(found('<?php\n$map = [\n  AuthenticationException::class => 401,\n  Foo::class => 500,\n  LockException::class => 30,\n];\n', 'php'), ['401=401'], 'a key that is no exception, a value that is no error status');
    const go = 'handler.HandleResponse(ctx, errors.Unauthorized(reason.UnauthorizedError), nil)\nreturn errors.InternalServer(reason.X)\nreturn errors.New("x")\n';
    assert.deepEqual(found(go, 'go'), ['errors.Unauthorized=401', 'errors.InternalServer=500'], 'the reason constant handed on is no status type');
  });

  it('TypeScript: numeric unions declared for a status, and values of such a type; a union of sizes is not', () => {
    const ts = 'export type HttpStatusCodes =\n  | 200\n  | 503;\nclass AppError {\n  status: 400 | 404;\n  sizes: 100 | 200;\n}\nlet code: HttpStatusCodes = 201;\nlet width: Width = 300;\n';
    assert.deepEqual(found(ts, 'typescript'), ['200=200', '503=503', '400=400', '404=404', '201=201']);
  });

  it('pytest: a one-column parametrize lists its values bare; a column named for sizes stays out', () => {
    const test = '@pytest.mark.parametrize("status_code", (400, 403, 404))\ndef test_errors(status_code):\n    assert r.status_code == status_code\n@pytest.mark.parametrize("size", (400, 403))\ndef test_sizes(size):\n    pass\n';
    assert.deepEqual(found(test, 'python'), ['400=400', '403=403', '404=404']);
  });
});

describe('shapes found in application code (session 13: holdout12 tuning)', () => {
  it('a class named for a status whose body sets it is that status wherever it is used; a class named like one without it is not', () => {
    const module = 'class Ok(Response):\n    """A response."""\n    status_code = 200\n\n\nclass Created(Response):\n    pass\n\n\nclass BadRequest(Response):\n    status_code = 400\n';
    const table = sinkTable(learnSinksOf(module, 'python', 'taiga/base/response.py'));
    const view = 'def get(self, request):\n    if not request.data:\n        return response.BadRequest(errors)\n    return response.Ok(data)\n\ndef post(self):\n    return response.Created(data)\n';
    assert.deepEqual(found(view, 'python', { workspaceSinks: table }), ['BadRequest=400', 'Ok=200']);
    assert.equal(analyze(view, 'python', { workspaceSinks: table }).occurrences[0]?.evidence?.file, 'taiga/base/response.py');
  });

  it('C# methods have no keyword: a test extension named for the status it expects', () => {
    const extensions = 'public static class RequestExtensions\n{\n    public static AppSendBuilder StatusCodeShouldBeNotFound(this AppSendBuilder builder)\n    {\n        return builder.ExpectedStatus(HttpStatusCode.NotFound);\n    }\n    public static AppSendBuilder StatusCodeShouldBeConflict(this AppSendBuilder builder)\n    {\n        return builder.Expect(x => x.Merge());\n    }\n}\n';
    const table = sinkTable(learnSinksOf(extensions, 'csharp', 'tests/RequestExtensions.cs'));
    const test = 'await SendRequestAsync(r => r\n    .Get("x")\n    .StatusCodeShouldBeNotFound());\nawait SendRequestAsync(r => r.StatusCodeShouldBeConflict());\n';
    assert.deepEqual(found(test, 'csharp', { workspaceSinks: table }), ['StatusCodeShouldBeNotFound=404'], 'a body without its status proves nothing');
  });

  it('C#: result outcomes named for a status, and endpoint documentation keyed by status', () => {
    const handler = 'return Result.NotFound("Project not found.");\nreturn Result<ViewProject>.Created(view, location);\nreturn Result.Ok();\nreturn MyResult.NotFound();\nreturn Result.Success();\n';
    assert.deepEqual(found(handler, 'csharp'), ['Result.NotFound=404', 'Created=201'], 'a success is no status; another type\'s member is not a result library\'s');
    const docs = 'new EndpointDocumentation {\n    ParameterDescriptions = new() {\n        ["organizationId"] = "The organization.",\n        ["1234"] = "x",\n    },\n    ResponseDescriptions = new() {\n        ["404"] = "The organization could not be found.",\n    }\n}\n';
    assert.deepEqual(found(docs, 'csharp'), ['404=404']);
  });

  it('Elixir: a ConnTest helper at the end of a pipe takes a status atom too', () => {
    assert.deepEqual(found('conn\n|> get("/x")\n|> json_response(:not_found)\n|> json_response(:nope)\n', 'elixir'), [':not_found=404']);
  });

  it('a parameter typed as a status takes numbers, a rest parameter all of them, over several lines; a parameter of numbers does not', () => {
    const ts = 'export const OpenApi = (\n  ...codes: (\n    | HttpStatusCodes\n    | Info\n  )[]\n): void => {};\nfunction sized(width: number, ...sizes: number[]) {}\n@OpenApi(401, 403)\n@OpenApi(\n  { description: "x" },\n  404,\n)\nclass A {}\nsized(300, 400);\n';
    assert.deepEqual(found(ts, 'typescript'), ['401=401', '403=403', '404=404']);
    const [first] = analyze(ts, 'typescript').occurrences;
    assert.equal(first?.evidence?.reaches, 'codes: HttpStatusCodes');
  });

  it('holdout13\'s library names: WebOb and Pyramid exceptions, WebTest\'s status_int, ASP.NET status names used bare, Apache HttpComponents\' SC_ names', () => {
    const py = 'raise HTTPNotFound\nreturn httpexceptions.HTTPSeeOther(url)\nraise HTTPNotAThing()\nself.assertEqual(response.status_int, 307)\nx = HTTPConnection(host)\n';
    assert.deepEqual(found(py, 'python'), ['HTTPNotFound=404', 'HTTPSeeOther=303', '307=307']);
    assert.deepEqual(found('[ProducesResponseType(typeof(bool), Status200OK)]\nvar x = Foo.Status404NotFound;\n', 'csharp'), ['Status200OK=200'], 'another type\'s member is not ASP.NET\'s');
    assert.deepEqual(found('then().statusCode(HttpStatus.SC_UNAUTHORIZED);\nx(HttpStatus.NOT_FOUND);\n', 'java'), ['SC_UNAUTHORIZED=401', 'HttpStatus.NOT_FOUND=404']);
  });

  it('helpers named for the number they send (redmine\'s render_404), and a case on a status in Ruby and PHP', () => {
    const rb = 'def show\n  return render_403 unless allowed?\n  render_404 unless found\nend\ndef render_403(options={})\n  render_error(status: 403)\nend\ndef render_404(options={})\n  render_error(status: 410)\nend\n';
    assert.deepEqual(found(rb, 'ruby'), ['render_403=403', 'render_403=403', '403=403', '410=410'], 'a body with another status proves nothing');
    const arms = 'case status\nwhen :not_found\n  1\nwhen :forbidden, :bad_request\n  2\nend\ncase kind\nwhen :not_found\n  3\nend\n';
    assert.deepEqual(found(arms, 'ruby'), [':not_found=404', ':forbidden=403', ':bad_request=400']);
    assert.deepEqual(found('<?php\nswitch ($code_int) {\n  case 404:\n    break;\n}\nswitch ($count) {\n  case 404:\n}\n', 'php'), ['404=404']);
  });

  it('rswag\'s response blocks are OpenAPI responses; JavaScript helpers assigned to a member learn their parameters', () => {
    const spec = 'get "List" do\n  response "200", "Customers list" do\n  end\n  response(404, \'missing\') do\n  end\nend\nresponse = 200\n';
    assert.deepEqual(found(spec, 'ruby'), ['200=200', '404=404']);
    const js = 'helpers.formatApiResponse = async (statusCode, res, payload) => {\n  return res.sendStatus(statusCode);\n};\nawait helpers.formatApiResponse(403, res, error);\nmodule.exports.sized = function (width) { return width * 2; };\nmodule.exports.sized(300);\n';
    assert.deepEqual(found(js, 'javascript'), ['403=403']);
  });

  it('Ruby: a symbol handed to a helper without parentheses, matchers without them, a handler named by its symbol, 3.1\'s shorthand `status:`', () => {
    const rb = [
      'class A < ApplicationController',
      '  rescue_from ActiveRecord::RecordNotFound, with: :not_found',
      '  before_action :authenticate, with: :log',
      '  def destroy',
      '    render_api_head :no_content',
      '    expect(response).to have_http_status :ok',
      '    status = :created',
      '    kind = :forbidden',
      '    render json: body, status:',
      '    # this is now not_found by the API',
      '  end',
      '  def render_api_head(status)',
      '    head status',
      '  end',
      '  def not_found',
      '    render json: {}, status: :not_found',
      '  end',
      'end',
    ].join('\n') + '\n';
    assert.deepEqual(found(rb, 'ruby'), [':not_found=404', ':no_content=204', ':ok=200', ':created=201', 'not_found=404', ':not_found=404'], 'a symbol that is no status handler, a variable that goes nowhere, prose in a comment');
  });

  it('holdout14\'s shapes: parameters named for a status, C# primary constructors, Micronaut responses, Rust enums mapped onto statuses', () => {
    const cs = 'public class ApiException(\n    string message,\n    int statusCode = 500)\n    : Exception(message)\n{\n    public int StatusCode { get; } = statusCode;\n}\nclass S {\n  void M() {\n    throw new ApiException("App was not found.", 404);\n    var x = new Sized(300, 200);\n    throw new AccessForbiddenException();\n  }\n}\n';
    assert.deepEqual(found(cs, 'csharp'), ['500=500', '404=404', 'AccessForbiddenException=403'], 'a parameter of another name takes no status');
    assert.deepEqual(found('return HttpResponse.ok(trigger);\nreturn HttpResponse.notFound();\nreturn response.ok(x);\n', 'java'), ['HttpResponse.ok=200', 'HttpResponse.notFound=404']);
    const rs = [
      'match self.error {',
      '    ErrorResponseType::BadRequest',
      '    | ErrorResponseType::InvalidTarget => StatusCode::BAD_REQUEST,',
      '    ErrorResponseType::Conflict => StatusCode::BAD_REQUEST,',
      '    hiqlite::Error::NotFound(e) => (ErrorResponseType::NotFound, e),',
      '}',
      'Self::new(ErrorResponseType::BadRequest, "x")',
      'ErrorResponseType::Conflict',
      'Err(diesel::BadRequest)',
      'other::Error::NotFound',
    ].join('\n') + '\n';
    assert.deepEqual(found(rs, 'rust'), ['BadRequest=400', 'StatusCode::BAD_REQUEST=400', 'StatusCode::BAD_REQUEST=400', 'BadRequest=400'], 'a variant mapped onto another status, another enum of the same variant, an arm giving no status');
  });

  it('a class named for a status keeps its methods in its body; a helper named `get_or_404` is that status', () => {
    const php = '<?php\nfinal class NotFound extends AbstractResponse\n{\n    protected function getDefaultRef(): string\n    {\n        return OpenApi::REF;\n    }\n\n    protected function getDefaultResponse(): int\n    {\n        return 404;\n    }\n}\n';
    const table = sinkTable(learnSinksOf(php, 'php', 'src/OpenApi/Response/NotFound.php'));
    const controller = '<?php\n#[OA\\Get(responses: [\n    new OpenApi\\Response\\NotFound(),\n])]\n';
    assert.deepEqual(found(controller, 'php', { workspaceSinks: table }), ['NotFound=404']);
    const py = 'def get_or_404(model, object_id):\n    result = model.query.get(object_id)\n    if result is None:\n        abort(404)\n    return result\n\nsource = get_or_404(Source, uuid)\n';
    assert.deepEqual(found(py, 'python'), ['get_or_404=404', '404=404', 'get_or_404=404']);
  });

  it('PHP: a conditional\'s other branch, a switch on a status in strings, abort_if with nested calls', () => {
    const php = '<?php\n$expected = ($enabled && $admin) ? 401 : 200;\n$this->assertStatus($expected);\n$width = $big ? 400 : 200;\nswitch ($statusCode) {\n  case \'404\':\n    break;\n}\nswitch ($name) {\n  case \'404\':\n}\nabort_if(\\is_array($request->file(\'torrent\')), 400);\n';
    assert.deepEqual(found(php, 'php'), ['401=401', '200=200', '404=404', '400=400'], 'a width\'s branches, a switch on a name');
  });

  it('holdout15\'s shapes: Kotlin matchers read as properties, Micronaut redirects, mocked status calls, Flask-Principal, a status fetched with a default', () => {
    const kt = 'val ResultActions.andIsOk: ResultActions\n  get() = this.andExpect(status().isOk)\nval PartialContent: Plugin = createPlugin { HttpStatusCode.PartialContent }\nfun t() {\n  perform(x).andIsOk.andPrettyPrint\n  install(PartialContent)\n  return HttpResponse.<JsonError>notFound()\n}\n';
    assert.deepEqual(found(kt, 'kotlin'), ['andIsOk=200', 'status().isOk=200', 'HttpStatusCode.PartialContent=206', 'andIsOk=200', 'notFound=404'], 'a plugin named just like a phrase is no check for it');
    assert.deepEqual(found('expect(res.status).toHaveBeenCalledWith(404);\nexpect(res.json).toHaveBeenCalledWith(200);\n', 'javascript'), ['404=404']);
    assert.deepEqual(found('@Permissions.ADMIN.require(403)\ndef x():\n    pass\nperm.require(3)\n', 'python'), ['403=403']);
    assert.deepEqual(found('render json: r, status: r.fetch(:status, 201)\nh.fetch(:size, 200)\nexpect(response.code).to eq("404")\n', 'ruby'), ['201=201', '404=404']);
  });

  it('holdout16\'s shapes: a Go status check given the recorder, rows that span lines, arrow functions named for a status, responses built from codes', () => {
    const go = [
      'func TestX(t *testing.T) {',
      '\tztest.Code(t, rr, 401)',
      '\tztest.Diff(t, rr, 401)',
      '\treturn guru.New(404, "")',
      '\tif args.Status == 500 {',
      '\t}',
      '\ttests := []struct {',
      '\t\tname     string',
      '\t\tbody     Request',
      '\t\twantCode int',
      '\t\tsize     int',
      '\t}{',
      '\t\t{"works", "limit=3", 200,',
      '\t\t\tfunc() { many(ctx, t) }, 300},',
      '\t\t{',
      '\t\t\t"fill", Request{Hits: []Hit{',
      '\t\t\t\t{Path: "/foo", Size: 404},',
      '\t\t\t}},',
      '\t\t\t202, 640,',
      '\t\t},',
      '\t}',
      '\tfor _, tt := range tests {',
      '\t\tztest.Code(t, rr, tt.wantCode)',
      '\t}',
      '}',
    ].join('\n') + '\n';
    assert.deepEqual(found(go, 'go'), ['401=401', '404=404', '500=500', '200=200', '202=202'], 'a diff given a number, a size column, a nested literal\'s field');
    const ts = [
      'const getStatusCode = (errorName: string): number => {',
      '    switch (errorName) {',
      '        case "NotFoundError":',
      '            return 404;',
      '    }',
      '};',
      'const getRetryDelay = (attempt: number): number => {',
      '    return 500;',
      '};',
      'const r = { responses: { ...getStandardResponses(401, 403, 404) } };',
      'const s = getSizes(401, 403);',
      'export class OpenApiService {',
      '    respondWithValidation<T>(',
      '        status: number,',
      '        res: Response<T>,',
      '    ): void {',
      '        res.status(status).json(data);',
      '    }',
      '}',
      'this.openApiService.respondWithValidation(',
      '    201,',
      '    res,',
      ');',
      'expect(',
      '    500,',
      ');',
    ].join('\n') + '\n';
    assert.deepEqual(found(ts, 'typescript'), ['404=404', '401=401', '403=403', '404=404', '201=201'], 'a delay function\'s result, a helper not named for responses, a call opened on the line above');
  });

  it('a one-column pytest table of rows the test indexes, a PHP constructor whose parameter is named for a status', () => {
    const py = [
      '@pytest.mark.parametrize("arg", [',
      "    ['a_u', 403],",
      "    ['g1_s1', 200],",
      '])',
      'def test_list(arg, request):',
      '    c = request.getfixturevalue(arg[0])',
      '    assert c.get(url).status_code == arg[1]',
      '',
      '@pytest.mark.parametrize("pair", [',
      "    ['a_u', 300],",
      '])',
      'def test_size(pair, request):',
      '    assert len(c.get(url).content) == pair[1]',
    ].join('\n') + '\n';
    assert.deepEqual(found(py, 'python'), ['403=403', '200=200'], 'a column compared with a length');
    const options = '<?php\nfinal readonly class RedirectOptions\n{\n    public function __construct(\n        int $redirectStatusCode = 302,\n        int $redirectCacheLifetime = 30,\n    ) {\n    }\n}\n';
    const table = sinkTable(learnSinksOf(options, 'php', 'src/RedirectOptions.php'));
    const test = '<?php\nyield [new RedirectOptions(307, 20), 307];\n$x = new RedirectOptions(exitStatusCode: 1);\n';
    assert.deepEqual(found(test, 'php', { workspaceSinks: table }), ['307=307'], 'the second argument is a lifetime');
    assert.deepEqual(found(options, 'php'), ['302=302'], 'the default of the status parameter');
  });

  it('holdout16\'s classes named for a status around a noun, Slim\'s withJson, open_api_spex keyword responses, a cast to HttpStatusCode', () => {
    const java = '@ResponseStatus(HttpStatus.NOT_FOUND)\npublic class TopicNotFoundException extends RuntimeException {\n  public TopicNotFoundException(String m) { super(m); }\n}\npublic class FileNotFoundError extends RuntimeException {\n}\nclass C {\n  void m() {\n    throw new TopicNotFoundException(name);\n    throw new FileNotFoundError(name);\n  }\n}\n';
    assert.deepEqual(found(java, 'java'), ['HttpStatus.NOT_FOUND=404', 'TopicNotFoundException=404'], 'its head and constructor declare it; a class named alike whose body gives no status');
    const php = '<?php\nclass ApiLinkNotFoundException extends ApiException\n{\n    public function getApiResponse()\n    {\n        return $this->buildApiResponse(404);\n    }\n}\nthrow new ApiLinkNotFoundException();\nreturn $response->withJson($out, 201, $this->jsonStyle);\nreturn $response->withHeader($out, 201);\n';
    assert.deepEqual(found(php, 'php').filter((f) => !f.startsWith('404')), ['ApiLinkNotFoundException=404', '201=201'], 'another method given a number');
    const ex = 'operation(:create,\n  responses: [\n    ok: {"Contact", "application/json", Schemas.Contact.Response}\n  ]\n)\nfoo(ok: 1)\nparams: [\n  ok: true\n]\n';
    assert.deepEqual(found(ex, 'elixir'), ['ok=200'], 'keyword keys outside a responses list');
    assert.deepEqual(found('if (res.StatusCode != (HttpStatusCode)429) { }\nvar n = (int)429;\n', 'csharp'), ['429=429']);
    assert.deepEqual(found('expect(result).toBeInstanceOf(results.BadRequestErrorMessageResult)\nconst m = new ErrorMessageResult()\n', 'typescript'), ['BadRequestErrorMessageResult=400']);
  });
});
