import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { call, makeApp, PASSPHRASE, tempDir, fails } from '../../support/app';
import type { ConsoleApp } from '../../../main/app';

// The wizard's services end to end through the same gate the renderer uses, against the in-process
// simulator over real loopback HTTP, on a real SQLite file.
// Polling must yield to timers: the sync's HTTP calls run on the same event loop.
const pause = <T,>(v: T) => new Promise<T>((r) => setTimeout(() => r(v), 20));

describe('wizard services in the local simulator', () => {
  const dataDir = tempDir();
  let app: ConsoleApp;
  let id: string;
  afterAll(async () => app?.close());

  it('connects, syncs and verifies packages, and refuses bad inputs precisely', async () => {
    app = await makeApp({ dataDir });
    await call(app, 'vault.init', { passphrase: PASSPHRASE });
    id = (await call<{ id: string }>(app, 'integrations.create', { name: 'Rehearsal', environment: 'simulator' })).id;

    const wrongKey = await fails(call(app, 'certn.connect', { integrationId: id, apiKey: 'Wrong123.notavalidkeynotavalidkeynotavalid00' }));
    expect(wrongKey.code).toBe('certn_unauthorized');
    expect(wrongKey.message).toMatch(/rejected this API key/);
    const status = await call<{ hasKey: boolean; verifiedAt: string }>(app, 'certn.connectSimulator', { integrationId: id });
    expect(status).toMatchObject({ hasKey: true });

    await call(app, 'packages.sync', { integrationId: id });
    let sync: { running: boolean; loaded: number; error: unknown };
    do sync = await call<typeof sync>(app, 'packages.syncStatus', { integrationId: id }).then(pause);
    while (sync.running);
    expect(sync.error).toBeNull();
    const list = (await call<{ rows: { id: string; name: string; verification: { ats: string; active: boolean | null; ready: boolean; nameIssues: string[] } }[] }>(app, 'packages.list', { integrationId: id, limit: 500 })).rows;
    expect(list.length).toBeGreaterThanOrEqual(5);
    const byName = (n: string) => list.find((p) => p.name === n)!;
    expect(byName('Executive Screen ').verification.nameIssues[0]).toMatch(/ends with a space/);
    expect(byName('Volunteer Basic').verification).toMatchObject({ ats: 'off', ready: false });
    expect(byName('Legacy Criminal Check').verification).toMatchObject({ active: false, ready: false });
    expect(byName('Standard Employment Screen').verification.ready).toBe(true);

    expect((await fails(call(app, 'packages.addByUrl', { integrationId: id, url: 'https://client.certn.co/ca/packages/' }))).code).toBe('package_url_not_package');
    expect((await fails(call(app, 'packages.addByUrl', { integrationId: id, url: `https://client.certn.co/uk/package/${list[0].id}/` }))).code).toBe('package_url_region');
    expect((await fails(call(app, 'packages.addByUrl', { integrationId: id, url: 'https://client.certn.co/ca/package/00000000-0000-4000-8000-000000000000/' }))).code).toBe('package_not_found');
    const added = await call<{ id: string; selected: boolean }>(app, 'packages.addByUrl', { integrationId: id, url: ` https://client.certn.co/ca/package/${byName('Standard Employment Screen').id}?x=1#y ` });
    expect(added.selected).toBe(true);
    await call(app, 'packages.select', { integrationId: id, packageId: byName('Driver Screen').id, selected: true });

    const plan = await call<{ id: string; checklist: string[] }>(app, 'packages.plan', { integrationId: id, name: 'Seasonal Hire', description: 'Peak season', checkTypes: ['IDENTITY_VERIFICATION_1'], tags: ['seasonal'] });
    expect(plan.checklist.join('\n')).toMatch(/Mark this package for ATS use/);
    const made = await call<{ name: string; selected: boolean; verification: { ready: boolean } }>(app, 'packages.createPlanInSimulator', { integrationId: id, planId: plan.id });
    expect(made).toMatchObject({ name: 'Seasonal Hire', selected: true, verification: { ready: true } });
  });

  it('captures the iCIMS values, refusing a non-numeric customer id and a wrong password', async () => {
    const bad = await fails(call(app, 'icims.saveCredentials', { integrationId: id, customerId: '12a4', username: 'u', password: 'p', hosting: 'simulator' }));
    expect(bad).toMatchObject({ code: 'icims_customer_id', message: expect.stringMatching(/digits only/) });
    const step = await call<{ customerId: string; requestText: string }>(app, 'icims.useSimulatorAccount', { integrationId: id });
    const passwordBefore = app.services.vault.read(id, 'icims_password');
    const wrong = await fails(call(app, 'icims.saveCredentials', { integrationId: id, customerId: step.customerId, password: 'not-the-password', hosting: 'simulator' }));
    expect(wrong).toMatchObject({ code: 'icims_unauthorized', message: expect.stringMatching(/iCIMS rejected the username or password.*Nothing was saved/) });
    // Refused credentials are not kept: the vault still holds the ones iCIMS accepted.
    expect(app.services.vault.read(id, 'icims_password')).toBe(passwordBefore);
    expect((await call<{ verifiedAt: string | null }>(app, 'icims.get', { integrationId: id })).verifiedAt).not.toBeNull();
    const ok = await call<{ verifiedAt: string | null; requestText: string }>(app, 'icims.useSimulatorAccount', { integrationId: id });
    expect(ok.verifiedAt).not.toBeNull();
    expect(ok.requestText).toContain('"Driver Screen"');
    await call(app, 'icims.setMilestone', { integrationId: id, kind: 'requested', on: '2026-01-05' });
    const late = await call<{ overdue: boolean; expectedTo: string }>(app, 'icims.get', { integrationId: id });
    expect(late).toMatchObject({ overdue: true, expectedTo: '2026-03-30' });
  });

  it('probes the endpoint only with webhook credentials, then does the Certn side for the admin', async () => {
    const missing = await fails(call(app, 'golive.probe', { integrationId: id }));
    expect(missing).toMatchObject({ code: 'webhook_missing', hint: expect.stringMatching(/step 3/) });
    const step = await call<{ hasWebhookPassword: boolean; certnSavedAt: string; reportType: string; defaultGroupId: string; groups: { id: string; depth: number }[] }>(app, 'connection.doItForMe', { integrationId: id });
    expect(step).toMatchObject({ hasWebhookPassword: true, reportType: 'PDF' });
    expect(Math.max(...step.groups.map((g) => g.depth))).toBeGreaterThanOrEqual(2);
    const probe = await call<{ outcome: string }>(app, 'golive.probe', { integrationId: id });
    expect(probe.outcome).toBe('accepted');
    const other = step.groups.find((g) => g.id !== step.defaultGroupId && g.depth === 1)!;
    const changed = await call<{ pendingChanges: { field: string }[] }>(app, 'connection.setOptions', { integrationId: id, defaultGroupId: other.id });
    expect(changed.pendingChanges.map((c) => c.field)).toEqual(['Group']);
    await call(app, 'connection.setOptions', { integrationId: id, defaultGroupId: step.defaultGroupId });
  });

  it('rehearses the loop: candidate moved → case in the default group → Complete with a PDF link in iCIMS', async () => {
    let state = await call<{ eventsConfigured: boolean; candidates: { workflowId: string; name: string }[] }>(app, 'rehearsal.configureEvents', { integrationId: id });
    expect(state.eventsConfigured).toBe(true);
    state = await call(app, 'rehearsal.createCandidate', { integrationId: id, firstName: 'Nina', lastName: 'Patel', email: 'nina.patel@example.com' });
    const nina = state.candidates.find((c) => c.name.includes('Nina'))!;
    const moved = await call<{ delivery: { httpStatus: number } }>(app, 'rehearsal.moveToTrigger', { integrationId: id, workflowId: nina.workflowId });
    expect(moved.delivery.httpStatus).toBe(200);
    const again = await call<{ delivery: { httpStatus: number; userMessage: string } }>(app, 'rehearsal.moveToTrigger', { integrationId: id, workflowId: nina.workflowId });
    expect(again.delivery.httpStatus).toBe(400);
    const done = await call<{ cases: { status: string; reportUrl: string | null }[]; candidates: { workflowId: string; backgroundScreens: { status: string; url: string | null }[] }[] }>(app, 'rehearsal.advance', { integrationId: id, hours: 80 });
    expect(done.cases).toHaveLength(1);
    expect(done.cases[0].status).toBe('COMPLETE');
    const screen = done.candidates.find((c) => c.workflowId === nina.workflowId)!.backgroundScreens[0];
    expect(screen.status).toBe('Complete');
    const pdf = await fetch(screen.url!);
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(0);
    const cases = await call<{ status: string }[]>(app, 'golive.cases', { integrationId: id });
    expect(cases.map((c) => c.status)).toEqual(['COMPLETE']);
    const steps = await call<{ steps: { id: string; state: string }[] }>(app, 'integrations.overview', { id });
    expect(steps.steps.filter((s) => s.id !== 'handoff').every((s) => s.state === 'done')).toBe(true);
  });

  it('after a restart the simulator comes back with the same portal state', async () => {
    await app.close();
    app = await makeApp({ dataDir });
    await expect(call(app, 'rehearsal.state', { integrationId: id })).rejects.toMatchObject({ code: 'vault_locked' });
    await call(app, 'vault.unlock', { passphrase: PASSPHRASE });
    const state = await call<{ eventsConfigured: boolean; jobs: unknown[] }>(app, 'rehearsal.state', { integrationId: id });
    expect(state.eventsConfigured).toBe(true);
    expect(state.jobs.length).toBeGreaterThan(0);
    expect((await call<{ outcome: string }>(app, 'golive.probe', { integrationId: id })).outcome).toBe('accepted');
    const pkgs = (await call<{ rows: { name: string; verification: { exists: boolean } }[] }>(app, 'packages.list', { integrationId: id, limit: 500 })).rows;
    await call(app, 'packages.sync', { integrationId: id });
    let sync: { running: boolean; error: unknown };
    do sync = await call<typeof sync>(app, 'packages.syncStatus', { integrationId: id }).then(pause);
    while (sync.running);
    const after = (await call<{ rows: { name: string; verification: { exists: boolean } }[] }>(app, 'packages.list', { integrationId: id, limit: 500 })).rows;
    expect(after.find((p) => p.name === 'Seasonal Hire')?.verification.exists).toBe(true);
    expect(after.length).toBe(pkgs.length);
  });
});
