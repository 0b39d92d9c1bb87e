import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../main/app';
import { appWithIntegration, call, PASSPHRASE, populate, tempDir, WEBHOOK_PASSWORD } from '../../support/handoff';
import { fails, makeApp } from '../../support/app';

// Export on one machine (data folder), import on another: the non-secret configuration moves,
// the secrets do not. Canary secrets are planted under every kind the vault keeps.
const CANARIES = ['CANARYk1.certnkeycertnkeycertnkey00000001', 'CANARY-icims-pw-3f9a', WEBHOOK_PASSWORD, 'CANARY-ss-secret-8812'];

describe('configuration export and import', () => {
  let source: ConsoleApp;
  let target: ConsoleApp;
  let id: string;
  let json: string;
  afterAll(async () => Promise.all([source?.close(), target?.close()]));

  beforeAll(async () => {
    ({ app: source, id } = await appWithIntegration('uk', 'Acme Écosse'));
    populate(source, id, { company: 'Société Générale' });
    source.services.vault.put(id, 'certn_api_key', CANARIES[0]);
    source.services.vault.put(id, 'icims_password', CANARIES[1]);
    source.services.vault.put(id, 'sendsafely_api_secret', CANARIES[3]);
    source.services.db.prepare('INSERT INTO groups (integration_id, id, short_id, name, is_active) VALUES (?, ?, ?, ?, 1)').run(id, 'grp-7a', 'CG_UK_RH', 'Recrutement été');
    source.services.settings.set(id, { reportType: 'PDF', defaultGroupId: 'grp-7a', icimsHosting: 'eu' });
    await call(source, 'icims.setMilestone', { integrationId: id, kind: 'requested', on: '2026-01-05' });
    target = await makeApp({ dataDir: tempDir('config-target-') });
    await call(target, 'vault.init', { passphrase: PASSPHRASE });
  });

  it('exports a versioned JSON file with every non-secret value and no secret', async () => {
    const exported = await call<{ fileName: string; json: string }>(source, 'config.export', { integrationId: id });
    json = exported.json;
    expect(exported.fileName).toBe('acme-ecosse-config.json');
    for (const secret of CANARIES) expect(json).not.toContain(secret);
    expect(json).not.toMatch(/password|api_?key|secret|keycode/i);
    const file = JSON.parse(json);
    expect(file).toMatchObject({
      format: 'certn-icims-console/integration-config', schemaVersion: 1,
      integration: { name: 'Acme Écosse', environment: 'uk' }, company: 'Société Générale',
      icims: { customerId: '4321', hosting: 'eu' }, certn: { reportType: 'PDF', defaultGroupId: 'grp-7a' },
    });
    expect(file.packages.map((p: { name: string }) => p.name)).toContain('UK Standard — Criminal + ID ');
    expect(source.services.audit.list({ integrationId: id, action: 'config.exported' })).toHaveLength(1);
  });

  it('imports it on another machine as a new integration, exact names kept, secrets still to enter', async () => {
    const created = await call<{ id: string; name: string }>(target, 'config.import', { json });
    expect(created.name).toBe('Acme Écosse');
    const pkgs = (await call<{ rows: { id: string; name: string; selected: boolean }[] }>(target, 'packages.list', { integrationId: created.id })).rows;
    expect(pkgs.map((p) => [p.id, p.name, p.selected]).sort()).toEqual([
      ['pkg-uk-mgmt-02', 'UK  Management', true], ['pkg-uk-standard-01', 'UK Standard — Criminal + ID ', true], ['pkg-unselected-03', 'Not for iCIMS', false],
    ]);
    const conn = await call<{ reportType: string; defaultGroupName: string; hasWebhookPassword: boolean }>(target, 'connection.get', { integrationId: created.id });
    expect(conn).toMatchObject({ reportType: 'PDF', defaultGroupName: 'Recrutement été', hasWebhookPassword: false });
    const icims = await call<{ customerId: string; hosting: string; company: string; milestones: { kind: string; on: string }[]; hasPassword: boolean }>(target, 'icims.get', { integrationId: created.id });
    expect(icims).toMatchObject({ customerId: '4321', hosting: 'eu', company: 'Société Générale', hasPassword: false, milestones: [expect.objectContaining({ kind: 'requested', on: '2026-01-05' })] });
    expect(target.services.vault.list(created.id)).toEqual([]);
    expect(target.services.audit.list({ integrationId: created.id, action: 'config.imported' })).toHaveLength(1);
  });

  it('refuses a name clash, an unknown schema version, unknown fields and a file that is not one', async () => {
    const clash = await fails(call(target, 'config.import', { json }));
    expect(clash).toMatchObject({ code: 'name_taken', message: expect.stringMatching(/“Acme Écosse” already exists, so the configuration was not imported/) });
    expect((await call<{ name: string }>(target, 'config.import', { json, name: 'Acme Écosse (copy)' })).name).toBe('Acme Écosse (copy)');

    const newer = await fails(call(target, 'config.import', { json: JSON.stringify({ ...JSON.parse(json), schemaVersion: 2 }), name: 'X' }));
    expect(newer).toMatchObject({ code: 'config_version', message: 'This configuration file has schema version 2; this console reads version 1 only.', hint: expect.stringMatching(/Update the console/) });
    const withSecret = await fails(call(target, 'config.import', { json: JSON.stringify({ ...JSON.parse(json), webhookPassword: 'x' }), name: 'Y' }));
    expect(withSecret).toMatchObject({ code: 'config_invalid', message: expect.stringMatching(/not valid/) });
    const badPkg = JSON.parse(json);
    badPkg.packages[0].id = '';
    expect((await fails(call(target, 'config.import', { json: JSON.stringify(badPkg), name: 'Z' }))).message).toMatch(/packages\.0\.id/);
    expect((await fails(call(target, 'config.import', { json: 'not json', name: 'W' }))).code).toBe('config_unreadable');
    expect((await fails(call(target, 'config.import', { json: '{"format":"something-else"}', name: 'W' }))).code).toBe('config_unreadable');
    // Nothing half-made was left behind by a refusal.
    expect((await call<{ name: string }[]>(target, 'integrations.list', {})).map((i) => i.name).sort()).toEqual(['Acme Écosse', 'Acme Écosse (copy)']);
  });
});
