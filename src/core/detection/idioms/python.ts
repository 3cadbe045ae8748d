import { ARG_END, ARGS, call, compare, idiom, laterArg, type LiteralIdiom, VALUE_END } from './spec';

// Python (Flask, Django, FastAPI, Starlette, aiohttp, http.server, unittest).

export const PYTHON_IDIOMS: readonly LiteralIdiom[] = [
  // Flask-Principal aborts with the status it is given: `@Permissions.ADMIN.require(403)`, `.require(http_exception=403)`
  idiom({ id: 'flask-principal.require', families: ['python'], before: /^\s*@[\w.]+\.require\(\s*(?:http_exception\s*=\s*)?$/, after: ARG_END, triggers: '(=', requires: 'plausibleCode' }),
  idiom({ id: 'python.getattr-status', families: ['python'], before: /\b(?:getattr\(\s*[\w.]+\s*,|\.get\()\s*['"](?:code|status|status_code|http_status)['"]\s*,\s*$/, after: ARG_END, triggers: ',' }),
  call('flask.abort', ['python'], String.raw`\babort`),
  call('flask.errorhandler', ['python'], String.raw`\.(?:errorhandler|exception_handler|register_error_handler)`),
  call('http.server', ['python'], String.raw`\.(?:send_response|send_error|set_status)`),
  call('python.HTTPStatus', ['python'], String.raw`\bHTTPStatus`),
  call('drf.status-class', ['python'], String.raw`(?:\bstatus\.|(?<![\w.]))is_(?:informational|success|redirect|client_error|server_error)`),
  call('python.HTTPException', ['python'], String.raw`\b(?:HTTPException|HTTPError)`),
  idiom({ id: 'status-keyword', families: ['python'], before: /\b(?:status|status_code)\s*=\s*$/, after: VALUE_END, triggers: '=' }),
  idiom({ id: 'flask.redirect', families: ['python'], before: new RegExp(`\\bredirect\\(${ARGS},\\s*code\\s*=\\s*$`), after: ARG_END, triggers: '=' }),
  // The tuple's own comma, not one inside a call: `return super().filter(qs, value)` returns no status.
  idiom({ id: 'flask.return-tuple', families: ['python'], before: /^\s*return\s\(?(?:[^#\n()]|\((?:[^()\n]|\([^()\n]*\))*\))*,\s*$/, after: /^\s*(?:,\s*[{[\w]|$|#|\))/, triggers: ',' }),
  laterArg('flask.make_response', ['python'], String.raw`\bmake_response`),
  // WebTest's `response.status_int` beside the usual names
  compare('status-comparison', ['python'], String.raw`\b(?:status|status_code|status_int|code)`),
  // The number first, as in a chained range check: `return 300 <= code <= 399`
  idiom({ id: 'status-comparison', families: ['python'], before: /(?:^|[^\w.])$/, after: /^\s*(?:[<>]=?|[=!]=)\s*(?:[\w.]*\.)?(?:code|status)\b(?!\s*\()/, triggers: 'w(=[' }),
  idiom({ id: 'status-membership', families: ['python'], before: /\bstatus(?:_code)?\s+(?:not\s+)?in\s+[([{](?:\s*\d{3}\s*,)*\s*$/, after: /^\s*[,)\]}]/, triggers: '([{,' }),
  // `ping.exitstatus` is a process's exit status, not an HTTP one: status must start a word.
  idiom({ id: 'unittest.assertEqual', families: ['python'], before: /\bassert\w*\(\s*(?:[\w.]*[._])?status(?:_code|_int)?\s*,\s*$/, after: ARG_END, triggers: ',' }),
  idiom({ id: 'unittest.assertEqual', families: ['python'], before: /\bassert\w*\(\s*$/, after: /^\s*,\s*(?:[\w.]*[._])?status(?:_code|_int)?\b/, triggers: '(' }),
];
