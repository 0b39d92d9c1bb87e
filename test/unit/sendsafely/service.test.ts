import { afterEach, describe, expect, it } from 'vitest';
import * as openpgp from 'openpgp';
import type { ConsoleApp } from '../../../main/app';
import type { HandoffCreated, HandoffRecord, SendSafelyStatus } from '../../../main/ipc/contract/handoff';
import { decryptMessage, keyCodeChecksum } from '../../../main/sendsafely';
import { openDatabase } from '../../../main/store/db';
import { appWithIntegration, call, makeApp, populate, scanFor, tempDir, WEBHOOK_PASSWORD } from '../../support/handoff';

let app: ConsoleApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

interface ReceiveAnswer { response: string; message?: string; serverSecret?: string }
const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<ReceiveAnswer>);

describe('handoff through SendSafely (console service against the simulator)', () => {
  it('connect verifies first, send carries the exact payload, the consultant opens it, tracking shows it, a leak deletes it', async () => {
    const made = await appWithIntegration('simulator', 'Acme rehearsal');
    app = made.app;
    const id = made.id;
    populate(app, id, { company: 'Acme Ltd' });
    const sim = await app.services.setup.simulator(id);
    const account = await call<{ host: string; apiKey: string; apiSecret: string }>(app, 'handoff.sendsafelySimulatorAccount', { integrationId: id });
    expect(account.host).toBe(sim.sendsafelyUrl);

    // Nothing is saved when SendSafely refuses the secret.
    await expect(call(app, 'handoff.sendsafelyConnect', { integrationId: id, ...account, apiSecret: 'wrong-secret' })).rejects.toMatchObject({ code: 'sendsafely_auth_failed' });
    expect(app.services.vault.has(id, 'sendsafely_api_key')).toBe(false);
    await expect(call(app, 'handoff.create', { integrationId: id, recipientLabel: 'Dana', method: 'sendsafely', recipientEmail: 'dana@consultants.example' }))
      .rejects.toMatchObject({ code: 'sendsafely_not_connected' });

    const status = await call<SendSafelyStatus>(app, 'handoff.sendsafelyConnect', { integrationId: id, ...account });
    expect(status).toMatchObject({ connected: true, host: 'the local SendSafely simulator', ownerEmail: sim.demo.sendsafelyEmail, simulatorAvailable: true });
    expect(status.apiKeyMasked).not.toContain(account.apiKey);

    await sim.sendsafelyAdmin.clearRequests();
    const h = await call<HandoffCreated>(app, 'handoff.create', { integrationId: id, recipientLabel: 'Dana (iCIMS)', method: 'sendsafely', recipientEmail: 'dana@consultants.example', validForDays: 7 });
    expect(h.files).toEqual([]);
    expect(h.keycode).toBeNull();
    const link = new URL(h.secureLink!);
    const keyCode = new URLSearchParams(link.hash.slice(1)).get('keyCode')!;
    const thread = link.searchParams.get('thread')!;
    const packageCode = link.searchParams.get('packageCode')!;
    expect(keyCode).toHaveLength(43);
    expect(h.record.method).toBe('sendsafely');
    expect(h.record.sendsafely).toMatchObject({ packageId: thread, recipientEmail: 'dana@consultants.example', lifeDays: 7, notified: false, state: 'Waiting for Pickup', openedAt: null });
    expect(h.consultantInstructions[0]).toMatch(/Send the secure link to dana@consultants.example yourself/);

    // The consultant: a code by "e-mail", then serverSecret + message for the checksum of the fragment's keyCode.
    const base = `${sim.sendsafelyUrl}/receive/api`;
    expect((await post(`${base}/start`, { thread, packageCode, email: 'dana@consultants.example' })).response).toBe('SUCCESS');
    const [{ code }] = await sim.sendsafelyAdmin.codes('dana@consultants.example');
    expect((await post(`${base}/open`, { thread, packageCode, email: 'dana@consultants.example', code, checksum: 'f'.repeat(64) })).response).toBe('FAIL');
    const opened = await post(`${base}/open`, { thread, packageCode, email: 'dana@consultants.example', code, checksum: keyCodeChecksum(keyCode, packageCode) });
    expect(opened.response).toBe('SUCCESS');
    const text = await decryptMessage(opened.message!, opened.serverSecret!, keyCode);
    const payload = JSON.parse(text) as Record<string, unknown>;
    expect(text).toBe(JSON.stringify(payload, null, 2) + '\n');
    expect(payload).toMatchObject({ format: 'certn-icims-handoff/1', companyLabel: 'Acme Ltd', webhookPassword: WEBHOOK_PASSWORD, icimsCustomerId: '4321' });
    expect(Object.keys(payload)).not.toContain('certnApiKey');
    expect(text).not.toContain(sim.demo.certnApiKey);
    expect(text).not.toContain(sim.demo.icimsPassword);

    // The organisation key opens the escrowed keyCode.
    const org = await sim.sendsafelyAdmin.orgKey();
    const escrow = (await sim.sendsafelyAdmin.pkg(thread)).keycodes[org.id];
    const recovered = await openpgp.decrypt({ message: await openpgp.readMessage({ armoredMessage: escrow }), decryptionKeys: await openpgp.readPrivateKey({ armoredKey: org.privateArmored }) });
    expect(recovered.data).toBe(keyCode);

    const tracked = await call<HandoffRecord[]>(app, 'handoff.refreshTracking', { integrationId: id });
    expect(tracked[0].sendsafely).toMatchObject({ state: 'Pickup Complete', openings: 1 });
    expect(Date.parse(tracked[0].sendsafely!.openedAt!)).not.toBeNaN();

    // No request to SendSafely, and nothing on disk, ever carried the keyCode or the link.
    for (const r of await sim.sendsafelyAdmin.requests()) {
      expect(JSON.stringify(r.headers) + r.path + r.body).not.toContain(keyCode);
    }
    app.services.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(scanFor(made.dataDir, [keyCode, h.secureLink!, account.apiSecret, WEBHOOK_PASSWORD])).toEqual([]);

    const leaked = await call<{ record: HandoffRecord; sendsafelyProblem: string | null }>(app, 'handoff.markLeaked', { integrationId: id, handoffId: h.record.id, deleteFromSendSafely: true });
    expect(leaked.sendsafelyProblem).toBeNull();
    expect(leaked.record.sendsafely).toMatchObject({ state: 'deleted' });
    expect((await sim.sendsafelyAdmin.pkg(thread)).deleted).toBe(true);
    expect((await post(`${base}/start`, { thread, packageCode, email: 'dana@consultants.example' })).message).toBe('The sender deleted this package.');
  });

  it('a bad address never reaches SendSafely; opting in to notify is recorded', async () => {
    const made = await appWithIntegration('simulator', 'Beta rehearsal');
    app = made.app;
    populate(app, made.id);
    const account = await call<{ host: string; apiKey: string; apiSecret: string }>(app, 'handoff.sendsafelySimulatorAccount', { integrationId: made.id });
    await call(app, 'handoff.sendsafelyConnect', { integrationId: made.id, ...account });
    await expect(call(app, 'handoff.create', { integrationId: made.id, recipientLabel: 'Dana', method: 'sendsafely', recipientEmail: 'dana at example' })).rejects.toMatchObject({ code: 'invalid_input' });
    const h = await call<HandoffCreated>(app, 'handoff.create', { integrationId: made.id, recipientLabel: 'Dana', method: 'sendsafely', recipientEmail: 'dana@consultants.example', notifyBySendSafely: true });
    expect(h.record.sendsafely?.notified).toBe(true);
    expect(h.consultantInstructions[0]).toBe('SendSafely e-mails the secure link to dana@consultants.example.');
    const sim = await app.services.setup.simulator(made.id);
    expect((await sim.sendsafelyAdmin.pkg(h.record.sendsafely!.packageId)).notified).toHaveLength(1);
  });

  it('a handoff recorded before migration 004 reads back unchanged, with no SendSafely part', async () => {
    const dir = tempDir('ss-migration-');
    const old = openDatabase(dir, { targetVersion: 3 });
    old.prepare("INSERT INTO integrations (id, name, environment, created_at, updated_at) VALUES ('i1', 'Old Co', 'ca', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')").run();
    old.prepare(`INSERT INTO handoffs (id, integration_id, created_at, expires_at, recipient_label, method, sha256, file_base)
      VALUES ('h1', 'i1', '2026-01-01T00:00:00.000Z', '2026-01-15T00:00:00.000Z', 'Dana', 'keycode', ?, 'old-co-icims-handoff')`).run('ab'.repeat(32));
    old.close();
    app = await makeApp({ dataDir: dir });
    const list = await call<HandoffRecord[]>(app, 'handoff.list', { integrationId: 'i1' });
    expect(list.map((r) => ({ id: r.id, method: r.method, fileBase: r.fileBase, sendsafely: r.sendsafely }))).toEqual([
      { id: 'h1', method: 'keycode', fileBase: 'old-co-icims-handoff', sendsafely: null },
    ]);
  });
});
