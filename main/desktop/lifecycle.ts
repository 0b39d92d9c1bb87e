import { classifySqliteLoadError } from '../store/sqlite-binding';
import { EXIT_SQLITE_UNAVAILABLE, EXIT_START_FAILED } from './start-plan';

// The Electron entry's start-up, written against the few app methods it uses so it is tested
// under plain Node: a second instance does nothing but hand over to the first, and a failure
// before the window exists ends the process (never a windowless Electron left running).

export interface AppLifecycle {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  whenReady(): Promise<unknown>;
}

export function startOnce(app: AppLifecycle, start: () => Promise<void>, onFatal: (err: unknown) => void): 'primary' | 'secondary' {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return 'secondary';
  }
  app.whenReady().then(start).catch(onFatal);
  return 'primary';
}

export function fatalExitCode(err: unknown): number {
  return classifySqliteLoadError(err) ? EXIT_SQLITE_UNAVAILABLE : EXIT_START_FAILED;
}
