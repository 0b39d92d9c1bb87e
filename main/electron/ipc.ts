import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../ipc/contract';
import type { Dispatch } from '../ipc/dispatch';
import { APP_ORIGIN } from './protocol';

/**
 * One ipcMain handler per contract channel. Before the dispatcher validates the input, the sender
 * must be the console's own top frame, loaded from the app:// origin.
 */
export function registerIpc(dispatch: Dispatch, getWindow: () => BrowserWindow | null): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input) => {
      if (!isTrustedSender(event, getWindow())) {
        return { ok: false, error: { code: 'untrusted_sender', message: 'This request did not come from the console window.' } };
      }
      return dispatch(channel, input);
    });
  }
}

function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  if (!win || !frame || event.sender !== win.webContents || frame !== win.webContents.mainFrame) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}
