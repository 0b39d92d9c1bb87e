import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import { HandoffRecordSchema, createHandoff, decryptHandoff, joinKeycode, normaliseKeycode } from '../../../main/handoff';
import { AppError } from '../../../main/shared/errors';
import { samplePayload } from './fixtures';

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('handoff encryption (keycode)', () => {
  it('round-trips with our own decryption and uses AES-256, SEIPD v1 + MDC, iterated S2K SHA-256 at count 255', async () => {
    const payload = samplePayload();
    const h = await createHandoff({ payload, method: 'keycode' });
    expect(h.fileBase).toBe('acme-ltd-emea-hiring-icims-handoff');
    expect(h.armored).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    expect(h.keycode).toMatch(/^([0-9A-Z]{5}-){4}[0-9A-Z]{5}$/);
    expect(h.armored).not.toContain(payload.webhookPassword);
    expect(HandoffRecordSchema.parse(h.record)).toEqual({
      method: 'keycode', fileBase: h.fileBase, sha256Asc: h.sha256Asc, sha256Html: h.sha256Html,
      createdAt: payload.createdAt, expiresAt: payload.expiresAt,
    });
    expect(JSON.stringify(h.record)).not.toContain(h.keycode!.slice(0, 5));

    expect(await decryptHandoff(h.armored, { keycode: h.keycode! })).toEqual(payload);
    expect(await decryptHandoff(h.armored, { keycode: h.keycode!.toLowerCase().replace(/-/g, ' ') })).toEqual(payload);

    const message = await openpgp.readMessage({ armoredMessage: h.armored });
    const packets = [...message.packets];
    expect(packets.map((p) => (p.constructor as unknown as { tag: number }).tag)).toEqual([
      openpgp.enums.packet.symEncryptedSessionKey, openpgp.enums.packet.symEncryptedIntegrityProtectedData,
    ]);
    const skesk = packets[0] as openpgp.SymEncryptedSessionKeyPacket & Record<string, unknown>;
    const s2k = skesk.s2k as { type: string; algorithm: number; c: number; salt: Uint8Array };
    expect(skesk.version).toBe(4);
    // v4 SKESK with an encrypted session key: the byte names the S2K-key cipher; the session key's
    // own algorithm is inside the encrypted part (checked via decryptSessionKeys below).
    expect(skesk.sessionKeyEncryptionAlgorithm).toBe(openpgp.enums.symmetric.aes256);
    expect((skesk.encrypted as Uint8Array).length).toBe(33);
    expect(s2k.type).toBe('iterated');
    expect(s2k.algorithm).toBe(openpgp.enums.hash.sha256);
    expect(s2k.c).toBe(255);
    expect(s2k.salt).toHaveLength(8);
    expect((packets[1] as unknown as { version: number }).version).toBe(1);
    const [sk] = await openpgp.decryptSessionKeys({ message, passwords: [h.keycode!] });
    expect(sk.algorithm).toBe('aes256');
  });

  it('split keycode: the joined parts open it, and that is also the gpg passphrase', async () => {
    const payload = samplePayload();
    const h = await createHandoff({ payload, method: 'keycode-split' });
    const { part1, part2 } = h.keycodeParts!;
    expect(h.keycode).toBe(`${part1}-${part2}`);
    expect(h.record.method).toBe('keycode-split');
    expect(await decryptHandoff(h.armored, { keycode: joinKeycode(part1, part2) })).toEqual(payload);
    expect(await decryptHandoff(h.armored, { keycode: `${part1}${part2}`.toLowerCase() })).toEqual(payload);
    // Part 1 alone, or groups without the check symbols, are not the passphrase.
    expect((await rejection(decryptHandoff(h.armored, { keycode: part1 }))).code).toBe('handoff_keycode_invalid');
    const bare = normaliseKeycode(`${part1.slice(0, 17)}${part2.slice(0, 11)}`);
    expect((await rejection(decryptHandoff(h.armored, { keycode: bare }))).code).toBe('handoff_keycode_wrong');
  });

  it('rejects wrong keycodes with a clear AppError that does not echo the keycode', async () => {
    const payload = samplePayload();
    const h = await createHandoff({ payload, method: 'keycode' });
    const message = await openpgp.readMessage({ armoredMessage: h.armored });
    const wrongs = ['00000-00000-00000-00000-00000', 'ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ', h.keycode!.slice(0, -1) + (h.keycode!.endsWith('0') ? '1' : '0')];
    const codes: string[] = [];
    for (const wrong of wrongs) {
      const err = await rejection(decryptHandoff(h.armored, { keycode: wrong }));
      expect(`${err.message} ${err.hint}`).not.toContain(wrong.slice(0, 5));
      // About 1 wrong keycode in 256 decrypts the session-key packet to a plausible AES-256 key;
      // the integrity check then rejects it as damaged, so both codes are a rejection.
      const passesSkesk = await openpgp.decryptSessionKeys({ message, passwords: [wrong] }).then((k) => k[0].algorithm === 'aes256', () => false);
      expect(err.code).toBe(passesSkesk ? 'handoff_tampered' : 'handoff_keycode_wrong');
      codes.push(err.code);
    }
    expect(codes).toContain('handoff_keycode_wrong');
    const bad = await rejection(decryptHandoff('-----BEGIN PGP MESSAGE-----\n\nnot a message\n-----END PGP MESSAGE-----\n', { keycode: h.keycode! }));
    expect(bad.code).toBe('handoff_unreadable');
  });

  it('each handoff has its own keycode, salt and ciphertext', async () => {
    const payload = samplePayload();
    const [a, b] = await Promise.all([createHandoff({ payload, method: 'keycode' }), createHandoff({ payload, method: 'keycode' })]);
    expect(a.keycode).not.toBe(b.keycode);
    expect(a.armored).not.toBe(b.armored);
    expect((await rejection(decryptHandoff(a.armored, { keycode: b.keycode! }))).code).toMatch(/^handoff_(keycode_wrong|tampered)$/);
  });
});
