import { REBUILD_COMMAND } from '../store/sqlite-binding';
import { t } from '../shared/i18n';

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

/**
 * The line for a reason, in the language set for the command (see main/cli/start.ts). `next`:
 * browser mode starts right after, or nothing does (`--prepare-sqlite`).
 */
export function fallbackLine(r: FallbackReason, next: 'browser' | 'stop' = 'browser'): string {
  const command = REBUILD_COMMAND;
  switch (r.kind) {
    case 'no-display':
      return t('launch.noDisplay', { next });
    case 'no-binary':
      return t('launch.noBinary', { next });
    case 'sqlite-unavailable':
      return t('launch.sqliteUnavailable', { next, electron: r.electron, log: r.log, command });
    case 'sqlite-abi':
      return t('launch.sqliteAbi', { next, electron: r.electron, built: r.built.join('/') || t('launch.unknownVersion'), required: String(r.required), command });
    case 'sqlite-failed-in-electron':
      return t('launch.sqliteFailed', { next, electron: r.electron, command });
    case 'exited':
      return t('launch.exited', { next, code: String(r.code) });
  }
}

export function preparingLine(electron: string, platform: string, arch: string): string {
  return t('launch.preparing', { electron, platform, arch });
}

export function readyLine(electron: string, platform: string, arch: string, file: string): string {
  return t('launch.ready', { electron, platform, arch, file });
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
