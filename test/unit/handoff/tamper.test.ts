import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import { createHandoff, decryptHandoff, decryptHandoffSessionKey, type HandoffSecret } from '../../../main/handoff';
import { AppError } from '../../../main/shared/errors';
import { samplePayload } from './fixtures';

const REJECTIONS = new Set(['handoff_tampered', 'handoff_keycode_wrong', 'handoff_unreadable', 'handoff_not_recognised']);

/** Length of the first packet (new-format header, as OpenPGP.js writes): where the session-key packet ends. */
function firstPacketEnd(bytes: Uint8Array): number {
  const l = bytes[1];
  if (l < 192) return 2 + l;
  if (l < 224) return 3 + ((l - 192) << 8) + bytes[2] + 192;
  throw new Error('unexpected header');
}

async function outcome(armored: string, secret: HandoffSecret): Promise<string> {
  try {
    await decryptHandoff(armored, secret);
    return 'OPENED';
  } catch (e) {
    return e instanceof AppError ? e.code : `non-AppError: ${(e as Error).message}`;
  }
}

describe('tampering', () => {
  it('rejects every single flipped byte, at every position of the message, two ways each', async () => {
    const h = await createHandoff({ payload: samplePayload(), method: 'keycode' });
    const { data } = await openpgp.unarmor(h.armored);
    const bytes = data as Uint8Array;
    const skeskEnd = firstPacketEnd(bytes);
    // Flips inside the session-key packet need the keycode (and its S2K cost); flips after it are
    // checked with the session key recovered once, which still runs the full MDC check each time.
    const sessionKey = await decryptHandoffSessionKey(h.armored, { keycode: h.keycode! });
    const outcomes = new Map<string, number>();
    let tried = 0;
    for (let i = 0; i < bytes.length; i++) {
      for (const mask of [1 << (i % 8), 0xff]) {
        const copy = bytes.slice();
        copy[i] ^= mask;
        const armored = openpgp.armor(openpgp.enums.armor.message, copy);
        const code = await outcome(armored, i < skeskEnd ? { keycode: h.keycode! } : { sessionKey });
        if (!REJECTIONS.has(code)) throw new Error(`flip 0x${mask.toString(16)} at byte ${i} of ${bytes.length}: ${code}`);
        outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
        tried++;
      }
    }
    expect(tried).toBe(2 * bytes.length);
    expect(bytes.length).toBeGreaterThan(500);
    // The integrity check, not luck in parsing, is what catches flips in the encrypted body.
    expect(outcomes.get('handoff_tampered')).toBeGreaterThan(bytes.length);
    // The untouched message still opens both ways.
    expect((await decryptHandoff(h.armored, { sessionKey })).webhookUsername).toBe('icims-acme-7f3a');
  }, 60_000);

  it('rejects a truncated or extended message', async () => {
    const h = await createHandoff({ payload: samplePayload(), method: 'keycode' });
    const { data } = await openpgp.unarmor(h.armored);
    const bytes = data as Uint8Array;
    const sessionKey = await decryptHandoffSessionKey(h.armored, { keycode: h.keycode! });
    for (const cut of [1, 2, 21, 22, 23, 100, bytes.length - 60]) {
      const armored = openpgp.armor(openpgp.enums.armor.message, bytes.slice(0, bytes.length - cut));
      expect(REJECTIONS.has(await outcome(armored, { sessionKey }))).toBe(true);
    }
    const longer = new Uint8Array([...bytes, 0xcb, 0x05, 0x62, 0x00, 0, 0, 0, 0]);
    expect(REJECTIONS.has(await outcome(openpgp.armor(openpgp.enums.armor.message, longer), { sessionKey }))).toBe(true);
  });
});
