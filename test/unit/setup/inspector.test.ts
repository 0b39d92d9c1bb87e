import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeApp, PASSPHRASE } from '../../support/app';
import type { ConsoleApp } from '../../../main/app';

// The event inspector: a pasted iCIMS event checked field by field, replayed verbatim to the local
// simulator and never anywhere else.
type Field = { field: string; ok: boolean; message: string | null };
type Sent = { fields: Field[]; httpStatus: number; answer: string; case: { id: string; email: string | null } | null };

let app: ConsoleApp;
let sim: string;
let customerId: string;
beforeAll(async () => {
  app = await makeApp();
  await call(app, 'vault.init', { passphrase: PASSPHRASE });
  sim = (await call<{ id: string }>(app, 'integrations.create', { name: 'Rehearsal', environment: 'simulator' })).id;
  await call(app, 'certn.connectSimulator', { integrationId: sim });
  customerId = (await call<{ customerId: string }>(app, 'icims.useSimulatorAccount', { integrationId: sim })).customerId;
  await call(app, 'connection.doItForMe', { integrationId: sim });
});
afterAll(async () => app?.close());

const event = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ eventType: 'WorkFlowStatusChangeEvent', customerId, systemId: '771204', personId: '90211', jobId: '3310', userId: '57102', oldStatus: '2020', newStatus: '2028', ...over });

describe('event inspector', () => {
  it('checks each documented field and names what is wrong', async () => {
    const ok = await call<{ parsed: boolean; fields: Field[] }>(app, 'rehearsal.inspectEvent', { integrationId: sim, eventJson: event() });
    expect(ok.parsed).toBe(true);
    expect(ok.fields.filter((f) => !f.ok)).toEqual([]);
    const bad = await call<{ fields: Field[] }>(app, 'rehearsal.inspectEvent', { integrationId: sim, eventJson: event({ personId: 90211, jobId: undefined, extra: 'x' }) });
    const byName = Object.fromEntries(bad.fields.map((f) => [f.field, f]));
    expect(byName.personId).toMatchObject({ ok: false, message: expect.stringMatching(/string of digits/) });
    expect(byName.jobId).toMatchObject({ ok: false, message: 'Missing.' });
    expect(byName.extra).toMatchObject({ ok: false, message: expect.stringMatching(/Not part of the documented/) });
    expect(byName.customerId.ok).toBe(true);
    const notJson = await call<{ parsed: boolean; message: string }>(app, 'rehearsal.inspectEvent', { integrationId: sim, eventJson: '{nope' });
    expect(notJson).toMatchObject({ parsed: false, message: 'This is not valid JSON.' });
  });

  it('replays an event with real-looking ids to the simulator once those ids exist there, and shows the case', async () => {
    const before = await call<Sent>(app, 'rehearsal.sendEvent', { integrationId: sim, eventJson: event() });
    expect(before.httpStatus).toBe(400);
    expect(before.case).toBeNull();
    const s = await app.services.setup.simulator(sim);
    await s.admin.createJob({ id: 3310, jobtitle: 'Site Supervisor', bgcpackagetype: ['Standard Employment Screen'] });
    await s.admin.createPerson({ id: 90211, firstname: 'Real', lastname: 'Candidate', email: 'real.candidate@example.com' });
    await s.admin.createWorkflow({ id: 771204, personId: 90211, jobId: 3310, statusId: 'C2020' });
    const after = await call<Sent>(app, 'rehearsal.sendEvent', { integrationId: sim, eventJson: event() });
    expect(after.httpStatus).toBe(200);
    expect(after.answer).toMatch(/CASE_ORDERED/);
    expect(after.case?.id).toBeTruthy();
  });

  it('refuses to send a pasted event for any integration that is not the local simulator', async () => {
    for (const environment of ['ca', 'sandbox'] as const) {
      const real = (await call<{ id: string }>(app, 'integrations.create', { name: `Real ${environment}`, environment })).id;
      await expect(call(app, 'rehearsal.sendEvent', { integrationId: real, eventJson: event() })).rejects.toMatchObject({ code: 'inspector_not_simulator' });
    }
  });
});

describe('the simulated iCIMS customer ID, chosen in the rehearsal settings', () => {
  it('restarts the simulator as that account, so a real event with its own customer ID is accepted', async () => {
    const bad = call(app, 'rehearsal.setCustomerId', { integrationId: sim, customerId: '48x21' });
    await expect(bad).rejects.toMatchObject({ code: 'invalid_input' });
    const state = await call<{ icimsCustomerId: string | null }>(app, 'rehearsal.setCustomerId', { integrationId: sim, customerId: '4821' });
    expect(state.icimsCustomerId).toBe('4821');
    // The simulated iCIMS now answers as customer 4821; the saved Customer ID followed it.
    const s = await app.services.setup.simulator(sim);
    expect(s.demo.icimsCustomerId).toBe('4821');
    await s.admin.createJob({ id: 5120, jobtitle: 'Dispatcher', bgcpackagetype: ['Standard Employment Screen'] });
    await s.admin.createPerson({ id: 66001, firstname: 'Replay', lastname: 'Candidate', email: 'replay.candidate@example.com' });
    await s.admin.createWorkflow({ id: 880011, personId: 66001, jobId: 5120, statusId: 'C2020' });
    const real = JSON.stringify({ eventType: 'WorkFlowStatusChangeEvent', customerId: '4821', systemId: '880011', personId: '66001', jobId: '5120', userId: '57102', oldStatus: '2020', newStatus: '2028' });
    const sent = await call<Sent>(app, 'rehearsal.sendEvent', { integrationId: sim, eventJson: real });
    expect(sent.httpStatus).toBe(200);
    expect(sent.case?.id).toBeTruthy();
    // An event naming the old seeded account is now another customer's.
    const old = await call<Sent>(app, 'rehearsal.sendEvent', { integrationId: sim, eventJson: event({ systemId: '880011', personId: '66001', jobId: '5120' }) });
    expect(old.httpStatus).not.toBe(200);
    // It survives a restart of the simulator.
    await app.services.setup.simulators.stop(sim);
    expect((await call<{ icimsCustomerId: string | null }>(app, 'rehearsal.state', { integrationId: sim })).icimsCustomerId).toBe('4821');
  });
});
