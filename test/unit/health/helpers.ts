import type { ConsoleApp } from '../../../main/app';
import type { Clock } from '../../../main/shared/clock';
import type { CheckResult, HealthCheckId } from '../../../main/shared/health';
import { call, makeApp, PASSPHRASE, tempDir } from '../../support/app';
import { runScript, type CliRun } from '../../support/cli';

export { call, makeApp, PASSPHRASE, tempDir };

const pause = <T,>(v: T) => new Promise<T>((r) => setTimeout(() => r(v), 20));

/** A clock the test moves by hand, starting at the real time. */
export function manualClock(start = Date.now()): Clock & { set(ms: number): void; advanceDays(d: number): void } {
  let now = start;
  return { now: () => new Date(now), set: (ms) => (now = ms), advanceDays: (d) => (now += d * 86_400_000) };
}

/**
 * A simulator integration taken to go-live through the same channels the window uses: key, two
 * packages selected, simulated iCIMS account, the Certn side done, and a keycode handoff made.
 */
export async function handedOverSimulator(opts: { dataDir?: string; clock?: Clock; name?: string } = {}) {
  const dataDir = opts.dataDir ?? tempDir('health-');
  const app = await makeApp({ dataDir, clock: opts.clock });
  await call(app, 'vault.init', { passphrase: PASSPHRASE });
  const id = (await call<{ id: string }>(app, 'integrations.create', { name: opts.name ?? 'Rehearsal', environment: 'simulator' })).id;
  await call(app, 'certn.connectSimulator', { integrationId: id });
  await call(app, 'packages.sync', { integrationId: id });
  let sync: { running: boolean; error: unknown };
  do sync = await call<typeof sync>(app, 'packages.syncStatus', { integrationId: id }).then(pause);
  while (sync.running);
  const list = (await call<{ rows: { id: string; name: string }[] }>(app, 'packages.list', { integrationId: id, limit: 500 })).rows;
  const chosen = ['Standard Employment Screen', 'Driver Screen'].map((n) => list.find((p) => p.name === n)!);
  for (const p of chosen) await call(app, 'packages.select', { integrationId: id, packageId: p.id, selected: true });
  await call(app, 'icims.useSimulatorAccount', { integrationId: id });
  await call(app, 'connection.doItForMe', { integrationId: id });
  await call(app, 'handoff.create', { integrationId: id, recipientLabel: 'Dana (iCIMS)', method: 'keycode' });
  const sim = await app.services.setup.simulator(id);
  return { app, id, dataDir, sim, packages: chosen };
}

export function verdictOf(results: CheckResult[], check: HealthCheckId): CheckResult {
  const r = results.find((x) => x.check === check);
  if (!r) throw new Error(`no result for ${check}`);
  return r;
}

/** `npm run health` as a real process; the vault passphrase comes only from `env`. */
export const runHealthCli = (args: string[], env?: Record<string, string | undefined>): Promise<CliRun> => runScript('main/cli/health.ts', args, env);

export async function runOnce(app: ConsoleApp, id: string) {
  return app.services.health.run(id, 'manual');
}
