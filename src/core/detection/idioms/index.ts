import { CONFIG_IDIOMS } from './config';
import { CSHARP_IDIOMS } from './csharp';
import { ELIXIR_IDIOMS } from './elixir';
import { GO_IDIOMS } from './go';
import { JS_IDIOMS } from './js';
import { JVM_IDIOMS } from './jvm';
import { PHP_IDIOMS } from './php';
import { PYTHON_IDIOMS } from './python';
import { RUBY_IDIOMS } from './ruby';
import { RUST_IDIOMS } from './rust';
import { FIRST_IDIOMS, NAMED_CONSTANT, QUOTED_POSITIONS, SHARED_LATE, SHARED_POSITIONS } from './shared';
import type { LiteralIdiom } from './spec';

export type { LiteralIdiom, LiteralKind, Requirement } from './spec';

// Where a number is an HTTP status: each idiom names the text that must stand right before the
// number (and right after it) on the same line. Patterns are anchored, have no nested
// quantifiers, and only ever see a short window of one line, so matching stays linear. Each idiom
// also says which character may stand last before the number (its trigger), so a number is only
// tested against the idioms that could possibly match.
//
// One file per language family; the order below is the order they are tried in (the first
// match names the occurrence).

export const LITERAL_IDIOMS: readonly LiteralIdiom[] = [
  ...FIRST_IDIOMS,
  ...SHARED_POSITIONS,
  ...JS_IDIOMS,
  ...PYTHON_IDIOMS,
  ...GO_IDIOMS,
  ...JVM_IDIOMS,
  ...CSHARP_IDIOMS,
  ...RUBY_IDIOMS,
  ...PHP_IDIOMS,
  ...RUST_IDIOMS,
  ...ELIXIR_IDIOMS,
  ...CONFIG_IDIOMS,
  ...QUOTED_POSITIONS,
  ...SHARED_LATE,
  ...NAMED_CONSTANT,
];
