import { afterAll, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../main/app';
import { auditSentence } from '../../../main/shared/audit-words';
import { call, fails } from '../../support/app';
import { liveSimulatorIntegration, moveNewCandidate, postEvent } from './helpers';
import { t } from '../../../main/shared/i18n';

// Credential rotation end to end in the local simulator, over real HTTP, on a real SQLite file:
// after each rotation the simulator refuses the old credential and the whole loop works with the new.
type Rotation = {
  current: null | { kind: string; steps: { id: string; state: string; canDoItForMe: boolean }[]; verification: { label: string; ok: boolean }[] | null; canComplete: boolean };
  history: { kind: string; completedAt: string | null }[];
};
type Handoff = { id: string; supersededAt: string | null; supersededBy: string | null };

describe('credential rotation in the local simulator', () => {
  let app: ConsoleApp;
  let id: string;
  let firstHandoffId: string;
  afterAll(async () => app?.close());

  it('rotates the webhook pair after a leak: old pair refused, new handoff supersedes the old, events flow again', async () => {
    ({ app, id, firstHandoffId } = await liveSimulatorIntegration());
    const v = app.services.vault;
    const oldUser = v.read(id, 'webhook_username');
    const oldPass = v.read(id, 'webhook_password');
    expect(await postEvent(app, id, oldUser, oldPass)).toBe(400); // accepted credentials, empty event refused
    await call(app, 'handoff.markLeaked', { integrationId: id, handoffId: firstHandoffId });

    expect((await fails(call(app, 'rotation.start', { integrationId: id, kind: 'webhook', reason: 'expiry' }))).code).toBe('rotation_invalid');
    let r = await call<Rotation>(app, 'rotation.start', { integrationId: id, kind: 'webhook', reason: 'leaked' });
    expect(r.current!.steps.map((s) => [s.id, s.state])).toEqual([['portal', 'todo'], ['capture', 'todo'], ['handoff', 'todo'], ['apply', 'todo'], ['verify', 'todo']]);
    expect((await fails(call(app, 'rotation.start', { integrationId: id, kind: 'certn_api_key', reason: 'expiry' }))).code).toBe('rotation_open');
    expect((await fails(call(app, 'rotation.verify', { integrationId: id }))).code).toBe('rotation_order');
    expect((await fails(call(app, 'rotation.capture', { integrationId: id, username: oldUser, password: oldPass }))).code).toBe('rotation_same_credential');

    r = await call<Rotation>(app, 'rotation.doItForMe', { integrationId: id, step: 'portal' });
    expect(r.current!.steps.find((s) => s.id === 'capture')!.state).toBe('done');
    const newUser = v.read(id, 'webhook_username');
    const newPass = v.read(id, 'webhook_password');
    expect(newPass).not.toBe(oldPass);
    // Certn now refuses the old pair: the simulator is strict, nothing keeps accepting it.
    expect(await postEvent(app, id, oldUser, oldPass)).toBe(401);
    expect(await postEvent(app, id, newUser, newPass)).toBe(400);
    // iCIMS still holds the old pair until the consultant updates it: a real move fails with 401.
    expect((await moveNewCandidate(app, id, 'Before')).delivery.httpStatus).toBe(401);

    const made = await call<{ record: { id: string } }>(app, 'handoff.create', { integrationId: id, recipientLabel: 'Dana at iCIMS', method: 'keycode' });
    const handoffs = await call<Handoff[]>(app, 'handoff.list', { integrationId: id });
    expect(handoffs.find((h) => h.id === firstHandoffId)).toMatchObject({ supersededBy: made.record.id, supersededAt: expect.any(String) });
    expect(handoffs.find((h) => h.id === made.record.id)!.supersededAt).toBeNull();
    expect((await fails(call(app, 'rotation.verify', { integrationId: id }))).message).toMatch(/The consultant updates iCIMS/);

    r = await call<Rotation>(app, 'rotation.doItForMe', { integrationId: id, step: 'apply' });
    expect((await moveNewCandidate(app, id, 'After')).delivery.httpStatus).toBe(200);
    expect((await fails(call(app, 'rotation.complete', { integrationId: id }))).code).toBe('rotation_order');
    r = await call<Rotation>(app, 'rotation.verify', { integrationId: id });
    expect(r.current!.verification).toEqual([
      expect.objectContaining({ label: 'Endpoint probe with the saved webhook credentials', ok: true }),
      expect.objectContaining({ label: 'Old webhook credentials refused by Certn', ok: true }),
    ]);
    expect(v.has(id, 'webhook_password_retired')).toBe(true);
    r = await call<Rotation>(app, 'rotation.complete', { integrationId: id });
    expect(r.current).toBeNull();
    expect(r.history[0]).toMatchObject({ kind: 'webhook', completedAt: expect.any(String) });
    // The old value was kept only for the check.
    expect(v.has(id, 'webhook_password_retired')).toBe(false);
    expect(v.has(id, 'webhook_username_retired')).toBe(false);

    const audit = app.services.audit.list({ integrationId: id });
    const actions = audit.map((e) => e.action);
    for (const a of ['rotation.started', 'rotation.done_in_simulator', 'rotation.captured', 'handoff.superseded', 'rotation.handoff_made', 'rotation.applied', 'rotation.verified', 'rotation.completed', 'golive.probe']) expect(actions).toContain(a);
    expect(auditSentence('rotation.verified', audit.find((e) => e.action === 'rotation.verified')!.detail, t)).toBe('Rotation of the webhook username and password checked: new accepted, old refused');
    expect(JSON.stringify(audit)).not.toContain(oldPass);
    expect(JSON.stringify(audit)).not.toContain(newPass);
  });

  it('rotates the Certn API key: both work until the old is revoked, then the old is refused', async () => {
    const v = app.services.vault;
    const oldKey = v.read(id, 'certn_api_key');
    const groupsWith = async (key: string) => (await fetch(`${await app.services.setup.certnBaseUrl(id)}/api/public/groups/?page=1&page_size=1`, { headers: { authorization: `Api-Key ${key}` } })).status;
    await call(app, 'rotation.start', { integrationId: id, kind: 'certn_api_key', reason: 'expiry' });
    expect((await fails(call(app, 'rotation.capture', { integrationId: id, apiKey: 'Wrong123.notavalidkeynotavalidkeynotavalid00' }))).code).toBe('certn_unauthorized');
    expect(v.read(id, 'certn_api_key')).toBe(oldKey);
    expect(v.has(id, 'certn_api_key_retired')).toBe(false);
    let r = await call<Rotation>(app, 'rotation.doItForMe', { integrationId: id, step: 'portal' });
    const newKey = v.read(id, 'certn_api_key');
    expect(newKey).not.toBe(oldKey);
    expect(r.current!.steps.find((s) => s.id === 'handoff')!.state).toBe('not_needed');
    expect(await groupsWith(oldKey)).toBe(200);
    expect((await fails(call(app, 'rotation.verify', { integrationId: id }))).message).toMatch(/Revoke the old key/);
    await call(app, 'rotation.doItForMe', { integrationId: id, step: 'revoke' });
    expect(await groupsWith(oldKey)).toBe(401);
    expect(await groupsWith(newKey)).toBe(200);
    r = await call<Rotation>(app, 'rotation.verify', { integrationId: id });
    expect(r.current!.verification!.map((c) => [c.label, c.ok])).toEqual([
      ['Endpoint probe with the saved webhook credentials', true],
      ['New API key accepted by Certn', true],
      ['Old API key refused by Certn', true],
    ]);
    await call(app, 'rotation.complete', { integrationId: id });
    expect(v.has(id, 'certn_api_key_retired')).toBe(false);
  });

  it('rotates the iCIMS credentials: Certn cannot read iCIMS until they are entered in Certn, the old ones are refused', async () => {
    const v = app.services.vault;
    const oldPass = v.read(id, 'icims_password');
    const user = v.read(id, 'icims_username');
    const cid = app.services.settings.get(id, 'icimsCustomerId')!;
    const sim = await app.services.setup.simulator(id);
    const readWith = async (p: string) => (await fetch(`${sim.icimsUrl}/customers/${cid}/jobs/2001`, { headers: { authorization: `Basic ${Buffer.from(`${user}:${p}`).toString('base64')}` } })).status;
    expect(await readWith(oldPass)).toBe(200);
    await call(app, 'rotation.start', { integrationId: id, kind: 'icims', reason: 'routine' });
    await call(app, 'rotation.doItForMe', { integrationId: id, step: 'portal' });
    const newPass = v.read(id, 'icims_password');
    expect(newPass).not.toBe(oldPass);
    expect(await readWith(oldPass)).toBe(401);
    // Certn's integration still holds the old iCIMS password: the order fails and says why.
    const blocked = await moveNewCandidate(app, id, 'Blocked');
    expect(blocked.delivery).toMatchObject({ httpStatus: 400, userMessage: expect.stringMatching(/could not sign in to iCIMS/) });
    await call(app, 'rotation.doItForMe', { integrationId: id, step: 'apply' });
    expect((await moveNewCandidate(app, id, 'Flowing')).delivery.httpStatus).toBe(200);
    const r = await call<Rotation>(app, 'rotation.verify', { integrationId: id });
    expect(r.current!.verification!.every((c) => c.ok)).toBe(true);
    expect(r.current!.verification!.map((c) => c.label)).toContain('Old iCIMS credentials refused by iCIMS');
    await call(app, 'rotation.complete', { integrationId: id });
  });

  it('cancelling a rotation drops the retired value and is audited', async () => {
    await call(app, 'rotation.start', { integrationId: id, kind: 'webhook', reason: 'routine' });
    await call(app, 'rotation.doItForMe', { integrationId: id, step: 'portal' });
    expect(app.services.vault.has(id, 'webhook_password_retired')).toBe(true);
    const r = await call<Rotation>(app, 'rotation.cancel', { integrationId: id });
    expect(r.current).toBeNull();
    expect(app.services.vault.has(id, 'webhook_password_retired')).toBe(false);
    expect(app.services.audit.list({ integrationId: id, action: 'rotation.cancelled' })).toHaveLength(1);
    expect((await fails(call(app, 'rotation.verify', { integrationId: id }))).code).toBe('rotation_none');
  });
});
