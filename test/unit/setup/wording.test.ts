import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeApp, PASSPHRASE, fails } from '../../support/app';
import type { ConsoleApp } from '../../../main/app';
import type { Clock } from '../../../main/shared/clock';

// What the step screens say about time and state, through the same gate the renderer uses.

let now = new Date('2026-11-27T08:00:00Z');
const clock: Clock = { now: () => now };
let app: ConsoleApp;
let id: string;
beforeAll(async () => {
  app = await makeApp({ clock });
  await call(app, 'vault.init', { passphrase: PASSPHRASE });
  id = (await call<{ id: string }>(app, 'integrations.create', { name: 'Real region', environment: 'ca' })).id;
});
afterAll(async () => app?.close());

describe('iCIMS request milestones', () => {
  it('a request sent this morning has waited 0 weeks, never −1', async () => {
    const step = await call<{ weeksWaiting: number; expectedFrom: string; expectedTo: string }>(app, 'icims.setMilestone', { integrationId: id, kind: 'requested', on: '2026-11-27' });
    expect(step.weeksWaiting).toBe(0);
    expect(step).toMatchObject({ expectedFrom: '2027-01-08', expectedTo: '2027-02-19' });
    now = new Date('2026-12-11T20:00:00Z');
    expect((await call<{ weeksWaiting: number }>(app, 'icims.get', { integrationId: id })).weeksWaiting).toBe(2);
    now = new Date('2026-11-27T08:00:00Z');
  });

  it('a consultant is recorded with a name in one call, and refused without one', async () => {
    const none = await fails(call(app, 'icims.setMilestone', { integrationId: id, kind: 'consultant', on: '2026-11-27' }));
    expect(none.code).toBe('consultant_name');
    const step = await call<{ milestones: { kind: string; on: string; data: Record<string, string> }[] }>(app, 'icims.setMilestone', {
      integrationId: id, kind: 'consultant', on: '2026-11-27', name: 'Dana Smith', email: 'dana@icims.example',
    });
    expect(step.milestones.find((m) => m.kind === 'consultant')).toMatchObject({ on: '2026-11-27', data: { name: 'Dana Smith', email: 'dana@icims.example' } });
  });

  it('refuses a milestone dated tomorrow', async () => {
    expect((await fails(call(app, 'icims.setMilestone', { integrationId: id, kind: 'credentials', on: '2026-11-29' }))).code).toBe('invalid_date');
  });
});

describe('Certn key expiry', () => {
  it('is known whenever the key’s creation date is, in the simulator too', async () => {
    const sim = (await call<{ id: string }>(app, 'integrations.create', { name: 'Rehearsal', environment: 'simulator' })).id;
    const status = await call<{ keyCreatedOn: string; expiresOn: string | null; daysLeft: number | null }>(app, 'certn.connectSimulator', { integrationId: sim });
    expect(status).toMatchObject({ keyCreatedOn: '2026-11-27', expiresOn: '2027-11-27', daysLeft: 365 });
  });
});
