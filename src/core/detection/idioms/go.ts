import { ARG_END, call, compare, idiom, laterArg, type LiteralIdiom } from './spec';

// Go (net/http, Gin, Echo, Fiber, testify).

export const GO_IDIOMS: readonly LiteralIdiom[] = [
  call('go.context', ['go'], String.raw`\.(?:WriteHeader|JSON|String|Status|AbortWithStatus|AbortWithStatusJSON|AbortWithError|Redirect|NoContent|XML|HTML|Blob|JSONPretty|IndentedJSON|Data|SendStatus|SecureJSON|PureJSON|YAML|JSONP|NewError|NewHTTPError|StatusText)`),
  laterArg('go.http.Error', ['go'], String.raw`\bhttp\.(?:Error|Redirect)`),
  compare('status-comparison', ['go'], String.raw`\b(?:StatusCode|Code|status|statusCode|code)`),
  laterArg('go.redirect', ['go'], String.raw`\.Redirect`),
  idiom({ id: 'testify.assert', families: ['go'], before: /\b(?:assert|require)\.\w+\(\s*t\s*,\s*$/, after: /^\s*,\s*[\w.]*(?:Code|StatusCode|Status)\b/, triggers: ',' }),
  idiom({ id: 'testify.assert', families: ['go'], before: /\b(?:assert|require)\.\w+\(\s*t\s*,\s*[\w.]*(?:Code|StatusCode)\s*,\s*$/, after: ARG_END, triggers: ',' }),
];
