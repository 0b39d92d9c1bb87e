import path from 'node:path';

// better-sqlite3 is a per-ABI addon. The build in node_modules serves plain Node (tests, browser
// mode, the CLIs); Electron gets its own build, kept in a cache keyed by everything that changes
// the ABI, and is handed to better-sqlite3 through its `nativeBinding` option.

export const SQLITE_ADDON_FILE = 'better_sqlite3.node';
/** Set by `npm start` (and by the Electron entry itself) to the Electron build's path. */
export const SQLITE_BINDING_ENV = 'CONSOLE_SQLITE_BINDING';
/** Moves the cache (tests, shared build machines). */
export const NATIVE_CACHE_ENV = 'CONSOLE_NATIVE_CACHE';
/** The command that (re)builds the Electron build; every message that needs it names it. */
export const REBUILD_COMMAND = 'npm run rebuild:electron';

export interface ElectronTarget {
  electron: string;
  platform: string;
  arch: string;
  /** better-sqlite3's version: a new release needs a new build. */
  sqlite: string;
}

export function cacheKey(t: ElectronTarget): string {
  return `better-sqlite3-${t.sqlite}-electron-${t.electron}-${t.platform}-${t.arch}`;
}

export function cacheRoot(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[NATIVE_CACHE_ENV];
  return override && path.isAbsolute(override) ? override : path.join(projectRoot, 'node_modules', '.cache', 'certn-icims-console');
}

export function electronBuildPath(root: string, t: ElectronTarget): string {
  return path.join(root, cacheKey(t), SQLITE_ADDON_FILE);
}

export type BindingChoice =
  | { runtime: 'node' }
  /** An installer: electron-builder rebuilt the addon in place for Electron when packaging. */
  | { runtime: 'electron-packaged' }
  | { runtime: 'electron'; path: string };

/** Which addon the console loads in this process. */
export function chooseSqliteBinding(input: {
  versions: { electron?: string };
  packaged: boolean;
  env: NodeJS.ProcessEnv;
  projectRoot: string;
  platform: string;
  arch: string;
  sqliteVersion: string;
}): BindingChoice {
  const electron = input.versions.electron;
  if (!electron) return { runtime: 'node' };
  if (input.packaged) return { runtime: 'electron-packaged' };
  const fromEnv = input.env[SQLITE_BINDING_ENV];
  if (fromEnv && path.isAbsolute(fromEnv)) return { runtime: 'electron', path: fromEnv };
  const target = { electron, platform: input.platform, arch: input.arch, sqlite: input.sqliteVersion };
  return { runtime: 'electron', path: electronBuildPath(cacheRoot(input.projectRoot, input.env), target) };
}

/**
 * The `nativeBinding` option for `new Database()`: only under Electron, and only when a separate
 * build was chosen. Plain Node always uses the addon in node_modules, whatever the environment says.
 */
export function sqliteNativeBinding(versions: { electron?: string } = process.versions, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!versions.electron) return undefined;
  const p = env[SQLITE_BINDING_ENV];
  return p && path.isAbsolute(p) ? p : undefined;
}

/** The symbol an addon built with NODE_MODULE_INIT exports for the one ABI it was compiled for. */
export function addonAbis(bytes: Buffer): number[] {
  const found = new Set<number>();
  const re = /node_register_module_v(\d+)/g;
  for (const m of bytes.toString('latin1').matchAll(re)) found.add(Number(m[1]));
  return [...found].sort((a, b) => a - b);
}

export type SqliteLoadProblem =
  | { kind: 'missing'; path: string }
  | { kind: 'abi-mismatch'; built: number | null; required: number | null }
  | { kind: 'unusable'; detail: string };

/**
 * Recognises why better-sqlite3 could not load its addon, from the error Node (or Electron's Node)
 * throws. Anything else is not a SQLite build problem and returns null.
 */
export function classifySqliteLoadError(err: unknown): SqliteLoadProblem | null {
  if (!(err instanceof Error)) return null;
  const msg = err.message;
  const abi = /NODE_MODULE_VERSION (\d+)\. This version of Node\.js requires\s+NODE_MODULE_VERSION (\d+)/.exec(msg);
  if (abi) return { kind: 'abi-mismatch', built: Number(abi[1]), required: Number(abi[2]) };
  if (/Module did not self-register/.test(msg) && /better_sqlite3|\.node/.test(msg)) return { kind: 'abi-mismatch', built: null, required: null };
  const code = (err as NodeJS.ErrnoException).code;
  const missing = /Cannot find module '([^']+\.node)'|Could not locate the bindings file|ENOENT[^']*'([^']+\.node)'/.exec(msg);
  if (missing || (code === 'MODULE_NOT_FOUND' && msg.includes('.node'))) return { kind: 'missing', path: missing?.[1] ?? missing?.[2] ?? '' };
  if (code === 'ERR_DLOPEN_FAILED' && /\.node/.test(msg)) return { kind: 'unusable', detail: msg.split('\n')[0] };
  return null;
}
