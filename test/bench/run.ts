// `npm run bench`: how the console scales with the size of a Certn account. Everything is measured
// in this one run, small account against large, and printed as ratios: no number here is a promise
// made by a timed test. Needs a built renderer (`npm run build`) and a Chromium-family browser (found as for `npm test`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createConsoleApp } from '../../main/app';
import { startWebServer } from '../../main/web/server';
import type { Envelope } from '../../main/ipc/contract';
import { chromiumLaunchOptions } from '../support/system-tools';

const SMALL_EXTRA = 0;
const LARGE_EXTRA = 5000;

async function call<T>(dispatch: (c: string, i: unknown) => Promise<Envelope>, channel: string, input: unknown): Promise<T> {
  const env = await dispatch(channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.data as T;
}

async function main() {
  const staticDir = path.resolve('dist/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) throw new Error('Build first: npm run build');
  const app = await createConsoleApp({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'console-bench-')), mode: 'browser' });
  const d = app.dispatch;
  await call(d, 'vault.init', { passphrase: 'benchmark passphrase' });

  const results: Record<string, { count: number; syncMs: number; pages: number; listMs: number; firstPaintMs: number; domRows: number; filterMs: number }> = {};
  const server = await startWebServer({ dispatch: d, staticDir });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const [label, extra] of [['small', SMALL_EXTRA], ['large', LARGE_EXTRA]] as const) {
      const { id } = await call<{ id: string }>(d, 'integrations.create', { name: `Bench ${label}`, environment: 'simulator' });
      await call(d, 'certn.connectSimulator', { integrationId: id });
      const sim = await app.services.setup.simulator(id);
      if (extra) await sim.admin.createPackagesBulk(extra, 'Bench package');

      let t = performance.now();
      await call(d, 'packages.sync', { integrationId: id });
      let s: { running: boolean; total: number; error: unknown };
      do {
        await new Promise((r) => setTimeout(r, 5));
        s = await call(d, 'packages.syncStatus', { integrationId: id });
      } while (s.running);
      if (s.error) throw new Error(JSON.stringify(s.error));
      const syncMs = performance.now() - t;

      t = performance.now();
      const list = await call<unknown[]>(d, 'packages.list', { integrationId: id });
      const listMs = performance.now() - t;

      await call(d, 'integrations.setStep', { id, step: 'packages' });
      const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
      t = performance.now();
      await page.goto(server.openUrl);
      await page.locator('.package-row').first().waitFor();
      const firstPaintMs = performance.now() - t;
      const domRows = await page.locator('.package-row').count();
      t = performance.now();
      await page.getByLabel('Search packages').fill('Driver');
      await page.waitForFunction(() => document.querySelectorAll('.package-row').length === 1);
      const filterMs = performance.now() - t;
      await page.close();
      results[label] = { count: list.length, syncMs, pages: Math.ceil(list.length / 100), listMs, firstPaintMs, domRows, filterMs };
    }
  } finally {
    await browser.close();
    await server.close();
    await app.close();
  }

  const { small, large } = results;
  const r = (a: number, b: number) => `${(b / a).toFixed(1)}×`;
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`Packages in the account: ${small.count} vs ${large.count} (${r(small.count, large.count)} more)`);
  console.log(`  sync from Certn (${small.pages} vs ${large.pages} pages of 100): ${ms(small.syncMs)} vs ${ms(large.syncMs)} → ${r(small.syncMs, large.syncMs)}`);
  console.log(`  list with verification (main):       ${ms(small.listMs)} vs ${ms(large.listMs)} → ${r(small.listMs, large.listMs)}`);
  console.log(`  step shown in Chromium:              ${ms(small.firstPaintMs)} vs ${ms(large.firstPaintMs)} → ${r(small.firstPaintMs, large.firstPaintMs)}`);
  console.log(`  package rows in the DOM:             ${small.domRows} vs ${large.domRows} → ${r(small.domRows, large.domRows)} (virtualized: ${((100 * large.domRows) / large.count).toFixed(1)}% of rows rendered)`);
  console.log(`  search filter applied:               ${ms(small.filterMs)} vs ${ms(large.filterMs)} → ${r(small.filterMs, large.filterMs)}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
