import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConsoleApp, type ConsoleApp } from '../app';
import { keychainProtector } from './safe-storage';
import { electronPrefsStore } from './prefs-store';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow, denyPermissions } from './window';
import { registerIpc } from './ipc';

// The thin Electron entry: window, protocol, keychain and preferences adapters. Everything else
// is the same code browser mode and the tests run under plain Node.
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.resolve(here, '../renderer');
const preloadPath = path.resolve(here, '../preload/index.cjs');

app.enableSandbox();
registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

let win: BrowserWindow | null = null;
let consoleApp: ConsoleApp | null = null;

app.whenReady().then(async () => {
  denyPermissions();
  serveRenderer(rendererDir);
  const prefsStore = electronPrefsStore();
  consoleApp = await createConsoleApp({
    dataDir: app.getPath('userData'),
    mode: 'electron',
    version: app.getVersion(),
    keychain: await keychainProtector(),
    prefsStore,
    dispatch: { onUnexpected: (channel, err) => console.error(`[console] ${channel} failed: ${err instanceof Error ? err.name : 'error'}`) },
  });
  registerIpc(consoleApp.dispatch, () => win);
  win = createMainWindow(preloadPath, consoleApp.services.prefs.get().windowBounds);
  win.on('close', () => {
    if (win) consoleApp?.services.prefs.set({ windowBounds: win.getBounds() });
  });
  win.on('closed', () => (win = null));
});

app.on('second-instance', () => {
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.on('window-all-closed', async () => {
  await consoleApp?.close();
  consoleApp = null;
  app.quit();
});
