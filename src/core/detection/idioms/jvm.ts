import { ARG_END, call, compare, idiom, laterArg, type LiteralIdiom, STANDALONE } from './spec';

// Java and Kotlin (Spring, JAX-RS, Ktor, servlets, JUnit, AssertJ).

export const JVM_IDIOMS: readonly LiteralIdiom[] = [
  call('jvm.status', ['jvm'], String.raw`\.(?:status|setStatus|sendError|statusCode|withStatus)`),
  call('jvm.HttpStatus.valueOf', ['jvm'], String.raw`\b(?:HttpStatus|HttpStatusCode)\.(?:valueOf|resolve|fromValue)`),
  call('ktor.HttpStatusCode', ['jvm'], String.raw`\bHttpStatusCode`),
  call('spring.status().is', ['jvm'], String.raw`(?:status|expectStatus)\(\)\.(?:is|isEqualTo)`),
  call('jaxrs.WebApplicationException', ['jvm'], String.raw`\b(?:WebApplicationException|ClientErrorException|ServerErrorException)`),
  laterArg('jaxrs.WebApplicationException', ['jvm'], String.raw`\b(?:WebApplicationException|ClientErrorException|ServerErrorException)`),
  compare('status-comparison', ['jvm'], String.raw`\b(?:status(?:\.value)?|statusCode|getStatus|getStatusCode|getResponseCode|statusCodeValue|getStatusCodeValue|responseCode|code)(?:\(\))?(?:\.value\(\))?`),
  idiom({ id: 'junit.assertEquals', families: ['jvm'], before: /\bassertEquals\(\s*$/, after: /^\s*,\s*[\w.()]*(?:[Ss]tatus|ResponseCode|\.code\b(?!\s*[(.]\s*\w)|\.code\(\)\s*\))/, triggers: '(' }),
  // Hamcrest: `assertThat(response.status.code, equalTo(201))`, `assertThat(res.statusCode(), is(404))`
  idiom({ id: 'hamcrest.assertThat', families: ['jvm'], before: /\bassertThat\(\s*[\w.()]*(?:[Ss]tatus|ResponseCode)[\w.()]*\s*,\s*(?:equalTo|is)\(\s*$/, after: ARG_END, triggers: '(' }),
  idiom({ id: 'junit.assertEquals', families: ['jvm'], before: /\bassertEquals\(\s*[\w.()]*(?:[Ss]tatus\w*|ResponseCode)(?:\(\))?(?:\.value(?:\(\))?)?\s*,\s*$/, after: ARG_END, triggers: ',' }),
  idiom({ id: 'assertj.isEqualTo', families: ['jvm'], before: /\bassertThat\([\w.() ]*(?:[Ss]tatus|\.code|\.httpCode\(\)|[Rr]esponseCode)[\w.()]*\)\s*\.isEqualTo\(\s*$/, after: ARG_END, triggers: '(' }),
  idiom({ id: 'status-membership', families: ['jvm'], before: /\b(?:status\w*|code)\s+!?in\s+(?:setOf|listOf|arrayOf|intArrayOf|hashSetOf)\(\s*(?:['"]?\d{3}['"]?\s*,\s*)*['"]?$/, after: /^['"]?\s*[,)]/, triggers: '(,"', requires: 'plausibleCode' }),
  idiom({ id: 'status-range', families: ['jvm'], before: /\b(?:status\w*|code)\s+!?in\s+$/, after: /^\.\.<?\d{3}\b/, requires: 'plausibleCode' }),
  idiom({ id: 'status-range', families: ['jvm'], before: /\b(?:status\w*|code)\s+!?in\s+\d{3}\.\.<?$/, after: STANDALONE, triggers: '.<', requires: 'plausibleCode' }),
  idiom({ id: 'openapi.responseCode', families: ['jvm'], before: /\bresponseCode\s*=\s*"$/, after: /^"/, triggers: '"' }),
];
