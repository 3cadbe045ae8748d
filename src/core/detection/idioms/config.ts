import { CODE_FAMILIES, idiom, type LiteralIdiom } from './spec';

// Server configuration and documentation: nginx, Apache, Caddy, Markdown tables.

export const CONFIG_IDIOMS: readonly LiteralIdiom[] = [
  idiom({ id: 'nginx.return', families: ['nginx'], kind: 'directive', before: /(?:^|[;{\s])return\s+$/, after: /^(?:\s|;)/ }),
  idiom({ id: 'nginx.error_page', families: ['nginx'], kind: 'directive', before: /\berror_page\s+(?:\d{3}\s+)*$/, after: /^\s/ }),
  idiom({ id: 'nginx.error_page', families: ['nginx'], kind: 'directive', before: /\berror_page\s[^;=]*=$/, after: /^\s/, triggers: '=' }),
  // `try_files $uri $uri/ =404;`: the status when no file matches
  idiom({ id: 'nginx.try_files', families: ['nginx'], kind: 'directive', before: /\btry_files\s[^;]*\s=$/, after: /^\s*;/, triggers: '=' }),
  idiom({ id: 'nginx.status-directive', families: ['nginx'], kind: 'directive', before: /\b(?:limit_req_status|limit_conn_status)\s+$/, after: /^\s*;/ }),
  idiom({ id: 'nginx.cache_valid', families: ['nginx'], kind: 'directive', before: /\b(?:proxy|fastcgi|uwsgi|scgi)_cache_valid\s+(?:\d{3}\s+)*$/, after: /^\s/ }),
  idiom({ id: 'apache.redirect', families: ['apache'], kind: 'directive', before: /^\s*(?:Redirect|RedirectMatch|ErrorDocument)\s+$/, after: /^\s/ }),
  idiom({ id: 'apache.rewrite-flag', families: ['apache'], kind: 'directive', before: /\[(?:[\w=]+,)*R=$/, after: /^[,\]]/, triggers: '=' }),
  // Caddyfile: `respond [matcher] [body] 404`, `error [matcher] [message] 410`, `redir [matcher] <to> 301`,
  // `handle_errors 404 410`, a response matcher `@gone status 410`, `replace_status [matcher] 200`.
  idiom({ id: 'caddy.respond', families: ['caddy'], kind: 'directive', before: /(?:^|[\s{])(?:respond|error)\s+(?:(?:@[\w-]+|\/\S*|\*)\s+)?(?:"(?:[^"\\\n]|\\.)*"\s+|`[^`\n]*`\s+)?$/, after: /^(?:\s|$|\})/, triggers: 'w"`*/' }),
  idiom({ id: 'caddy.redir', families: ['caddy'], kind: 'directive', before: /(?:^|[\s{])redir\s+(?:\S+\s+){1,2}$/, after: /^(?:\s|$|\})/, triggers: 'w/}*', requires: 'redirectCode' }),
  idiom({ id: 'caddy.status-list', families: ['caddy'], kind: 'directive', before: /(?:^|[\s{])(?:handle_errors|status)\s+(?:[1-5](?:\d\d|xx)\s+)*$/, after: /^(?:\s|$|\{|\})/ }),
  // A matcher expression on the status, in a Caddyfile or its JSON (comparisons escaped there):
  // `{http.error.status_code} \u003e= 400`, `{http.error.status_code} in [410, 500]`
  idiom({ id: 'caddy.expression', families: ['caddy', 'json'], kind: 'directive', before: /\{http\.[\w.]*status(?:_code)?\}\s*(?:(?:\\u003[ce]|[<>!=])=?|in\s*\[(?:\s*\d{3}\s*,)*)\s*$/, after: /^(?:\s|$|[\]",&|})])/, triggers: '=[,' }),
  idiom({ id: 'caddy.replace_status', families: ['caddy'], kind: 'directive', before: /(?:^|[\s{])replace_status\s+(?:@[\w-]+\s+)?$/, after: /^(?:\s|$|\})/ }),
  // An nginx directive written in a code string: `fmt.Sprintf("return 301 %s;", url)`, `"error_page 404 /404.html;"`
  idiom({ id: 'nginx.in-string', families: CODE_FAMILIES, kind: 'directive', before: /["'`][ \t]*(?:return|error_page(?:[ \t]+\d{3})*|(?:proxy|fastcgi)_cache_valid(?:[ \t]+\d{3})*)[ \t]+$/, after: /^(?:[ \t]+\S|;)/, requires: 'plausibleCode' }),
  // A number alone in the first cell of a Markdown table row
  idiom({ id: 'docs.table-cell', families: ['docs'], before: /^\s*\|\s*`?$/, after: /^`?\s*\|/, triggers: '|`' }),
];
