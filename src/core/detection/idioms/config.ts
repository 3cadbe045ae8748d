import { idiom, type LiteralIdiom } from './spec';

// Server configuration and documentation: nginx, Apache, Markdown tables.

export const CONFIG_IDIOMS: readonly LiteralIdiom[] = [
  idiom({ id: 'nginx.return', families: ['nginx'], kind: 'directive', before: /(?:^|[;{\s])return\s+$/, after: /^(?:\s|;)/ }),
  idiom({ id: 'nginx.error_page', families: ['nginx'], kind: 'directive', before: /\berror_page\s+(?:\d{3}\s+)*$/, after: /^\s/ }),
  idiom({ id: 'nginx.error_page', families: ['nginx'], kind: 'directive', before: /\berror_page\s[^;=]*=$/, after: /^\s/, triggers: '=' }),
  idiom({ id: 'nginx.status-directive', families: ['nginx'], kind: 'directive', before: /\b(?:limit_req_status|limit_conn_status)\s+$/, after: /^\s*;/ }),
  idiom({ id: 'nginx.cache_valid', families: ['nginx'], kind: 'directive', before: /\b(?:proxy|fastcgi|uwsgi|scgi)_cache_valid\s+(?:\d{3}\s+)*$/, after: /^\s/ }),
  idiom({ id: 'apache.redirect', families: ['apache'], kind: 'directive', before: /^\s*(?:Redirect|RedirectMatch|ErrorDocument)\s+$/, after: /^\s/ }),
  idiom({ id: 'apache.rewrite-flag', families: ['apache'], kind: 'directive', before: /\[(?:[\w=]+,)*R=$/, after: /^[,\]]/, triggers: '=' }),
  // A number alone in the first cell of a Markdown table row
  idiom({ id: 'docs.table-cell', families: ['docs'], before: /^\s*\|\s*`?$/, after: /^`?\s*\|/, triggers: '|`' }),
];
