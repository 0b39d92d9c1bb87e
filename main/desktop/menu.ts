// i18n-pending: being moved to the catalogs
// The application menu as plain data, so its shape is tested under Node. main/electron/menu.ts
// turns it into an Electron Menu and supplies the actions.

/** Certn's own article on setting up the iCIMS integration (on the external-link allow-list). */
export const HELP_ARTICLE_URL = 'https://help.certn.co/hc/en-us/articles/50495958396307-ICIMS-Certn-Integration-Setup';

export interface MenuItemSpec {
  label?: string;
  role?: string;
  type?: 'separator';
  accelerator?: string;
  submenu?: MenuItemSpec[];
  click?: () => void;
}

export interface MenuActions {
  openHelpArticle(): void;
  openLogFolder(): void;
}

const sep: MenuItemSpec = { type: 'separator' };

export function buildMenuTemplate(opts: { platform: string; appName: string; devTools: boolean; actions: MenuActions }): MenuItemSpec[] {
  const mac = opts.platform === 'darwin';
  const about: MenuItemSpec = { role: 'about', label: `About ${opts.appName}` };
  const edit: MenuItemSpec = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' }] : []),
      { role: 'delete' },
      sep,
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemSpec = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
      ...(opts.devTools ? [sep, { role: 'reload' }, { role: 'toggleDevTools' }] : []),
    ],
  };
  const window: MenuItemSpec = {
    label: 'Window',
    role: 'window',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, sep, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuItemSpec = {
    label: 'Help',
    role: 'help',
    submenu: [
      { label: 'Certn’s iCIMS setup article', click: opts.actions.openHelpArticle },
      { label: 'Open log folder', click: opts.actions.openLogFolder },
      ...(mac ? [] : [sep, about]),
    ],
  };
  if (mac) {
    const appMenu: MenuItemSpec = {
      label: opts.appName,
      submenu: [about, sep, { role: 'services' }, sep, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, sep, { role: 'quit' }],
    };
    return [appMenu, { label: 'File', submenu: [{ role: 'close' }] }, edit, view, window, help];
  }
  return [{ label: 'File', submenu: [{ role: 'quit' }] }, edit, view, window, help];
}

/** What the About panel shows (app.setAboutPanelOptions). */
export function aboutPanelOptions(appName: string, version: string): { applicationName: string; applicationVersion: string; version: string; website: string } {
  return { applicationName: appName, applicationVersion: version, version, website: HELP_ARTICLE_URL };
}
