import { schemeById } from '../core/naming/schemes';
import { CURSOR, frag, line, str, tab, type Tabstop } from './syntax';

// What the snippets are made of, as data: the error responses (one record per status code) and the
// frameworks (one template per framework, turning a record into snippet body lines).
// src/snippets/generate.ts turns both into VS Code snippet files; scripts/generate-snippets.mjs
// writes them to snippets/<languageId>.json.

export type ErrorCode = 400 | 401 | 403 | 404 | 405 | 409 | 410 | 422 | 429 | 500 | 503;

/** A header the response needs, with the RFC 9110 keyword that asks for it. */
export interface ResponseHeader {
  readonly name: 'WWW-Authenticate' | 'Allow' | 'Retry-After';
  /** Example value, offered as a tab stop. */
  readonly value: string;
  readonly requirement: 'MUST' | 'MAY';
}

/** How the libraries the templates use name the code. */
export interface LibraryNames {
  /** net/http `http.Status…` (also gin, echo) */
  readonly go: string;
  /** Spring `HttpStatus.…` */
  readonly spring: string;
  /** Django REST framework `status.HTTP_…` */
  readonly drf: string;
  /** ASP.NET Core `StatusCodes.Status…` */
  readonly aspnet: string;
  /** Rack / Rails status symbol, without the colon */
  readonly rack: string;
  /** Symfony `Response::HTTP_…` */
  readonly symfony: string;
  /** http crate `StatusCode::…` (axum) */
  readonly httpCrate: string;
  /** actix-web `HttpResponse::…()` builder */
  readonly actix: string;
  /** NestJS: the built-in exception class, or the `HttpStatus` member when there is none */
  readonly nest: { readonly exception: string } | { readonly status: string };
}

export interface ErrorResponse {
  readonly code: ErrorCode;
  /** Machine-readable error name, the `error` member of the generic body: "not_found". */
  readonly slug: string;
  /** RFC 9110 reason phrase. */
  readonly phrase: string;
  /** Generic message for clients: says what happened, reveals nothing about the server. */
  readonly message: string;
  readonly header?: ResponseHeader;
}

/** The name of `code` in a naming scheme of src/core/naming (the same tables detection and fixes use). */
function named(schemeId: string, code: number): string {
  const name = schemeById(schemeId)?.nameOf(code);
  if (name === undefined) throw new Error(`${schemeId} has no name for ${code}`);
  return name;
}

/** How the libraries the templates use name a code. */
export function libraryNames(code: ErrorCode): LibraryNames {
  const exception = schemeById('nestjs.exceptions')?.nameOf(code);
  return {
    go: named('go.http', code),
    spring: named('spring.HttpStatus', code),
    drf: named('starlette.status', code),
    aspnet: named('aspnet.StatusCodes', code),
    rack: named('rack.symbols', code),
    symfony: named('symfony.Response', code),
    httpCrate: named('http.StatusCode', code),
    actix: named('actix.HttpResponse', code),
    nest: exception ? { exception } : { status: named('nestjs.HttpStatus', code) },
  };
}

export const ERROR_RESPONSES: readonly ErrorResponse[] = [
  {
    code: 400, slug: 'bad_request', phrase: 'Bad Request', message: 'The request is invalid.',
  },
  {
    code: 401, slug: 'unauthorized', phrase: 'Unauthorized', message: 'Authentication is required.',
    header: { name: 'WWW-Authenticate', value: 'Bearer realm="api"', requirement: 'MUST' },
  },
  {
    code: 403, slug: 'forbidden', phrase: 'Forbidden', message: 'You do not have permission to access this resource.',
  },
  {
    code: 404, slug: 'not_found', phrase: 'Not Found', message: 'The requested resource was not found.',
  },
  {
    code: 405, slug: 'method_not_allowed', phrase: 'Method Not Allowed', message: 'This method is not allowed for this resource.',
    header: { name: 'Allow', value: 'GET, HEAD', requirement: 'MUST' },
  },
  {
    code: 409, slug: 'conflict', phrase: 'Conflict', message: 'The request conflicts with the current state of the resource.',
  },
  {
    code: 410, slug: 'gone', phrase: 'Gone', message: 'This resource is no longer available.',
  },
  {
    code: 422, slug: 'unprocessable_content', phrase: 'Unprocessable Content', message: 'The request content could not be processed.',
  },
  {
    code: 429, slug: 'too_many_requests', phrase: 'Too Many Requests', message: 'Too many requests. Try again later.',
    header: { name: 'Retry-After', value: '120', requirement: 'MAY' },
  },
  {
    code: 500, slug: 'internal_server_error', phrase: 'Internal Server Error', message: 'An unexpected error occurred.',
  },
  {
    code: 503, slug: 'service_unavailable', phrase: 'Service Unavailable', message: 'The service is temporarily unavailable. Try again later.',
    header: { name: 'Retry-After', value: '120', requirement: 'MAY' },
  },
];

