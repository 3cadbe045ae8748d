import { ARG_END, call, compare, DEEP_ARGS, idiom, laterArg, type LiteralIdiom } from './spec';

// JavaScript and TypeScript (Express, Fastify, Koa, NestJS, Hono, test runners).

export const JS_IDIOMS: readonly LiteralIdiom[] = [
  call('express.status', ['js', 'http'], String.raw`\.status`),
  call('express.sendStatus', ['js'], String.raw`\.sendStatus`),
  call('node.writeHead', ['js'], String.raw`\.writeHead`),
  call('fastify.code', ['js'], String.raw`\.code`),
  call('http-errors', ['js'], String.raw`\b(?:createError|createHttpError|httpErrors|HttpError|HTTPError|HTTPException)`),
  call('koa.throw', ['js'], String.raw`\b(?:ctx|context|this)\.throw`),
  laterArg('koa.assert', ['js'], String.raw`\b(?:ctx|context|this)\.assert`),
  call('nestjs.HttpCode', ['js'], String.raw`@HttpCode`),
  laterArg('nestjs.HttpException', ['js'], String.raw`\bHttpException`),
  laterArg('nestjs.Redirect', ['js'], String.raw`@Redirect`),
  call('redirect', ['js'], String.raw`\.redirect`),
  laterArg('redirect', ['js'], String.raw`\.redirect`),
  laterArg('hono.context', ['js'], String.raw`\bc\.(?:json|text|body|html|newResponse)`),
  call('supertest.expect', ['js'], String.raw`\.expect`),
  idiom({ id: 'supertest.expect', families: ['js'], before: /\.expect\(\[\s*(?:\d{3}\s*,\s*)*$/, after: /^\s*[,\]]/, triggers: '[,' }),
  call('nock.reply', ['js'], String.raw`\.reply`),
  compare('status-comparison', ['js', 'http'], String.raw`(?:\b(?:status|statusCode|httpStatus)|[a-z]StatusCode|\.code)(?:\(\))?`),
  idiom({ id: 'jest.expect', families: ['js', 'http'], before: new RegExp(`\\bexpect\\(${DEEP_ARGS}(?:status|statusCode|code|Status|StatusCode)(?:\\(\\))?\\)\\s*(?:\\.to|\\.not|\\.be)*\\.(?:toBe|toEqual|toStrictEqual|eq|equal|eql|equals)\\(\\s*$`), after: ARG_END, triggers: '(' }),
  idiom({ id: 'jest.expect', families: ['js'], before: /\.should\.(?:equal|eq|eql)\(\s*$/, after: ARG_END, triggers: '(' }),
  // A mocked response's status calls: `expect(res.status).toHaveBeenCalledWith(404)`, `expect(response.writeHead).toHaveBeenNthCalledWith(1, 206, {`
  idiom({ id: 'jest.toHaveBeenCalledWith', families: ['js'], before: /\bexpect\([\w$.]*\.(?:status|sendStatus|writeHead)\)\s*\.(?:not\.)?(?:toHaveBeenCalledWith|toBeCalledWith|toHaveBeenLastCalledWith|toHaveBeenNthCalledWith\(\s*\d+\s*,)\(?\s*$/, after: ARG_END, triggers: '(,' }),
  idiom({ id: 'node.assert', families: ['js'], before: /\b(?:assert|t)\.(?:equal|strictEqual|deepEqual|deepStrictEqual|notEqual|notStrictEqual|is|not)\(\s*[\w.?]*(?:status|statusCode|\[['"]:status['"]\])(?:\(\))?\s*,\s*$/, after: ARG_END, triggers: ',' }),
  idiom({ id: 'node.assert', families: ['js'], before: /\b(?:assert|t)\.(?:equal|strictEqual|deepEqual|deepStrictEqual|notEqual|notStrictEqual|is|not)\(\s*$/, after: /^\s*,\s*[\w.?]*(?:status|statusCode)(?:\(\))?\s*[,)]/, triggers: '(' }),
  idiom({ id: 'cypress.its-status', families: ['js'], before: /its\(['"](?:[\w.]*\.)?(?:status|statusCode)['"]\)\s*\.should\(\s*['"](?:eq|equal|eql)['"]\s*,\s*$/, after: ARG_END, triggers: ',' }),
  idiom({ id: 'status-table', families: ['js', 'ruby'], before: /\b(?:STATUS_CODES|HTTP_STATUS_CODES|statuses\.message)\[\s*$/, after: /^\s*\]/, triggers: '[' }),
  call('statuses', ['js'], String.raw`\bstatuses`),
  // A project's builder of OpenAPI responses given their codes: Unleash's `...getStandardResponses(401, 403, 404)`
  idiom({ id: 'openapi.responses-helper', families: ['js'], before: /\b[\w$]*(?:Responses|_responses)\(\s*(?:\d{3}\s*,\s*)*$/, after: ARG_END, triggers: '(,', requires: 'plausibleCode' }),
  // An error page's view named for its status: `res.render('404', { url })`, `res.status(500).render('errors/500')`
  idiom({ id: 'express.error-view', families: ['js'], before: /\.render\(\s*['"`](?:[\w-]+\/)*$/, after: /^(?:\.\w+)?['"`]\s*[,)]/, triggers: '\'"`/', requires: 'plausibleCode' }),
];
