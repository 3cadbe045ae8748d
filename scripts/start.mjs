// `npm start`: builds and packages the extension, installs it into a private code-server profile
// and serves the examples/ workspace on 127.0.0.1. Ctrl+C stops code-server and everything it started.
//   npm start [-- --port 8080]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CACHE, ROOT, installVsix, startCodeServer } from '../test/harness/code-server.mjs';

let port;
try {
  const { values } = parseArgs({ options: { port: { type: 'string' } } });
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be 1–65535, not ${values.port}`);
  }
} catch (error) {
  console.error(`npm start: ${error.message}`);
  process.exit(2);
}

execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'package.mjs')], { stdio: 'inherit' });
const runDir = path.join(CACHE, 'start');
fs.rmSync(runDir, { recursive: true, force: true });
const extensionsDir = path.join(runDir, 'exts');
installVsix(path.join(ROOT, 'dist-package', 'http-status-guide.vsix'), extensionsDir, runDir);

const server = await startCodeServer({ runDir, extensionsDir, port });
const folder = path.join(ROOT, 'examples');
console.log(`\nHTTP Status Guide is running in VS Code (code-server) with the examples/ workspace:\n\n  ${server.url}/?folder=${encodeURIComponent(folder)}\n\nOpen that URL, hover a status code. Press Ctrl+C to stop.`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  console.log('stopped.');
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('SIGHUP', stop);
