import { app, BrowserWindow, dialog, screen } from 'electron';
import log from 'electron-log/main';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createConsoleApp, type ConsoleApp } from '../app';
import { chooseSqliteBinding, classifySqliteLoadError, SQLITE_BINDING_ENV, REBUILD_COMMAND } from '../store/sqlite-binding';
import { fatalExitCode, startOnce } from '../desktop/lifecycle';
import { aboutPanelOptions } from '../desktop/menu';
import { restoreWindow, windowStateToSave } from '../desktop/window-state';
import { configureFileLog, type ConsoleLog } from '../logging/logger';
import { electronLogDir } from '../logging/paths';
import { keychainProtector } from './safe-storage';
import { electronPrefsStore } from './prefs-store';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow, denyPermissions } from './window';
import { registerIpc } from './ipc';
import { forwardEvents } from './push';
import { installAppMenu } from './menu';
import { saveWithDialog } from './save-dialog';
import { notifyHealthFailure } from './notify';
import { t } from '../shared/i18n';

// The thin Electron entry: window, menu, protocol, keychain, preferences and log adapters.
// Everything else is the same code browser mode and the tests run under plain Node.
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const rendererDir = path.resolve(here, '../renderer');
const preloadPath = path.resolve(here, '../preload/index.cjs');

let win: BrowserWindow | null = null;
let consoleApp: ConsoleApp | null = null;
let consoleLog: ConsoleLog | null = null;

app.enableSandbox();
registerAppScheme();

// A second instance only hands over to the first: no database, no window.
if (startOnce(app, start, fatal) === 'primary') {
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('window-all-closed', async () => {
    await consoleApp?.close();
    consoleApp = null;
    consoleLog?.info('desktop app closed');
    app.quit();
  });
}

async function start(): Promise<void> {
  consoleLog = configureFileLog(log, electronLogDir(app.getPath('logs')));
  const binding = chooseSqliteBinding({
    versions: process.versions,
    packaged: app.isPackaged,
    env: process.env,
    projectRoot: app.getAppPath(),
    platform: process.platform,
    arch: process.arch,
    sqliteVersion: (require('better-sqlite3/package.json') as { version: string }).version,
  });
  if (binding.runtime === 'electron') process.env[SQLITE_BINDING_ENV] = binding.path;
  consoleLog.info(`desktop app ${app.getVersion()} starting on Electron ${process.versions.electron}; SQLite: ${binding.runtime === 'electron' ? `Electron build ${binding.path}` : 'packaged build'}`);

  denyPermissions();
  serveRenderer(rendererDir);
  app.setAboutPanelOptions(aboutPanelOptions(app.getName(), app.getVersion()));
  const prefsStore = electronPrefsStore();
  const runLog = consoleLog;
  consoleApp = await createConsoleApp({
    dataDir: app.getPath('userData'),
    mode: 'electron',
    version: app.getVersion(),
    logDir: runLog.dir,
    keychain: await keychainProtector(),
    prefsStore,
    systemLocales: app.getPreferredSystemLanguages(),
    healthSchedule: true,
    onEventError: (name, err) => runLog.error(`event ${name} not sent: ${err instanceof Error ? err.name : 'error'}`),
    saveFile: saveWithDialog(() => win),
    dispatch: {
      onUnexpected: (channel, err) => {
        const what = `${channel} failed: ${err instanceof Error ? err.name : 'error'}`;
        console.error(`[console] ${what}`);
        runLog.error(what);
      },
    },
  });
  consoleLog.info('SQLite opened');
  registerIpc(consoleApp.dispatch, () => win);
  forwardEvents(consoleApp.events, () => win);
  consoleApp.services.health.subscribe((e) => notifyHealthFailure(e, () => (win?.isMinimized() && win.restore(), win?.focus())));
  const prefs = consoleApp.services.prefs;
  // The menu speaks the console's language, known once the preferences are read, and follows Settings.
  const menu = { appName: app.getName(), logDir: runLog.dir, devTools: !app.isPackaged };
  installAppMenu(menu);
  prefs.onLocaleChange(() => installAppMenu(menu));
  const { bounds, maximized } = restoreWindow(prefs.get().windowBounds, screen.getAllDisplays().map((d) => d.workArea));
  const w = createMainWindow(preloadPath, bounds, maximized);
  win = w;
  w.on('close', () => {
    prefs.set({ windowBounds: windowStateToSave(w.getNormalBounds(), w.isMaximized()) });
  });
  w.on('closed', () => (win = null));
}

/** Anything that fails before the window exists ends the process with a reason, never a windowless app. */
function fatal(err: unknown): void {
  const problem = classifySqliteLoadError(err);
  // The log's line stays English (and is what `npm start` prints); the dialog speaks the console's language.
  // i18n-ignore: a log line
  const line = problem
    ? // i18n-ignore: a log line
      `SQLite's build for Electron ${process.versions.electron} could not be loaded (${problem.kind}): run \`${REBUILD_COMMAND}\`, then start again.`
    : // i18n-ignore: a log line
      `The console could not start (${err instanceof Error ? err.name : 'error'}).`;
  consoleLog?.error(line, err);
  // `npm start` explains the exit code itself, in one line; run any other way, say it here.
  if (!process.env.CONSOLE_STARTED_BY_NPM_START) console.error(line);
  if (app.isPackaged) dialog.showErrorBox(app.getName(), problem ? t('errors.start.dbEngine') : t('errors.start.failed', { reason: err instanceof Error ? err.name : 'error' }));
  void consoleApp?.close().catch(() => undefined);
  app.exit(fatalExitCode(err));
}
