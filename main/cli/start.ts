// `npm start`: open the console in Electron, with SQLite built for Electron's ABI. Where that cannot
// happen here (no display, no Electron binary and no network to fetch it, no SQLite build for
// Electron, or Electron failing at start), say why in one line, with the command that fixes it
// when there is one, and start browser mode instead. Flags:
//   --web              browser mode directly (`npm run start:web`)
//   --prepare-sqlite   only make sure Electron's SQLite build exists (reuses it when present)
//   --rebuild-sqlite   only rebuild it (`npm run rebuild:electron`)
// Other flags pass through (--port, --data-dir, --log-dir).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getAbi } from 'node-abi';
import { addonAbis, cacheKey, cacheRoot, electronBuildPath, SQLITE_BINDING_ENV, type ElectronTarget } from '../store/sqlite-binding';
import { afterElectronExit, fallbackLine, hasDisplay, preparingLine, readyLine, type FallbackReason } from '../desktop/start-plan';
import { defaultCliLocale } from './language';
import { setLocale } from '../shared/i18n';

const require = createRequire(import.meta.url);
// Bundled to dist/main/start.mjs: the project is two folders up.
const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../..');
const OWN_FLAGS = ['--web', '--prepare-sqlite', '--rebuild-sqlite'];
const args = process.argv.slice(2);
// What it prints follows the console's saved language, else the POSIX locale, like the other commands.
setLocale(defaultCliLocale(args));
const passThrough = args.filter((a) => !OWN_FLAGS.includes(a));

function electronBinary(): string | null {
  const pkgDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(pkgDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const platformRel = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
  const rel = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8') : platformRel;
  const bin = override ? path.join(override, rel) : path.join(pkgDir, 'dist', rel);
  if (fs.existsSync(bin)) return bin;
  if (override) return null;
  // Electron ≥ 42 fetches its binary on first run; try once, briefly.
  const r = spawnSync(process.execPath, [path.join(pkgDir, 'install.js')], { stdio: 'ignore', timeout: 60_000 });
  const after = fs.existsSync(pathFile) ? path.join(pkgDir, 'dist', fs.readFileSync(pathFile, 'utf8')) : bin;
  return r.status === 0 && fs.existsSync(after) ? after : null;
}

function electronTarget(): ElectronTarget {
  return {
    electron: (require('electron/package.json') as { version: string }).version,
    platform: process.platform,
    arch: process.arch,
    sqlite: (require('better-sqlite3/package.json') as { version: string }).version,
  };
}

type Prepared = { ok: true; file: string } | { ok: false; reason: FallbackReason };

/**
 * Electron's SQLite build: reused from the cache, or made once with @electron/rebuild (a prebuilt
 * download when one exists, else a compile against Electron's headers) in a separate process whose
 * output goes to a log file next to the cache, so the terminal shows one progress line.
 */
function prepareElectronSqlite(t: ElectronTarget, force: boolean): Prepared {
  const root = cacheRoot(projectRoot);
  const file = electronBuildPath(root, t);
  if (force || !fs.existsSync(file)) {
    console.log(preparingLine(t.electron, t.platform, t.arch));
    fs.mkdirSync(root, { recursive: true });
    const logFile = path.join(root, `${cacheKey(t)}.log`);
    const out = fs.openSync(logFile, 'w');
    const r = spawnSync(process.execPath, [path.join(here, 'electron-sqlite.mjs'), JSON.stringify(t), root], { stdio: ['ignore', out, out], timeout: 20 * 60_000, env: builderEnv(process.env) });
    fs.closeSync(out);
    if (r.status !== 0 || !fs.existsSync(file)) return { ok: false, reason: { kind: 'sqlite-unavailable', electron: t.electron, log: logFile } };
  }
  // A build for another ABI would fail at the first query: check the symbol it registers.
  let required: number | null = null;
  try {
    required = Number(getAbi(t.electron, 'electron'));
  } catch {
    // An Electron release newer than node-abi's table: Electron itself will tell.
  }
  if (required) {
    const built = addonAbis(fs.readFileSync(file));
    if (!built.includes(required)) return { ok: false, reason: { kind: 'sqlite-abi', electron: t.electron, built, required } };
  }
  return { ok: true, file };
}

/**
 * npm hands its configuration to scripts as npm_config_* variables, and node-gyp obeys some of
 * them over @electron/rebuild's own flags: a `nodedir` (common on Linux distributions) would
 * compile against plain Node's headers and yield a build for the wrong ABI.
 */
function builderEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const steer = /^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|build_from_source)$/i;
  return Object.fromEntries(Object.entries(env).filter(([k]) => !steer.test(k)));
}

/** Runs a child and passes Ctrl-C / termination on to it, so no console is left behind. */
function supervise(child: ChildProcess, onExit: (code: number | null, signal: NodeJS.Signals | null) => void): void {
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
    onExit(code, signal);
  });
}

/** Browser mode in this same process: one Node start less before the address is printed. */
function startWeb(): void {
  process.argv = [process.argv[0], path.join(here, 'web.mjs'), ...passThrough];
  void import(pathToFileURL(path.join(here, 'web.mjs')).href);
}

function fallBack(reason: FallbackReason): void {
  console.log(fallbackLine(reason));
  startWeb();
}

function startDesktop(): void {
  if (!hasDisplay(process.platform, process.env)) return fallBack({ kind: 'no-display' });
  const bin = electronBinary();
  if (!bin) return fallBack({ kind: 'no-binary' });
  const target = electronTarget();
  const sqlite = prepareElectronSqlite(target, false);
  if (!sqlite.ok) return fallBack(sqlite.reason);
  const started = Date.now();
  const env = { ...process.env, [SQLITE_BINDING_ENV]: sqlite.file, CONSOLE_STARTED_BY_NPM_START: '1' };
  supervise(spawn(bin, [projectRoot, ...passThrough], { stdio: 'inherit', env }), (code, signal) => {
    const reason = afterElectronExit(code, signal, Date.now() - started, target.electron);
    if (reason) fallBack(reason);
    else process.exit(code ?? 0);
  });
}

if (args.includes('--prepare-sqlite') || args.includes('--rebuild-sqlite')) {
  const target = electronTarget();
  const r = prepareElectronSqlite(target, args.includes('--rebuild-sqlite'));
  if (r.ok) console.log(readyLine(target.electron, target.platform, target.arch, r.file));
  else console.log(fallbackLine(r.reason, 'stop'));
  process.exit(r.ok ? 0 : 1);
} else if (args.includes('--web')) {
  startWeb();
} else {
  startDesktop();
}
