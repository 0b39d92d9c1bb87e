import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../../main/app';
import type { HandoffCreated, HandoffRecord } from '../../../../main/ipc/contract/handoff';
import { tempGpgHome, type GpgHome } from '../../handoff/fixtures';
import { appWithIntegration, call, populate, scanFor, sha256, tempDir, WEBHOOK_PASSWORD, WEBHOOK_USERNAME } from '../../../support/handoff';

let home: GpgHome;
let app: ConsoleApp | undefined;
beforeAll(() => {
  home = tempGpgHome();
});
afterAll(() => home?.close());
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function gpgDecrypt(armored: string, passphrase?: string): Record<string, unknown> {
  const file = path.join(tempDir('handoff-out-'), 'h.asc');
  fs.writeFileSync(file, armored);
  const args = passphrase ? ['--pinentry-mode', 'loopback', '--passphrase', passphrase, '-d', file] : ['-d', file];
  return JSON.parse(home.gpg(args)) as Record<string, unknown>;
}

const EXPECTED_PACKAGES = [
  { name: 'UK  Management', id: 'pkg-uk-mgmt-02' },
  { name: 'UK Standard — Criminal + ID ', id: 'pkg-uk-standard-01' },
];

describe('handoff.create', () => {
  it('keycode: files, a record whose SHA-256 is the .asc file, gpg opens it to the exact values, and the keycode is nowhere on disk', async () => {
    const made = await appWithIntegration('uk');
    app = made.app;
    populate(app, made.id, { company: 'Acme Ltd' });
    const h = await call<HandoffCreated>(app, 'handoff.create', { integrationId: made.id, recipientLabel: '  Dana (iCIMS) ', method: 'keycode' });
    expect(h.files.map((f) => f.name)).toEqual(['acme-uk-icims-handoff.asc', 'acme-uk-icims-handoff.html']);
    const [asc, html] = h.files;
    expect(asc.content).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    expect(html.content).toContain('<!doctype html>');
    expect(h.keycode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    expect(h.keycodeParts).toBeNull();
    expect(h.record).toMatchObject({ recipientLabel: 'Dana (iCIMS)', method: 'keycode', fingerprint: null, leakedAt: null, expired: false });
    expect(h.record.sha256).toBe(sha256(asc.content));
    expect(h.record.sha256Html).toBe(sha256(html.content));
    expect(asc.sha256).toBe(h.record.sha256);
    expect(Date.parse(h.record.expiresAt) - Date.parse(h.record.createdAt)).toBe(14 * 86_400_000);
    expect(h.consultantInstructions.join('\n')).toContain('gpg --output certn-icims-handoff.json --decrypt acme-uk-icims-handoff.asc');
    expect(JSON.stringify(h.consultantInstructions)).not.toContain(h.keycode!);

    const payload = gpgDecrypt(asc.content, h.keycode!);
    expect(payload).toMatchObject({
      format: 'certn-icims-handoff/1',
      integrationName: 'Acme UK',
      companyLabel: 'Acme Ltd',
      icimsCustomerId: '4321',
      certnEndpointUrl: 'https://api.uk.certn.co/api/external/ats/icims/webhook/',
      webhookUsername: WEBHOOK_USERNAME,
      webhookPassword: WEBHOOK_PASSWORD,
      packages: EXPECTED_PACKAGES,
      createdAt: h.record.createdAt,
      expiresAt: h.record.expiresAt,
    });

    const audit = app.services.audit.list({ integrationId: made.id }).filter((e) => e.action === 'handoff.created');
    expect(audit).toHaveLength(1);
    expect(audit[0].detail).toMatchObject({ handoffId: h.record.id, method: 'keycode', sha256: h.record.sha256, packageCount: 2, via: 'console' });
    const auditCsv = app.services.audit.toCsv();
    expect(auditCsv).not.toContain(h.keycode!);
    expect(auditCsv).not.toContain(WEBHOOK_PASSWORD);

    const overview = await call<{ steps: { id: string; state: string }[] }>(app, 'integrations.overview', { id: made.id });
    expect(overview.steps.find((s) => s.id === 'handoff')?.state).toBe('done');

    const secrets = [h.keycode!, h.keycode!.replace(/-/g, ''), WEBHOOK_PASSWORD];
    expect(scanFor(made.dataDir, secrets)).toEqual([]);
    await app.close();
    app = undefined;
    expect(scanFor(made.dataDir, secrets)).toEqual([]);
  });

  it('split keycode: two checked parts; gpg opens it with part 1, a dash, part 2', async () => {
    const made = await appWithIntegration('ca', 'Split Co');
    app = made.app;
    populate(app, made.id);
    const h = await call<HandoffCreated>(app, 'handoff.create', { integrationId: made.id, recipientLabel: 'Consultant', method: 'keycode-split', validForDays: 3 });
    const { part1, part2 } = h.keycodeParts!;
    expect(part1).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){2}-[0-9A-Z]$/);
    expect(part2).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]$/);
    expect(h.keycode).toBe(`${part1}-${part2}`);
    expect(h.files.map((f) => f.name)).toEqual(['split-co-icims-handoff.asc', 'split-co-icims-handoff.html']);
    expect(Date.parse(h.record.expiresAt) - Date.parse(h.record.createdAt)).toBe(3 * 86_400_000);
    expect(h.consultantInstructions.join(' ')).toMatch(/two different channels/);
    expect(gpgDecrypt(h.files[0].content, `${part1}-${part2}`)).toMatchObject({ packages: EXPECTED_PACKAGES, certnEndpointUrl: 'https://api.ca.certn.co/api/external/ats/icims/webhook/' });
    expect(scanFor(made.dataDir, [part1, part2, WEBHOOK_PASSWORD])).toEqual([]);
  });

  it('public key: fingerprint read back for the phone check, a swapped key refused, gpg opens it with its own key', async () => {
    home.gpg(['--passphrase', '', '--quick-gen-key', 'Dana Consultant <dana@example.test>', 'default', 'default', 'never']);
    const publicKey = home.gpg(['--armor', '--export', 'dana@example.test']);
    const gpgFpr = /^fpr:+([0-9A-F]{40}):/m.exec(home.gpg(['--with-colons', '--fingerprint', 'dana@example.test']))![1];
    const made = await appWithIntegration('au', 'Key Co');
    app = made.app;
    populate(app, made.id);

    const info = await call<{ fingerprint: string; userIds: string[]; canEncrypt: boolean; problems: string[] }>(app, 'handoff.readRecipientKey', { armored: publicKey });
    expect(info).toMatchObject({ fingerprint: gpgFpr.match(/.{4}/g)!.join(' '), userIds: ['Dana Consultant <dana@example.test>'], canEncrypt: true, problems: [] });

    const input = { integrationId: made.id, recipientLabel: 'Dana', method: 'public-key', recipientPublicKey: publicKey };
    await expect(call(app, 'handoff.create', { ...input, confirmedFingerprint: 'AAAA BBBB' })).rejects.toMatchObject({ code: 'handoff_fingerprint_mismatch' });
    await expect(call(app, 'handoff.create', { ...input, recipientPublicKey: undefined })).rejects.toMatchObject({ code: 'handoff_recipient_key_missing' });
    expect(await call<HandoffRecord[]>(app, 'handoff.list', { integrationId: made.id })).toEqual([]);

    const h = await call<HandoffCreated>(app, 'handoff.create', { ...input, confirmedFingerprint: gpgFpr.toLowerCase() });
    expect(h.keycode).toBeNull();
    expect(h.files.map((f) => f.name)).toEqual(['key-co-icims-handoff.asc']);
    expect(h.fingerprint).toBe(info.fingerprint);
    expect(h.record).toMatchObject({ method: 'public-key', fingerprint: info.fingerprint, sha256Html: null, sha256: sha256(h.files[0].content) });
    expect(gpgDecrypt(h.files[0].content)).toMatchObject({ packages: EXPECTED_PACKAGES, webhookPassword: WEBHOOK_PASSWORD });
    const audit = app.services.audit.list({ integrationId: made.id }).find((e) => e.action === 'handoff.created');
    expect(audit?.detail).toMatchObject({ method: 'public-key', fingerprint: info.fingerprint });
  });

  it('readRecipientKey explains what is wrong instead of failing', async () => {
    const made = await appWithIntegration('ca');
    app = made.app;
    const junk = await call<{ fingerprint: string | null; problems: string[] }>(app, 'handoff.readRecipientKey', { armored: 'hello' });
    expect(junk).toMatchObject({ fingerprint: null, problems: [expect.stringMatching(/not an OpenPGP public key/)] });
    const priv = await call<{ problems: string[] }>(app, 'handoff.readRecipientKey', { armored: '-----BEGIN PGP PRIVATE KEY BLOCK-----\nxx\n-----END PGP PRIVATE KEY BLOCK-----' });
    expect(priv.problems[0]).toMatch(/private key/);
  });

  it('refuses an incomplete integration, a locked vault and validity outside 1–365 days, recording nothing', async () => {
    const made = await appWithIntegration('ca');
    app = made.app;
    const base = { integrationId: made.id, recipientLabel: 'X', method: 'keycode' };
    await expect(call(app, 'handoff.create', base)).rejects.toMatchObject({ code: 'handoff_not_ready', message: expect.stringContaining('go to step 3, Certn connection') });
    populate(app, made.id);
    for (const validForDays of [0, 366, 1.5]) await expect(call(app, 'handoff.create', { ...base, validForDays })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call(app, 'handoff.create', { ...base, recipientLabel: '   ' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call(app, 'handoff.create', { ...base, method: 'email' })).rejects.toMatchObject({ code: 'invalid_input' });
    await call(app, 'vault.lock', {});
    await expect(call(app, 'handoff.create', base)).rejects.toMatchObject({ code: 'vault_locked' });
    expect(app.services.db.prepare('SELECT COUNT(*) AS n FROM handoffs').get()).toEqual({ n: 0 });
    expect(app.services.audit.list().filter((e) => e.action.startsWith('handoff.'))).toEqual([]);
  });
});
