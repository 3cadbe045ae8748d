import { ARG_END, call, compare, idiom, laterArg, type LiteralIdiom } from './spec';

// Go (net/http, Gin, Echo, Fiber, testify).

export const GO_IDIOMS: readonly LiteralIdiom[] = [
  call('go.context', ['go'], String.raw`\.(?:WriteHeader|JSON|String|Status|AbortWithStatus|AbortWithStatusJSON|AbortWithError|Redirect|NoContent|XML|HTML|Blob|JSONPretty|IndentedJSON|Data|SendStatus|SecureJSON|PureJSON|YAML|JSONP|NewError|NewHTTPError|StatusText)`),
  laterArg('go.http.Error', ['go'], String.raw`\bhttp\.(?:Error|Redirect)`),
  compare('status-comparison', ['go'], String.raw`\b(?:StatusCode|Code|Status|status|statusCode|code)`),
  laterArg('go.redirect', ['go'], String.raw`\.Redirect`),
  idiom({ id: 'testify.assert', families: ['go'], before: /\b(?:assert|require)\.\w+\(\s*(?:t|b|tb|s\.T\(\))\s*,\s*$/, after: /^\s*,\s*[\w.]*(?:Code|StatusCode|Status)\b/, triggers: ',' }),
  // A package's own testify-like helper: `assertEqual(t, 200, w.Code)`
  idiom({ id: 'testify.assert', families: ['go'], before: /(?<![\w.])(?:assert|expect|check)\w*\(\s*t\s*,\s*$/, after: /^\s*,\s*[\w.]*(?:Code|StatusCode|Status)\s*[,)]/, triggers: ',' }),
  // A test package's status check given the recorder: zgo.at/ztest's `ztest.Code(t, rr, 404)`, a project's `checkStatus(t, resp, 404)`
  idiom({ id: 'go.test-status-check', families: ['go'], before: /(?<![\w.])(?:\w+\.)?\w*(?:Code|Status)\(\s*t\s*,\s*\w+\s*,\s*$/, after: ARG_END, triggers: ',' }),
  // zgo.at/guru's errors that carry a status: `guru.New(404, "")`, `guru.Errorf(400, "bad %q", v)`
  call('guru.error', ['go'], String.raw`\bguru\.(?:New|Errorf|WithCode)`),
  // go-chi/render: `render.Status(r, 401)`
  idiom({ id: 'chi.render.Status', families: ['go'], before: /\brender\.Status\(\s*\w+\s*,\s*$/, after: ARG_END, triggers: ',' }),
  idiom({ id: 'testify.assert', families: ['go'], before: /\b(?:assert|require)\.\w+\(\s*(?:t|b|tb|s\.T\(\))\s*,\s*[\w.]*(?:Code|StatusCode)(?:\(\))?\s*,\s*$/, after: ARG_END, triggers: ',' }),
];
