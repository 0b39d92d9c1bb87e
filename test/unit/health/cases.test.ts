import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../main/app';
import type { Simulator } from '../../../main/simulator';
import type { HealthChanged } from '../../../main/health';
import { handedOverSimulator, runOnce, verdictOf } from './helpers';

// Every check against the real thing: the console on a real SQLite file, its simulator over loopback
// HTTP, each break made through the simulator's admin API and each verdict read from the stored run.
describe('health checks of the cases ordered through iCIMS', () => {
  let app: ConsoleApp;
  let id: string;
  let sim: Simulator;
    const events: HealthChanged[] = [];

  beforeAll(async () => {
    ({ app, id, sim } = await handedOverSimulator());
    app.services.health.subscribe((e) => events.push(e));
  }, 60_000);
  afterAll(async () => app?.close());

  it('stuck cases: an undeliverable invite fails, a candidate silent for a week warns', async () => {
    const { now } = await sim.admin.advanceClock(0);
    const day = 86_400_000;
    const silent = await sim.admin.seedCase({ overall_status: 'APPLICANT_INVITED', created: new Date(Date.parse(now) - 8 * day).toISOString() });
    let stuck = verdictOf((await runOnce(app, id)).results, 'stuck-cases');
    expect(stuck.verdict).toBe('warn');
    expect(stuck.evidence.join('\n')).toContain(`Case ${silent.short_id}`);
    expect(stuck.evidence.join('\n')).toMatch(/Invited 8 days ago/);

    const bounced = await sim.admin.seedCase({ overall_status: 'APPLICANT_INVITED' });
    await sim.admin.setCaseStatus(bounced.id, 'INVITE_UNDELIVERABLE');
    stuck = verdictOf((await runOnce(app, id)).results, 'stuck-cases');
    expect(stuck).toMatchObject({ verdict: 'fail', summary: expect.stringMatching(/1 invitation could not be delivered/) });

    for (const c of [silent, bounced]) await sim.admin.setCaseStatus(c.id, 'COMPLETE');
    expect(verdictOf((await runOnce(app, id)).results, 'stuck-cases').verdict).toBe('ok');
  });

  it('silent orders: two quiet days after a steady history fail; orders arriving again make it healthy', async () => {
    const day = 86_400_000;
    // Three quiet days on Certn's clock, after the cases of the test before.
    const { now } = await sim.admin.advanceClock(3 * day);
    for (let d = 3; d <= 15; d++) {
      for (let n = 0; n < 2; n++) await sim.admin.seedCase({ overall_status: 'COMPLETE', created: new Date(Date.parse(now) - d * day - n * 3_600_000).toISOString() });
    }
    let silent = verdictOf((await runOnce(app, id)).results, 'silent-orders');
    expect(silent.verdict).toBe('fail');
    expect(silent.evidence[0]).toMatch(/0 orders in the last 2 days/);
    for (let n = 0; n < 3; n++) await sim.admin.seedCase({ overall_status: 'COMPLETE', created: new Date(Date.parse(now) - n * 3_600_000).toISOString() });
    silent = verdictOf((await runOnce(app, id)).results, 'silent-orders');
    expect(silent.verdict).toBe('ok');
  });

  it('notifies listeners of the new failure only once', () => {
    const failing = events.filter((e) => e.newFailures.some((f) => f.check === 'stuck-cases'));
    expect(failing).toHaveLength(1);
    expect(failing[0]).toMatchObject({ integrationName: 'Rehearsal', verdict: 'fail' });
  });
});
