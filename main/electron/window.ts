import { BrowserWindow, session, shell, type WebContents } from 'electron';
import path from 'node:path';
import { APP_ORIGIN } from './protocol';
import { linkDecision } from '../desktop/link-policy';
import { MIN_SIZE } from '../desktop/window-state';

/** The one window, hardened per Electron's security checklist. `bounds` are already checked against the displays. */
export function createMainWindow(preloadPath: string, bounds: { width: number; height: number; x?: number; y?: number }, maximized: boolean): BrowserWindow {
  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

function guardNavigation(wc: WebContents): void {
  // Nothing may replace the console page. Allow-listed pages open in the system browser and the
  // console's mail drafts (mailto:) in the mail app; everything else is refused.
  wc.on('will-navigate', (event, url) => {
    const decision = linkDecision(url);
    if (decision === 'stay') return;
    event.preventDefault();
    if (decision === 'open-external') void shell.openExternal(url);
  });
  wc.on('will-redirect', (event, url) => {
    if (linkDecision(url) !== 'stay') event.preventDefault();
  });
  wc.setWindowOpenHandler(({ url }) => {
    if (linkDecision(url) === 'open-external') void shell.openExternal(url);
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
