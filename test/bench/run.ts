// `npm run bench [-- --quick]`: each measure of the console beside its baseline, taken in turns
// (A B A B …) so a busy machine slows both alike, repeated, and printed as median (min–max) with the
// goal beside it. No number here is a promise made by a timed test. Needs a built console
// (`npm run build`) and a Chromium-family browser (found as for `npm test`).
//   --quick   3 repetitions and 2,000 packages instead of 7 and 10,000: a couple of minutes.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build as viteBuild } from 'vite';
import react from '@vitejs/plugin-react';
import { createConsoleApp, type ConsoleApp } from '../../main/app';
import { startWebServer } from '../../main/web/server';
import { createCertnClient } from '../../main/certn';
import { SlidingWindowLimiter, type LimiterClock } from '../../main/net/sliding-window';
import { encryptPayload } from '../../main/handoff/handoff-crypto';
import { chromiumLaunchOptions, findGpg } from '../support/system-tools';

const QUICK = process.argv.includes('--quick');
const REPS = QUICK ? 3 : 7;
const LARGE = QUICK ? 2_000 : 10_000;
const SMALL = 100;
const GROUPS = 1_000;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const PASS = 'benchmark passphrase';

type Dispatch = ConsoleApp['dispatch'];
async function call<T>(d: Dispatch, channel: string, input: unknown): Promise<T> {
  const env = await d(channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.data as T;
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const since = (t: number) => performance.now() - t;

/** A then B, REPS times, in turns. */
async function abab(a: () => Promise<number>, b: () => Promise<number>, reps = REPS): Promise<[number[], number[]]> {
  const xa: number[] = [];
  const xb: number[] = [];
  for (let i = 0; i < reps; i++) {
    xa.push(await a());
    xb.push(await b());
  }
  return [xa, xb];
}

const rows: string[] = [];
function fmt(n: number, unit: string): string {
  if (unit === 'ms') return n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : n >= 100 ? `${n.toFixed(0)} ms` : `${n.toFixed(1)} ms`;
  if (unit === 'KB') return `${(n / 1024).toFixed(1)} KB`;
  if (unit === 'MiB') return `${(n / 1048576).toFixed(1)} MiB`;
  return `${n}`;
}
const range = (xs: number[], unit: string) => (xs.length > 1 ? ` (${fmt(Math.min(...xs), unit)}–${fmt(Math.max(...xs), unit)})` : '');
/** One line: the measure, the console, the baseline, their ratio, the goal and whether it is met. */
function row(name: string, a: number[], b: number[] | null, unit: string, goal: string, met: (ratio: number, a: number) => boolean): void {
  const ma = median(a);
  const mb = b ? median(b) : null;
  const ratio = mb ? ma / mb : NaN;
  const verdict = met(ratio, ma) ? 'met' : 'MISSED';
  const line = `| ${name} | ${fmt(ma, unit)}${range(a, unit)} | ${mb === null ? '—' : fmt(mb, unit) + range(b!, unit)} | ${mb === null ? '—' : ratio.toFixed(2) + '×'} | ${goal} | ${verdict} |`;
  rows.push(line);
  console.log(line);
}

/** A bare Vite + React page with one button, built once, served like the console's files. */
async function bareReactPage(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bare-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><title>Bare</title></head><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>');
  fs.writeFileSync(
    path.join(dir, 'main.jsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<main><h1>Bare page</h1><button onClick={() => undefined}>Start</button></main>);\n",
  );
  await viteBuild({ root: dir, base: './', logLevel: 'silent', configFile: false, plugins: [react()], resolve: { alias: { react: path.join(ROOT, 'node_modules/react'), 'react-dom': path.join(ROOT, 'node_modules/react-dom') } }, build: { outDir: path.join(dir, 'dist'), target: 'es2022' } });
  return path.join(dir, 'dist');
}

async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const http = await import('node:http');
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir) || !fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Opens `url` in a fresh context; ms until the first enabled button shows, and the gzipped JS + CSS fetched by then. */
async function firstControl(browser: Browser, url: string): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<number>[] = [];
  page.on('response', (r) => {
    const type = r.request().resourceType();
    if (type === 'script' || type === 'stylesheet') bodies.push(r.body().then((b) => zlib.gzipSync(b).length, () => 0));
  });
  const t = performance.now();
  await page.goto(url);
  await page.locator('button:enabled').first().waitFor();
  const ms = since(t);
  const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  await context.close();
  return { ms, bytes };
}

async function newAccount(app: ConsoleApp, name: string, packages: number, groups = 0): Promise<string> {
  const d = app.dispatch;
  const { id } = await call<{ id: string }>(d, 'integrations.create', { name, environment: 'simulator' });
  await call(d, 'certn.connectSimulator', { integrationId: id });
  const sim = await app.services.setup.simulator(id);
  // The simulator starts with its demo packages; bulk ones make up the rest.
  await syncNow(d, id);
  let left = packages - (await call<{ all: number }>(d, 'packages.counts', { integrationId: id })).all;
  while (left > 0) {
    const n = Math.min(left, 5000);
    await sim.admin.createPackagesBulk(n, 'Bench package');
    left -= n;
  }
  for (let g = groups; g > 0; g -= 5000) await sim.admin.createGroupsBulk(Math.min(g, 5000), { prefix: 'Bench group' });
  await syncNow(d, id);
  if (groups) await call(d, 'connection.syncGroups', { integrationId: id });
  await call(d, 'integrations.setStep', { id, step: 'packages' });
  return id;
}

async function syncNow(d: Dispatch, id: string): Promise<void> {
  await call(d, 'packages.sync', { integrationId: id });
  let s: { running: boolean; error: unknown };
  do {
    await new Promise((r) => setTimeout(r, 20));
    s = await call(d, 'packages.syncStatus', { integrationId: id });
  } while (s.running);
  if (s.error) throw new Error(JSON.stringify(s.error));
}

/** Opens the console on an integration's Packages step; ms until the first package row shows. */
async function stepShown(browser: Browser, app: ConsoleApp, id: string, staticDir: string): Promise<{ ms: number; page: Page; close: () => Promise<void> }> {
  await call(app.dispatch, 'integrations.setStep', { id, step: 'packages' });
  const server = await startWebServer({ dispatch: app.dispatch, events: app.events, staticDir });
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const t = performance.now();
  await page.goto(server.openUrl);
  await page.locator('.package-row').first().waitFor({ timeout: 60_000 });
  const ms = since(t);
  return { ms, page, close: async () => (await context.close(), await server.close()) };
}

async function main() {
  const staticDir = path.join(ROOT, 'dist/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) throw new Error('Build first: npm run build');
  console.log(`Benchmark${QUICK ? ' (quick)' : ''}: ${REPS} repetitions in turns, ${SMALL} vs ${LARGE.toLocaleString('en')} packages + ${GROUPS.toLocaleString('en')} groups; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  console.log('| measure | console | baseline | ratio | goal | |');
  console.log('|---|---|---|---|---|---|');
  rows.length = 0;
  const browser = await chromium.launch(chromiumLaunchOptions());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-bench-'));
  // The sync rows below measure the console, not a rate limit: both limits are lifted here, and
  // the limiter has a row of its own.
  process.env.CERTN_RATE_LIMIT_PER_MINUTE = '10000';
  const app = await createConsoleApp({ dataDir, mode: 'browser', simulatorRateLimitPerMinute: 1_000_000 });
  try {
    await call(app.dispatch, 'vault.init', { passphrase: PASS });

    // 1–2. First control interactive, and what it took to get there.
    const bare = await serveStatic(await bareReactPage());
    const consoleFirst: { ms: number; bytes: number }[] = [];
    const bareFirst: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < REPS; i++) {
      const server = await startWebServer({ dispatch: app.dispatch, events: app.events, staticDir });
      consoleFirst.push(await firstControl(browser, server.openUrl));
      await server.close();
      bareFirst.push(await firstControl(browser, bare.url));
    }
    await bare.close();
    row('first control interactive (browser mode) vs a bare Vite + React page', consoleFirst.map((x) => x.ms), bareFirst.map((x) => x.ms), 'ms', '≤ 1.3×', (r) => r <= 1.3);
    row('JS + CSS before interaction, gzipped', consoleFirst.map((x) => x.bytes), bareFirst.map((x) => x.bytes), 'KB', '≤ 1.3×', (r) => r <= 1.3);

    // Accounts.
    const small = await newAccount(app, 'Bench small', SMALL);
    const large = await newAccount(app, 'Bench large', LARGE, GROUPS);
    const sim = await app.services.setup.simulator(large);
    const pages = Math.ceil(LARGE / 100);

    // 3. The sync itself, limiter lifted, against plain fetch + JSON.parse of the same pages.
    const client = createCertnClient({ environment: 'simulator', baseUrl: sim.certnUrl, apiKey: sim.demo.certnApiKey, rateLimitPerMinute: 1_000_000 });
    const plain = async () => {
      const t = performance.now();
      let n = 0;
      for (let page: number | null = 1; page !== null; ) {
        const res = await fetch(`${sim.certnUrl}/api/public/packages/?page=${page}&page_size=100`, { headers: { Authorization: `Api-Key ${sim.demo.certnApiKey}` } });
        const data = JSON.parse(await res.text()) as { results: unknown[]; pagination: { next_page: number | null } };
        n += data.results.length;
        page = data.pagination.next_page;
      }
      if (n < LARGE) throw new Error(`plain fetch saw ${n} packages`);
      return since(t);
    };
    const [syncA, syncB] = await abab(async () => {
      const t = performance.now();
      await client.listPackages();
      return since(t);
    }, plain);
    row(`sync of ${LARGE.toLocaleString('en')} packages, limiter lifted, vs plain fetch + JSON.parse`, syncA, syncB, 'ms', '≤ 1.25×', (r) => r <= 1.25);

    // 4. The shipped limiter (60 a minute, pages of 100) on a virtual clock, each call taking what a
    // page took above: the limiter's own code decides when each call may start.
    // Always 100 pages (10,000 packages), the size the goal is stated for.
    const perPage = median(syncA) / pages;
    const virtual = await limiterRun(100, perPage);
    row(`10,000 packages with the shipped limiter (60/min, 100 pages; virtual clock, ${perPage.toFixed(1)} ms a page)`, [virtual], null, 'ms', '≈ 61 s: one window', (_r, a) => a >= 60_000 && a <= 60_000 + 40 * perPage + 1_000);

    // 5. A re-sync with nothing changed: rows written (a count, not a time).
    const changes = () => (app.services.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const lastWritten = (action: string) => (app.services.audit.list().find((e) => e.action === action)?.detail as { written?: number }).written ?? NaN;
    const before = changes();
    await syncNow(app.dispatch, large);
    await call(app.dispatch, 'connection.syncGroups', { integrationId: large });
    const rowWrites = lastWritten('packages.synced') + lastWritten('groups.synced');
    const allWrites = changes() - before;
    const line = `| re-sync with nothing changed (${LARGE.toLocaleString('en')} packages + ${GROUPS.toLocaleString('en')} groups) | ${rowWrites} package/group row writes (${allWrites} in all: the sync-time row and 2 audit rows) | — | — | 0 writes | ${rowWrites === 0 ? 'met' : 'MISSED'} |`;
    rows.push(line);
    console.log(line);

    // 6. A tick at the large account against the small one.
    const readyId = async (id: string) => (await call<{ rows: { id: string; selected: boolean }[] }>(app.dispatch, 'packages.list', { integrationId: id, filter: 'ready', limit: 20 })).rows.find((r) => !r.selected)!.id;
    const [pl, ps] = [await readyId(large), await readyId(small)];
    const tick = (id: string, pid: string) => async () => {
      const t = performance.now();
      await call(app.dispatch, 'packages.select', { integrationId: id, packageId: pid, selected: true });
      const ms = since(t);
      await call(app.dispatch, 'packages.select', { integrationId: id, packageId: pid, selected: false });
      return ms;
    };
    const [tickA, tickB] = await abab(tick(large, pl), tick(small, ps), REPS * 3);
    row(`ticking one package at ${LARGE.toLocaleString('en')} vs at ${SMALL} (packages.select)`, tickA, tickB, 'ms', '≤ 2×', (r) => r <= 2);

    // 7 and 10. The Packages step shown, then a search keystroke, in Chromium.
    const shownA: number[] = [];
    const shownB: number[] = [];
    const keyA: number[] = [];
    const keyB: number[] = [];
    const keystroke = async (page: Page) => {
      const t = performance.now();
      await page.getByLabel('Search packages').fill('Driver');
      await page.waitForFunction(() => document.querySelectorAll('.package-row').length === 1);
      const ms = since(t);
      await page.getByLabel('Search packages').fill('');
      return ms;
    };
    for (let i = 0; i < REPS; i++) {
      for (const [id, shown, key] of [[large, shownA, keyA], [small, shownB, keyB]] as const) {
        // Only this integration exists for the page: the others are parked by name.
        const s = await openOnly(app, id, browser, staticDir);
        shown.push(s.ms);
        key.push(await keystroke(s.page));
        await s.close();
      }
    }
    row(`Packages step shown at ${LARGE.toLocaleString('en')} vs ${SMALL}`, shownA, shownB, 'ms', '≤ 1.2×', (r) => r <= 1.2);

    // 8. Server memory with the step open, each side in a fresh server process.
    const [rssA, rssB] = await abab(() => serverRss(browser, LARGE), () => serverRss(browser, 0), QUICK ? 2 : REPS);
    row(`server RSS with the Packages step open at ${LARGE.toLocaleString('en')} vs empty (fresh process each)`, rssA, rssB, 'MiB', '≤ 1.2×', (r) => r <= 1.2);

    // 9. Start to printed address, nothing changed since the build.
    const url = /Open this address in your browser/;
    const timeTo = (cmd: string, args: string[]) => async () => {
      const t = performance.now();
      const child = spawn(cmd, [...args, '--port', '0', '--data-dir', fs.mkdtempSync(path.join(os.tmpdir(), 'bench-start-'))], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      await new Promise<void>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no address from ${cmd}: ${out}`)), 120_000);
        child.stdout!.on('data', (d) => (out += d, url.test(out) && (clearTimeout(timer), resolve())));
        child.stderr!.on('data', (d) => (out += d));
      });
      const ms = since(t);
      process.kill(-child.pid!, 'SIGTERM');
      await new Promise((r) => child.once('exit', r));
      return ms;
    };
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    if (spawnSync(process.execPath, ['-e', "import('./main/launch/freshness.mjs').then(m => process.exit(m.buildReason(process.cwd()) ? 1 : 0))"], { cwd: ROOT }).status !== 0) {
      console.log('  (dist/ is older than a source: the start rows include one build)');
    }
    const [startA, startB] = await abab(timeTo(npm, ['run', '-s', 'start:web', '--']), timeTo(process.execPath, ['dist/main/web.mjs']));
    row('`npm run start:web` to printed URL vs the built server alone (nothing changed)', startA, startB, 'ms', '≤ 1.3×', (r) => r <= 1.3);
    const [launchA, launchB] = await abab(timeTo(process.execPath, ['main/launch/start.mjs', '--web']), timeTo(process.execPath, ['dist/main/web.mjs']));
    row('the same without npm (`node main/launch/start.mjs --web`)', launchA, launchB, 'ms', '≤ 1.3×', (r) => r <= 1.3);

    row(`filter keystroke at ${LARGE.toLocaleString('en')} vs ${SMALL}`, keyA, keyB, 'ms', 'keep (≈ 1.1×)', (r) => r <= 1.25);

    // 11. Handoff encryption against gpg with the same S2K and no compression.
    const payload = JSON.parse(JSON.stringify({ version: 1, note: 'bench', packages: Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, name: `Package ${i}` })) }));
    const gpgHome = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-gpg-'));
    const gpgPath = findGpg().path;
    const plainFile = path.join(gpgHome, 'payload.json');
    fs.writeFileSync(plainFile, JSON.stringify(payload, null, 2) + '\n');
    const [encA, encB] = await abab(
      async () => {
        const t = performance.now();
        await encryptPayload(payload, { passphrase: 'ABCD-EFGH-JKLM-NPQR-STUV' }, 'handoff.json');
        return since(t);
      },
      async () => {
        const t = performance.now();
        const r = spawnSync(gpgPath, ['--homedir', gpgHome, '--batch', '--yes', '--pinentry-mode', 'loopback', '--passphrase', 'ABCD-EFGH-JKLM-NPQR-STUV', '--symmetric', '--cipher-algo', 'AES256', '--s2k-mode', '3', '--s2k-digest-algo', 'SHA256', '--s2k-count', '65011712', '--compress-algo', 'none', '--armor', '-o', path.join(gpgHome, 'out.asc'), plainFile]);
        if (r.status !== 0) throw new Error(`gpg: ${r.stderr}`);
        return since(t);
      },
    );
    row('handoff encryption vs `gpg` with the same S2K and no compression', encA, encB, 'ms', 'keep (≈ 1.0×)', (r) => r <= 1.2);
  } finally {
    await browser.close();
    await app.close();
  }
}

