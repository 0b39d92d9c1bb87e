// The application menu as plain data, so its shape is tested under Node. main/electron/menu.ts
// turns it into an Electron Menu and supplies the actions.
import { currentTranslator, type Translator } from '../shared/i18n';

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

/** Roles Electron performs itself; each gets a label in the console's language (see the `menu` catalog area). */
type Role =
  | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'pasteAndMatchStyle' | 'delete' | 'selectAll'
  | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'reload' | 'toggleDevTools'
  | 'minimize' | 'zoom' | 'front' | 'close' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'about';

/**
 * The menu in one language: `tr` is the console's translator unless given. Built again whenever
 * the language changes (main/electron/menu.ts), since a built Electron menu keeps its labels.
 */
export function buildMenuTemplate(opts: { platform: string; appName: string; devTools: boolean; actions: MenuActions; tr?: Translator }): MenuItemSpec[] {
  const tr = opts.tr ?? currentTranslator();
  const mac = opts.platform === 'darwin';
  const values = { appName: opts.appName };
  const role = (r: Role): MenuItemSpec => ({ role: r, label: tr.t(`menu.${r}`, values) });
  const about = role('about');
  const edit: MenuItemSpec = {
    label: tr.t('menu.edit'),
    submenu: [
      role('undo'),
      role('redo'),
      sep,
      role('cut'),
      role('copy'),
      role('paste'),
      ...(mac ? [role('pasteAndMatchStyle')] : []),
      role('delete'),
      sep,
      role('selectAll'),
    ],
  };
  const view: MenuItemSpec = {
    label: tr.t('menu.view'),
    submenu: [
      role('resetZoom'),
      role('zoomIn'),
      role('zoomOut'),
      sep,
      role('togglefullscreen'),
      ...(opts.devTools ? [sep, role('reload'), role('toggleDevTools')] : []),
    ],
  };
  const window: MenuItemSpec = {
    label: tr.t('menu.window'),
    role: 'window',
    submenu: mac ? [role('minimize'), role('zoom'), sep, role('front')] : [role('minimize'), role('close')],
  };
  const help: MenuItemSpec = {
    label: tr.t('menu.help'),
    role: 'help',
    submenu: [
      { label: tr.t('menu.helpArticle'), click: opts.actions.openHelpArticle },
      { label: tr.t('menu.logFolder'), click: opts.actions.openLogFolder },
      ...(mac ? [] : [sep, about]),
    ],
  };
  if (mac) {
    const appMenu: MenuItemSpec = {
      label: opts.appName,
      submenu: [about, sep, role('services'), sep, role('hide'), role('hideOthers'), role('unhide'), sep, role('quit')],
    };
    return [appMenu, { label: tr.t('menu.file'), submenu: [role('close')] }, edit, view, window, help];
  }
  return [{ label: tr.t('menu.file'), submenu: [role('quit')] }, edit, view, window, help];
}

/** What the About panel shows (app.setAboutPanelOptions). */
export function aboutPanelOptions(appName: string, version: string): { applicationName: string; applicationVersion: string; version: string; website: string } {
  return { applicationName: appName, applicationVersion: version, version, website: HELP_ARTICLE_URL };
}
