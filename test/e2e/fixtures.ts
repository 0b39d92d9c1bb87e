import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { speaker, type Speaker } from './i18n';

export interface ConsoleServer {
  /** The address with the access token, as printed by the server. */
  openUrl: string;
  url: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Starts browser mode exactly as a person would (`node dist/main/web.mjs`), on an ephemeral port.
 * `env` adds to the environment, e.g. `{ LANG: 'fr_CA.UTF-8' }` for a French system.
 */
export async function startConsole(dataDir?: string, env: Record<string, string> = {}): Promise<ConsoleServer> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'console-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['dist/main/web.mjs', '--port', '0', '--data-dir', dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const openUrl = await new Promise<string>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`browser mode did not start:\n${out}`)), 20_000);
    const check = () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => reject(new Error(`browser mode exited (${code}):\n${out}`)));
  });
  return {
    openUrl,
    url: openUrl.split('#')[0],
    dataDir: dir,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A call to main as the page makes it (browser mode's RPC, with the session cookie), for setting up state a spec is not about. */
export async function rpc<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const env = await page.evaluate(async ([ch, body]) => {
    const res = await fetch(`./rpc/${ch}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return res.json();
  }, [channel, input] as const);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.data as T;
}

/**
 * What a person in a small window would meet: a page that scrolls sideways, or one of `selector`'s
 * elements whose words are cut or run past the window (screen-reader-only text excepted).
 */
export async function layoutProblems(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    const main = document.querySelector('main');
    if (main && main.scrollWidth > main.clientWidth + 1) out.push(`the main area scrolls sideways (${main.scrollWidth} > ${main.clientWidth})`);
    for (const el of document.querySelectorAll(sel)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || el.closest('.sr-only')) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`"${el.textContent?.trim().slice(0, 60)}" is cut (${el.scrollWidth} > ${el.clientWidth})`);
      if (box.right > doc.clientWidth + 1) out.push(`"${el.textContent?.trim().slice(0, 60)}" runs past the window (${Math.round(box.right)} > ${doc.clientWidth})`);
    }
    return out;
  }, selector);
}

export const VAULT_PASSPHRASE = 'correct horse battery staple';

/** First run in browser mode: create the vault passphrase. */
export async function createVault(page: Page, s: Speaker = speaker('en')): Promise<void> {
  await expect(page.getByRole('heading', { name: s.say('Protect your secrets') })).toBeVisible();
  await page.getByLabel(s.say('Master passphrase')).fill(VAULT_PASSPHRASE);
  await page.getByLabel(s.say('Type it again')).fill(VAULT_PASSPHRASE);
  await page.getByRole('button', { name: s.say('Create vault') }).click();
}

/** A fresh browser-mode console: the vault made, and an integration on the local simulator named `name`, open at its steps. */
export async function openWithSimulator(page: Page, openUrl: string, name: string): Promise<void> {
  await page.goto(openUrl);
  await createVault(page);
  await page.getByLabel('Integration name').fill(name);
  await page.getByRole('button', { name: 'Try with the local simulator' }).click();
  await expect(page.getByRole('list', { name: 'Setup steps' })).toBeVisible();
}

/**
 * Tests never touch tracked files: screenshots go to the ignored test/artifacts/ unless
 * `npm run screenshots` sets README_SCREENSHOTS=1 to refresh the README's pictures on purpose.
 */
export const SHOTS_DIR = process.env.README_SCREENSHOTS === '1' ? path.join(ROOT, 'test', 'screenshots') : path.join(ROOT, 'test', 'artifacts', 'screenshots');

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
}

export const test = base.extend<{ consoleServer: ConsoleServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
  consoleServer: async ({}, use) => {
    const s = await startConsole();
    await use(s);
    await s.stop();
  },
});
export { expect };
