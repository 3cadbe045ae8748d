import type { LanguageFamily } from './languages';

// Table-driven tests: a number in a row of a test table is a status when its column is one.
// The tables are found once per text (one linear pass); a row's column is the count of its
// top-level commas before the number (a row may span lines: Go's `{⏎ Request{…},⏎ 202, body},`). Whether a column holds statuses
// (its name, or where the test uses it) is the engine's judgement, not this module's.

/** A test table's header: where it starts and ends, and its column names in order. */
export interface TableHeader {
  readonly start: number;
  readonly end: number;
  readonly columns: readonly string[];
}

/** How far below its header a table's row may be. */
const TABLE_REACH = 8000;
/** `@pytest.mark.parametrize("path, expected_status", [` or `("path", "expected_status"), [` */
const PARAMETRIZE = /\bparametrize\(\s*(?:(['"])([\w\s,]{1,200})\1|[[(]((?:\s*['"]\w{1,64}['"]\s*(?:,|(?=[\])]))){1,16})[\])])\s*,/g;
/** Go: `[]struct { name string; path string; code int }{` */
const GO_STRUCT = /\[\]struct\s*\{([^{}]{1,2000})\}\s*\{/g;
/** Lines the next row may not cross: the table ended and the test began. */
const TABLE_ENDS: Partial<Record<LanguageFamily, RegExp>> = {
  python: /^[ \t]*(?:async[ \t]+)?def[ \t]/m,
  go: /^\}/m,
  php: /^[ \t]*(?:(?:public|private|protected|static|final)[ \t]+)*function[ \t]/m,
  jvm: /^[ \t]*(?:@[A-Z]|(?:(?:public|private|protected|static|final|override)[ \t]+)*(?:void|fun)[ \t])/m,
};

/**
 * A parameterized test fed by a provider method: PHPUnit's `@dataProvider provideX` /
 * `#[DataProvider('provideX')]`, JUnit's `@MethodSource("provideX")` (a bare `@MethodSource`
 * names the test itself); then the test's parameter list.
 */
