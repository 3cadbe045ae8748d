import * as fs from 'node:fs';
import * as path from 'node:path';
import { createConnection, LSPErrorCodes, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type ConnectionOptions, type RequestMessage } from 'vscode-languageserver/node';
import { parseKnowledge } from '../core/knowledge';
import { startServer } from './server';

// `http-status-guide lsp --stdio` (bundled to dist/lsp.js, loaded by dist/cli.js): the language
// server over stdin/stdout. stdout carries only protocol messages, so anything written to the
// console goes to stderr.

export function runLanguageServer(): void {
  const toStderr = (...parts: unknown[]): void => { process.stderr.write(`${parts.map(String).join(' ')}\n`); };
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  // A request the client cancels before it is dispatched gets its RequestCancelled answer at once.
  const options: ConnectionOptions = {
    connectionStrategy: { cancelUndispatched: (message) => ({ jsonrpc: '2.0', id: (message as RequestMessage).id, error: { code: LSPErrorCodes.RequestCancelled, message: 'cancelled' } }) },
  };
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout), options);
  startServer(connection, {
    // dist/knowledge.json sits next to this bundle; the rule pages in the package's docs/rules.
    knowledge: () => parseKnowledge(fs.readFileSync(path.join(__dirname, 'knowledge.json'), 'utf8')),
    packageRoot: path.resolve(__dirname, '..'),
  });
}
