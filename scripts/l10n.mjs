// Localization: every runtime UI string of the editor layer goes through vscode.l10n.t, and the
// English bundle l10n/bundle.l10n.json lists exactly those strings (translators copy it to
// bundle.l10n.<locale>.json). Contributed titles and descriptions live in package.nls.json.
//   node scripts/l10n.mjs                  write l10n/bundle.l10n.json from src/editor
//   node scripts/l10n.mjs --check          exit 1 if the bundle is stale, a UI string bypasses
//                                          vscode.l10n.t, or package.json has a literal title
//   node scripts/l10n.mjs --check --sources DIR   check another folder of sources (for the tests)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ts = createRequire(import.meta.url)('typescript');
const args = process.argv.slice(2);
const check = args.includes('--check');
const sourcesAt = args.indexOf('--sources');
const sources = sourcesAt >= 0 ? path.resolve(args[sourcesAt + 1] ?? '') : path.join(root, 'src', 'editor');
const bundlePath = path.join(root, 'l10n', 'bundle.l10n.json');

/** Properties and assignments whose string a person reads. */
const UI_KEYS = new Set(['title', 'placeHolder', 'placeholder', 'prompt', 'tooltip', 'label', 'description', 'detail', 'text', 'message']);
const UI_CALLS = /^(?:show(?:Information|Warning|Error)Message|setStatusBarMessage)$/;

/** Text a person reads: letters left once codicons (`$(sync~spin)`) are taken out. */
function readable(text) {
  return /[A-Za-z]{2}/.test(text.replace(/\$\([^)]*\)/g, ''));
}

function isL10nCall(node) {
  return ts.isCallExpression(node) && node.expression.getText().endsWith('l10n.t');
}

/** A literal (or the literal parts of a template) with words in it, not from a l10n.t call. */
function bypasses(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return readable(node.text);
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].some(readable);
  return false;
}

function analyse(dir) {
  const messages = new Set();
  const problems = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const report = (node, what) => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      problems.push(`${file}:${line + 1}: ${what} bypasses vscode.l10n.t: ${node.getText().slice(0, 80)}`);
    };
    const visit = (node) => {
      if (isL10nCall(node)) {
        const [first] = node.arguments;
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) messages.add(first.text);
        else if (first) report(first, 'a computed message');
        return; // its arguments are the message's values
      }
      if (ts.isPropertyAssignment(node) && UI_KEYS.has(node.name.getText()) && bypasses(node.initializer)) report(node.initializer, `"${node.name.getText()}"`);
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken
        && ts.isPropertyAccessExpression(node.left) && UI_KEYS.has(node.left.name.text) && bypasses(node.right)) report(node.right, `".${node.left.name.text} ="`);
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && UI_CALLS.test(node.expression.name.text)) {
        for (const argument of node.arguments) if (bypasses(argument)) report(argument, node.expression.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { messages: [...messages].sort(), problems };
}

/** Contributed strings a person reads in package.json must be %keys% of package.nls.json. */
function manifestProblems() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
  const problems = [];
  const visit = (value, where) => {
    if (typeof value === 'string') {
      const key = /^%(.+)%$/.exec(value)?.[1];
      if (key === undefined) problems.push(`package.json ${where}: "${value.slice(0, 60)}" is not a %key% of package.nls.json`);
      else if (typeof nls[key] !== 'string') problems.push(`package.json ${where}: %${key}% is missing from package.nls.json`);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}[${i}]`));
  };
  for (const field of ['displayName', 'description']) visit(manifest[field], field);
  for (const [name, capability] of Object.entries(manifest.capabilities ?? {})) visit(capability.description, `capabilities.${name}.description`);
  const contributes = manifest.contributes ?? {};
  const each = (list, fields, where) => (list ?? []).forEach((item, i) => fields.forEach((f) => { if (item[f] !== undefined) visit(item[f], `${where}[${i}].${f}`); }));
  each(contributes.commands, ['title', 'category'], 'commands');
  each(contributes.viewsContainers?.activitybar, ['title'], 'viewsContainers');
  for (const [container, views] of Object.entries(contributes.views ?? {})) each(views, ['name'], `views.${container}`);
  each(contributes.viewsWelcome, ['contents'], 'viewsWelcome');
  for (const walkthrough of contributes.walkthroughs ?? []) {
    visit(walkthrough.title, `walkthrough ${walkthrough.id}.title`);
    visit(walkthrough.description, `walkthrough ${walkthrough.id}.description`);
    each(walkthrough.steps, ['title', 'description'], `walkthrough ${walkthrough.id}.steps`);
    (walkthrough.steps ?? []).forEach((step, i) => { if (step.media?.altText !== undefined) visit(step.media.altText, `walkthrough steps[${i}].media.altText`); });
  }
  const configuration = contributes.configuration ?? {};
  visit(configuration.title, 'configuration.title');
  const properties = (props, where) => {
    for (const [name, property] of Object.entries(props ?? {})) {
      for (const field of ['description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions']) {
        if (property[field] !== undefined) visit(property[field], `${where}${name}.${field}`);
      }
      properties(property.properties, `${where}${name}.`);
    }
  };
  properties(configuration.properties, '');
  for (const key of Object.keys(nls)) {
    if (!JSON.stringify(manifest).includes(`"%${key}%"`)) problems.push(`package.nls.json: "${key}" is not used by package.json`);
  }
  return problems;
}

const { messages, problems } = analyse(sources);
const bundle = `${JSON.stringify(Object.fromEntries(messages.map((m) => [m, m])), null, 2)}\n`;
if (!check) {
  fs.mkdirSync(path.dirname(bundlePath), { recursive: true });
  fs.writeFileSync(bundlePath, bundle);
  console.log(`l10n: ${messages.length} messages in ${path.relative(root, bundlePath)}`);
}
const all = [...problems, ...(sourcesAt >= 0 ? [] : manifestProblems())];
if (check && sourcesAt < 0 && (!fs.existsSync(bundlePath) || fs.readFileSync(bundlePath, 'utf8') !== bundle)) {
  all.push(`${path.relative(root, bundlePath)} is stale: run node scripts/l10n.mjs`);
}
for (const problem of all) console.error(problem);
if (check) console.log(`l10n: ${messages.length} messages, ${all.length} problem${all.length === 1 ? '' : 's'}`);
process.exit(all.length ? 1 : 0);
