import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { getAbi } from 'node-abi';
import { tempDir } from '../../support/app';

// `npm start` where the desktop window cannot open: one line saying why (with the fixing command
// where there is one), then browser mode. Electron itself is replaced by a small script where a
// test needs Electron to "run"; the SQLite preparation, the ABI check and browser mode are real.
// Uses the build (npm test builds first; run `npm run build` before running this file alone).
const require = createRequire(import.meta.url);
const electronVersion = (require('electron/package.json') as { version: string }).version;
const sqliteVersion = (require('better-sqlite3/package.json') as { version: string }).version;
const nodeAddon = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const cacheDirName = `better-sqlite3-${sqliteVersion}-electron-${electronVersion}-${process.platform}-${process.arch}`;

interface Run {
  out: string;
  /** "<status> <after stop>" for the browser-mode address, or null when browser mode never started. */
  web: string | null;
  code: number | null;
}

function start(env: NodeJS.ProcessEnv, opts: { expectWeb?: boolean; args?: string[] } = {}): Promise<Run> {
  const child = spawn(process.execPath, ['dist/main/start.mjs', '--port', '0', '--data-dir', tempDir(), ...(opts.args ?? [])], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => (child.kill(), reject(new Error(out))), 90_000);
    if (opts.expectWeb === false) {
      child.once('exit', (code) => (clearTimeout(t), resolve({ out, web: null, code })));
      return;
    }
    child.stdout.on('data', () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)#token=/.exec(out);
      if (m) {
        clearTimeout(t);
        child.stdout.removeAllListeners('data');
        child.stdout.on('data', (d) => (out += d));
        fetch(m[1]).then(async (r) => {
          child.kill('SIGTERM');
          const code = await new Promise<number | null>((done) => child.once('exit', done));
          // Stopping `npm start` stops browser mode too: nothing is left listening.
          const after = await fetch(m[1]).then(() => 'still answering', () => 'stopped');
          resolve({ out, web: `${r.status} ${after}`, code });
        }, reject);
      }
    });
  });
}

const baseEnv = () => {
  const env: NodeJS.ProcessEnv & { CONSOLE_NATIVE_CACHE: string } = { ...process.env, CONSOLE_NATIVE_CACHE: tempDir('native-cache-') };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return env;
};

/** A stand-in Electron that records what it was given and exits with `code`. */
function fakeElectron(code: number): { dir: string; record: string } {
  const dir = tempDir('fake-electron-');
  const record = path.join(dir, 'ran.txt');
  const bin = path.join(dir, process.platform === 'win32' ? 'electron.exe' : 'electron');
  fs.writeFileSync(bin, `#!/bin/sh\nprintf '%s' "$CONSOLE_SQLITE_BINDING" > '${record}'\nexit ${code}\n`, { mode: 0o755 });
  return { dir, record };
}

