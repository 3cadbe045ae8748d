import { ARG_END, call, compare, idiom, type LiteralIdiom, VALUE_END } from './spec';

// C# (ASP.NET Core, xUnit).

export const CSHARP_IDIOMS: readonly LiteralIdiom[] = [
  call('aspnet.StatusCode', ['csharp'], String.raw`\b(?:StatusCode|ProducesProblem|ProducesResponseType(?:<[^>()]*>)?|Produces(?:<[^>()]*>)?)`),
  idiom({ id: 'aspnet.ProducesResponseType', families: ['csharp'], before: /\b(?:ProducesResponseType|Produces)(?:<[^>()]*>)?\(\s*typeof\([^()]*\)\s*,\s*$/, after: ARG_END, triggers: ',' }),
  idiom({ id: 'aspnet.Responses-index', families: ['csharp'], before: /\.(?:Responses|ResponseExamples)\[\s*$/, after: /^\s*\]/, triggers: '[' }),
  idiom({ id: 'aspnet.Responses-index', families: ['csharp'], before: /\.Responses\.(?:TryAdd|Add)\(\s*"$/, after: /^"\s*,/, triggers: '"' }),
  // A status → description dictionary written as an index initializer (endpoint documentation's `ResponseDescriptions = new() { ["404"] = "…" }`)
  idiom({ id: 'aspnet.response-descriptions', families: ['csharp'], before: /^\s*\[\s*"$/, after: /^"\s*\]\s*=\s*[$@]?"/, triggers: '"', requires: 'plausibleCode' }),
  idiom({ id: 'aspnet.statusCode-argument', families: ['csharp'], before: /\bstatusCode:\s*$/, after: ARG_END, triggers: ':' }),
  idiom({ id: 'aspnet.Response.StatusCode', families: ['csharp'], before: /\.StatusCode\s*=\s*$/, after: VALUE_END, triggers: '=' }),
  // A number cast to the status enum: `res.StatusCode != (HttpStatusCode)429`
  idiom({ id: 'csharp.HttpStatusCode-cast', families: ['csharp'], before: /\(\s*(?:System\.Net\.)?HttpStatusCode\s*\)\s*$/, triggers: ')' }),
  compare('status-comparison', ['csharp'], String.raw`(?:\(int\)\s*[\w.?]*StatusCode|\bStatusCode|\bstatusCode)`),
  // A pattern on a status: `(int)response.StatusCode is >= 300 and < 400`
  idiom({ id: 'status-pattern', families: ['csharp'], before: /\bStatusCode\)?\s+is\s+(?:(?:not\s+)?(?:[<>]=?\s*)?\d{3}\s+(?:and|or)\s+)*(?:not\s+)?(?:[<>]=?\s*)?$/, after: VALUE_END, triggers: 'w<>=', requires: 'plausibleCode' }),
  // An arm of a switch expression that gives a status: `var status = ex switch { KeyNotFoundException => 404, … }`
  idiom({ id: 'switch-arm', families: ['csharp'], before: /=>\s*$/, after: /^\s*(?:,|\}|$)/, triggers: '>', requires: 'switchOnStatus' }),
  idiom({ id: 'xunit.Assert', families: ['csharp'], before: /\bAssert\.\w+\(\s*$/, after: /^\s*,\s*(?:\(int\)\s*)?[\w.?]*StatusCode\b/, triggers: '(' }),
];