// ── Frameworks ──

/** VS Code language ids that get snippet files. */
export type LanguageId = 'javascript' | 'typescript' | 'python' | 'go' | 'java' | 'csharp' | 'ruby' | 'php' | 'rust' | 'json';

export type Template = (response: ErrorResponse) => string[];

export interface Framework {
  /** Shown in snippet names: "HTTP 404 Not Found (Express)". */
  readonly name: string;
  /** The word in prefixes: "404-express". */
  readonly prefix: string;
  readonly languages: readonly Exclude<LanguageId, 'json'>[];
  /** Body lines for a code: generic JSON error body, plus the header the code needs. */
  readonly template: Template;
  /** Body lines answering with an RFC 9457 problem details object (application/problem+json). */
  readonly problem?: Template;
}

/**
 * Tab stops in the order they appear in the code: the header value first when its line comes
 * first (`headerFirst`), the message first otherwise.
 */
function stops(r: ErrorResponse, headerFirst: boolean): { message: Tabstop; header?: { name: string; value: Tabstop } } {
  if (!r.header) return { message: tab(1, r.message) };
  const { name, value } = r.header;
  return headerFirst
    ? { header: { name, value: tab(1, value) }, message: tab(2, r.message) }
    : { message: tab(1, r.message), header: { name, value: tab(2, value) } };
}

/** The line setting the code's header, written before the response (header value first in tab order), or none. */
function headerLine(r: ErrorResponse, write: (name: string, value: Tabstop) => string): string[] {
  const { header } = stops(r, true);
  return header ? [write(header.name, header.value)] : [];
}

const JS_IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const jsKey = (name: string): string => (JS_IDENTIFIER.test(name) ? name : `'${name}'`);

/** `{ error: 'not_found', message: '…' }` in JavaScript. */
const jsBody = (r: ErrorResponse, message: Tabstop) => frag`{ error: ${str('single', r.slug)}, message: ${str('single', message)} }`;
/** `{"error": "not_found", "message": "…"}` in Python. */
const pyBody = (r: ErrorResponse, message: Tabstop) => frag`{"error": ${str('preferDouble', r.slug)}, "message": ${str('preferDouble', message)}}`;
/** `json!({ "error": "not_found", "message": "…" })` in Rust. */
const rustBody = (r: ErrorResponse, message: Tabstop) => frag`json!({ "error": ${str('double', r.slug)}, "message": ${str('double', message)} })`;
/** `['error' => 'not_found', 'message' => '…']` in PHP. */
const phpBody = (r: ErrorResponse, message: Tabstop) => frag`['error' => ${str('single', r.slug)}, 'message' => ${str('single', message)}]`;
/** `new { error = "not_found", message = "…" }` in C#. */
const csBody = (r: ErrorResponse, message: Tabstop) => frag`new { error = ${str('double', r.slug)}, message = ${str('double', message)} }`;

