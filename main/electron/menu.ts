import { Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, HELP_ARTICLE_URL } from '../desktop/menu';
import { linkDecision } from '../desktop/link-policy';

/** The application menu: standard roles, plus Help → Certn's article and the log folder. */
export function installAppMenu(opts: { appName: string; logDir: string; devTools: boolean }): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: opts.appName,
    devTools: opts.devTools,
    actions: {
      openHelpArticle: () => {
        if (linkDecision(HELP_ARTICLE_URL) === 'open-external') void shell.openExternal(HELP_ARTICLE_URL);
      },
      openLogFolder: () => void shell.openPath(opts.logDir),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]));
}
