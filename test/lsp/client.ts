import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

// A bare JSON-RPC client for the language server tests: it spawns `node dist/cli.js lsp --stdio`
// as an editor would and speaks the protocol with vscode-jsonrpc, no language client library, so
// the tests see exactly the messages on the wire.

export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface Published {
  readonly uri: string;
  readonly diagnostics: readonly { readonly code?: string | number; readonly message: string; readonly range: { readonly start: { readonly line: number } } }[];
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly child: ChildProcess;
  readonly published: Published[] = [];
  /** Bytes on stdout that were not protocol messages (must stay empty). */
  stderr = '';
  private readonly waiters: { uri: string; resolve: (p: Published) => void }[] = [];
  /** What the server registered dynamically (file watchers). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** Answers to workspace/configuration, when the test says the client supports it. */
  configuration: unknown = {};

  /** `command`: an installed `http-status-guide` to run instead of the checkout's dist/cli.js. */
  constructor(args: readonly string[] = ['lsp', '--stdio'], command?: string) {
    this.child = command
      ? spawn(command, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
      : spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr?.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    if (!this.child.stdout || !this.child.stdin) throw new Error('no stdio');
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.published.push(p);
      for (const w of this.waiters.filter((x) => x.uri === p.uri)) w.resolve(p);
      this.waiters.splice(0, this.waiters.length, ...this.waiters.filter((x) => x.uri !== p.uri));
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.configuration));
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('window/showMessage', () => undefined);
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.listen();
  }

  async initialize(capabilities: object = {}, extra: object = {}): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri: null, capabilities, ...extra });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** The next diagnostics published for `uri`. */
  nextDiagnostics(uri: string): Promise<Published> {
    return new Promise((resolve) => this.waiters.push({ uri, resolve }));
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** shutdown + exit; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => { resolve(code); }));
    if (this.child.exitCode === null) {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

export const fileUri = (file: string): string => pathToFileURL(file).href;

/** Line/character of the first `needle` in `text` (plus `shift` characters into it). */
export function positionOf(text: string, needle: string, shift = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, at + shift);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