const express: Framework = {
  name: 'Express', prefix: 'express', languages: ['javascript', 'typescript'],
  template: (r) => {
    const { message } = stops(r, true);
    return [
      ...headerLine(r, (name, value) => line`res.set(${str('single', name)}, ${str('single', value)});`),
      line`return res.status(${r.code}).json(${jsBody(r, message)});${CURSOR}`,
    ];
  },
  problem: (r) => {
    const { message } = stops(r, true);
    return [
      ...headerLine(r, (name, value) => line`res.set(${str('single', name)}, ${str('single', value)});`),
      line`return res.status(${r.code}).type('application/problem+json').json({`,
      line`\ttype: 'about:blank',`,
      line`\ttitle: ${str('single', r.phrase)},`,
      line`\tstatus: ${r.code},`,
      line`\tdetail: ${str('single', message)},`,
      line`\tinstance: req.originalUrl,`,
      line`});${CURSOR}`,
    ];
  },
};

const fastify: Framework = {
  name: 'Fastify', prefix: 'fastify', languages: ['javascript', 'typescript'],
  template: (r) => {
    const { message } = stops(r, true);
    return [
      ...headerLine(r, (name, value) => line`reply.header(${str('single', name)}, ${str('single', value)});`),
      line`return reply.code(${r.code}).send(${jsBody(r, message)});${CURSOR}`,
    ];
  },
};

const koa: Framework = {
  name: 'Koa', prefix: 'koa', languages: ['javascript', 'typescript'],
  template: (r) => {
    const { message } = stops(r, true);
    return [
      ...headerLine(r, (name, value) => line`ctx.set(${str('single', name)}, ${str('single', value)});`),
      line`ctx.status = ${r.code};`,
      line`ctx.body = ${jsBody(r, message)};`,
      line`return;${CURSOR}`,
    ];
  },
};

const nest: Framework = {
  name: 'NestJS', prefix: 'nest', languages: ['typescript'],
  template: (r) => {
    const { message } = stops(r, true);
    const { nest: names } = libraryNames(r.code);
    const thrown = 'exception' in names
      ? line`throw new ${names.exception}(${jsBody(r, message)});${CURSOR}`
      : line`throw new HttpException(${jsBody(r, message)}, HttpStatus.${names.status});${CURSOR}`;
    return [
      // The exception filter keeps headers already set on the platform response.
      ...headerLine(r, (name, value) =>
        line`res.setHeader(${str('single', name)}, ${str('single', value)}); // needs @Res({ passthrough: true }) res: Response`),
      thrown,
    ];
  },
};

const next: Framework = {
  name: 'Next.js route handler', prefix: 'next', languages: ['typescript'],
  template: (r) => {
    const { message, header } = stops(r, false);
    if (!header) return [line`return Response.json(${jsBody(r, message)}, { status: ${r.code} });${CURSOR}`];
    return [
      line`return Response.json(`,
      line`\t${jsBody(r, message)},`,
      line`\t{ status: ${r.code}, headers: { ${jsKey(header.name)}: ${str('single', header.value)} } },`,
      line`);${CURSOR}`,
    ];
  },
};

const hono: Framework = {
  name: 'Hono', prefix: 'hono', languages: ['javascript', 'typescript'],
  template: (r) => {
    const { message } = stops(r, true);
    return [
      ...headerLine(r, (name, value) => line`c.header(${str('single', name)}, ${str('single', value)});`),
      line`return c.json(${jsBody(r, message)}, ${r.code});${CURSOR}`,
    ];
  },
};

/** Python `{"Name": "value"}` for the code's header. */
const pyHeaders = (header: { name: string; value: Tabstop }) => frag`{${str('preferDouble', header.name)}: ${str('preferDouble', header.value)}}`;

const flask: Framework = {
  name: 'Flask', prefix: 'flask', languages: ['python'],
  template: (r) => {
    const { message, header } = stops(r, false);
    if (!header) return [line`return ${pyBody(r, message)}, ${r.code}${CURSOR}`];
    return [
      line`return (`,
      line`\t${pyBody(r, message)},`,
      line`\t${r.code},`,
      line`\t${pyHeaders(header)},`,
      line`)${CURSOR}`,
    ];
  },
};

