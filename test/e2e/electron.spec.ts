import { test, expect, _electron as electron } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

// The desktop app itself. Runs only where an Electron binary and a display exist (the binary
// cannot be downloaded on offline machines); everywhere else browser mode covers the same renderer.
const require = createRequire(import.meta.url);
function electronBinary(): string | null {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const bin = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist'), fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(bin) ? bin : null;
}
const bin = electronBinary();
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

test.skip(!bin || !hasDisplay, 'no Electron binary or no display on this machine');

test('the desktop window is hardened and shows the first run', async () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'console-electron-'));
  const app = await electron.launch({ executablePath: bin!, args: ['.', `--user-data-dir=${userData}`], cwd: path.resolve(import.meta.dirname, '../..') });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Certn × iCIMS/);
    // No Node in the page, and only the named bridge.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as { consoleBridge?: { integrations?: { create?: unknown } } }).consoleBridge?.integrations?.create)).toBe('function');
    expect(await page.evaluate(() => 'invoke' in ((window as { consoleBridge?: object }).consoleBridge ?? {}))).toBe(false);
    // New windows are refused.
    await page.evaluate(() => window.open('https://example.com'));
    expect(app.windows()).toHaveLength(1);
    await expect(page.getByText(/Protect your secrets|Try with the local simulator/).first()).toBeVisible();
  } finally {
    await app.close();
  }
});
