import type { BrowserWindow } from 'electron';
import type { ConsoleEvents } from '../app';
import { ipcEventChannel } from '../ipc/contract/names';

/**
 * Pushes every bus event to the console window, each on its own channel. Only the one window
 * exists and only its own page listens (the preload's `consoleEvents.on`); a window that is gone
 * or still loading simply misses the event, and the page re-reads its state when it mounts.
 */
export function forwardEvents(events: ConsoleEvents, getWindow: () => BrowserWindow | null): () => void {
  return events.on((name, payload) => {
    const win = getWindow();
    if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return;
    win.webContents.send(ipcEventChannel(name), payload);
  });
}
