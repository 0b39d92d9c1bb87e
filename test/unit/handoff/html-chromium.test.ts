import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as openpgp from 'openpgp';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandoff, type CreatedHandoff } from '../../../main/handoff';
import { chromiumLaunchOptions } from '../../support/system-tools';
import { samplePayload } from './fixtures';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'handoff-html-'));
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  requests: string[];
  routed: string[];
  problems: string[];
  close(): Promise<void>;
}

async function openPage(html: string, name: string): Promise<Opened> {
  const file = path.join(dir, name);
  writeFileSync(file, html);
  const context = await browser.newContext();
  const requests: string[] = [];
  const routed: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    routed.push(route.request().url());
    return route.request().url().startsWith('file://') ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(pathToFileURL(file).href);
  return { page, requests, routed, problems, close: () => context.close() };
}

async function submit(page: Page, keycode: string, part2?: string): Promise<void> {
  await page.fill('#keycode', keycode);
  if (part2 !== undefined) await page.fill('#part2', part2);
  await page.click('#open');
}

function expectOffline(o: Opened, file: string) {
  const self = pathToFileURL(path.join(dir, file)).href;
  expect(o.requests).toEqual([self]);
  expect(o.routed.every((u) => u === self)).toBe(true);
  expect(o.problems).toEqual([]);
}

/** A wrong keycode that the session-key packet itself rejects (about 255 in 256 do). */
async function wrongKeycodeFor(h: CreatedHandoff): Promise<string> {
  const message = await openpgp.readMessage({ armoredMessage: h.armored });
  for (let i = 0; ; i++) {
    const k = `${String(i).padStart(5, '0')}-ABCDE-FGHJK-MNPQR-TVWXY`;
    const passes = await openpgp.decryptSessionKeys({ message, passwords: [k] }).then((x) => x[0].algorithm === 'aes256', () => false);
    if (!passes) return k;
  }
}

