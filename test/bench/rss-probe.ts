// For the benchmark's memory row: a browser-mode server in a process of its own, with one
// integration on its Packages step holding `argv[2]` packages (0: none synced). Prints the address,
// then its RSS in bytes each time a line "rss" arrives on stdin (after a full garbage collection
// when Node allows one).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { createConsoleApp } from '../../main/app';
import { startWebServer } from '../../main/web/server';

const packages = Number(process.argv[2] ?? 0);
process.env.CERTN_RATE_LIMIT_PER_MINUTE = '10000';
const app = await createConsoleApp({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'bench-rss-')), mode: 'browser', simulatorRateLimitPerMinute: 1_000_000 });
const call = async <T,>(channel: string, input: unknown): Promise<T> => {
  const env = await app.dispatch(channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.data as T;
};
await call('vault.init', { passphrase: 'benchmark passphrase' });
const { id } = await call<{ id: string }>('integrations.create', { name: 'Bench memory', environment: 'simulator' });
await call('certn.connectSimulator', { integrationId: id });
if (packages > 0) {
  const sim = await app.services.setup.simulator(id);
  for (let left = packages - 10; left > 0; left -= 5000) await sim.admin.createPackagesBulk(Math.min(left, 5000), 'Bench package');
  await call('packages.sync', { integrationId: id });
  let s: { running: boolean };
  do {
    await new Promise((r) => setTimeout(r, 20));
    s = await call('packages.syncStatus', { integrationId: id });
  } while (s.running);
}
await call('integrations.setStep', { id, step: 'packages' });
await call('prefs.set', { lastIntegrationId: id, firstRunDone: true });
const server = await startWebServer({ dispatch: app.dispatch, events: app.events, staticDir: path.resolve('dist/renderer') });
console.log(server.openUrl);
const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (l) => {
  if (l.trim() !== 'rss') return;
  (globalThis as { gc?: () => void }).gc?.();
  console.log(process.memoryUsage().rss);
});
rl.on('close', async () => {
  await server.close();
  await app.close();
  process.exit(0);
});
