import { BrowserWindow, session, shell, type WebContents } from 'electron';
import path from 'node:path';
import { APP_ORIGIN } from './protocol';
import { isAppUrl } from '../ipc/sender';
import { isAllowedExternalUrl } from '../shared/external-links';

/** The one window, hardened per Electron's security checklist. */
export function createMainWindow(preloadPath: string, bounds: { width: number; height: number; x?: number; y?: number } | null): BrowserWindow {
  const win = new BrowserWindow({
    width: bounds?.width ?? 1200,
    height: bounds?.height ?? 820,
    x: bounds?.x,
    y: bounds?.y,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Certn × iCIMS Integration Console',
    webPreferences: {
      preload: path.resolve(preloadPath),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  guardNavigation(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

function guardNavigation(wc: WebContents): void {
  // Nothing may replace the console page; links to the portals open in the system browser.
  wc.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  wc.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  wc.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  wc.on('will-attach-webview', (event) => event.preventDefault());
}

// Copy buttons write to the clipboard; every other permission (camera, notifications, …) is refused.
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => ALLOWED_PERMISSIONS.has(permission));
}