describe('offline HTML decryptor in Chromium', () => {
  it('opens with the keycode and shows every value, after rejecting a wrong one; no network, no CSP violation', async () => {
    const payload = samplePayload();
    const h = await createHandoff({ payload, method: 'keycode' });
    expect(h.html).toContain("default-src 'none'");
    expect(h.html).toContain("connect-src 'none'");
    expect(h.html).not.toContain(payload.webhookPassword);
    const o = await openPage(h.html!, h.htmlFileName!);
    try {
      await submit(o.page, await wrongKeycodeFor(h));
      await o.page.waitForSelector('#error:not([hidden])', { timeout: 20_000 });
      expect(await o.page.textContent('#error')).toMatch(/keycode does not open this file/);
      expect(await o.page.isVisible('#values')).toBe(false);

      await submit(o.page, h.keycode!.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o'));
      await o.page.waitForSelector('#values:not([hidden])', { timeout: 20_000 });
      expect(await o.page.isVisible('#error')).toBe(false);
      const cells = await o.page.$$eval('#fields td.value', (tds) => tds.map((td) => td.textContent));
      for (const v of [payload.webhookUsername, payload.webhookPassword, payload.certnEndpointUrl, payload.icimsCustomerId, payload.integrationName, payload.companyLabel]) {
        expect(cells).toContain(v);
      }
      for (const p of payload.packages) expect(cells).toEqual(expect.arrayContaining([p.name, p.id]));
      expect(await o.page.textContent('#instructions')).toBe(payload.instructions);
      expect(await o.page.locator('#fields button').count()).toBeGreaterThanOrEqual(8);
      // Values with markup characters are shown as text, never parsed as HTML.
      expect(await o.page.locator('#fields script').count()).toBe(0);
      expectOffline(o, h.htmlFileName!);
    } finally {
      await o.close();
    }
  });

  it('highlights a space that is part of a package name, names the problem, and copies the exact name', async () => {
    const payload = samplePayload({ packages: [{ name: 'Executive Screen ', id: 'pkg-exec-01' }, { name: 'Plain Screen', id: 'pkg-plain-02' }] });
    const h = await createHandoff({ payload, method: 'keycode' });
    const file = `marked-${h.htmlFileName!}`;
    const o = await openPage(h.html!, file);
    try {
      await submit(o.page, h.keycode!);
      await o.page.waitForSelector('#values:not([hidden])', { timeout: 20_000 });
      const marked = o.page.locator('#fields tr', { hasText: 'Package 1 name' });
      expect(await marked.locator('td.value').textContent()).toBe('Executive Screen ');
      const space = marked.locator('td.value .sp');
      expect(await space.count()).toBe(1);
      expect(await space.textContent()).toBe(' ');
      expect((await space.boundingBox())!.width).toBeGreaterThan(4);
      expect(await marked.locator('th').textContent()).toContain('The name ends with a space (highlighted)');
      const plain = o.page.locator('#fields tr', { hasText: 'Package 2 name' });
      expect(await plain.locator('.sp').count()).toBe(0);
      expect(await plain.locator('th').textContent()).toBe('Package 2 name');

      await o.page.evaluate(() => {
        const w = window as unknown as { copied: string[] };
        w.copied = [];
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => (w.copied.push(t), Promise.resolve()) } });
      });
      await marked.locator('button').click();
      expect(await o.page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual(['Executive Screen ']);
      expectOffline(o, file);
    } finally {
      await o.close();
    }
  });

  it('split mode: two fields with checks; a mistyped part is caught before decrypting', async () => {
    const payload = samplePayload();
    const h = await createHandoff({ payload, method: 'keycode-split' });
    const { part1, part2 } = h.keycodeParts!;
    const o = await openPage(h.html!, h.htmlFileName!);
    try {
      const typo = part2.slice(0, 1) + (part2[1] === 'A' ? 'B' : 'A') + part2.slice(2);
      await submit(o.page, part1, typo);
      await o.page.waitForSelector('#error:not([hidden])');
      expect(await o.page.textContent('#error')).toMatch(/Part 2 does not pass its check/);

      await submit(o.page, part1.replace(/-/g, '').toLowerCase(), part2);
      await o.page.waitForSelector('#values:not([hidden])', { timeout: 20_000 });
      expect(await o.page.$$eval('#fields td.value', (tds) => tds.map((td) => td.textContent))).toContain(payload.webhookPassword);

      // The joined form in the first field alone also works.
      await o.page.reload();
      await submit(o.page, h.keycode!, '');
      await o.page.waitForSelector('#values:not([hidden])', { timeout: 20_000 });
      expect(o.problems).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('a tampered payload in the HTML shows the tamper message and no value', async () => {
    const h = await createHandoff({ payload: samplePayload(), method: 'keycode' });
    const { data } = await openpgp.unarmor(h.armored);
    const bytes = (data as Uint8Array).slice();
    bytes[bytes.length - 200] ^= 0x04; // inside the encrypted literal data
    const tampered = openpgp.armor(openpgp.enums.armor.message, bytes);
    const html = h.html!.replace(h.armored, tampered);
    expect(html).not.toBe(h.html);
    const o = await openPage(html, 'tampered.html');
    try {
      await submit(o.page, h.keycode!);
      await o.page.waitForSelector('#error:not([hidden])', { timeout: 20_000 });
      expect(await o.page.textContent('#error')).toMatch(/did not pass its integrity check/);
      expect(await o.page.isVisible('#values')).toBe(false);
      expectOffline(o, 'tampered.html');
    } finally {
      await o.close();
    }
  });

  it('past expires-at: warns first, shows the values only after "Show anyway"', async () => {
    const payload = samplePayload({ now: new Date(Date.now() - 3 * 86_400_000), validForDays: 1 });
    const h = await createHandoff({ payload, method: 'keycode' });
    const o = await openPage(h.html!, h.htmlFileName!);
    try {
      await submit(o.page, h.keycode!);
      await o.page.waitForSelector('#expired:not([hidden])', { timeout: 20_000 });
      expect(await o.page.textContent('#expired-text')).toMatch(/expired on/);
      expect(await o.page.isVisible('#values')).toBe(false);
      await o.page.click('#show-anyway');
      await o.page.waitForSelector('#values:not([hidden])');
      expect(await o.page.$$eval('#fields td.value', (tds) => tds.map((td) => td.textContent))).toContain(payload.webhookUsername);
      expectOffline(o, h.htmlFileName!);
    } finally {
      await o.close();
    }
  });
});
