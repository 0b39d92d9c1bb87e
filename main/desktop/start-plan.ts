// i18n-pending: being moved to the catalogs
import { REBUILD_COMMAND } from '../store/sqlite-binding';

// What `npm start` says when the desktop window cannot open. Each reason is one line that names
// the cause and, where the admin can fix it, the command; browser mode starts right after.

/** Exit code the Electron entry uses when SQLite's addon cannot load, so `npm start` can explain it. */
export const EXIT_SQLITE_UNAVAILABLE = 86;
/** Exit code for any other failure before the window opened. */
export const EXIT_START_FAILED = 87;

export type FallbackReason =
  | { kind: 'no-display' }
  | { kind: 'no-binary' }
  | { kind: 'sqlite-unavailable'; electron: string; log: string }
  | { kind: 'sqlite-abi'; electron: string; built: number[]; required: number }
  | { kind: 'sqlite-failed-in-electron'; electron: string }
  | { kind: 'exited'; code: number };

export function fallbackLine(r: FallbackReason): string {
  const instead = 'starting browser mode instead.';
  switch (r.kind) {
    case 'no-display':
      return `Electron cannot start here because there is no display (DISPLAY/WAYLAND_DISPLAY unset): ${instead}`;
    case 'no-binary':
      return `Electron cannot start here because the Electron binary is not installed and could not be downloaded (offline?): ${instead}`;
    case 'sqlite-unavailable':
      return `Electron cannot start here because SQLite could not be built for Electron ${r.electron} (offline, or no C++ compiler; details in ${r.log}): run \`${REBUILD_COMMAND}\` where the network is available, then \`npm start\`; ${instead}`;
    case 'sqlite-abi':
      return `Electron cannot start here because the SQLite build for Electron ${r.electron} targets NODE_MODULE_VERSION ${r.built.join('/') || 'unknown'}, not ${r.required}: run \`${REBUILD_COMMAND}\`, then \`npm start\`; ${instead}`;
    case 'sqlite-failed-in-electron':
      return `Electron ${r.electron} could not load its SQLite build: run \`${REBUILD_COMMAND}\`, then \`npm start\`; ${instead}`;
    case 'exited':
      return `Electron exited at start (code ${r.code}): ${instead}`;
  }
}

export function preparingLine(electron: string, platform: string, arch: string): string {
  return `Preparing SQLite for Electron ${electron} (${platform}-${arch}); first run only, this can take a minute…`;
}

/** Whether Electron can have a window here at all (Linux needs X11 or Wayland). */
export function hasDisplay(platform: string, env: NodeJS.ProcessEnv): boolean {
  return platform !== 'linux' || !!env.DISPLAY || !!env.WAYLAND_DISPLAY;
}

/** How `npm start` reads Electron's exit: a quick failure means fall back, anything else is the admin quitting. */
export function afterElectronExit(code: number | null, signal: string | null, ranMs: number, electron: string): FallbackReason | null {
  if (signal || !code) return null;
  if (code === EXIT_SQLITE_UNAVAILABLE) return { kind: 'sqlite-failed-in-electron', electron };
  if (ranMs < 5000 || code === EXIT_START_FAILED) return { kind: 'exited', code };
  return null;
}
