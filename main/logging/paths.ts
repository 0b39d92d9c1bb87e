import os from 'node:os';
import path from 'node:path';

// Where the console's log file lives: the OS's log folder, never inside the project.
export const LOG_DIR_ENV = 'CONSOLE_LOG_DIR';
export const LOG_FILE = 'console.log';
const APP_DIR = 'certn-icims-console';

/**
 * Browser mode: `--log-dir`, else `$CONSOLE_LOG_DIR`, else next to a `--data-dir` chosen on the
 * command line (a data folder carried elsewhere keeps its logs), else the platform's log folder:
 * ~/Library/Logs on macOS, %LOCALAPPDATA% on Windows, $XDG_STATE_HOME (~/.local/state) on Linux.
 */
export function browserLogDir(opts: { platform?: string; env?: NodeJS.ProcessEnv; home?: string; logDirArg?: string; dataDirArg?: string } = {}): string {
  const platform = opts.platform ?? process.platform;
  const env = opts.env ?? process.env;
  const home = opts.home ?? os.homedir();
  if (opts.logDirArg) return path.resolve(opts.logDirArg);
  if (env[LOG_DIR_ENV] && path.isAbsolute(env[LOG_DIR_ENV]!)) return env[LOG_DIR_ENV]!;
  if (opts.dataDirArg) return path.join(path.resolve(opts.dataDirArg), 'logs');
  if (platform === 'darwin') return path.join(home, 'Library', 'Logs', APP_DIR);
  if (platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), APP_DIR, 'logs');
  const state = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.join(home, '.local', 'state');
  return path.join(state, APP_DIR, 'logs');
}

/** Electron: app.getPath('logs') (~/Library/Logs/<app> on macOS, <userData>/logs elsewhere) unless overridden. */
export function electronLogDir(appLogsPath: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[LOG_DIR_ENV];
  return override && path.isAbsolute(override) ? override : appLogsPath;
}
