import type { LanguageFamily } from './languages';

// Where a number is an HTTP status: each idiom names the text that must stand right before the
// number (and right after it) on the same line. Patterns are anchored, have no nested
// quantifiers, and only ever see a short window of one line, so matching stays linear. Each idiom
// also says which character may stand last before the number (its trigger), so a number is only
// tested against the idioms that could possibly match.

export type LiteralKind = 'literal' | 'statusLine' | 'directive';

/** Checks that need more than the line's text, done by the engine. */
export type Requirement =
  /** The enclosing `switch` looks at a status. */
  | 'switchOnStatus'
  /** The name assigned is named like this status, or like a status at all. */
  | 'statusName'
  /** The function called is named for responding (send…, respond…, fail…, …Json). */
  | 'responderCall'
  /** The number is a redirect code (301, 302, 303, 307, 308). */
  | 'redirectCode'
  /** The number is in 100–599 (a project's own types and helpers may take other codes too). */
  | 'plausibleCode';

export interface LiteralIdiom {
  /** Stable id reported by `scan` ("express.status"). */
  readonly id: string;
  readonly families: readonly LanguageFamily[];
  readonly kind: LiteralKind;
  /** Must match the end of the text before the number. */
  readonly before: RegExp;
  /** Must match the start of the text after the number. */
  readonly after: RegExp;
  /** The last non-blank characters before the number this idiom can accept ('w' = a word character). */
  readonly triggers: string;
  /** Only this many characters before the number are tested (for patterns that start with a free identifier). */
  readonly reach?: number;
  readonly requires?: Requirement;
}

/** One argument list's text, allowing one level of nested parentheses. */
const ARGS = String.raw`(?:[^()\n]|\([^()\n]*\))*`;
/** After a literal argument: the argument list goes on or closes. */
const ARG_END = /^\s*[,)\]]/;
/** After a value: the expression ends. */
const VALUE_END = /^\s*(?:[,;:)\]}]|=>|$|\/\/|#|--|&&|\|\||\band\b|\bor\b|\?|\bthen\b|\bdo\b|\bif\b|\belse\b|\{)/;
/** After a number that must not continue as a longer expression (no unit, operator or member). */
const STANDALONE = /^(?![\w.]|\s*[*/+%-]\s*\w)/;

const CODE_FAMILIES: readonly LanguageFamily[] = ['js', 'python', 'go', 'jvm', 'csharp', 'ruby', 'php', 'rust', 'elixir', 'http'];
const SWITCH_FAMILIES: readonly LanguageFamily[] = ['js', 'go', 'jvm', 'csharp', 'php', 'http'];

type Spec = Omit<LiteralIdiom, 'kind' | 'after' | 'triggers'> & Partial<Pick<LiteralIdiom, 'kind' | 'after' | 'triggers'>>;

function idiom(spec: Spec): LiteralIdiom {
  return { kind: 'literal', after: STANDALONE, triggers: 'w', ...spec };
}

/** `callee(N` — the number is the first argument. */
function call(id: string, families: readonly LanguageFamily[], callee: string): LiteralIdiom {
  return idiom({ id, families, before: new RegExp(`${callee}\\(\\s*$`), after: ARG_END, triggers: '(' });
}

/** `callee(x, …, N` — the number is a later argument. */
function laterArg(id: string, families: readonly LanguageFamily[], callee: string): LiteralIdiom {
  return idiom({ id, families, before: new RegExp(`${callee}\\(${ARGS},\\s*$`), after: ARG_END, triggers: ',' });
}

/** `subject == N`, `subject >= N` … */
function compare(id: string, families: readonly LanguageFamily[], subject: string): LiteralIdiom {
  return idiom({ id, families, before: new RegExp(`${subject}\\s*(?:===?|!==?|<>|[<>]=?)\\s*$`), after: VALUE_END, triggers: '=<>' });
}

export const LITERAL_IDIOMS: readonly LiteralIdiom[] = [
  // ── everywhere: status lines (`HTTP/1.1 404 Not Found`, `HTTP/2 404`) ──
  idiom({ id: 'status-line', families: [...CODE_FAMILIES, 'yaml', 'json', 'docs', 'nginx', 'apache'], kind: 'statusLine', before: /\bHTTP\/[123](?:\.[01])?\s+$/, after: /^(?![\d.])/ }),

  // ── `case 404:` inside a switch on a status ──
  idiom({ id: 'switch-case', families: SWITCH_FAMILIES, before: /\bcase\s+$/, after: /^\s*(?::|,|->|=>)/, requires: 'switchOnStatus' }),
  idiom({ id: 'switch-case', families: ['ruby'], before: /\bwhen\s+(?:\d{3}\s*,\s*)*$/, after: /^\s*(?:,|then\b|$)/, requires: 'switchOnStatus' }),

  // ── JavaScript / TypeScript ──
  call('express.status', ['js', 'http'], String.raw`\.status`),
  call('express.sendStatus', ['js'], String.raw`\.sendStatus`),
  call('node.writeHead', ['js'], String.raw`\.writeHead`),
  call('fastify.code', ['js'], String.raw`\.code`),
  call('http-errors', ['js'], String.raw`\b(?:createError|createHttpError|httpErrors|HttpError|HTTPError|HTTPException)`),
  call('koa.throw', ['js'], String.raw`\b(?:ctx|context|this)\.throw`),
  laterArg('koa.assert', ['js'], String.raw`\b(?:ctx|context|this)\.assert`),
  call('nestjs.HttpCode', ['js'], String.raw`@HttpCode`),
  laterArg('nestjs.HttpException', ['js'], String.raw`\bHttpException`),
  laterArg('nestjs.Redirect', ['js'], String.raw`@Redirect`),
  call('redirect', ['js'], String.raw`\.redirect`),
  laterArg('redirect', ['js'], String.raw`\.redirect`),
  laterArg('hono.context', ['js'], String.raw`\bc\.(?:json|text|body|html|newResponse)`),
  call('supertest.expect', ['js'], String.raw`\.expect`),
  idiom({ id: 'supertest.expect', families: ['js'], before: /\.expect\(\[\s*(?:\d{3}\s*,\s*)*$/, after: /^\s*[,\]]/, triggers: '[,' }),
  call('nock.reply', ['js'], String.raw`\.reply`),
  idiom({ id: 'status-property', families: ['js', 'http', 'json', 'yaml', 'docs', 'python', 'nginx'], before: /(?:^|[{,\s(])['"]?(?:status|statusCode|status_code|httpStatus|http_status|expectedStatus)['"]?\s*:\s*$/, after: VALUE_END, triggers: ':' }),
  idiom({ id: 'status-assignment', families: ['js', 'python', 'jvm', 'php', 'http'], before: /[.>]\$?(?:status|statusCode|status_code)\s*=\s*$/, after: VALUE_END, triggers: '=' }),
  compare('status-comparison', ['js', 'http'], String.raw`(?:\b(?:status|statusCode|httpStatus)|[a-z]StatusCode|\.code)(?:\(\))?`),
  idiom({ id: 'status-comparison', families: ['js', 'http', 'python', 'go', 'jvm', 'php', 'csharp', 'ruby', 'rust'], before: /(?:^|[^\w.])$/, after: /^\s*(?:===?|!==?|[<>]=?)\s*[\w.?$>-]*(?:status|statusCode|status_code|StatusCode|Code)\b/, triggers: '([!&|=<w' }),
  idiom({ id: 'jest.expect', families: ['js', 'http'], before: new RegExp(`\\bexpect\\(${ARGS}(?:status|statusCode|code)(?:\\(\\))?\\)\\s*(?:\\.to|\\.not|\\.be)*\\.(?:toBe|toEqual|toStrictEqual|eq|equal|eql|equals)\\(\\s*$`), after: ARG_END, triggers: '(' }),
  idiom({ id: 'jest.expect', families: ['js'], before: /\.should\.(?:equal|eq|eql)\(\s*$/, after: ARG_END, triggers: '(' }),
  idiom({ id: 'node.assert', families: ['js'], before: /\b(?:assert|t)\.(?:equal|strictEqual|deepEqual|deepStrictEqual|notEqual|notStrictEqual|is|not)\(\s*[\w.?]*(?:status|statusCode)(?:\(\))?\s*,\s*$/, after: ARG_END, triggers: ',' }),
  idiom({ id: 'node.assert', families: ['js'], before: /\b(?:assert|t)\.(?:equal|strictEqual|deepEqual|deepStrictEqual|notEqual|notStrictEqual|is|not)\(\s*$/, after: /^\s*,\s*[\w.?]*(?:status|statusCode)(?:\(\))?\s*[,)]/, triggers: '(' }),
  idiom({ id: 'cypress.its-status', families: ['js'], before: /its\(['"](?:[\w.]*\.)?(?:status|statusCode)['"]\)\s*\.should\(\s*['"](?:eq|equal|eql)['"]\s*,\s*$/, after: ARG_END, triggers: ',' }),
  idiom({ id: 'status-list', families: ['js', 'python', 'ruby', 'php'], before: /[[(]\s*(?:\d{3}\s*,\s*)*$/, after: /^(?:\s*,\s*\d{3})*\s*[\])]\s*(?:\.includes\(|\.indexOf\(|\.contains\(|\.include\?\()[\w.?$>-]*(?:status|statusCode|status_code|code)\b/, triggers: '[(,' }),
  idiom({ id: 'status-table', families: ['js', 'ruby'], before: /\b(?:STATUS_CODES|HTTP_STATUS_CODES|statuses\.message)\[\s*$/, after: /^\s*\]/, triggers: '[' }),
  call('statuses', ['js'], String.raw`\bstatuses`),
  // A local helper named for responding, given the response object and a status: send(res, 404, …), writeJSON(w, 422, …), fail(405, …)
  idiom({ id: 'status-helper-call', families: CODE_FAMILIES, before: /[A-Za-z_$][\w$]*\(\s*(?:(?:res|reply|response|ctx|w|c|conn|rw)\s*,\s*)?$/, after: /^\s*,\s*['"`{[\w$]/, triggers: '(,', requires: 'responderCall', reach: 64 }),

  // A redirect table's row: `{"/old", "https://new.example", 301}`, `("/old", "/new", 308)` (redirect codes only)
  idiom({ id: 'redirect-table-row', families: CODE_FAMILIES, before: /[{([]\s*(?:~r\/(?:[^/\\\n]|\\.)*\/|~r(['"])[^'"\n]*\1|(['"])(?:\/|https?:)[^'"\n]*\2)\s*,\s*['"](?:\/|https?:)[^'"\n]*['"]\s*,\s*$/, after: /^\s*[})\]]/, triggers: ',', requires: 'redirectCode' }),

  // A project's own HTTP error type given the status first: `new HttpException(422, {…})`, `StatusError(404, 'missing')`
  idiom({ id: 'http-error-type', families: CODE_FAMILIES, before: /\b(?:new\s+)?\w*(?:Http|HTTP|Api|API|Status|Response)\w*(?:Exception|Error)\(\s*$/, after: ARG_END, triggers: '(', reach: 80, requires: 'plausibleCode' }),
  // A test helper that checks a status or response: `self.assertHttpStatus(response, 200)`, `tester.AssertGetResponse(url, 503, …)`
  idiom({ id: 'status-assertion-helper', families: CODE_FAMILIES, before: new RegExp(`\\b(?:assert|Assert|expect|Expect|check|Check|verify|Verify|ensure|Ensure)\\w*(?:Status|Response)\\w*\\((?:${ARGS},)?\\s*$`), after: ARG_END, triggers: '(,', reach: 120, requires: 'plausibleCode' }),

  // A loop over statuses: `for code in (301, 302)`, `for (code in listOf("301", "302"))`, `for code in &[400, 404]`
  idiom({ id: 'status-loop', families: ['js', 'python', 'jvm', 'rust', 'ruby', 'php'], before: /\bfor\s*\(?\s*(?:(?:const|let|var|val)\s+)?(?:status\w*|code)\s+(?:in|of)\s+(?:&?\[|\(|\{|(?:setOf|listOf|arrayOf)\()\s*(?:['"]?\d{3,4}['"]?\s*,\s*)*['"]?$/, after: /^['"]?\s*[,)\]}]/, triggers: '[({,"\'', requires: 'plausibleCode' }),

  // A fallback when a response or error carries no status: `err.statusCode ?? 500`, `e.status || 500`
  idiom({ id: 'status-fallback', families: ['js', 'python', 'ruby', 'php'], before: /[\w)\]]\.(?:status|statusCode|status_code|code|httpStatus)\s*(?:\?\?|\|\||\bor\b)\s*$/, after: VALUE_END, triggers: '|?w' }),
  idiom({ id: 'status-fallback', families: ['php'], before: /->(?:status|statusCode|getStatusCode\(\)|getCode\(\))\s*(?:\?\?|\?:|\|\|)\s*$/, after: VALUE_END, triggers: '|?:' }),

  // ── Python ──
  idiom({ id: 'python.getattr-status', families: ['python'], before: /\b(?:getattr\(\s*[\w.]+\s*,|\.get\()\s*['"](?:code|status|status_code|http_status)['"]\s*,\s*$/, after: ARG_END, triggers: ',' }),
  call('flask.abort', ['python'], String.raw`\babort`),
  call('flask.errorhandler', ['python'], String.raw`\.(?:errorhandler|exception_handler|register_error_handler)`),
  call('http.server', ['python'], String.raw`\.(?:send_response|send_error|set_status)`),
  call('python.HTTPStatus', ['python'], String.raw`\bHTTPStatus`),
  call('python.HTTPException', ['python'], String.raw`\b(?:HTTPException|HTTPError)`),
  idiom({ id: 'status-keyword', families: ['python'], before: /\b(?:status|status_code)\s*=\s*$/, after: VALUE_END, triggers: '=' }),
  idiom({ id: 'flask.redirect', families: ['python'], before: new RegExp(`\\bredirect\\(${ARGS},\\s*code\\s*=\\s*$`), after: ARG_END, triggers: '=' }),
  idiom({ id: 'flask.return-tuple', families: ['python'], before: /^\s*return\s+[^#\n]+,\s*$/, after: /^\s*(?:,\s*[{[\w]|$|#|\))/, triggers: ',' }),
  laterArg('flask.make_response', ['python'], String.raw`\bmake_response`),
  compare('status-comparison', ['python'], String.raw`\b(?:status|status_code|code)`),
  idiom({ id: 'status-membership', families: ['python'], before: /\bstatus(?:_code)?\s+(?:not\s+)?in\s+[([{](?:\s*\d{3}\s*,)*\s*$/, after: /^\s*[,)\]}]/, triggers: '([{,' }),
  idiom({ id: 'unittest.assertEqual', families: ['python'], before: /\bassert\w*\(\s*[\w.]*status(?:_code)?\s*,\s*$/, after: ARG_END, triggers: ',' }),
  idiom({ id: 'unittest.assertEqual', families: ['python'], before: /\bassert\w*\(\s*$/, after: /^\s*,\s*[\w.]*status(?:_code)?\b/, triggers: '(' }),

  // ── Go ──
  call('go.context', ['go'], String.raw`\.(?:WriteHeader|JSON|String|Status|AbortWithStatus|AbortWithStatusJSON|AbortWithError|Redirect|NoContent|XML|HTML|Blob|JSONPretty|IndentedJSON|Data|SendStatus|SecureJSON|PureJSON|YAML|JSONP|NewError|NewHTTPError|StatusText)`),
  laterArg('go.http.Error', ['go'], String.raw`\bhttp\.(?:Error|Redirect)`),
  compare('status-comparison', ['go'], String.raw`\b(?:StatusCode|Code|status|statusCode|code)`),
  laterArg('go.redirect', ['go'], String.raw`\.Redirect`),
  idiom({ id: 'testify.assert', families: ['go'], before: /\b(?:assert|require)\.\w+\(\s*t\s*,\s*$/, after: /^\s*,\s*[\w.]*(?:Code|StatusCode|Status)\b/, triggers: ',' }),
  idiom({ id: 'testify.assert', families: ['go'], before: /\b(?:assert|require)\.\w+\(\s*t\s*,\s*[\w.]*(?:Code|StatusCode)\s*,\s*$/, after: ARG_END, triggers: ',' }),

  // ── Java / Kotlin ──
  call('jvm.status', ['jvm'], String.raw`\.(?:status|setStatus|sendError|statusCode|withStatus)`),
  call('jvm.HttpStatus.valueOf', ['jvm'], String.raw`\b(?:HttpStatus|HttpStatusCode)\.(?:valueOf|resolve|fromValue)`),
  call('ktor.HttpStatusCode', ['jvm'], String.raw`\bHttpStatusCode`),
  call('spring.status().is', ['jvm'], String.raw`(?:status|expectStatus)\(\)\.(?:is|isEqualTo)`),
  call('jaxrs.WebApplicationException', ['jvm'], String.raw`\b(?:WebApplicationException|ClientErrorException|ServerErrorException)`),
  laterArg('jaxrs.WebApplicationException', ['jvm'], String.raw`\b(?:WebApplicationException|ClientErrorException|ServerErrorException)`),
  compare('status-comparison', ['jvm'], String.raw`\b(?:status(?:\.value)?|statusCode|getStatus|getStatusCode|getResponseCode|statusCodeValue|getStatusCodeValue|responseCode|code)(?:\(\))?(?:\.value\(\))?`),
  idiom({ id: 'junit.assertEquals', families: ['jvm'], before: /\bassertEquals\(\s*$/, after: /^\s*,\s*[\w.()]*(?:[Ss]tatus|ResponseCode)/, triggers: '(' }),
  idiom({ id: 'junit.assertEquals', families: ['jvm'], before: /\bassertEquals\(\s*[\w.()]*(?:[Ss]tatus\w*|ResponseCode)(?:\(\))?(?:\.value(?:\(\))?)?\s*,\s*$/, after: ARG_END, triggers: ',' }),
  idiom({ id: 'assertj.isEqualTo', families: ['jvm'], before: /\bassertThat\([\w.()]*(?:[Ss]tatus|\.code|\.httpCode\(\)|[Rr]esponseCode)[\w.()]*\)\s*\.isEqualTo\(\s*$/, after: ARG_END, triggers: '(' }),
  idiom({ id: 'status-membership', families: ['jvm'], before: /\b(?:status\w*|code)\s+!?in\s+(?:setOf|listOf|arrayOf|intArrayOf|hashSetOf)\(\s*(?:['"]?\d{3}['"]?\s*,\s*)*['"]?$/, after: /^['"]?\s*[,)]/, triggers: '(,"', requires: 'plausibleCode' }),
  idiom({ id: 'status-range', families: ['jvm'], before: /\b(?:status\w*|code)\s+!?in\s+$/, after: /^\.\.<?\d{3}\b/, requires: 'plausibleCode' }),
  idiom({ id: 'status-range', families: ['jvm'], before: /\b(?:status\w*|code)\s+!?in\s+\d{3}\.\.<?$/, after: STANDALONE, triggers: '.<', requires: 'plausibleCode' }),
  idiom({ id: 'openapi.responseCode', families: ['jvm'], before: /\bresponseCode\s*=\s*"$/, after: /^"/, triggers: '"' }),

  // ── C# ──
  call('aspnet.StatusCode', ['csharp'], String.raw`\b(?:StatusCode|ProducesProblem|ProducesResponseType(?:<[^>()]*>)?|Produces(?:<[^>()]*>)?)`),
  idiom({ id: 'aspnet.ProducesResponseType', families: ['csharp'], before: /\b(?:ProducesResponseType|Produces)(?:<[^>()]*>)?\(\s*typeof\([^()]*\)\s*,\s*$/, after: ARG_END, triggers: ',' }),
  idiom({ id: 'aspnet.Responses-index', families: ['csharp'], before: /\.(?:Responses|ResponseExamples)\[\s*$/, after: /^\s*\]/, triggers: '[' }),
  idiom({ id: 'aspnet.Responses-index', families: ['csharp'], before: /\.Responses\.(?:TryAdd|Add)\(\s*"$/, after: /^"\s*,/, triggers: '"' }),
  idiom({ id: 'aspnet.statusCode-argument', families: ['csharp'], before: /\bstatusCode:\s*$/, after: ARG_END, triggers: ':' }),
  idiom({ id: 'aspnet.Response.StatusCode', families: ['csharp'], before: /\.StatusCode\s*=\s*$/, after: VALUE_END, triggers: '=' }),
  compare('status-comparison', ['csharp'], String.raw`(?:\(int\)\s*[\w.?]*StatusCode|\bStatusCode|\bstatusCode)`),
  idiom({ id: 'xunit.Assert', families: ['csharp'], before: /\bAssert\.\w+\(\s*$/, after: /^\s*,\s*(?:\(int\)\s*)?[\w.?]*StatusCode\b/, triggers: '(' }),

  // ── Ruby ──
  idiom({ id: 'rails.status-option', families: ['ruby'], before: /(?:\bstatus:\s*|:status\s*=>\s*)$/, after: VALUE_END, triggers: ':>' }),
  idiom({ id: 'rails.head', families: ['ruby'], before: /(?:^|[^\w.])head[\s(]\s*$/, after: VALUE_END, triggers: '(w' }),
  idiom({ id: 'sinatra.halt', families: ['ruby'], before: /(?:^|[^\w.])(?:halt|status)[\s(]\s*$/, after: VALUE_END, triggers: '(w' }),
  idiom({ id: 'sinatra.error', families: ['ruby'], before: /^\s*error[\s(]\s*(?:\d{3}(?:\.\.\.?\d{3})?\s*,\s*)*(?:\d{3}\.\.\.?)?$/, after: /^\s*(?:,|\.\.|do\b|\{|\))/, triggers: '(w,.' }),
  laterArg('sinatra.redirect', ['ruby'], String.raw`\bredirect`),
  idiom({ id: 'sinatra.redirect', families: ['ruby'], before: /\bredirect\s+(?:[^,()\n]|\([^()\n]*\))+,\s*$/, after: VALUE_END, triggers: ',' }),
  idiom({ id: 'minitest.assert_equal', families: ['ruby'], before: /\bassert_equal[\s(]\s*$/, after: /^\s*,\s*[\w.]*status\b/, triggers: '(w' }),
  call('rspec.have_http_status', ['ruby'], String.raw`\b(?:have_http_status|assert_response|status_code)`),
  idiom({ id: 'minitest.assert_response', families: ['ruby'], before: /\bassert_response\s+$/, after: VALUE_END }),
  idiom({ id: 'rspec.eq', families: ['ruby'], before: /\bstatus\)\s*\.to\s+(?:eq|be|eql|equal)(?:\(\s*|\s+)$/, after: VALUE_END, triggers: '(w' }),
  compare('status-comparison', ['ruby'], String.raw`\bstatus`),
  // A route block's result is its response: `get('/') { 205 }`, `get('/') { [409, 'body'] }`
  idiom({ id: 'sinatra.route-result', families: ['ruby'], before: /(?:^|\{)\s*(?:get|post|put|patch|delete|head|options)\s*\(?\s*['"][^'"\n]*['"]\s*\)?\s*(?:\{|do)\s*\[?\s*$/, after: /^\s*(?:,\s*['"[{]|\}|\bend\b|$)/, triggers: '{[w' }),
  idiom({ id: 'rack.triplet', families: ['ruby'], before: /(?:^|[=\s(,])\[\s*$/, after: /^\s*,\s*(?:\{|[a-z_]*headers\b|\[\]|Rack::Headers)/, triggers: '[' }),
  laterArg('rack.Response', ['ruby'], String.raw`\bResponse\.new`),

  // ── PHP ──
  call('php.abort', ['php'], String.raw`\b(?:abort|http_response_code)`),
  call('php.status-methods', ['php'], String.raw`->(?:assertStatus|withStatus|setStatusCode|assertResponseStatusCodeSame|status)`),
  call('php.HttpException', ['php'], String.raw`\bnew\s+\\?(?:[\w\\]+\\)?HttpException`),
  laterArg('laravel.abort_if', ['php'], String.raw`\babort_(?:if|unless)`),
  laterArg('laravel.response', ['php'], String.raw`(?:->json|\bresponse|\bresponse\(\)->view|\bto_route|\bto_action|\bredirect|->redirect|->route|\bnew\s+\\?(?:[\w\\]+\\)?(?:Json|Redirect)?Response)`),
  idiom({ id: 'php.header', families: ['php'], before: new RegExp(`\\bheader\\(${ARGS},\\s*(?:true|false)\\s*,\\s*$`), after: ARG_END, triggers: ',' }),
  idiom({ id: 'php.status-key', families: ['php'], before: /['"](?:status|status_code)['"]\s*=>\s*$/, after: VALUE_END, triggers: '>' }),
  call('psr.createResponse', ['php'], String.raw`->createResponse`),
  idiom({ id: 'phpunit.assertSame', families: ['php'], before: /\bassert(?:Same|Equals)\(\s*$/, after: /^\s*,\s*\$[\w>-]*(?:getStatusCode\(\)|->status\(\)|[Ss]tatus(?:Code)?\b)/, triggers: '(' }),
  idiom({ id: 'phpunit.assertSame', families: ['php'], before: /\bassert(?:Same|Equals)\(\s*\$[\w>-]*(?:getStatusCode\(\)|->status\(\)|[Ss]tatus(?:Code)?)\s*,\s*$/, after: ARG_END, triggers: ',' }),
  compare('status-comparison', ['php'], String.raw`(?:->status\(\)|->getStatusCode\(\)|\$status|\$statusCode|\$code)`),

  // ── Rust ──
  call('rust.StatusCode.from_u16', ['rust'], String.raw`(?:StatusCode::from_u16|Status::new|Status::from_code|#\[catch)`),
  compare('status-comparison', ['rust'], String.raw`(?:\bstatus\(\)(?:\.as_u16\(\))?|\.as_u16\(\))`),
  idiom({ id: 'rust.assert_eq', families: ['rust'], before: /\bassert_(?:eq|ne)!\([^,;\n]*\bstatus(?:_code)?\(\)(?:\.as_u16\(\))?\s*,\s*$/, after: ARG_END, triggers: ',' }),
  idiom({ id: 'rust.assert_eq', families: ['rust'], before: /\bassert_(?:eq|ne)!\(\s*$/, after: /^\s*,[^,;\n]*\bstatus(?:_code)?\(\)/, triggers: '(' }),

  // ── Elixir / Phoenix ──
  idiom({ id: 'plug.status', families: ['elixir'], before: /(?:put_status\((?:\w+\s*,\s*)?|send_resp\(\w+\s*,\s*|(?:json_|html_|text_)?response\(\w+\s*,\s*|\bresp\(\w+\s*,\s*|redirected_to\(\w+\s*,\s*|(?:Plug\.Conn\.)?Status\.(?:code|reason_phrase|reason_atom)\(\s*)$/, after: ARG_END, triggers: '(,' }),
  compare('status-comparison', ['elixir'], String.raw`\bStatus\.code\([^()\n]*\)`),
  // Error views render a template named for the status: `def render("404.html", _)`, `render(:"404")`
  idiom({ id: 'phoenix.error-view', families: ['elixir'], before: /\brender\(\s*:?"$/, after: /^(?:\.(?:html|json|text|txt|xml))?"\s*[,)]/, triggers: '"', requires: 'plausibleCode' }),
  // Plug's sent response `{404, headers, body}` and HTTP clients' `{:ok, 201, headers, body}`
  idiom({ id: 'plug.status-tuple', families: ['elixir'], before: /\{\s*(?::ok\s*,\s*)?$/, after: /^\s*,\s*(?:_?\w*(?:headers|hdrs)\b|_\s*,|\[)/, triggers: '{,' }),
  idiom({ id: 'plug.assert_error_sent', families: ['elixir'], before: /\bassert_error_sent\s+$/, after: /^\s*,/ }),
  compare('status-comparison', ['elixir'], String.raw`\bstatus`),

  // ── nginx / Apache ──
  idiom({ id: 'nginx.return', families: ['nginx'], kind: 'directive', before: /(?:^|[;{\s])return\s+$/, after: /^(?:\s|;)/ }),
  idiom({ id: 'nginx.error_page', families: ['nginx'], kind: 'directive', before: /\berror_page\s+(?:\d{3}\s+)*$/, after: /^\s/ }),
  idiom({ id: 'nginx.error_page', families: ['nginx'], kind: 'directive', before: /\berror_page\s[^;=]*=$/, after: /^\s/, triggers: '=' }),
  idiom({ id: 'nginx.status-directive', families: ['nginx'], kind: 'directive', before: /\b(?:limit_req_status|limit_conn_status)\s+$/, after: /^\s*;/ }),
  idiom({ id: 'nginx.cache_valid', families: ['nginx'], kind: 'directive', before: /\b(?:proxy|fastcgi|uwsgi|scgi)_cache_valid\s+(?:\d{3}\s+)*$/, after: /^\s/ }),
  idiom({ id: 'apache.redirect', families: ['apache'], kind: 'directive', before: /^\s*(?:Redirect|RedirectMatch|ErrorDocument)\s+$/, after: /^\s/ }),
  idiom({ id: 'apache.rewrite-flag', families: ['apache'], kind: 'directive', before: /\[(?:[\w=]+,)*R=$/, after: /^[,\]]/, triggers: '=' }),

  // ── Markdown / text: a number alone in the first cell of a table row ──
  idiom({ id: 'docs.table-cell', families: ['docs'], before: /^\s*\|\s*`?$/, after: /^`?\s*\|/, triggers: '|`' }),

  // ── names assigned a status (`const NOT_FOUND = 404`, `expectedStatus: 201`) ──
  // (the name itself is read and judged by the 'statusName' check)
  idiom({ id: 'named-constant', families: CODE_FAMILIES, before: /(?:[^=!<>]=|:|=>)\s*$/, after: VALUE_END, triggers: '=:>', requires: 'statusName' }),
  // (last, so the specific idioms above name the match: `status: 404` is a status property)
];
