import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, ROOT } from './client';

// Real editors against `http-status-guide lsp --stdio`: Neovim's built-in client (Debian's
// neovim, 0.7) and Emacs' eglot (emacs-nox + elpa-eglot), each in batch mode, scripted by the
// files in ./editors, which report what the editor saw as JSON. `.ci/run` installs both.

const SCRIPTS = path.join(ROOT, 'test', 'lsp', 'editors');
const SOURCE = "app.get('/old', (req, res) => {\n  res.status(404).send('gone');\n  res.status(444).end();\n});\n";

function run(command: string, args: readonly string[], install: string): Record<string, unknown> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-editor-'));
  try {
    const file = path.join(folder, 'app.js');
    const result = path.join(folder, 'result.json');
    fs.writeFileSync(file, SOURCE);
    const ran = spawnSync(command, args, { env: { ...process.env, CLI, FILE: file, RESULT: result }, encoding: 'utf8', timeout: 90_000 });
    if (ran.error) assert.fail(`${command} did not run (${ran.error.message}): ${install}`);
    assert.ok(fs.existsSync(result), `${command} wrote no result (exit ${String(ran.status)}): ${ran.stderr.slice(-2000)}`);
    return JSON.parse(fs.readFileSync(result, 'utf8')) as Record<string, unknown>;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

describe('language server in real editors', function () {
  this.timeout(120_000);

  it('Neovim: attaches, gets diagnostics, hovers, applies a code action to the buffer', () => {
    const seen = run('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(SCRIPTS, 'neovim.lua')}`], 'apt-get install neovim');
    assert.equal(seen.error, undefined, String(seen.error));
    assert.equal(seen.attached, true);
    assert.equal(seen.diagnostics, true);
    assert.deepEqual(seen.diagnostic_messages, ['444 No Response is non-standard (nginx only); prefer 403 Forbidden.']);
    assert.match(String(seen.hover), /^\*\*404 Not Found\*\*/);
    assert.ok((seen.actions as string[]).some((t) => t.startsWith('Use 403 Forbidden')));
    assert.match(String(seen.applied), /^Use 410 Gone/);
    assert.equal(seen.line_after, "  res.status(410).send('gone');");
  });

  it('Emacs eglot: connects, hovers (plain text), diagnostics reach flymake', () => {
    const seen = run('emacs', ['--batch', '-Q', '-l', path.join(SCRIPTS, 'eglot.el')], 'apt-get install emacs-nox elpa-eglot');
    assert.equal(seen.error, undefined, String(seen.error));
    assert.equal(seen.connected, true);
    assert.match(String(seen.hover), /^404 Not Found\n/);
    assert.match(String(seen.hover), /• 410 Gone — /);
    assert.deepEqual(seen.diagnostics, ['HTTP Status Guide [non-standard-code]: 444 No Response is non-standard (nginx only); prefer 403 Forbidden.']);
  });
});