const fastapi: Framework = {
  name: 'FastAPI', prefix: 'fastapi', languages: ['python'],
  template: (r) => {
    const { message, header } = stops(r, false);
    return [
      line`return JSONResponse(`,
      line`\tstatus_code=${r.code},`,
      line`\tcontent=${pyBody(r, message)},`,
      ...(header ? [line`\theaders=${pyHeaders(header)},`] : []),
      line`)${CURSOR}`,
    ];
  },
  problem: (r) => {
    const { message, header } = stops(r, false);
    return [
      line`return JSONResponse(`,
      line`\tstatus_code=${r.code},`,
      line`\tcontent={`,
      line`\t\t"type": "about:blank",`,
      line`\t\t"title": ${str('preferDouble', r.phrase)},`,
      line`\t\t"status": ${r.code},`,
      line`\t\t"detail": ${str('preferDouble', message)},`,
      line`\t},`,
      line`\tmedia_type="application/problem+json",`,
      ...(header ? [line`\theaders=${pyHeaders(header)},`] : []),
      line`)${CURSOR}`,
    ];
  },
};

const django: Framework = {
  name: 'Django', prefix: 'django', languages: ['python'],
  template: (r) => {
    const { message, header } = stops(r, false);
    if (!header) return [line`return JsonResponse(${pyBody(r, message)}, status=${r.code})${CURSOR}`];
    return [
      line`return JsonResponse(`,
      line`\t${pyBody(r, message)},`,
      line`\tstatus=${r.code},`,
      line`\theaders=${pyHeaders(header)},`,
      line`)${CURSOR}`,
    ];
  },
};

const drf: Framework = {
  name: 'Django REST framework', prefix: 'drf', languages: ['python'],
  template: (r) => {
    const { message, header } = stops(r, false);
    return [
      line`return Response(`,
      line`\t${pyBody(r, message)},`,
      line`\tstatus=status.${libraryNames(r.code).drf},`,
      ...(header ? [line`\theaders=${pyHeaders(header)},`] : []),
      line`)${CURSOR}`,
    ];
  },
};

const goHttp: Framework = {
  name: 'Go net/http', prefix: 'nethttp', languages: ['go'],
  template: (r) => {
    const { message } = stops(r, true);
    return [
      ...headerLine(r, (name, value) => line`w.Header().Set(${str('double', name)}, ${str('double', value)})`),
      line`w.Header().Set("Content-Type", "application/json")`,
      line`w.WriteHeader(http.${libraryNames(r.code).go})`,
      line`json.NewEncoder(w).Encode(map[string]string{"error": ${str('double', r.slug)}, "message": ${str('double', message)}})`,
      line`return${CURSOR}`,
    ];
  },
  problem: (r) => {
    const { message } = stops(r, true);
    // gofmt alignment of the map's values
    return [
      ...headerLine(r, (name, value) => line`w.Header().Set(${str('double', name)}, ${str('double', value)})`),
      line`w.Header().Set("Content-Type", "application/problem+json")`,
      line`w.WriteHeader(http.${libraryNames(r.code).go})`,
      line`json.NewEncoder(w).Encode(map[string]any{`,
      line`\t"type":     "about:blank",`,
      line`\t"title":    ${str('double', r.phrase)},`,
      line`\t"status":   http.${libraryNames(r.code).go},`,
      line`\t"detail":   ${str('double', message)},`,
      line`\t"instance": r.URL.Path,`,
      line`})`,
      line`return${CURSOR}`,
    ];
  },
};

const gin: Framework = {
  name: 'Gin', prefix: 'gin', languages: ['go'],
  template: (r) => {
    const { message } = stops(r, true);
    return [
      ...headerLine(r, (name, value) => line`c.Header(${str('double', name)}, ${str('double', value)})`),
      line`c.AbortWithStatusJSON(http.${libraryNames(r.code).go}, gin.H{"error": ${str('double', r.slug)}, "message": ${str('double', message)}})`,
      line`return${CURSOR}`,
    ];
  },
};

