import { test, expect, _electron as electron } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createVault } from './fixtures';

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

const why = !bin ? 'no Electron binary on this machine (it cannot be downloaded offline)' : !hasDisplay ? 'no display (run it with xvfb-run)' : null;
// `npm run test:electron` asks for the desktop explicitly: there a missing binary is a failure, not a skip.
if (why && process.env.npm_lifecycle_event === 'test:electron') throw new Error(`electron.spec: ${why}`);
if (why) console.log(`electron.spec skipped: ${why}`);
test.skip(!!why, why ?? '');

test('the desktop window is hardened and shows the first run', async () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'console-electron-'));
  const logDir = path.join(userData, 'logs');
  const app = await electron.launch({ executablePath: bin!, args: ['.', `--user-data-dir=${userData}`], cwd: path.resolve(import.meta.dirname, '../..'), env: { ...process.env, CONSOLE_LOG_DIR: logDir } as Record<string, string> });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Certn × iCIMS/);
    // No Node in the page, and only the named bridge.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as { consoleBridge?: { integrations?: { create?: unknown } } }).consoleBridge?.integrations?.create)).toBe('function');
    expect(await page.evaluate(() => 'invoke' in ((window as { consoleBridge?: object }).consoleBridge ?? {}))).toBe(false);
    // The window's hardening, as Electron reports it.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      // Present in Electron though missing from its typings.
      const wc = BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences(): { contextIsolation?: boolean; sandbox?: boolean; nodeIntegration?: boolean } | null };
      const p = wc.getLastWebPreferences();
      return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    // The CSP arrives as a header, and it forbids eval in the page.
    const csp = await app.evaluate(async ({ net }) => (await net.fetch('app://console/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("default-src 'self'");
    expect(
      await page.evaluate(() => {
        try {
          return String(eval('1'));
        } catch {
          return 'blocked';
        }
      }),
    ).toBe('blocked');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    // The application menu with the standard roles and Help.
    const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label) ?? []);
    expect(menu).toEqual(expect.arrayContaining(['Edit', 'View', 'Window', 'Help']));
    // SQLite opened with the Electron build (the log names the build it loaded).
    const logText = fs.readFileSync(path.join(logDir, 'console.log'), 'utf8');
    expect(logText).toMatch(/SQLite: (Electron build .*better_sqlite3\.node|packaged build)/);
    expect(logText).toContain('SQLite opened');
    // New windows are refused.
    await page.evaluate(() => window.open('https://example.com'));
    expect(app.windows()).toHaveLength(1);
    await expect(page.getByText(/Protect your secrets|Try with the local simulator/).first()).toBeVisible();
  } finally {
    await app.close();
  }
});

test('in the real window: first run, the local simulator, and step 1 syncs its packages into SQLite', async () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'console-electron-'));
  const app = await electron.launch({ executablePath: bin!, args: ['.', `--user-data-dir=${userData}`], cwd: path.resolve(import.meta.dirname, '../..'), env: { ...process.env, CONSOLE_LOG_DIR: path.join(userData, 'logs') } as Record<string, string> });
  try {
    const page = await app.firstWindow();
    // Without an OS keyring the vault asks for a passphrase; with one, it goes straight to the first run.
    const first = page.getByRole('heading', { name: /Protect your secrets|Set up Certn with iCIMS/ }).first();
    await expect(first).toBeVisible();
    if (await page.getByRole('heading', { name: 'Protect your secrets' }).isVisible()) await createVault(page);
    await page.getByLabel('Integration name').fill('Desktop rehearsal');
    await page.getByRole('button', { name: 'Try with the local simulator' }).click();
    await expect(page.getByRole('heading', { name: 'Connect Certn', exact: true })).toBeVisible();
    await page.getByRole('button', { name: "Use the simulator's demo key" }).click();
    await page.getByRole('button', { name: 'Continue to Packages' }).click();
    await page.getByRole('button', { name: 'Sync packages from Certn' }).click();
    await expect(page.getByRole('checkbox', { name: 'Select Standard Employment Screen for iCIMS' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'packages synced' })).toBeVisible();
    // The rows are in the SQLite file the Electron build of better-sqlite3 wrote.
    expect(fs.readdirSync(userData)).toContain('console.sqlite');
  } finally {
    await app.close();
  }
});
