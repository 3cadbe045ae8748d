import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES, type Finding, type Severity } from '../core/lint/rules';

// The `lint --format sarif` log (SARIF 2.1.0, as GitHub code scanning and other CI tools read it).
// File locations are URI references: relative to the working folder (uriBaseId SRCROOT) when the
// file is inside it, else an absolute file:// URI; every path segment is percent-encoded, so names
// with spaces, `%`, `#` or `[]` stay valid.

export interface LocatedFinding {
  readonly file: string;
  readonly finding: Finding;
  /** As the project's config rates it. */
  readonly severity: Severity;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The automatic fix's replacements, located like the finding (1-based lines and columns). */
  readonly fix?: readonly { readonly startLine: number; readonly startColumn: number; readonly endLine: number; readonly endColumn: number; readonly text: string }[];
}

const LEVELS = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const satisfies Record<Severity, Sarif.ReportingConfiguration.level>;
const SRCROOT = 'SRCROOT';

/** `[` and `]` are legal in WHATWG URL paths but not in an RFC 3986 path. */
function strictUri(href: string): string {
  return href.replace(/\[/g, '%5B').replace(/\]/g, '%5D');
}

/** Where a file is, as SARIF wants it: a relative URI under SRCROOT, or a file:// URI. */
export function artifactLocation(file: string, cwd: string): Sarif.ArtifactLocation {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: strictUri(pathToFileURL(absolute).href) };
}

/** The whole log for one run over `results`, found from `cwd`. */
export function sarifLog(results: readonly LocatedFinding[], version: string, cwd: string): Sarif.Log {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'http-status-guide',
          version,
          rules: Object.values(RULES).map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.description },
            help: { text: rule.description },
            defaultConfiguration: rule.defaultSeverity === 'off' ? { enabled: false, level: 'none' } : { level: LEVELS[rule.defaultSeverity] },
          })),
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: strictUri(pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href) } },
      results: results.map((r) => ({
        ruleId: r.finding.rule,
        level: LEVELS[r.severity],
        message: { text: r.finding.message },
        locations: [{
          physicalLocation: {
            artifactLocation: artifactLocation(r.file, cwd),
            region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
          },
        }],
        ...(r.fix ? {
          fixes: [{
            description: { text: `Rewrite as the ${r.finding.rule} rule asks (what lint --fix applies)` },
            artifactChanges: [{
              artifactLocation: artifactLocation(r.file, cwd),
              replacements: r.fix.map((e) => ({
                deletedRegion: { startLine: e.startLine, startColumn: e.startColumn, endLine: e.endLine, endColumn: e.endColumn },
                insertedContent: { text: e.text },
              })),
            }],
          }],
        } : {}),
      })),
    }],
  };
}
