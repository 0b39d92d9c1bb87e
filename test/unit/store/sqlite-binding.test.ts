import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { getAbi } from 'node-abi';
import {
  addonAbis,
  cacheKey,
  cacheRoot,
  chooseSqliteBinding,
  classifySqliteLoadError,
  electronBuildPath,
  sqliteNativeBinding,
} from '../../../main/store/sqlite-binding';
import { afterElectronExit, EXIT_SQLITE_UNAVAILABLE, EXIT_START_FAILED, fallbackLine, hasDisplay, preparingLine } from '../../../main/desktop/start-plan';
import { setLocale } from '../../../main/shared/i18n';
import { fatalExitCode, startOnce } from '../../../main/desktop/lifecycle';

// The desktop start-up decisions, under plain Node, against real addons where one can be had.
const require = createRequire(import.meta.url);
const nodeAddon = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const electronVersion = (require('electron/package.json') as { version: string }).version;
const target = { electron: electronVersion, platform: 'linux', arch: 'x64', sqlite: '12.11.1' };
const root = '/work/project';

describe('which SQLite addon each runtime loads', () => {
  const base = { packaged: false, env: {}, projectRoot: root, platform: 'linux', arch: 'x64', sqliteVersion: '12.11.1' };

  it('plain Node (tests, browser mode, CLIs) uses the build in node_modules, whatever the environment says', () => {
    expect(chooseSqliteBinding({ ...base, versions: { node: '20.19.0' } as { electron?: string } })).toEqual({ runtime: 'node' });
    expect(sqliteNativeBinding({}, { CONSOLE_SQLITE_BINDING: '/tmp/x/better_sqlite3.node' })).toBeUndefined();
    expect(sqliteNativeBinding(process.versions, process.env)).toBeUndefined();
  });

  it('Electron in development uses the cache keyed by Electron version, platform, arch and better-sqlite3 version', () => {
    const choice = chooseSqliteBinding({ ...base, versions: { electron: electronVersion } });
    expect(choice).toEqual({ runtime: 'electron', path: path.join(root, 'node_modules', '.cache', 'certn-icims-console', `better-sqlite3-12.11.1-electron-${electronVersion}-linux-x64`, 'better_sqlite3.node') });
    // Outside better-sqlite3's own build folder, which stays the Node build.
    expect((choice as { path: string }).path).not.toContain(path.join('better-sqlite3', 'build'));
    expect(cacheKey({ ...target, arch: 'arm64' })).not.toBe(cacheKey(target));
    expect(cacheKey({ ...target, electron: '45.0.0' })).not.toBe(cacheKey(target));
    expect(cacheKey({ ...target, platform: 'darwin' })).not.toBe(cacheKey(target));
  });

  it('Electron started by npm start uses the path it was given; the cache can be moved', () => {
    expect(chooseSqliteBinding({ ...base, versions: { electron: electronVersion }, env: { CONSOLE_SQLITE_BINDING: '/c/b.node' } })).toEqual({ runtime: 'electron', path: '/c/b.node' });
    expect(sqliteNativeBinding({ electron: electronVersion }, { CONSOLE_SQLITE_BINDING: '/c/b.node' })).toBe('/c/b.node');
    expect(sqliteNativeBinding({ electron: electronVersion }, { CONSOLE_SQLITE_BINDING: 'relative.node' })).toBeUndefined();
    expect(cacheRoot(root, { CONSOLE_NATIVE_CACHE: '/var/cache/x' })).toBe('/var/cache/x');
    expect(electronBuildPath('/var/cache/x', target)).toBe(`/var/cache/x/better-sqlite3-12.11.1-electron-${electronVersion}-linux-x64/better_sqlite3.node`);
  });

  it('an installed app uses the addon electron-builder rebuilt for Electron when packaging', () => {
    expect(chooseSqliteBinding({ ...base, packaged: true, versions: { electron: electronVersion } })).toEqual({ runtime: 'electron-packaged' });
  });
});