const PROVIDER_USE: Partial<Record<LanguageFamily, RegExp>> = {
  php: /(?:@dataProvider\s+|\bDataProvider\(\s*['"])(\w+)/g,
  jvm: /@MethodSource\b(?:\(\s*(?:value\s*=\s*)?(?:\{\s*)?"(\w+)")?/g,
};
const PROVIDED_TEST: Partial<Record<LanguageFamily, RegExp>> = {
  php: /\bfunction\s+(\w+)\s*\(([^()]{0,1000})\)/,
  jvm: /\b(?:void|fun)\s+(\w+)\s*\(([^()]{0,1000})\)/,
};
/** How far below its annotation a provided test's declaration may be. */
const PROVIDED_REACH = 600;

/** Every test table a text declares (Python parametrize, Go anonymous-struct tables, PHPUnit and JUnit providers). */
export function tableHeadersOf(text: string, family: LanguageFamily): TableHeader[] {
  const headers: TableHeader[] = [];
  if (family === 'python') {
    for (const m of text.matchAll(PARAMETRIZE)) {
      const names = m[2] ?? (m[3] ?? '').replace(/['"\s]/g, '');
      headers.push({ start: m.index, end: m.index + m[0].length, columns: names.split(',').map((n) => n.trim()) });
    }
  } else if (family === 'go') {
    for (const m of text.matchAll(GO_STRUCT)) headers.push({ start: m.index, end: m.index + m[0].length, columns: goFields(m[1] ?? '') });
  } else if (family === 'php' || family === 'jvm') {
    headers.push(...providerHeaders(text, family));
  }
  return headers;
}

/** Providers' tables: each provider method's head, with the columns its test names (parameters in order). */
function providerHeaders(text: string, family: LanguageFamily): TableHeader[] {
  const uses = PROVIDER_USE[family];
  const test = PROVIDED_TEST[family];
  if (!uses || !test || !/dataProvider|DataProvider|MethodSource/.test(text)) return [];
  const columnsOf = new Map<string, string[]>();
  for (const m of text.matchAll(uses)) {
    const declared = test.exec(text.slice(m.index + m[0].length, m.index + m[0].length + PROVIDED_REACH));
    if (!declared?.[1]) continue;
    columnsOf.set(m[1] ?? declared[1], parameterNames(declared[2] ?? ''));
  }
  const headers: TableHeader[] = [];
  if (columnsOf.size === 0) return headers;
  // Declarations of the providers: `function provideX(`, Kotlin's `fun provideX(`, Java's `Stream<Arguments> provideX() {`
  for (const m of text.matchAll(/\b(?:function\s+|fun\s+|[\w>]\s+)(\w+)\s*\(\s*\)/g)) {
    const columns = columnsOf.get(m[1] ?? '');
    if (columns) headers.push({ start: m.index, end: m.index + m[0].length, columns });
  }
  return headers.sort((a, b) => a.start - b.start);
}

/** `RedirectOptions $options, int $expectedStatus = 302` → options, expectedStatus; Kotlin's `code: Int` → code. */
function parameterNames(list: string): string[] {
  return list.split(',').map((raw) => {
    const parameter = raw.split('=')[0]?.trim() ?? '';
    const named = parameter.includes(':') ? parameter.split(':')[0]?.trim().split(/\s+/).pop() : parameter.split(/\s+/).pop();
    return (named ?? '').replace(/^[$&.]+/, '');
  });
}

/** Field names in declaration order: `a, b string` declares two. Embedded types and comments declare none. */
function goFields(body: string): string[] {
  const fields: string[] = [];
  for (const raw of body.split(/[\n;]/)) {
    const comment = raw.indexOf('//');
    const line = (comment < 0 ? raw : raw.slice(0, comment)).trim();
    const declared = /^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s+\S/.exec(line);
    if (declared?.[1]) fields.push(...declared[1].split(',').map((n) => n.trim()));
  }
  return fields;
}

/** The column name of the one-line table row the number at `start` stands in, if it stands in one. */
export function tableColumnAt(text: string, start: number, end: number, headers: readonly TableHeader[], family: LanguageFamily): string | undefined {
  const header = nearestBefore(headers, start);
  if (!header || start - header.end > TABLE_REACH) return undefined;
  const between = text.slice(header.end, start);
  const ends = TABLE_ENDS[family];
  if (ends?.test(between)) return undefined;
  const row = rowAround(text, start, end);
  const column = row?.column ?? spanningRowColumn(text, start, end, header.end);
  if (column === undefined) return undefined;
  if (header.columns.length !== 1) return header.columns[column];
  // A table of one column lists its values bare: `parametrize("status_code", (400, 403, 404))`,
  // or as rows the test indexes: `parametrize("arg", [['a_u', 403], …])` read as `arg[1]`.
  const list = text.slice(header.end, start).search(/[[(]/);
  // (`pytest.param(404, id=…)` is a call around the value, not a row)
  const nested = row !== undefined && list >= 0 && row.start - 1 > header.end + list && !/[\w.]/.test(text.charAt(row.start - 2));
  return nested ? `${header.columns[0]}[${column}]` : header.columns[0];
}

/** A C# test's data row: `[InlineData(302, "GET")]`, `[TestCase(404)]`, `[DataRow(201, …)]`. */
const ATTRIBUTE_ROW = /^[ \t]*\[(?:InlineData|TestCase|DataRow)\($/;
/** What may stand between the rows and the method they feed: more attributes, modifiers, the return type. */
const ATTRIBUTE_REACH = 1500;

/**
 * The parameter a C# data row's number feeds: the row's column in the test method declared below
 * the attributes (`[InlineData(302, "GET")] … Task Redirects(int status, string method)` → `status`).
 */
export function attributeRowColumn(text: string, start: number, end: number): string | undefined {
  const row = rowAround(text, start, end);
  if (!row || !ATTRIBUTE_ROW.test(text.slice(text.lastIndexOf('\n', row.start - 1) + 1, row.start))) return undefined;
  // The first line below that is neither an attribute nor a comment declares the method.
  const below = text.slice(end, end + ATTRIBUTE_REACH).split('\n').slice(1);
  const declaration = below.find((line) => !/^\s*(?:\[|\/\/|$)/.test(line));
  const open = declaration?.indexOf('(') ?? -1;
  if (!declaration || open < 0) return undefined;
  const shut = declaration.indexOf(')', open);
  const parameter = declaration.slice(open + 1, shut < 0 ? undefined : shut).split(',')[row.column]?.trim();
  // `int statusCode = 200` → `statusCode`: the last word before any default.
  const name = parameter?.split('=')[0]?.trim().split(/\s+/).pop();
  return name && /^\w+$/.test(name) ? name : undefined;
}

function nearestBefore(headers: readonly TableHeader[], offset: number): TableHeader | undefined {
  let low = 0;
  let high = headers.length - 1;
  let found: TableHeader | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const header = headers[mid];
    if (header && header.end <= offset) {
      found = header;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

const MAX_ROW = 400;

/** The innermost bracket holding a number, when it opens and closes on the number's line. */
export interface Row {
  /** Just after the opening bracket. */
  readonly start: number;
  /** The number's index among the row's elements. */
  readonly column: number;
}

/**
 * The one-line row around the number at [start, end): strings are skipped, nested brackets
 * count as one element.
 */
export function rowAround(text: string, start: number, end: number): Row | undefined {
  // Bounded: on a minified line, searching back to the line's start would be quadratic.
  const from = Math.max(0, start - MAX_ROW);
  const lineBreak = text.slice(from, start).lastIndexOf('\n');
  if (lineBreak < 0 && from > 0) return undefined;
  const lineStart = from + lineBreak + 1;
  const open: { start: number; commas: number }[] = [];
  let quote = '';
  for (let i = lineStart; i < start; i++) {
    const c = text.charAt(i);
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') open.push({ start: i + 1, commas: 0 });
    else if (c === ')' || c === ']' || c === '}') open.pop();
    else if (c === ',') {
      const innermost = open.at(-1);
      if (innermost) innermost.commas++;
    }
  }
  const row = open.at(-1);
  if (quote || !row) return undefined;
  // The row must close on this line, right after its elements.
  if (!/^\s*(?:,[^\n]*)?[)\]}]/.test(text.slice(end, end + MAX_ROW))) return undefined;
  return { start: row.start, column: row.commas };
}

/** How far back a row spanning lines may open. */
const SPANNING_ROW_REACH = 3000;

/**
 * The column of a number in a row that opened on an earlier line (`{"works", "limit=3", 200,⏎ setup}`,
 * `{⏎ APICountRequest{…},⏎ 202, respOK, …`): read backwards to the row's unmatched opening
 * bracket, skipping strings and nested brackets. The row must open below the table's own bracket.
 */
function spanningRowColumn(text: string, start: number, end: number, tableStart: number): number | undefined {
  if (!/^\s*[,)\]}]/.test(text.slice(end, end + 8))) return undefined;
  const stop = Math.max(tableStart, start - SPANNING_ROW_REACH);
  let depth = 0;
  let commas = 0;
  for (let i = start - 1; i >= stop; i--) {
    const c = text.charAt(i);
    if (c === '"' || c === '`' || c === "'") {
      // Back to the string's opening quote (Go's raw strings may span lines; the others may not).
      let j = i - 1;
      while (j >= stop && (text.charAt(j) !== c || text.charAt(j - 1) === '\\') && (c === '`' || text.charAt(j) !== '\n')) j--;
      if (j < stop || text.charAt(j) !== c) return undefined;
      i = j;
    } else if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      if (depth === 0) return i > tableStart ? commas : undefined;
      depth--;
    } else if (c === ',' && depth === 0) commas++;
  }
  return undefined;
}

