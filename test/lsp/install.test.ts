import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, TestClient } from './client';

// The package as a user installs it: `npm pack`, then `npm install -g` of the tarball into a
// throw-away prefix gives an `http-status-guide` command that explains codes and serves LSP.

describe('npm install -g of the packed tarball', function () {
  this.timeout(120_000);
  let prefix: string;
  let bin: string;

  before(() => {
    prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-prefix-'));
    const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', prefix], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop() ?? '';
    const tarball = path.join(prefix, packed);
    assert.ok(fs.existsSync(tarball), `npm pack made ${tarball}`);
    execFileSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--offline', tarball], { cwd: prefix, encoding: 'utf8' });
    bin = path.join(prefix, 'bin', 'http-status-guide');
  });
  after(() => { fs.rmSync(prefix, { recursive: true, force: true }); });

  it('installs the command, with only the files it needs', () => {
    const installed = path.join(prefix, 'lib', 'node_modules', 'http-status-guide');
    assert.deepEqual(fs.readdirSync(path.join(installed, 'dist')).sort(), ['cli.js', 'knowledge.json', 'lsp.js']);
    assert.ok(!fs.existsSync(path.join(installed, 'src')), 'no sources in the package');
    assert.match(execFileSync(bin, ['explain', '404'], { encoding: 'utf8' }), /^404 Not Found\n/);
  });

  it('serves the language server from the installed command', async () => {
    const client = new TestClient(['lsp', '--stdio'], bin);
    const init = await client.initialize();
    assert.ok(init.capabilities.hoverProvider);
    await client.open('untitled:x.js', 'javascript', 'res.status(404)\n');
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: 'untitled:x.js' }, position: { line: 0, character: 12 } });
    assert.match(hover?.contents.value ?? '', /404 Not Found/);
    assert.equal(await client.stop(), 0);
  });
});
