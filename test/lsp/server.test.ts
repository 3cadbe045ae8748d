import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { fileUri, positionOf, ROOT, TestClient } from './client';

// The language server over stdio, driven as an editor drives it: every capability, the
// project's config file, the workspace's helper index, bad input, cancellation and shutdown.

const WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'lsp-workspace');
const ORDERS = path.join(WORKSPACE, 'api', 'orders.js');
const ordersText = fs.readFileSync(ORDERS, 'utf8');

type HoverResult = { contents: { kind: string; value: string }; range: { start: { line: number; character: number } } } | null;
type Action = { title: string; kind: string; edit?: { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> } };

describe('language server (stdio)', function () {
  this.timeout(20_000);

  describe('in a workspace, as a push-diagnostics client (Neovim 0.7, eglot)', () => {
    let client: TestClient;
    const uri = fileUri(ORDERS);

    before(async () => {
      client = new TestClient();
      const init = await client.initialize({ textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } }, { workspaceFolders: [{ uri: fileUri(WORKSPACE), name: 'lsp-workspace' }] });
      for (const capability of ['hoverProvider', 'codeActionProvider', 'inlayHintProvider', 'completionProvider', 'executeCommandProvider']) assert.ok(init.capabilities[capability], capability);
      assert.equal(init.capabilities.diagnosticProvider, undefined, 'a client without pull diagnostics gets them pushed');
    });
    after(async () => { assert.equal(await client.stop(), 0); });

    it('publishes diagnostics after opening, with the project config\'s severity and the rule page', async () => {
      const published = client.nextDiagnostics(uri);
      await client.open(uri, 'javascript', ordersText);
      const { diagnostics } = await published;
      const vendor = diagnostics.find((d) => d.code === 'non-standard-code');
      assert.ok(vendor, JSON.stringify(diagnostics));
      assert.equal(vendor.range.start.line, positionOf(ordersText, '444').line);
      assert.equal((vendor as { severity?: number }).severity, 1, 'the config file makes non-standard-code an error');
      const href = (vendor as { codeDescription?: { href: string } }).codeDescription?.href ?? '';
      assert.ok(fs.existsSync(new URL(href)), `the rule page exists: ${href}`);
      assert.ok(!diagnostics.some((d) => d.message.includes('455')), 'the team\'s custom code is no unassigned code');
    });

    it('hovers a code with the compact guide in markdown', async () => {
      const hover = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: positionOf(ordersText, '200', 1) });
      assert.ok(hover);
      assert.equal(hover.contents.kind, 'markdown');
      assert.match(hover.contents.value, /\*\*200 OK\*\*/);
      assert.match(hover.contents.value, /Consider instead/);
      assert.doesNotMatch(hover.contents.value, /command:/, 'no VS Code command links in other editors');
    });

    it('hovers a team\'s custom code from .http-status-guide.json', async () => {
      const hover = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: positionOf(ordersText, '455', 1) });
      assert.match(hover?.contents.value ?? '', /Quota Exceeded/);
    });

    it('hovers a call of a helper defined in another file, once the workspace index has it, and says why', async () => {
      const at = positionOf(ordersText, '410', 1);
      let hover: HoverResult = null;
      for (let attempt = 0; attempt < 40 && !hover; attempt++) {
        hover = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: at });
        if (!hover) await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(hover, 'the index learnt sendError from api/respond.js');
      assert.match(hover.contents.value, /410 Gone/);
      assert.match(hover.contents.value, /sendError/);
    });

    it('offers the alternatives and the refactorings as code actions, with edits that apply', async () => {
      const at = positionOf(ordersText, '200', 1);
      const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
      const titles = actions.map((a) => a.title);
      assert.ok(titles.some((t) => /\b201\b/.test(t)), titles.join(' | '));
      const edit = actions[0]?.edit?.changes[uri]?.[0];
      assert.ok(edit && edit.range.start.line === at.line, 'the edit rewrites the code on its line');
      const only = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [], only: ['refactor'] } });
      assert.ok(only.every((a) => a.kind.startsWith('refactor')), 'context.only is honoured');
    });

    it('offers "Disable <rule> for this line" for its own diagnostic', async () => {
      const line = positionOf(ordersText, '444').line;
      const diagnostic = { range: { start: { line, character: 13 }, end: { line, character: 16 } }, message: 'x', source: 'HTTP Status Guide', code: 'non-standard-code' };
      const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      const disable = actions.find((a) => a.title === 'Disable non-standard-code for this line');
      assert.equal(disable?.edit?.changes[uri]?.[0]?.newText, '  // http-status-guide-disable-next-line non-standard-code\n');
    });

    it('gives inlay hints for the requested range', async () => {
      const hints = await client.request<{ label: string; position: { line: number } }[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } });
      assert.ok(hints.some((h) => h.label === 'OK' && h.position.line === positionOf(ordersText, '200').line), JSON.stringify(hints));
      assert.ok(hints.some((h) => h.label === 'Gone'));
    });

    it('completes codes in a status position and constants after a qualifier', async () => {
      const draft = 'app.get("/", (req, res) => res.status(4\n';
      const draftUri = fileUri(path.join(WORKSPACE, 'draft.js'));
      await client.open(draftUri, 'javascript', draft);
      const items = await client.request<{ label: string; detail: string; sortText: string; textEdit: { newText: string } }[]>('textDocument/completion', { textDocument: { uri: draftUri }, position: positionOf(draft, '(4', 2) });
      const sorted = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText));
      assert.ok(sorted.every((i) => i.label.startsWith('4')), 'only 4xx after "4"');
      assert.deepEqual(sorted.slice(0, 4).map((i) => i.label), ['400', '401', '403', '404']);
      assert.equal(sorted.find((i) => i.label === '404')?.detail, 'Not Found');
      const nest = 'throw new HttpException("x", HttpStatus.NOT_\n';
      const nestUri = fileUri(path.join(WORKSPACE, 'nest.ts'));
      await client.open(nestUri, 'typescript', nest);
      const constants = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri: nestUri }, position: positionOf(nest, 'NOT_', 4) });
      assert.ok(constants.some((i) => i.label === 'NOT_FOUND'));
      const prose = await client.request<unknown[]>('textDocument/completion', { textDocument: { uri: draftUri }, position: { line: 0, character: 3 } });
      assert.deepEqual(prose, [], 'nothing outside a status position');
    });

    it('runs explain and which-code through workspace/executeCommand', async () => {
      const explained = await client.request<{ found: boolean; code?: number; markdown?: string; didYouMean?: number[] }>('workspace/executeCommand', { command: 'httpStatusGuide.explain', arguments: ['404'] });
      assert.equal(explained.code, 404);
      assert.match(explained.markdown ?? '', /Not Found/);
      const typo = await client.request<{ found: boolean; didYouMean?: number[] }>('workspace/executeCommand', { command: 'httpStatusGuide.explain', arguments: ['4O4'] });
      assert.equal(typo.found, false);
      assert.ok(typo.didYouMean?.includes(404));
      const first = await client.request<{ prompt: string; answers: { label: string }[] }>('workspace/executeCommand', { command: 'httpStatusGuide.whichCode', arguments: [] });
      assert.ok(first.answers.length > 1, first.prompt);
      await assert.rejects(client.request('workspace/executeCommand', { command: 'httpStatusGuide.nope', arguments: [] }), /unknown command/);
    });

    it('takes settings from workspace/didChangeConfiguration', async () => {
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { httpStatusGuide: { hover: { enabled: false } } } });
      const off = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: positionOf(ordersText, '200', 1) });
      assert.equal(off, null);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { httpStatusGuide: { hover: { enabled: 'yes please' } } } });
      const back = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: positionOf(ordersText, '200', 1) });
      assert.ok(back, 'a malformed value falls back to the default');
    });

    it('answers null for unknown documents and positions, an error for bad params, and lives on', async () => {
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.js' }, position: { line: 0, character: 0 } }), null);
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 9999, character: 9999 } }), null);
      // A handler that throws (no position to read) answers an error response.
      await assert.rejects(client.request('textDocument/hover', { textDocument: { uri }, position: null }));
      const binary = fileUri(path.join(WORKSPACE, 'noise.js'));
      await client.open(binary, 'javascript', '\u0000\uFFFD'.repeat(50_000));
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: binary }, position: { line: 0, character: 5 } }), null);
      const hover = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: positionOf(ordersText, '200', 1) });
      assert.ok(hover, 'still serving');
      assert.equal(client.stderr.includes('Error'), false, client.stderr);
    });

    it('honours cancellation: a request cancelled while the server is busy is answered RequestCancelled', async () => {
      // A large document keeps the server busy with its first analysis; the second request waits behind it.
      const bigUri = fileUri(path.join(WORKSPACE, 'big.js'));
      const big = 'res.status(404).json({ a: 1 });\n'.repeat(50_000);
      await client.open(bigUri, 'javascript', big);
      const busy = client.request('textDocument/hover', { textDocument: { uri: bigUri }, position: { line: 40_000, character: 12 } });
      const source = new CancellationTokenSource();
      const cancelled = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(ordersText, '200', 1) }, source.token);
      source.cancel();
      await assert.rejects(cancelled, (error: { code?: number }) => error.code === -32800);
      assert.ok(await busy, 'the request before it is answered');
    });
  });

  describe('as a client with pull diagnostics and workspace/configuration (VS Code, Helix)', () => {
    it('answers textDocument/diagnostic and reads settings from the client', async () => {
      const client = new TestClient();
      client.configuration = { diagnostics: { rules: { 'non-standard-code': 'hint' } }, inlayHints: { mode: 'off' } };
      const init = await client.initialize({ textDocument: { diagnostic: {} }, workspace: { configuration: true } });
      assert.ok(init.capabilities.diagnosticProvider);
      const uri = 'untitled:legacy.js';
      await client.open(uri, 'javascript', 'function legacy(req, res) {\n  res.status(444).end();\n}\n');
      await new Promise((r) => setTimeout(r, 200)); // the settings arrive after `initialized`
      const report = await client.request<{ kind: string; items: { code: string; severity: number }[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(report.kind, 'full');
      assert.deepEqual(report.items.map((d) => [d.code, d.severity]), [['non-standard-code', 4]]);
      const hints = await client.request<unknown[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
      assert.deepEqual(hints, [], 'inlayHints.mode off');
      assert.equal(client.published.length, 0, 'nothing pushed to a pulling client');
      assert.equal(await client.stop(), 0);
    });

    it('takes settings from initializationOptions when the client has no configuration request', async () => {
      const client = new TestClient();
      await client.initialize({}, { initializationOptions: { httpStatusGuide: { hover: { detail: 'full' } } } });
      const uri = 'untitled:a.py';
      await client.open(uri, 'python', 'abort(404)\n');
      const hover = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 7 } });
      assert.match(hover?.contents.value ?? '', /References/, 'the full guide');
      assert.equal(await client.stop(), 0);
    });
  });

  it('watches the project\'s config file and applies an edit of it made outside the editor', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hsg-lsp-'));
    try {
      fs.writeFileSync(path.join(folder, '.http-status-guide.json'), '{ "rules": { "non-standard-code": "error" } }\n');
      const file = path.join(folder, 'legacy.js');
      const source = 'function legacy(req, res) {\n  res.status(444).end();\n}\n';
      fs.writeFileSync(file, source);
      const client = new TestClient();
      await client.initialize({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, { workspaceFolders: [{ uri: fileUri(folder), name: 'tmp' }] });
      const uri = fileUri(file);
      const first = client.nextDiagnostics(uri);
      await client.open(uri, 'javascript', source);
      assert.deepEqual((await first).diagnostics.map((d) => (d as { severity?: number }).severity), [1]);
      assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('.http-status-guide.json')));
      fs.writeFileSync(path.join(folder, '.http-status-guide.json'), '{ "rules": { "non-standard-code": "off" } }\n');
      const second = client.nextDiagnostics(uri);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(folder, '.http-status-guide.json')), type: 2 }] });
      assert.deepEqual((await second).diagnostics, [], 'the rule is off now');
      assert.equal(await client.stop(), 0);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exits with 1 on exit without shutdown, and refuses transports other than stdio', async () => {
    const client = new TestClient();
    await client.initialize();
    const exited = new Promise<number | null>((resolve) => client.child.once('exit', resolve));
    await client.connection.sendNotification('exit');
    assert.equal(await exited, 1);
    client.connection.dispose();
    const wrong = new TestClient(['lsp', '--socket=9000']);
    const code = await new Promise<number | null>((resolve) => wrong.child.once('exit', resolve));
    assert.equal(code, 2);
    assert.match(wrong.stderr, /only --stdio/);
    wrong.connection.dispose();
  });
});