describe('ABI checks on real addons', () => {
  it('reads the ABI the real Node build registers, and sees it is not Electron’s', () => {
    const abis = addonAbis(fs.readFileSync(nodeAddon));
    expect(abis).toEqual([Number(process.versions.modules)]);
    const electronAbi = Number(getAbi(electronVersion, 'electron'));
    expect(electronAbi).toBeGreaterThan(Number(process.versions.modules));
    expect(abis).not.toContain(electronAbi);
  });

  it('classifies a real wrong-ABI load (an addon registered for Electron’s ABI, loaded by this Node)', (ctx) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wrong-abi-'));
    const electronAbi = Number(getAbi(electronVersion, 'electron'));
    // The smallest addon that registers itself the way NODE_MODULE_INIT does, for another ABI.
    fs.writeFileSync(
      path.join(dir, 'wrong.c'),
      `struct node_module { int v; unsigned int f; void* d; const char* fn; void* r; void* cr; const char* n; void* p; struct node_module* l; };
extern void node_module_register(void*);
static void init(void) {}
static struct node_module mod = { ${electronAbi}, 0, 0, "wrong.c", 0, (void*)init, "better_sqlite3", 0, 0 };
__attribute__((constructor)) static void reg(void) { node_module_register(&mod); }
`,
    );
    const cc = spawnSync('cc', ['-shared', '-fPIC', '-o', path.join(dir, 'better_sqlite3.node'), path.join(dir, 'wrong.c')]);
    if (cc.error || cc.status !== 0) ctx.skip();
    let err: unknown;
    try {
      new Database(':memory:', { nativeBinding: path.join(dir, 'better_sqlite3.node') });
    } catch (e) {
      err = e;
    }
    expect((err as Error).message).toContain(`NODE_MODULE_VERSION ${electronAbi}. This version of Node.js requires`);
    expect(classifySqliteLoadError(err)).toEqual({ kind: 'abi-mismatch', built: electronAbi, required: Number(process.versions.modules) });
    expect(fatalExitCode(err)).toBe(EXIT_SQLITE_UNAVAILABLE);
  });

  it('classifies the error Electron prints for the Node build (the message text as Node writes it)', () => {
    const text =
      "The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 150. Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` or `npm install`).";
    expect(classifySqliteLoadError(Object.assign(new Error(text), { code: 'ERR_DLOPEN_FAILED' }))).toEqual({ kind: 'abi-mismatch', built: 115, required: 150 });
  });

  it('classifies a missing build and a file that is not an addon, from real loads', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-addon-'));
    const load = (p: string) => {
      try {
        new Database(':memory:', { nativeBinding: p });
        return null;
      } catch (e) {
        return e;
      }
    };
    const missing = classifySqliteLoadError(load(path.join(dir, 'better_sqlite3.node')));
    expect(missing).toEqual({ kind: 'missing', path: path.join(dir, 'better_sqlite3.node') });
    fs.writeFileSync(path.join(dir, 'junk.node'), 'not an ELF file');
    expect(classifySqliteLoadError(load(path.join(dir, 'junk.node')))?.kind).toBe('unusable');
    // Not a SQLite build problem: no advice about rebuilding.
    expect(classifySqliteLoadError(new Error('SQLITE_CANTOPEN: unable to open database file'))).toBeNull();
    expect(fatalExitCode(new Error('boom'))).toBe(EXIT_START_FAILED);
  });
});

