import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aboutPanelOptions, buildMenuTemplate, HELP_ARTICLE_URL, type MenuItemSpec } from '../../../main/desktop/menu';
import { isReachable, restoreWindow, windowStateToSave } from '../../../main/desktop/window-state';
import { isMailDraftUrl, linkDecision } from '../../../main/desktop/link-policy';
import { browserLogDir, electronLogDir } from '../../../main/logging/paths';
import { redact } from '../../../main/logging/logger';
import { createNodeLog } from '../../../main/logging/node-log';
import { isAllowedExternalUrl } from '../../../main/shared/external-links';
import { call, makeApp, PASSPHRASE, tempDir } from '../../support/app';
import { setLocale, translator } from '../../../main/shared/i18n';
import { PrefsService } from '../../../main/prefs/prefs';
import { createConfStore } from '../../../main/prefs/conf-store';

describe('application menu', () => {
  const opened: string[] = [];
  const actions = { openHelpArticle: () => void opened.push('help'), openLogFolder: () => void opened.push('logs') };
  const roles = (items: MenuItemSpec[] | undefined) => (items ?? []).map((i) => i.role).filter(Boolean);
  const menu = (platform: string, devTools = false) => buildMenuTemplate({ platform, appName: 'Certn × iCIMS Integration Console', devTools, actions });
  const byLabel = (m: MenuItemSpec[], label: string) => m.find((i) => i.label === label);

  it.each(['linux', 'win32', 'darwin'])('on %s: Edit with copy/paste, View zoom, Window and Help', (platform) => {
    const m = menu(platform);
    expect(roles(byLabel(m, 'Edit')?.submenu)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
    expect(roles(byLabel(m, 'View')?.submenu)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    expect(byLabel(m, 'Window')?.role).toBe('window');
    expect(roles(byLabel(m, 'Window')?.submenu)).toContain('minimize');
    const help = byLabel(m, 'Help')!;
    expect(help.role).toBe('help');
    expect(help.submenu!.map((i) => i.label)).toEqual(expect.arrayContaining(['Certn’s iCIMS setup article', 'Open log folder']));
    // No developer tools in an installed app.
    expect(JSON.stringify(m)).not.toContain('toggleDevTools');
    expect(JSON.stringify(menu(platform, true))).toContain('toggleDevTools');
  });

  it('About sits in the app menu on macOS and under Help elsewhere, with the version', () => {
    const mac = menu('darwin');
    expect(mac[0].label).toBe('Certn × iCIMS Integration Console');
    expect(roles(mac[0].submenu)).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(roles(byLabel(menu('linux'), 'Help')?.submenu)).toContain('about');
    expect(roles(byLabel(menu('win32'), 'File')?.submenu)).toEqual(['quit']);
    expect(aboutPanelOptions('Console', '1.2.3')).toMatchObject({ applicationName: 'Console', applicationVersion: '1.2.3', version: '1.2.3' });
  });

  it('Help opens Certn’s article (an allow-listed https page) and the log folder', () => {
    const help = byLabel(menu('linux'), 'Help')!.submenu!;
    help.find((i) => i.label === 'Certn’s iCIMS setup article')!.click!();
    help.find((i) => i.label === 'Open log folder')!.click!();
    expect(opened).toEqual(['help', 'logs']);
    expect(isAllowedExternalUrl(HELP_ARTICLE_URL)).toBe(true);
    expect(linkDecision(HELP_ARTICLE_URL)).toBe('open-external');
  });
});

describe('application menu in the console’s language', () => {
  const actions = { openHelpArticle: () => undefined, openLogFolder: () => undefined };
  const labels = (m: MenuItemSpec[]): string[] => m.flatMap((i) => [...(i.label ? [i.label] : []), ...labels(i.submenu ?? [])]);

  it.each(['linux', 'win32', 'darwin'])('on %s every item, Electron’s own roles included, is labelled in French', (platform) => {
    const fr = buildMenuTemplate({ platform, appName: 'Console', devTools: true, actions, tr: translator('fr-CA') });
    expect(fr.map((i) => i.label)).toEqual(platform === 'darwin' ? ['Console', 'Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide'] : ['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    const all = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((i) => [i, ...all(i.submenu ?? [])]);
    // A role without a label would show Electron's English one.
    expect(all(fr).filter((i) => i.type !== 'separator' && !i.label)).toEqual([]);
    expect(labels(fr)).toEqual(expect.arrayContaining(['Copier', 'Coller', 'Tout sélectionner', 'Ouvrir le dossier des journaux', 'Article de Certn sur la configuration d’iCIMS']));
    expect(labels(fr)).toContain(platform === 'darwin' ? 'Quitter Console' : 'À propos de Console');
    const english = new Set(labels(buildMenuTemplate({ platform, appName: 'Console', devTools: true, actions, tr: translator('en') })));
    expect(labels(fr).filter((l) => english.has(l) && l !== 'Console' && l !== 'Services')).toEqual([]);
  });

  it('a language change in the preferences is announced once, so the desktop builds the menu again in it', () => {
    const prefs = new PrefsService(createConfStore(tempDir()), ['en-CA']);
    const heard: string[] = [];
    const stop = prefs.onLocaleChange((locale) => heard.push(locale));
    try {
      prefs.set({ theme: 'dark' });
      prefs.set({ language: 'fr-CA' });
      expect(buildMenuTemplate({ platform: 'linux', appName: 'Console', devTools: false, actions })[1].label).toBe('Édition');
      prefs.set({ language: 'fr-CA' });
      prefs.set({ language: 'system' });
      expect(buildMenuTemplate({ platform: 'linux', appName: 'Console', devTools: false, actions })[1].label).toBe('Edit');
      stop();
      prefs.set({ language: 'fr-CA' });
      expect(heard).toEqual(['fr-CA', 'en']);
    } finally {
      setLocale('en');
    }
  });
});

describe('window bounds', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 877 };
  const external = { x: 1440, y: 0, width: 2560, height: 1415 };

  it('restores a saved position that is on a display now attached', () => {
    expect(restoreWindow({ x: 1600, y: 100, width: 1300, height: 900 }, [laptop, external])).toEqual({ bounds: { x: 1600, y: 100, width: 1300, height: 900 }, maximized: false });
  });

  it('drops a position on a display that is gone (the window manager centres it) and fits the size to the screens left', () => {
    expect(restoreWindow({ x: 1600, y: 100, width: 2000, height: 1200 }, [laptop])).toEqual({ bounds: { width: 1440, height: 877 }, maximized: false });
  });

  it('needs the title bar reachable, not just a corner', () => {
    expect(isReachable({ x: 1400, y: 10, width: 1000, height: 700 }, [laptop])).toBe(false);
    expect(isReachable({ x: 100, y: -20, width: 1000, height: 700 }, [laptop])).toBe(false);
    expect(isReachable({ x: -900, y: 10, width: 1000, height: 700 }, [laptop])).toBe(false);
    expect(isReachable({ x: -800, y: 10, width: 1000, height: 700 }, [laptop])).toBe(true);
  });

  it('keeps the maximized state apart from the normal bounds', () => {
    const saved = windowStateToSave({ x: 10.4, y: 20.6, width: 1000, height: 700 }, true);
    expect(saved).toEqual({ x: 10, y: 21, width: 1000, height: 700, maximized: true });
    expect(restoreWindow(saved, [laptop])).toEqual({ bounds: { x: 10, y: 21, width: 1000, height: 700 }, maximized: true });
    expect(restoreWindow({ width: 1000, height: 700, maximized: true }, [])).toEqual({ bounds: { width: 1000, height: 700 }, maximized: true });
    expect(restoreWindow(null, [laptop])).toEqual({ bounds: { width: 1200, height: 820 }, maximized: false });
  });
});

describe('link policy (will-navigate, redirects, window.open)', () => {
  it('the console’s own “Open in your email app” draft opens the mail client', async () => {
    const app = await makeApp();
    try {
      await call(app, 'vault.init', { passphrase: PASSPHRASE });
      const integration = await call<{ id: string }>(app, 'integrations.create', { name: 'Mail Co', environment: 'ca' });
      const step = await call<{ mailto: string }>(app, 'icims.get', { integrationId: integration.id });
      expect(step.mailto).toMatch(/^mailto:\?subject=/);
      expect(linkDecision(step.mailto)).toBe('open-external');
    } finally {
      await app.close();
    }
    expect(isMailDraftUrl('mailto:someone@example.com?subject=x')).toBe(true);
  });

  it('stays on app pages; opens allow-listed https; refuses everything else', () => {
    expect(linkDecision('app://console/index.html#/settings')).toBe('stay');
    expect(linkDecision('https://client.certn.co/ca/packages/')).toBe('open-external');
    for (const u of ['https://example.com/', 'http://client.certn.co/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://other/', 'mailto://evil.example/x', `mailto:?body=${'a'.repeat(20_000)}`]) {
      expect(linkDecision(u), u).toBe('deny');
    }
  });
});

describe('log folder and log file', () => {
  it('browser mode uses the OS log folder, or the one chosen', () => {
    const home = '/home/ann';
    expect(browserLogDir({ platform: 'linux', env: {}, home })).toBe('/home/ann/.local/state/certn-icims-console/logs');
    expect(browserLogDir({ platform: 'linux', env: { XDG_STATE_HOME: '/s' }, home })).toBe('/s/certn-icims-console/logs');
    expect(browserLogDir({ platform: 'darwin', env: {}, home })).toBe('/home/ann/Library/Logs/certn-icims-console');
    expect(browserLogDir({ platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, home })).toBe(path.join('C:\\Users\\ann\\AppData\\Local', 'certn-icims-console', 'logs'));
    expect(browserLogDir({ platform: 'linux', env: {}, home, dataDirArg: '/data/console' })).toBe('/data/console/logs');
    expect(browserLogDir({ platform: 'linux', env: { CONSOLE_LOG_DIR: '/l' }, home, dataDirArg: '/data' })).toBe('/l');
    expect(browserLogDir({ platform: 'linux', env: { CONSOLE_LOG_DIR: '/l' }, home, logDirArg: '/x' })).toBe('/x');
    expect(electronLogDir('/home/ann/.config/App/logs', {})).toBe('/home/ann/.config/App/logs');
    expect(electronLogDir('/home/ann/.config/App/logs', { CONSOLE_LOG_DIR: '/l' })).toBe('/l');
  });

  it('writes a real log file through electron-log and masks anything shaped like a credential', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-log-'));
    const log = createNodeLog(dir);
    log.info('browser mode started at http://127.0.0.1:4000/#token=SECRETTOKEN123 with Api-Key abcDEF123');
    log.warn('failed with {"password":"hunter22","ok":true}');
    const err = Object.assign(new Error('the passphrase was CANARY-in-error-message'), { code: 'E_TEST' });
    log.error('unexpected', err);
    const text = fs.readFileSync(path.join(dir, 'console.log'), 'utf8');
    expect(log.file).toBe(path.join(dir, 'console.log'));
    expect(text).toContain('browser mode started');
    expect(text).toContain('Error (E_TEST)');
    for (const secret of ['SECRETTOKEN123', 'abcDEF123', 'hunter22', 'CANARY-in-error-message']) expect(text).not.toContain(secret);
    expect(redact('Authorization: Basic dXNlcjpwYXNz')).toBe('Authorization: Basic [redacted]');
  });
});