/** Puts `bytes` where npm start looks for Electron's SQLite build. */
function seedCache(env: NodeJS.ProcessEnv, bytes: Buffer): string {
  const file = path.join(env.CONSOLE_NATIVE_CACHE!, cacheDirName, 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}
// The symbol an addon built for Electron's ABI exports (what the pre-launch ABI check reads).
const electronAbiMarker = () => Buffer.from(`\0node_register_module_v${getAbi(electronVersion, 'electron')}\0`);
const firstLine = (out: string) => out.trim().split('\n')[0];

describe.skipIf(!fs.existsSync('dist/main/start.mjs'))('npm start', () => {
  // Only Linux desktops can lack a display (macOS and Windows always have one).
  it.skipIf(process.platform !== 'linux')('without a display: says why in one line and serves browser mode (Linux only)', async () => {
    const { out, web } = await start(baseEnv());
    expect(firstLine(out)).toBe('Electron cannot start here because there is no display (DISPLAY/WAYLAND_DISPLAY unset): starting browser mode instead.');
    expect(out).toMatch(/Open this address in your browser .*#token=/);
    expect(web).toBe('200 stopped');
  });

  it('without an Electron binary: says so and serves browser mode', async () => {
    const { out, web } = await start({ ...baseEnv(), DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: tempDir('no-electron-') });
    expect(firstLine(out)).toBe('Electron cannot start here because the Electron binary is not installed and could not be downloaded (offline?): starting browser mode instead.');
    expect(web).toBe('200 stopped');
  });

  it('first run, when Electron’s SQLite build cannot be had (offline here): a progress line, then the reason and the fixing command, then browser mode', async () => {
    const electron = fakeElectron(0);
    // Unreachable proxies keep this the offline path even on a machine with network.
    const offline = { https_proxy: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', npm_config_proxy: 'http://127.0.0.1:9', npm_config_https_proxy: 'http://127.0.0.1:9' };
    const env = { ...baseEnv(), ...offline, DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: electron.dir };
    const { out, web } = await start(env);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe(`Preparing SQLite for Electron ${electronVersion} (${process.platform}-${process.arch}); first run only, this can take a minute…`);
    const log = path.join(env.CONSOLE_NATIVE_CACHE, `${cacheDirName}.log`);
    expect(lines[1]).toBe(
      `Electron cannot start here because SQLite could not be built for Electron ${electronVersion} (offline, or no C++ compiler; details in ${log}): run \`npm run rebuild:electron\` where the network is available, then \`npm start\`; starting browser mode instead.`,
    );
    // The tool's own output is in the log, not on the terminal; nothing half-built is left to reuse.
    expect(fs.readFileSync(log, 'utf8')).toMatch(/rebuild|node-gyp|prebuild/i);
    expect(out).not.toMatch(/node-gyp/);
    expect(fs.existsSync(path.join(env.CONSOLE_NATIVE_CACHE, cacheDirName, 'better_sqlite3.node'))).toBe(false);
    expect(fs.existsSync(electron.record)).toBe(false);
    expect(web).toBe('200 stopped');
  }, 180_000);

  it('a cached build for the wrong ABI (the real Node build) is caught before Electron starts', async () => {
    const electron = fakeElectron(0);
    const env = { ...baseEnv(), DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: electron.dir };
    seedCache(env, fs.readFileSync(nodeAddon));
    const { out, web } = await start(env);
    expect(firstLine(out)).toBe(
      `Electron cannot start here because the SQLite build for Electron ${electronVersion} targets NODE_MODULE_VERSION ${process.versions.modules}, not ${getAbi(electronVersion, 'electron')}: run \`npm run rebuild:electron\`, then \`npm start\`; starting browser mode instead.`,
    );
    expect(fs.existsSync(electron.record)).toBe(false);
    expect(web).toBe('200 stopped');
  });

  it('reuses a prepared build: no progress line, and Electron is handed its path', async () => {
    const electron = fakeElectron(0);
    const env = { ...baseEnv(), DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: electron.dir };
    const file = seedCache(env, electronAbiMarker());
    const { out, code } = await start(env, { expectWeb: false });
    expect(out).not.toContain('Preparing SQLite');
    expect(out).not.toContain('browser mode');
    expect(code).toBe(0);
    expect(fs.readFileSync(electron.record, 'utf8')).toBe(file);
  });

  it('when Electron reports that SQLite would not load: says so with the fixing command and serves browser mode', async () => {
    const electron = fakeElectron(86);
    const env = { ...baseEnv(), DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: electron.dir };
    seedCache(env, electronAbiMarker());
    const { out, web } = await start(env);
    expect(firstLine(out)).toBe(`Electron ${electronVersion} could not load its SQLite build: run \`npm run rebuild:electron\`, then \`npm start\`; starting browser mode instead.`);
    expect(web).toBe('200 stopped');
  });

  it('when the Electron binary fails at start: says so and serves browser mode', async () => {
    const electron = fakeElectron(3);
    const env = { ...baseEnv(), DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: electron.dir };
    seedCache(env, electronAbiMarker());
    const { out, web } = await start(env);
    expect(firstLine(out)).toBe('Electron exited at start (code 3): starting browser mode instead.');
    expect(web).toBe('200 stopped');
  });
});
