import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../main/app';
import type { Simulator } from '../../../main/simulator';
import type { HealthChanged } from '../../../main/health';
import { handedOverSimulator, runOnce, verdictOf } from './helpers';

// Every check against the real thing: the console on a real SQLite file, its simulator over loopback
// HTTP, each break made through the simulator's admin API and each verdict read from the stored run.
describe('health checks against the local simulator', () => {
  let app: ConsoleApp;
  let id: string;
  let sim: Simulator;
  let packages: { id: string; name: string }[];
  const events: HealthChanged[] = [];

  beforeAll(async () => {
    ({ app, id, sim, packages } = await handedOverSimulator());
    app.services.health.subscribe((e) => events.push(e));
  }, 60_000);
  afterAll(async () => app?.close());

  it('finds a freshly handed-over integration healthy, and stores the run', async () => {
    const run = await runOnce(app, id);
    for (const c of ['certn-key-expiry', 'certn-key', 'package-drift', 'webhook-endpoint', 'stuck-cases', 'silent-orders', 'handoff-expiry', 'icims-milestone'] as const) {
      expect(verdictOf(run.results, c).verdict, `${c}: ${verdictOf(run.results, c).summary}`).toBe('ok');
    }
    expect(run.verdict).toBe('ok');
    const stored = app.services.db.prepare('SELECT verdict, results FROM health_runs WHERE id = ?').get(run.id) as { verdict: string; results: string };
    expect(stored.verdict).toBe('ok');
    expect(JSON.parse(stored.results)).toHaveLength(8);
    expect(verdictOf(run.results, 'package-drift').evidence.join('\n')).toContain('Standard Employment Screen');
  });

  it('drift: a rename (even one trailing space), a deactivation and ATS use switched off each fail, against the handoff', async () => {
    const [a, b] = packages;
    await sim.admin.editPackage(a.id, { name: `${a.name} ` });
    let run = await runOnce(app, id);
    let drift = verdictOf(run.results, 'package-drift');
    expect(drift.verdict).toBe('fail');
    expect(drift.evidence.join('\n')).toContain(`is now named “${a.name}␣”`);
    expect(drift.fixLink?.step).toBe('packages');
    // The console's own package list still shows the old name: drift is measured against the handoff.
    expect(events.at(-1)?.newFailures.map((f) => f.check)).toEqual(['package-drift']);

    await sim.admin.editPackage(a.id, { name: a.name });
    await sim.admin.editPackage(b.id, { is_active: false });
    drift = verdictOf((await runOnce(app, id)).results, 'package-drift');
    expect(drift.verdict).toBe('fail');
    expect(drift.evidence.join('\n')).toMatch(/Driver Screen.*is inactive/);

    await sim.admin.editPackage(b.id, { is_active: true, use_for_ats: false });
    drift = verdictOf((await runOnce(app, id)).results, 'package-drift');
    expect(drift.evidence.join('\n')).toMatch(/no longer marked for ATS use/);

    await sim.admin.editPackage(b.id, { use_for_ats: true });
    run = await runOnce(app, id);
    expect(verdictOf(run.results, 'package-drift').verdict).toBe('ok');
    expect(run.verdict).toBe('ok');
    expect(events.at(-1)).toMatchObject({ verdict: 'ok', previousVerdict: 'fail', newFailures: [] });
  });

  it('the simulator refuses edits the portal would not make', async () => {
    await expect(sim.admin.editPackage(packages[0].id, { name: '  ' })).rejects.toMatchObject({ status: 422 });
    await expect(sim.admin.editPackage(packages[0].id, { is_active: 'no' as unknown as boolean })).rejects.toMatchObject({ status: 422 });
    await expect(sim.admin.editPackage('no-such-package', { is_active: false })).rejects.toMatchObject({ status: 404 });
    await expect(sim.admin.setCaseStatus('no-such-case', 'COMPLETE')).rejects.toMatchObject({ status: 404 });
    await expect(sim.admin.seedCase({ overall_status: 'STUCK' })).rejects.toMatchObject({ status: 422 });
    await expect(sim.admin.seedCase({ created: new Date(Date.now() + 86_400_000 * 30).toISOString() })).rejects.toMatchObject({ status: 422 });
  });

  it('a revoked key fails the key check, and the other Certn checks say they could not look', async () => {
    const key = app.services.vault.read(id, 'certn_api_key');
    expect(await sim.admin.revokeApiKey(key.split('.')[0])).toEqual({ revoked: 1 });
    const run = await runOnce(app, id);
    expect(verdictOf(run.results, 'certn-key')).toMatchObject({ verdict: 'fail', fixLink: { step: 'connect' } });
    expect(verdictOf(run.results, 'certn-key').evidence.join(' ')).toMatch(/HTTP 401/);
    expect(verdictOf(run.results, 'package-drift')).toMatchObject({ verdict: 'warn', summary: expect.stringMatching(/Could not check/) });
    expect(JSON.stringify(run.results)).not.toContain(key);
    app.services.vault.put(id, 'certn_api_key', (await sim.admin.issueApiKey()).api_key);
    expect(verdictOf((await runOnce(app, id)).results, 'certn-key').verdict).toBe('ok');
  });

  it('a key past its 365 days is refused by the simulator, and the console warns from 30 days out', async () => {
    const key = app.services.vault.read(id, 'certn_api_key');
    const { now } = await sim.admin.advanceClock(0);
    await sim.admin.setApiKeyCreated(key, new Date(Date.parse(now) - 366 * 86_400_000).toISOString());
    app.services.settings.set(id, { certnKeyCreatedOn: new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10) });
    let run = await runOnce(app, id);
    expect(verdictOf(run.results, 'certn-key-expiry').verdict).toBe('fail');
    expect(verdictOf(run.results, 'certn-key').verdict).toBe('fail');

    await sim.admin.setApiKeyCreated(key, now);
    app.services.settings.set(id, { certnKeyCreatedOn: new Date(Date.now() - 352 * 86_400_000).toISOString().slice(0, 10) });
    run = await runOnce(app, id);
    expect(verdictOf(run.results, 'certn-key-expiry')).toMatchObject({ verdict: 'warn', evidence: expect.arrayContaining([expect.stringMatching(/14-day reminder/)]) });
    expect(verdictOf(run.results, 'certn-key').verdict).toBe('ok');
    app.services.settings.set(id, { certnKeyCreatedOn: new Date().toISOString().slice(0, 10) });
  });

  it('the webhook endpoint fails once the iCIMS connection is removed in Certn, and recovers when restored', async () => {
    expect(await sim.admin.removeIcimsIntegration()).toBe(true);
    const run = await runOnce(app, id);
    expect(verdictOf(run.results, 'webhook-endpoint')).toMatchObject({ verdict: 'fail', fixLink: { step: 'certn' } });
    expect(verdictOf(run.results, 'webhook-endpoint').evidence.join(' ')).toMatch(/HTTP 401/);
    const v = app.services.vault;
    const s = app.services.settings.all(id);
    await sim.admin.createIcimsIntegration({
      icims_customer_id: s.icimsCustomerId as string, icims_username: v.read(id, 'icims_username'), icims_password: v.read(id, 'icims_password'),
      report_type: 'PDF', default_group_id: s.defaultGroupId as string, webhook_username: v.read(id, 'webhook_username'), webhook_password: v.read(id, 'webhook_password'),
    });
    expect(verdictOf((await runOnce(app, id)).results, 'webhook-endpoint').verdict).toBe('ok');
  });

  it('keeps the history newest first', () => {
    const history = app.services.healthRuns.history(id, 100);
    expect(history.length).toBeGreaterThan(10);
    expect(history[0].id).toBeGreaterThan(history.at(-1)!.id);
    expect(history.some((r) => r.verdict === 'fail')).toBe(true);
  });
});
