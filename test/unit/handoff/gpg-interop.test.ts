import { mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandoff, decryptHandoff, readRecipientKey } from '../../../main/handoff';
import { AppError } from '../../../main/shared/errors';
import { samplePayload, tempGpgHome, type GpgHome } from './fixtures';

let home: GpgHome;
beforeAll(() => {
  home = tempGpgHome();
});
afterAll(() => home?.close());

function writeAsc(armored: string): string {
  const file = path.join(mkdtempSync(path.join(home.dir, 'out-')), 'handoff.asc');
  writeFileSync(file, armored);
  return file;
}

async function rejectionCode(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return (e as AppError).code;
}

describe('GnuPG 2.2 interoperability', () => {
  it('gpg decrypts a keycode handoff to the same JSON, and lists the expected packets', async () => {
    const payload = samplePayload();
    const h = await createHandoff({ payload, method: 'keycode' });
    const file = writeAsc(h.armored);
    const out = home.gpg(['--pinentry-mode', 'loopback', '--passphrase', h.keycode!, '-d', file]);
    expect(JSON.parse(out)).toEqual(payload);
    const packets = home.gpg(['--list-packets', '--pinentry-mode', 'loopback', '--passphrase', h.keycode!, file]);
    expect(packets).toMatch(/symkey enc packet: version 4, cipher 9, aead 0, ?s2k 3, hash 8, seskey 256 bits/);
    expect(packets).toMatch(/count 65011712 \(255\)/);
    expect(packets).toMatch(/encrypted data packet:[\s\S]*mdc_method: 2/);
    expect(packets).not.toMatch(/aead encrypted packet/);
    const wrong = home.gpgStatus(['--pinentry-mode', 'loopback', '--passphrase', 'WRONG-WRONG', '-d', file]);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toBe('');
  });

  it('gpg decrypts a split handoff with "part 1, a dash, part 2" as passphrase', async () => {
    const payload = samplePayload();
    const h = await createHandoff({ payload, method: 'keycode-split' });
    const { part1, part2 } = h.keycodeParts!;
    const out = home.gpg(['--pinentry-mode', 'loopback', '--passphrase', `${part1}-${part2}`, '-d', writeAsc(h.armored)]);
    expect(JSON.parse(out)).toEqual(payload);
  });

  it('public-key mode: encrypts to a key made by gpg, which gpg then decrypts; fingerprint matches gpg', async () => {
    home.gpg(['--passphrase', '', '--quick-gen-key', 'Consultant <c@example.test>', 'default', 'default', 'never']);
    const publicKey = home.gpg(['--armor', '--export', 'c@example.test']);
    const colons = home.gpg(['--with-colons', '--fingerprint', 'c@example.test']);
    const gpgFpr = /^fpr:+([0-9A-F]{40}):/m.exec(colons)![1];

    const info = await readRecipientKey(publicKey);
    expect(info).toMatchObject({ canEncrypt: true, expires: null, problem: null, userIds: ['Consultant <c@example.test>'] });
    expect(info.fingerprint).toBe(gpgFpr.match(/.{4}/g)!.join(' '));

    const payload = samplePayload();
    const h = await createHandoff({ payload, method: 'public-key', recipientPublicKeyArmored: publicKey });
    expect(h.html).toBeUndefined();
    expect(h.keycode).toBeUndefined();
    expect(h.fingerprint).toBe(info.fingerprint);
    expect(h.record).toMatchObject({ method: 'public-key', fingerprint: info.fingerprint, sha256Asc: h.sha256Asc });
    const file = writeAsc(h.armored);
    expect(JSON.parse(home.gpg(['-d', file]))).toEqual(payload);
    const packets = home.gpg(['--list-packets', file]);
    expect(packets).toMatch(/pubkey enc packet: version 3/);
    expect(packets).toMatch(/encrypted data packet:[\s\S]*mdc_method: 2/);
    const shown = home.gpgStatus(['--show-session-key', '-d', file]);
    expect(shown.status).toBe(0);
    expect(shown.stderr).toMatch(/session key: '9:[0-9A-F]{64}'/);

    // Our own decryption with the private key gpg made.
    const secret = home.gpg(['--armor', '--pinentry-mode', 'loopback', '--passphrase', '', '--export-secret-keys', 'c@example.test']);
    expect(await decryptHandoff(h.armored, { privateKeyArmored: secret })).toEqual(payload);
  });

  it('refuses expired, revoked, sign-only and private keys with a clear AppError', async () => {
    const past = new Date(Date.now() - 10 * 86_400_000);
    const expired = await openpgp.generateKey({ userIDs: [{ email: 'old@example.test' }], date: past, keyExpirationTime: 86_400, format: 'object' });
    const fresh = await openpgp.generateKey({ userIDs: [{ email: 'gone@example.test' }], format: 'object' });
    const { publicKey: revoked } = await openpgp.revokeKey({ key: fresh.privateKey, format: 'armored' });
    const signOnly = await openpgp.generateKey({ userIDs: [{ email: 'sign@example.test' }], subkeys: [], format: 'armored' });
    const payload = samplePayload();

    const expiredInfo = await readRecipientKey(expired.publicKey.armor());
    expect(expiredInfo).toMatchObject({ canEncrypt: false });
    expect(expiredInfo.problem).toMatch(/expired/);
    expect((await readRecipientKey(revoked)).problem).toMatch(/revoked/);
    expect((await readRecipientKey(signOnly.publicKey)).problem).toMatch(/encryption subkey/);

    for (const key of [expired.publicKey.armor(), revoked, signOnly.publicKey]) {
      expect(await rejectionCode(createHandoff({ payload, method: 'public-key', recipientPublicKeyArmored: key }))).toBe('handoff_recipient_key_unusable');
    }
    expect(await rejectionCode(createHandoff({ payload, method: 'public-key', recipientPublicKeyArmored: signOnly.privateKey }))).toBe('handoff_recipient_key_private');
    expect(await rejectionCode(createHandoff({ payload, method: 'public-key', recipientPublicKeyArmored: 'hello' }))).toBe('handoff_recipient_key_invalid');
    expect(await rejectionCode(createHandoff({ payload, method: 'public-key' }))).toBe('handoff_recipient_key_missing');
  });

  it('an openpgp.js v6 key that advertises SEIPD v2 still gets AES-256 SEIPD v1', async () => {
    const k = await openpgp.generateKey({ userIDs: [{ email: 'v6@example.test' }], config: { v6Keys: true }, format: 'armored' });
    const h = await createHandoff({ payload: samplePayload(), method: 'public-key', recipientPublicKeyArmored: k.publicKey });
    const message = await openpgp.readMessage({ armoredMessage: h.armored });
    const data = message.packets.findPacket(openpgp.enums.packet.symEncryptedIntegrityProtectedData) as unknown as { version: number };
    expect(data.version).toBe(1);
    const [sk] = await openpgp.decryptSessionKeys({ message, decryptionKeys: await openpgp.readPrivateKey({ armoredKey: k.privateKey }) });
    expect(sk.algorithm).toBe('aes256');
    expect(h.fingerprint!.split(' ')).toHaveLength(16);
  });
});
