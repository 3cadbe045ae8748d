import { ARGS, ARG_END, CODE_FAMILIES, idiom, SWITCH_FAMILIES, VALUE_END, type LiteralIdiom } from './spec';

// Idioms of more than one language family.

/** Tried first: status lines, and `case 404:` inside a switch on a status. */
export const FIRST_IDIOMS: readonly LiteralIdiom[] = [
  idiom({ id: 'status-line', families: [...CODE_FAMILIES, 'yaml', 'json', 'docs', 'nginx', 'apache'], kind: 'statusLine', before: /\bHTTP\/[123](?:\.[01])?\s+$/, after: /^(?![\d.])/, requires: 'plausibleCode' }),
  idiom({ id: 'switch-case', families: SWITCH_FAMILIES, before: /\bcase\s+$/, after: /^\s*(?::|,|->|=>)/, requires: 'switchOnStatus' }),
  // PHP compares loosely: `switch ($statusCode) { case '404':`
  idiom({ id: 'switch-case', families: ['php', 'js'], before: /\bcase\s+['"]$/, after: /^['"]\s*:/, triggers: '"\'', requires: 'switchOnStatus' }),
  idiom({ id: 'switch-case', families: ['ruby'], before: /\bwhen\s+(?:\d{3}\s*,\s*)*$/, after: /^\s*(?:,|then\b|$)/, requires: 'switchOnStatus' }),
  // Python's `match response.status_code:` with `case 404:` / `case 301 | 302:`
  idiom({ id: 'switch-case', families: ['python'], before: /^\s*case\s+(?:\d{3}\s*\|\s*)*$/, after: /^\s*(?::|\|)/, triggers: 'w|', requires: 'switchOnStatus' }),
  // Rust's `match resp.status().as_u16() {` with arms `401 => {`, `301 | 308 =>`
  idiom({ id: 'switch-case', families: ['rust'], before: /^\s*(?:\d{3}\s*\|\s*)*$/, after: /^\s*(?:=>|\||\.\.)/, triggers: '^|', requires: 'switchOnStatus' }),
  // Elixir's `case resp.status do` with arms `404 ->`
  idiom({ id: 'switch-case', families: ['elixir'], before: /^\s*$/, after: /^\s*(?:->|when\b)/, triggers: '^', requires: 'switchOnStatus' }),
];

/** Status properties, assignments, comparisons and lists, written alike in many languages. */
export const SHARED_POSITIONS: readonly LiteralIdiom[] = [
  idiom({ id: 'status-property', families: ['js', 'http', 'json', 'yaml', 'docs', 'python', 'nginx'], before: /(?:^|[{,\s(])['"]?(?:status|statusCode|status_code|httpStatus|http_status|expectedStatus)['"]?\s*:\s*$/, after: VALUE_END, triggers: ':' }),
  idiom({ id: 'status-assignment', families: ['js', 'python', 'jvm', 'php', 'http'], before: /[.>]\$?(?:status|statusCode|status_code)\s*=\s*$/, after: VALUE_END, triggers: '=' }),
  idiom({ id: 'status-comparison', families: ['js', 'http', 'python', 'go', 'jvm', 'php', 'csharp', 'ruby', 'rust'], before: /(?:^|[^\w.])$/, after: /^\s*(?:===?|!==?|[<>]=?)\s*[\w.?$>-]*(?:status|statusCode|status_code|StatusCode|Code)\b/, triggers: '([!&|=<w' }),
  idiom({ id: 'status-list', families: ['js', 'python', 'ruby', 'php'], before: /[[(]\s*(?:\d{3}\s*,\s*)*$/, after: /^(?:\s*,\s*\d{3})*\s*[\])]\s*(?:\.includes\(|\.indexOf\(|\.contains\(|\.include\?[\s(])[\w.?$>-]*(?:status|statusCode|status_code|code)\b/, triggers: '[(,' }),
  idiom({ id: 'status-list', families: ['ruby'], before: /\[\s*(?:\d{3}\s*,\s*)*$/, after: /^(?:\s*,\s*\d{3})*\s*\]\s*\.each\s*(?:do\s*|\{\s*)\|\s*(?:status|code)\w*\s*\|/, triggers: '[,' }),
];

/** A status property or keyword given as a string: `{ status: '500' }`, `status_code="404"`. */
export const QUOTED_POSITIONS: readonly LiteralIdiom[] = [
  idiom({ id: 'status-property', families: ['js', 'python', 'ruby', 'php', 'go', 'elixir'], before: /(?:^|[{,\s(])['"]?(?:status|statusCode|status_code|httpStatus|http_status)['"]?\s*(?::|=>|=)\s*['"]$/, after: /^['"]\s*(?:[,;)\]}]|$)/, triggers: '\'"', requires: 'plausibleCode' }),
];

/** Tried after every family's own idioms, so those name the match: the project's own helpers, tables, loops and fallbacks. */
export const SHARED_LATE: readonly LiteralIdiom[] = [
  // A local helper named for responding, given the response object and a status: send(res, 404, …), writeJSON(w, 422, …), fail(405, …)
  idiom({ id: 'status-helper-call', families: CODE_FAMILIES, before: /(?<![\w$])[A-Za-z_$][\w$]*\(\s*(?:(?:res|reply|response|ctx|w|c|conn|rw)\s*,\s*)?$/, after: /^\s*,\s*['"`{[\w$]/, triggers: '(,', requires: 'responderCall', reach: 64 }),

  // A redirect table's row: `{"/old", "https://new.example", 301}`, `("/old", "/new", 308)` (redirect codes only)
  idiom({ id: 'redirect-table-row', families: CODE_FAMILIES, before: /[{([]\s*(?:~r\/(?:[^/\\\n]|\\.)*\/|~r(['"])[^'"\n]*\1|(['"])(?:\/|https?:)[^'"\n]*\2)\s*,\s*['"](?:\/|https?:)[^'"\n]*['"]\s*,\s*$/, after: /^\s*[})\]]/, triggers: ',', requires: 'redirectCode' }),

  // A project's own HTTP error type given the status first: `new HttpException(422, {…})`, `StatusError(404, 'missing')`
  idiom({ id: 'http-error-type', families: CODE_FAMILIES, before: /\b(?:new\s+)?\w*(?:Http|HTTP|Api|API|Status|Response)\w*(?:Exception|Error)\(\s*$/, after: ARG_END, triggers: '(', reach: 80, requires: 'plausibleCode' }),
  // A test helper that checks a status or response: `self.assertHttpStatus(response, 200)`, `tester.AssertGetResponse(url, 503, …)`
  idiom({ id: 'status-assertion-helper', families: CODE_FAMILIES, before: new RegExp(`\\b(?:assert|Assert|expect|Expect|check|Check|verify|Verify|ensure|Ensure)\\w*(?:Status|Response)\\w*\\((?:${ARGS},)?\\s*$`), after: ARG_END, triggers: '(,', reach: 120, requires: 'plausibleCode' }),

  // A loop over statuses: `for code in (301, 302)`, `for (code in listOf("301", "302"))`, `for code in &[400, 404]`
  idiom({ id: 'status-loop', families: ['js', 'python', 'jvm', 'rust', 'ruby', 'php'], before: /\bfor\s*(?:\(\s*)?(?:(?:const|let|var|val)\s+)?(?:status\w*|code)\s+(?:in|of)\s+(?:&?\[|\(|\{|(?:setOf|listOf|arrayOf)\()\s*(?:['"]?\d{3,4}['"]?\s*,\s*)*['"]?$/, after: /^['"]?\s*[,)\]}]/, triggers: '[({,"\'', requires: 'plausibleCode' }),

  // A fallback when a response or error carries no status: `err.statusCode ?? 500`, `e.status || 500`
  idiom({ id: 'status-fallback', families: ['js', 'python', 'ruby', 'php'], before: /[\w)\]]\.(?:status|statusCode|status_code|code|httpStatus)\s*(?:\?\?|\|\||\bor\b)\s*$/, after: VALUE_END, triggers: '|?w' }),
  idiom({ id: 'status-fallback', families: ['php'], before: /->(?:status|statusCode|getStatusCode\(\)|getCode\(\))\s*(?:\?\?|\?:|\|\|)\s*$/, after: VALUE_END, triggers: '|?:' }),
];

/** Names assigned a status (`const NOT_FOUND = 404`, `expectedStatus: 201`); the name itself is judged by the 'statusName' check. Last, so the specific idioms name the match: `status: 404` is a status property. */
export const NAMED_CONSTANT: readonly LiteralIdiom[] = [
  idiom({ id: 'named-constant', families: CODE_FAMILIES, before: /(?:[^=!<>]=|:|=>)\s*$/, after: VALUE_END, triggers: '=:>', requires: 'statusName' }),
];