describe('what npm start says before starting browser mode', () => {
  it('one line per reason, naming the fixing command where there is one', () => {
    const lines = [
      fallbackLine({ kind: 'no-display' }),
      fallbackLine({ kind: 'no-binary' }),
      fallbackLine({ kind: 'sqlite-unavailable', electron: '45.5.0', log: '/c/x.log' }),
      fallbackLine({ kind: 'sqlite-abi', electron: '45.5.0', built: [115], required: 150 }),
      fallbackLine({ kind: 'sqlite-failed-in-electron', electron: '45.5.0' }),
      fallbackLine({ kind: 'exited', code: 3 }),
    ];
    for (const l of lines) {
      expect(l).not.toContain('\n');
      expect(l).toMatch(/starting browser mode instead\.$/);
    }
    expect(lines[0]).toBe('Electron cannot start here because there is no display (DISPLAY/WAYLAND_DISPLAY unset): starting browser mode instead.');
    expect(lines[1]).toBe('Electron cannot start here because the Electron binary is not installed and could not be downloaded (offline?): starting browser mode instead.');
    expect(lines[2]).toBe(
      'Electron cannot start here because SQLite could not be built for Electron 45.5.0 (offline, or no C++ compiler; details in /c/x.log): run `npm run rebuild:electron` where the network is available, then `npm start`; starting browser mode instead.',
    );
    expect(lines[3]).toContain('targets NODE_MODULE_VERSION 115, not 150: run `npm run rebuild:electron`');
    expect(lines[4]).toContain('could not load its SQLite build: run `npm run rebuild:electron`');
    // --prepare-sqlite starts nothing after: the same line, ending there.
    expect(fallbackLine({ kind: 'sqlite-failed-in-electron', electron: '45.5.0' }, 'stop')).toBe('Electron 45.5.0 could not load its SQLite build: run `npm run rebuild:electron`, then `npm start`.');
  });

  it('in French, as `npm start` prints them on a French system, with the commands left as they are typed', () => {
    setLocale('fr-CA');
    try {
      expect(fallbackLine({ kind: 'no-display' })).toBe('Electron ne peut pas démarrer ici, car il n’y a pas d’affichage (DISPLAY/WAYLAND_DISPLAY non défini)\u00a0: démarrage en mode navigateur à la place.');
      expect(fallbackLine({ kind: 'sqlite-abi', electron: '45.5.0', built: [], required: 150 })).toBe(
        'Electron ne peut pas démarrer ici, car la version de SQLite compilée pour Electron 45.5.0 vise NODE_MODULE_VERSION inconnue, et non 150\u00a0: lancez `npm run rebuild:electron`, puis `npm start`; démarrage en mode navigateur à la place.',
      );
      expect(fallbackLine({ kind: 'exited', code: 3 }, 'stop')).toBe('Electron s’est arrêté au démarrage (code 3).');
      expect(preparingLine('45.5.0', 'linux', 'x64')).toMatch(/^Préparation de SQLite pour Electron 45\.5\.0 \(linux-x64\)/);
    } finally {
      setLocale('en');
    }
  });

  it('reads Electron’s exit: SQLite failures and quick crashes fall back, a normal quit does not', () => {
    expect(afterElectronExit(EXIT_SQLITE_UNAVAILABLE, null, 60_000, '45.5.0')).toEqual({ kind: 'sqlite-failed-in-electron', electron: '45.5.0' });
    expect(afterElectronExit(3, null, 1000, '45.5.0')).toEqual({ kind: 'exited', code: 3 });
    expect(afterElectronExit(EXIT_START_FAILED, null, 60_000, '45.5.0')).toEqual({ kind: 'exited', code: EXIT_START_FAILED });
    expect(afterElectronExit(0, null, 1000, '45.5.0')).toBeNull();
    expect(afterElectronExit(1, null, 60_000, '45.5.0')).toBeNull();
    expect(afterElectronExit(null, 'SIGINT', 100, '45.5.0')).toBeNull();
  });

  it('knows when there is no display', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });
});

describe('Electron start-up', () => {
  const fakeApp = (lock: boolean, ready: Promise<unknown> = Promise.resolve()) => {
    const calls: string[] = [];
    return {
      calls,
      app: {
        requestSingleInstanceLock: () => (calls.push('lock'), lock),
        quit: () => void calls.push('quit'),
        whenReady: () => (calls.push('whenReady'), ready),
      },
    };
  };

  it('a second instance quits and opens neither the database nor a window', async () => {
    const { app, calls } = fakeApp(false);
    let started = false;
    expect(startOnce(app, async () => void (started = true), () => undefined)).toBe('secondary');
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toEqual(['lock', 'quit']);
    expect(started).toBe(false);
  });

  it('a failure inside whenReady reaches the fatal handler (which ends the process) instead of vanishing', async () => {
    const { app } = fakeApp(true);
    const failure = new Error("Cannot find module '/c/better_sqlite3.node'");
    const seen = await new Promise<unknown>((resolve) => {
      expect(startOnce(app, () => Promise.reject(failure), resolve)).toBe('primary');
    });
    expect(seen).toBe(failure);
    expect(fatalExitCode(seen)).toBe(EXIT_SQLITE_UNAVAILABLE);
  });
});