const echo: Framework = {
  name: 'Echo', prefix: 'echo', languages: ['go'],
  template: (r) => {
    const { message } = stops(r, true);
    return [
      ...headerLine(r, (name, value) => line`c.Response().Header().Set(${str('double', name)}, ${str('double', value)})`),
      line`return c.JSON(http.${libraryNames(r.code).go}, map[string]string{"error": ${str('double', r.slug)}, "message": ${str('double', message)}})${CURSOR}`,
    ];
  },
};

const spring: Framework = {
  name: 'Spring', prefix: 'spring', languages: ['java'],
  template: (r) => {
    const { message } = stops(r, true);
    return [
      line`return ResponseEntity.status(HttpStatus.${libraryNames(r.code).spring})`,
      ...headerLine(r, (name, value) => line`\t\t.header(${str('double', name)}, ${str('double', value)})`),
      line`\t\t.body(Map.of("error", ${str('double', r.slug)}, "message", ${str('double', message)}));${CURSOR}`,
    ];
  },
  problem: (r) => {
    const { message, header } = stops(r, false);
    return [
      line`ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.${libraryNames(r.code).spring}, ${str('double', message)});`,
      line`return ResponseEntity.status(HttpStatus.${libraryNames(r.code).spring})`,
      line`\t\t.contentType(MediaType.APPLICATION_PROBLEM_JSON)`,
      ...(header ? [line`\t\t.header(${str('double', header.name)}, ${str('double', header.value)})`] : []),
      line`\t\t.body(problem);${CURSOR}`,
    ];
  },
};

/** ControllerBase helpers that take a body; other codes go through StatusCode(…). */
const ASPNET_CONTROLLER_HELPERS: Partial<Record<ErrorCode, string>> = {
  400: 'BadRequest', 401: 'Unauthorized', 404: 'NotFound', 409: 'Conflict', 422: 'UnprocessableEntity',
};
/** Results helpers that take a body; other codes go through Results.Json(…, statusCode: …). */
const ASPNET_RESULTS_HELPERS: Partial<Record<ErrorCode, string>> = {
  400: 'BadRequest', 404: 'NotFound', 409: 'Conflict', 422: 'UnprocessableEntity',
};

const aspnetController: Framework = {
  name: 'ASP.NET Core controller', prefix: 'aspnet', languages: ['csharp'],
  template: (r) => {
    const { message } = stops(r, true);
    const helper = ASPNET_CONTROLLER_HELPERS[r.code];
    return [
      ...headerLine(r, (name, value) => line`Response.Headers[${str('double', name)}] = ${str('double', value)};`),
      helper
        ? line`return ${helper}(${csBody(r, message)});${CURSOR}`
        : line`return StatusCode(StatusCodes.${libraryNames(r.code).aspnet}, ${csBody(r, message)});${CURSOR}`,
    ];
  },
};

const aspnetMinimal: Framework = {
  name: 'ASP.NET Core minimal API', prefix: 'minimalapi', languages: ['csharp'],
  template: (r) => {
    const { message } = stops(r, true);
    const helper = ASPNET_RESULTS_HELPERS[r.code];
    return [
      ...headerLine(r, (name, value) =>
        line`context.Response.Headers[${str('double', name)}] = ${str('double', value)}; // context: the handler's HttpContext parameter`),
      helper
        ? line`return Results.${helper}(${csBody(r, message)});${CURSOR}`
        : line`return Results.Json(${csBody(r, message)}, statusCode: StatusCodes.${libraryNames(r.code).aspnet});${CURSOR}`,
    ];
  },
};

/** `{ error: "not_found", message: "…" }` in Ruby. */
const rbBody = (r: ErrorResponse, message: Tabstop) => frag`{ error: ${str('preferDouble', r.slug)}, message: ${str('preferDouble', message)} }`;

