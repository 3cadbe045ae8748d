// The pure core as the editor layer calls it, in one module. The desktop build ships it as its
// own bundle (dist/engine.js) that the extension loads on the first hover, lint or command, so
// that activation compiles only the editor layer (see src/editor/engine.ts).

export { analyze, effectiveLanguageId, findAt, languageIdForFile, learnSinksOf, MAX_ANALYZED, occurrenceIn, scan } from './detection';
export { positionsIn } from './detection/positions';
export { alternativeFixes, headerFixes, refactorings, rewriteTo } from './fixes';
export { schemeInUse } from './fixes/refactor';
export { COMPLETION_LINES, completionsAt } from './completion';
export { EMPTY_CONFIG, lintProject, parseLintConfig, withUserRules } from './lint/config';
export { ruleDocPath } from './lint/rules';
export { suppressibleRule, suppressionLine } from './lint/suppressions';
export { guideForCode, guideInProject, mayBeCustomCode } from './render/guide';
export { evidenceToMarkdown } from './render/evidence';
export { guideToHtml } from './render/html';
export { guideToMarkdown } from './render/markdown';
export { hintedOccurrences, hintLabel } from './hints';
export { className, parseKnowledge } from './knowledge';
export { didYouMean, lookupEntry, searchCodes } from './lookup';
export { readSettings } from './settings';
export { groupAudit } from './audit';
export { questionById, ROOT } from './decide/tree';
