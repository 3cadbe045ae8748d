import type { LanguageFamily } from './languages';

// Where a number is an HTTP status: each idiom names the text that must stand right before the
// number (and optionally right after it) on the same line. Patterns are anchored and free of
// nested quantifiers, and they only ever see a short window of the line, so matching stays linear.

export interface LiteralIdiom {
  /** Stable id reported by `scan` ("express.status"). */
  readonly id: string;
  readonly families: readonly LanguageFamily[];
  /** Must match the end of the text before the number. */
  readonly before: RegExp;
  /** Must match the start of the text after the number; default: the number is not followed by an operator or unit. */
  readonly after?: RegExp;
}

/** After a literal argument: the argument list goes on or closes. */
const ARGUMENT_END = /^\s*[,)]/;

export const LITERAL_IDIOMS: readonly LiteralIdiom[] = [
  { id: 'express.status', families: ['js'], before: /\.status\(\s*$/, after: ARGUMENT_END },
  { id: 'express.sendStatus', families: ['js'], before: /\.sendStatus\(\s*$/, after: ARGUMENT_END },
  { id: 'node.writeHead', families: ['js'], before: /\.writeHead\(\s*$/, after: ARGUMENT_END },
  { id: 'node.statusCode', families: ['js'], before: /\.(?:statusCode|status)\s*=\s*$/, after: /^\s*(?:;|$)/ },
  { id: 'fastify.code', families: ['js'], before: /\b(?:reply|res)\.code\(\s*$/, after: ARGUMENT_END },
];
