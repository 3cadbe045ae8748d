import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ruleDocPath, RULES, type RuleId } from '../../src/core/lint/rules';
import { COMMANDS, HOVER_COMMANDS } from '../../src/editor/commands';

// What ships and what it links to: every link in the manifest, the docs and the hovers leads to a
// file that exists or a command the extension contributes, and every UI string is localizable.

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');
interface Manifest {
  repository?: unknown; bugs?: unknown; homepage?: unknown; icon: string;
  contributes: {
    commands: { command: string }[];
    snippets: { path: string }[];
    walkthroughs: { steps: { description: string; media: { image: string } }[] }[];
  };
}
const manifest = JSON.parse(read('package.json')) as Manifest;
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const contributed = new Set(manifest.contributes.commands.map((c) => c.command));

/** Relative Markdown link targets of a file, without their #anchor. */
function relativeLinks(file: string): string[] {
  return [...read(file).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] ?? '')
    .filter((target) => !/^(?:[a-z]+:|#)/.test(target))
    .map((target) => target.replace(/#.*$/, ''));
}

describe('shipped files and links', () => {
  it('every rule has its page in docs/rules, titled by its id, with its default', () => {
    for (const id of Object.keys(RULES) as RuleId[]) {
      const page = read(path.join(...ruleDocPath(id)));
      assert.ok(page.startsWith(`# ${id}\n`), `${id}: title`);
      assert.match(page, new RegExp(`\\*\\*Default:\\*\\* ${RULES[id].defaultSeverity}`), `${id}: default severity`);
      assert.ok(read('docs/rules.md').includes(`(rules/${id}.md)`), `${id}: listed in docs/rules.md`);
    }
  });

  it('relative links in the README and the docs lead to files that exist', () => {
    const files = ['README.md', 'docs/rules.md', 'docs/knowledge-authoring.md', ...fs.readdirSync(path.join(ROOT, 'docs/rules')).map((f) => `docs/rules/${f}`)];
    let links = 0;
    for (const file of files) {
      for (const target of relativeLinks(file)) {
        links++;
        assert.ok(fs.existsSync(path.join(ROOT, path.dirname(file), target)), `${file} links to ${target}, which does not exist`);
      }
    }
    assert.ok(links >= 10, `${links} links checked`);
  });

  it('the manifest points at no web page it cannot back, and at files that exist', () => {
    for (const field of ['repository', 'bugs', 'homepage'] as const) assert.equal(manifest[field], undefined, field);
    assert.doesNotMatch(read('package.json') + read('package.nls.json'), /https?:\/\//, 'no web links in the manifest');
    const files = [manifest.icon, ...manifest.contributes.snippets.map((s) => s.path), ...manifest.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.image))];
    for (const file of files) assert.ok(fs.existsSync(path.join(ROOT, file)), `${file} exists`);
  });

  it('command links in the manifest and the hovers run commands the extension contributes', () => {
    const linked = [...Object.values(nls).join('\n').matchAll(/\(command:([\w.]+)/g)].map((m) => m[1] ?? '');
    assert.ok(linked.length >= 6, 'the walkthrough buttons and the audit welcome are command links');
    for (const command of [...linked, ...HOVER_COMMANDS, ...Object.values(COMMANDS)]) assert.ok(contributed.has(command), `${command} is contributed`);
    for (const walkthrough of manifest.contributes.walkthroughs) {
      for (const step of walkthrough.steps) assert.match(nls[step.description.replace(/%/g, '')] ?? '', /\(command:httpStatusGuide\./, `${step.description} has a button`);
    }
  });

  it('every UI string goes through vscode.l10n.t, and the English bundle lists exactly those', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/l10n.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /l10n: \d+ messages, 0 problems/);
  });

  it('the l10n check catches a UI string that bypasses vscode.l10n.t', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-l10n-'));
    try {
      fs.writeFileSync(path.join(dir, 'bad.ts'), [
        "import * as vscode from 'vscode';",
        "void vscode.window.showInformationMessage('Nothing was replaced.');",
        "const item = { label: `Insert ${1} here`, description: vscode.l10n.t('fine') };",
        'item.tooltip = "Click to stop";',
        "void vscode.window.showQuickPick([], { placeHolder: '404' });",
      ].join('\n'));
      const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/l10n.mjs'), '--check', '--sources', dir], { encoding: 'utf8' });
      assert.equal(result.status, 1);
      assert.match(result.stderr, /bad\.ts:2: showInformationMessage bypasses/);
      assert.match(result.stderr, /bad\.ts:3: "label" bypasses/);
      assert.match(result.stderr, /bad\.ts:4: "\.tooltip =" bypasses/);
      assert.doesNotMatch(result.stderr, /bad\.ts:5/, 'a number is no sentence to translate');
      assert.doesNotMatch(result.stderr, /fine/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