const rails: Framework = {
  name: 'Rails', prefix: 'rails', languages: ['ruby'],
  template: (r) => {
    const { message } = stops(r, true);
    return [
      ...headerLine(r, (name, value) => line`response.headers[${str('preferDouble', name)}] = ${str('preferDouble', value)}`),
      line`render json: ${rbBody(r, message)}, status: :${libraryNames(r.code).rack}${CURSOR}`,
    ];
  },
};

const sinatra: Framework = {
  name: 'Sinatra', prefix: 'sinatra', languages: ['ruby'],
  template: (r) => {
    const { message } = stops(r, true);
    return [
      ...headerLine(r, (name, value) => line`headers ${str('preferDouble', name)} => ${str('preferDouble', value)}`),
      line`content_type :json`,
      line`halt ${r.code}, ${rbBody(r, message)}.to_json${CURSOR}`,
    ];
  },
};

/** PHP `['Name' => 'value']` for the code's header. */
const phpHeaders = (header: { name: string; value: Tabstop }) => frag`[${str('single', header.name)} => ${str('single', header.value)}]`;

const laravel: Framework = {
  name: 'Laravel', prefix: 'laravel', languages: ['php'],
  template: (r) => {
    const { message, header } = stops(r, false);
    if (!header) return [line`return response()->json(${phpBody(r, message)}, ${r.code});${CURSOR}`];
    return [
      line`return response()->json(`,
      line`\t${phpBody(r, message)},`,
      line`\t${r.code},`,
      line`\t${phpHeaders(header)},`,
      line`);${CURSOR}`,
    ];
  },
};

const symfony: Framework = {
  name: 'Symfony', prefix: 'symfony', languages: ['php'],
  template: (r) => {
    const { message, header } = stops(r, false);
    if (!header) return [line`return $this->json(${phpBody(r, message)}, Response::${libraryNames(r.code).symfony});${CURSOR}`];
    return [
      line`return $this->json(`,
      line`\t${phpBody(r, message)},`,
      line`\tResponse::${libraryNames(r.code).symfony},`,
      line`\t${phpHeaders(header)},`,
      line`);${CURSOR}`,
    ];
  },
};

/** Rust `header::RETRY_AFTER` for the code's header. */
const rustHeader = (name: string): string => `header::${name.toUpperCase().replace(/-/g, '_')}`;

const axum: Framework = {
  name: 'axum', prefix: 'axum', languages: ['rust'],
  template: (r) => {
    const { message } = stops(r, true);
    return [
      line`return (`,
      line`\tStatusCode::${libraryNames(r.code).httpCrate},`,
      ...headerLine(r, (name, value) => line`\t[(${rustHeader(name)}, ${str('double', value)})],`),
      line`\tJson(${rustBody(r, message)}),`,
      line`)`,
      line`\t.into_response();${CURSOR}`,
    ];
  },
};

const actix: Framework = {
  name: 'actix-web', prefix: 'actix', languages: ['rust'],
  template: (r) => {
    const { message } = stops(r, true);
    return [
      line`return HttpResponse::${libraryNames(r.code).actix}()`,
      ...headerLine(r, (name, value) => line`\t.insert_header((${rustHeader(name)}, ${str('double', value)}))`),
      line`\t.json(${rustBody(r, message)});${CURSOR}`,
    ];
  },
};

export const FRAMEWORKS: readonly Framework[] = [
  express, fastify, koa, nest, next, hono,
  flask, fastapi, django, drf,
  goHttp, gin, echo,
  spring,
  aspnetController, aspnetMinimal,
  rails, sinatra,
  laravel, symfony,
  axum, actix,
];

/** The problem details object (RFC 9457) as a JSON document, for the `json` language. */
export function problemJson(r: ErrorResponse): string[] {
  return [
    '{',
    line`\t"type": "${tab(1, 'about:blank')}",`,
    line`\t"title": ${str('double', r.phrase)},`,
    line`\t"status": ${r.code},`,
    line`\t"detail": ${str('double', tab(2, r.message))},`,
    line`\t"instance": ${str('double', tab(3, '/resource/123'))}`,
    line`}${CURSOR}`,
  ];
}
