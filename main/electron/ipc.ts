import { ipcMain, type BrowserWindow } from 'electron';
import { CHANNELS } from '../ipc/contract';
import type { Dispatch } from '../ipc/dispatch';
import { isTrustedSender } from '../ipc/sender';
import { t } from '../shared/i18n';

/**
 * One ipcMain handler per contract channel. Before the dispatcher validates the input, the sender
 * must be the console's own top frame, loaded from the app:// origin.
 */
export function registerIpc(dispatch: Dispatch, getWindow: () => BrowserWindow | null): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input) => {
      if (!isTrustedSender(event, getWindow())) {
        return { ok: false, error: { code: 'untrusted_sender', message: t('errors.window.notConsole') } };
      }
      return dispatch(channel, input);
    });
  }
}
