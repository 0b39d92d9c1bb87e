import { dialog, type BrowserWindow } from 'electron';
import fs from 'node:fs/promises';

/** The system save dialog, attached to the console's window; writes the file only where the admin chose. */
export function saveWithDialog(win: () => BrowserWindow | null) {
  return async (o: { suggestedName: string; bytes: Uint8Array; filter: { name: string; extensions: string[] } }): Promise<string | null> => {
    const w = win();
    const opts = { defaultPath: o.suggestedName, filters: [o.filter] };
    const res = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
    if (res.canceled || !res.filePath) return null;
    await fs.writeFile(res.filePath, o.bytes);
    return res.filePath;
  };
}
