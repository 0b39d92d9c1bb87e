import { afterEach, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../../main/app';
import { type HandoffCreated, type HandoffPreview, type HandoffRecord } from '../../../../main/ipc/contract/handoff';
import { appWithIntegration, call, makeApp, PASSPHRASE, populate, tempDir } from '../../../support/handoff';

let app: ConsoleApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A clock the test moves by hand: expiry and "since the leak" are about time. */
function manualClock(start = '2026-03-01T09:00:00.000Z') {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

describe('handoff.list and handoff.markLeaked', () => {
  it('lists past handoffs newest first, marks expiry, and walks the admin through rotation after a leak', async () => {
    const clock = manualClock();
    const dataDir = tempDir('handoff-rec-');
    app = await makeApp({ dataDir, clock });
    await call(app, 'vault.init', { passphrase: PASSPHRASE });
    const { id } = await call<{ id: string }>(app, 'integrations.create', { name: 'Rotate Co', environment: 'ca' });
    populate(app, id);

    const first = await call<HandoffCreated>(app, 'handoff.create', { integrationId: id, recipientLabel: 'Dana', method: 'keycode', validForDays: 1 });
    clock.advance(60_000);
    const second = await call<HandoffCreated>(app, 'handoff.create', { integrationId: id, recipientLabel: 'Lee', method: 'keycode-split' });
    let list = await call<HandoffRecord[]>(app, 'handoff.list', { integrationId: id });
    expect(list.map((r) => [r.recipientLabel, r.method])).toEqual([['Lee', 'keycode-split'], ['Dana', 'keycode']]);
    expect(list[1]).toEqual(first.record);
    expect(list[0].sha256).toBe(second.files[0].sha256);
    expect(list.every((r) => !r.expired && r.leakedAt === null && r.rotatedSinceLeak === null)).toBe(true);

    clock.advance(86_400_000);
    list = await call<HandoffRecord[]>(app, 'handoff.list', { integrationId: id });
    expect(list.map((r) => r.expired)).toEqual([false, true]);

    clock.advance(60_000);
    const leaked = await call<{ record: HandoffRecord; guidance: string[] }>(app, 'handoff.markLeaked', { integrationId: id, handoffId: second.record.id });
    expect(leaked.record).toMatchObject({ id: second.record.id, leakedAt: clock.now().toISOString(), rotatedSinceLeak: false, reissuedSinceLeak: false });
    expect(leaked.guidance).toHaveLength(4);
    expect(leaked.guidance.join(' ')).toMatch(/Credential rotation in step 5, Go-live/);
    expect(leaked.guidance.join(' ')).toMatch(/Settings → Integrations → iCIMS/);
    expect(leaked.guidance.join(' ')).toMatch(/step 3, Certn connection/);
    expect(leaked.guidance.join(' ')).toMatch(/iCIMS Event Notifications/);

    // Marking again keeps the first time, and is not audited twice.
    clock.advance(60_000);
    const again = await call<{ record: HandoffRecord }>(app, 'handoff.markLeaked', { integrationId: id, handoffId: second.record.id });
    expect(again.record.leakedAt).toBe(leaked.record.leakedAt);
    expect(app.services.audit.list({ integrationId: id }).filter((e) => e.action === 'handoff.leaked')).toHaveLength(1);

    // The admin rotates in Certn, saves the new password (step 3) and sends a new handoff.
    clock.advance(60_000);
    app.services.vault.put(id, 'webhook_password', 'CANARY-rotated-pw-77aa');
    list = await call<HandoffRecord[]>(app, 'handoff.list', { integrationId: id });
    expect(list.find((r) => r.id === second.record.id)).toMatchObject({ rotatedSinceLeak: true, reissuedSinceLeak: false });
    clock.advance(60_000);
    await call(app, 'handoff.create', { integrationId: id, recipientLabel: 'Lee', method: 'keycode' });
    list = await call<HandoffRecord[]>(app, 'handoff.list', { integrationId: id });
    expect(list).toHaveLength(3);
    expect(list.find((r) => r.id === second.record.id)).toMatchObject({ rotatedSinceLeak: true, reissuedSinceLeak: true });
  });

  it('keeps each integration’s handoffs to itself', async () => {
    const made = await appWithIntegration('ca', 'One');
    app = made.app;
    populate(app, made.id);
    const other = await call<{ id: string }>(app, 'integrations.create', { name: 'Two', environment: 'ca' });
    const h = await call<HandoffCreated>(app, 'handoff.create', { integrationId: made.id, recipientLabel: 'Dana', method: 'keycode' });
    expect(await call(app, 'handoff.list', { integrationId: other.id })).toEqual([]);
    await expect(call(app, 'handoff.markLeaked', { integrationId: other.id, handoffId: h.record.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call(app, 'handoff.markLeaked', { integrationId: made.id, handoffId: 'missing' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call(app, 'handoff.list', { integrationId: 'missing' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('local simulator: the endpoint is the running simulator’s, on loopback', async () => {
    const made = await appWithIntegration('simulator', 'Rehearsal');
    app = made.app;
    populate(app, made.id);
    const p = await call<HandoffPreview>(app, 'handoff.preview', { integrationId: made.id });
    expect(p.endpointUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/external\/ats\/icims\/webhook\/$/);
    expect(p.ready).toBe(true);
    const h = await call<HandoffCreated>(app, 'handoff.create', { integrationId: made.id, recipientLabel: 'Rehearsal', method: 'keycode' });
    expect(h.record.method).toBe('keycode');
  });
});