/** Only `id` is listed, so the console opens straight on it: the others are removed from view by name. */
async function openOnly(app: ConsoleApp, id: string, browser: Browser, staticDir: string) {
  // The console reopens the integration it was last on; marking it so is all it takes.
  await call(app.dispatch, 'prefs.set', { lastIntegrationId: id, firstRunDone: true });
  return stepShown(browser, app, id, staticDir);
}

/** A virtual clock that jumps to the next timer whenever nothing else is pending. */
async function limiterRun(calls: number, perCallMs: number): Promise<number> {
  let now = 0;
  const timers: { at: number; resolve: () => void }[] = [];
  const clock: LimiterClock = { now: () => now, sleep: (ms) => new Promise<void>((resolve) => timers.push({ at: now + ms, resolve })) };
  const limiter = new SlidingWindowLimiter(60, 60_000, clock);
  let done = false;
  const work = (async () => {
    for (let i = 0; i < calls; i++) {
      await limiter.acquire();
      await clock.sleep(perCallMs);
    }
    done = true;
  })();
  while (!done) {
    await new Promise((r) => setImmediate(r));
    if (done || !timers.length) continue;
    timers.sort((a, b) => a.at - b.at);
    now = Math.max(now, timers[0].at);
    for (const t of timers.splice(0, timers.filter((x) => x.at <= now).length)) t.resolve();
  }
  await work;
  return now;
}

/** RSS of a fresh browser-mode server (a child process) with the Packages step open on an account of `packages`. */
async function serverRss(browser: Browser, packages: number): Promise<number> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(HERE, 'rss-probe.ts'), String(packages)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const next = () =>
    new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('rss probe did not answer')), 300_000);
      const check = () => (lines.length ? (clearTimeout(t), resolve(lines.shift()!)) : setTimeout(check, 20));
      check();
    });
  let buf = '';
  child.stdout!.on('data', (d) => {
    buf += d;
    const parts = buf.split('\n');
    buf = parts.pop()!;
    lines.push(...parts.filter(Boolean));
  });
  const url = await next();
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await (packages ? page.locator('.package-row').first() : page.getByText('No packages yet')).waitFor({ timeout: 120_000 });
  child.stdin!.write('rss\n');
  const rss = Number(await next());
  await context.close();
  child.stdin!.end();
  await new Promise((r) => child.once('exit', r));
  return rss;
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });

