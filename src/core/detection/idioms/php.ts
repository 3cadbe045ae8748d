import { ARG_END, ARGS, call, DEEP_ARGS, compare, idiom, laterArg, type LiteralIdiom, VALUE_END } from './spec';

// PHP (Laravel, Symfony, PSR-7/17, PHPUnit).

export const PHP_IDIOMS: readonly LiteralIdiom[] = [
  call('php.abort', ['php'], String.raw`\b(?:abort|http_response_code)`),
  call('php.status-methods', ['php'], String.raw`->(?:assertStatus|withStatus|setStatusCode|assertResponseStatusCodeSame|status)`),
  call('php.HttpException', ['php'], String.raw`\bnew\s+\\?(?:[\w\\]+\\)?HttpException`),
  // FOSRestBundle's `$this->view($data, 400)` in a Symfony API controller
  laterArg('fosrest.view', ['php'], String.raw`(?:\$this->view|\bnew\s+View)`),
  laterArg('laravel.abort_if', ['php'], String.raw`\babort_(?:if|unless)`, DEEP_ARGS),
  // Two levels of calls in the payload: `response()->json(Helper::format('error', null, trans('x')), 404)`
  laterArg('laravel.response', ['php'], String.raw`(?:->json|\bresponse|\bresponse\(\)->view|\bto_route|\bto_action|\bredirect|->redirect|->route|\bnew\s+\\?(?:[\w\\]+\\)?(?:Json|Redirect)?Response)`, DEEP_ARGS),
  // swagger-php's attributes and annotations: `#[OA\Response(response: 200, …)]`, `@OA\Response(response="404", …)`
  idiom({ id: 'swagger-php.response', families: ['php'], before: /\bOA\\Response\(\s*response\s*[:=]\s*['"]?$/, after: /^['"]?\s*[,)]/, triggers: ':="\'' }),
  idiom({ id: 'php.header', families: ['php'], before: new RegExp(`\\bheader\\(${ARGS},\\s*(?:true|false)\\s*,\\s*$`), after: ARG_END, triggers: ',' }),
  idiom({ id: 'php.status-key', families: ['php'], before: /['"](?:status|status_code)['"]\s*=>\s*$/, after: VALUE_END, triggers: '>' }),
  call('psr.createResponse', ['php'], String.raw`->createResponse`),
  // Slim 3's `$response->withJson($data, $status, $encodingOptions)`
  laterArg('slim.withJson', ['php'], String.raw`->withJson`, DEEP_ARGS),
  idiom({ id: 'phpunit.assertSame', families: ['php'], before: /\bassert(?:Same|Equals)\(\s*$/, after: /^\s*,\s*\$[\w>()-]*(?:getStatusCode\(\)|->status\(\)|[Ss]tatus(?:Code)?\b|\[['"]status['"]\])/, triggers: '(' }),
  idiom({ id: 'phpunit.assertSame', families: ['php'], before: /\bassert(?:Same|Equals)\(\s*\$[\w>-]*(?:getStatusCode\(\)|->status\(\)|[Ss]tatus(?:Code)?)\s*,\s*$/, after: ARG_END, triggers: ',' }),
  compare('status-comparison', ['php'], String.raw`(?:->status\(\)|->getStatusCode\(\)|\$status|\$statusCode|\$code)`),
];
