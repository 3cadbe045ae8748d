import { ARG_END, ARGS, call, compare, idiom, type LiteralIdiom } from './spec';

// Rust (http, Rocket, actix-web).

export const RUST_IDIOMS: readonly LiteralIdiom[] = [
  call('rust.StatusCode.from_u16', ['rust'], String.raw`(?:StatusCode::from_u16|Status::new|Status::from_code|Catcher::new|#\[catch)`),
  // An optional status field: `status: Some(200)`, `assert_eq!(resp.status, Some(201))`
  idiom({ id: 'rust.status-field', families: ['rust'], before: /(?:\bstatus:\s*|\.status\s*,\s*)Some\(\s*$/, after: /^\s*\)/, triggers: '(' }),
  compare('status-comparison', ['rust'], String.raw`(?:\bstatus\(\)(?:\.as_u16\(\))?|\.as_u16\(\))`),
  idiom({ id: 'rust.assert_eq', families: ['rust'], before: /\bassert_(?:eq|ne)!\([^,;\n]*\bstatus(?:_code)?\(\)(?:\.as_u16\(\))?\s*,\s*$/, after: ARG_END, triggers: ',' }),
  idiom({ id: 'rust.assert_eq', families: ['rust'], before: /\bassert_(?:eq|ne)!\(\s*$/, after: /^\s*,[^,;\n]*\bstatus(?:_code)?\(\)/, triggers: '(' }),
  // A project's error macro given the status last: vaultwarden's `err_code!(MSG, 404)`
  idiom({ id: 'rust.error-macro', families: ['rust'], before: new RegExp(`(?<![\\w$])[a-z_]*(?:err|error|status|http)[a-z_]*!\\(${ARGS},\\s*$`), after: /^\s*\)/, triggers: ',', requires: 'plausibleCode' }),
];
