import { ARG_END, compare, idiom, type LiteralIdiom } from './spec';

// Elixir (Plug, Phoenix, HTTP clients).

export const ELIXIR_IDIOMS: readonly LiteralIdiom[] = [
  idiom({ id: 'plug.status', families: ['elixir'], before: /(?:put_status\((?:\w+\s*,\s*)?|send_resp\(&?\w+\s*,\s*|(?:_|\b)response\(&?\w+\s*,\s*|\bresp\(&?\w+\s*,\s*|redirected_to\(\w+\s*,\s*|(?:Plug\.Conn\.)?Status\.(?:code|reason_phrase|reason_atom)\(\s*)$/, after: ARG_END, triggers: '(,' }),
  // Phoenix's ConnTest helpers at the end of a pipe: `|> json_response(200)`, `|> redirected_to(302)`
  idiom({ id: 'plug.status', families: ['elixir'], before: /\|>\s*(?:(?:json|html|text)_)?(?:response|redirected_to)\(\s*$/, after: ARG_END, triggers: '(' }),
  compare('status-comparison', ['elixir'], String.raw`\bStatus\.code\([^()\n]*\)`),
  // Error views render a template named for the status: `def render("404.html", _)`, `render(:"404")`
  idiom({ id: 'phoenix.error-view', families: ['elixir'], before: /\brender\(\s*:?"$/, after: /^(?:\.(?:html|json|text|txt|xml))?"\s*[,)]/, triggers: '"', requires: 'plausibleCode' }),
  // Plug's sent response `{404, headers, body}` and HTTP clients' `{:ok, 201, headers, body}`
  idiom({ id: 'plug.status-tuple', families: ['elixir'], before: /\{\s*(?::ok\s*,\s*)?$/, after: /^\s*,\s*(?:_?\w*(?:headers|hdrs)\b|_\s*,|\[)/, triggers: '{,' }),
  idiom({ id: 'plug.assert_error_sent', families: ['elixir'], before: /\bassert_error_sent\s+$/, after: /^\s*,/ }),
  compare('status-comparison', ['elixir'], String.raw`\bstatus`),
  // Req's expected response status: `Req.get!(url, expect: 200)`, `expect: 200..201`, `expect: [200, 201..202]`
  idiom({ id: 'req.expect', families: ['elixir'], before: /\bexpect:\s*(?:\[\s*(?:\d{3}(?:\.\.\d{3})?\s*,\s*)*)?(?:\d{3}\.\.)?$/, after: /^\s*(?:[,)\]]|\.\.)/, triggers: ':[,.', requires: 'plausibleCode' }),
  // A status tagged in a tuple or map update: `{:status, 503, body}`, `Map.put(meta, :status, 200)`
  idiom({ id: 'elixir.status-tagged', families: ['elixir'], before: /(?:\{\s*|\bMap\.put\([^,()\n]*,\s*):status\s*,\s*$/, after: /^\s*[,})]/, triggers: ',' }),
  // Retry options listing statuses: `statuses: [429, 500..599]`
  idiom({ id: 'status-membership', families: ['elixir'], before: /\b\w*statuses:\s*\[\s*(?:\d{3}(?:\.\.\d{3})?\s*,\s*)*(?:\d{3}\.\.)?$/, after: /^\s*(?:[,\]]|\.\.)/, triggers: '[,.', requires: 'plausibleCode' }),
  // A guard or test on membership: `when status in [429, 503]`, `status in 500..599`
  idiom({ id: 'status-membership', families: ['elixir'], before: /\bstatus(?:_code)?\s+in\s+(?:\[\s*(?:\d{3}\s*,\s*)*|\d{3}\.\.)?$/, after: /^\s*(?:[,\]]|\.\.|->|\bdo\b|$)/, triggers: '[,w.' }),
];
