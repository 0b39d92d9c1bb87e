// R6: every byte of a handoff's .asc file flipped, one at a time. Each copy must be rejected with
// one of the handoff's typed refusals, or open to exactly the original plaintext (bytes the armor
// format ignores, such as line breaks). Anything else (a different plaintext, an untyped error) fails.
import * as openpgp from 'openpgp';
import { isDeepStrictEqual } from 'node:util';
import { buildHandoffPayload, createHandoff, decryptHandoff, decryptHandoffSessionKey, type HandoffSecret } from '../../main/handoff';
import { AppError } from '../../main/shared/errors';

const REJECTIONS = new Set(['handoff_tampered', 'handoff_keycode_wrong', 'handoff_unreadable', 'handoff_not_recognised']);

export interface TamperResult {
  bytes: number;
  rejected: number;
  unchanged: number;
  /** Opened to a different plaintext, or failed without a typed refusal. */
  failures: string[];
}

/** Where the first packet (the keycode's session-key packet) ends in the binary message. */
function firstPacketEnd(bytes: Uint8Array): number {
  const l = bytes[1];
  if (l < 192) return 2 + l;
  if (l < 224) return 3 + ((l - 192) << 8) + bytes[2] + 192;
  throw new Error('unexpected packet header');
}

export async function runTamper(opts: { stride?: number } = {}): Promise<TamperResult> {
  const payload = buildHandoffPayload({
    integrationName: 'Reliability — tamper',
    companyLabel: 'Reliability Co',
    environment: 'uk',
    icimsCustomerId: '4321',
    webhookUsername: 'icims-reliability-7f3a',
    webhookPassword: 'CANARY-tamper-pw-51c2',
    packages: [{ name: 'UK Standard', id: '3f6c2a1e-8b7d-4c55-9e0f-1a2b3c4d5e6f' }],
  });
  const h = await createHandoff({ payload, method: 'keycode' });
  const original = await decryptHandoff(h.armored, { keycode: h.keycode! });
  const binary = (await openpgp.unarmor(h.armored)).data as Uint8Array;
  const skeskEnd = firstPacketEnd(binary);
  const sessionKey = await decryptHandoffSessionKey(h.armored, { keycode: h.keycode! });
  const text = Buffer.from(h.armored, 'utf8');
  const result: TamperResult = { bytes: 0, rejected: 0, unchanged: 0, failures: [] };

  for (let i = 0; i < text.length; i += opts.stride ?? 1) {
    const copy = Buffer.from(text);
    copy[i] ^= 0x01;
    const armored = copy.toString('latin1');
    // Flips that reach the session-key packet need the keycode (and its cost); the others are
    // checked with the session key recovered once, which still runs the full integrity check.
    let secret: HandoffSecret = { sessionKey };
    try {
      const flipped = (await openpgp.unarmor(armored)).data as Uint8Array;
      const firstDiff = flipped.findIndex((b, n) => b !== binary[n]);
      if ((firstDiff >= 0 && firstDiff < skeskEnd) || flipped.length < skeskEnd) secret = { keycode: h.keycode! };
    } catch {
      // Not even armor any more: the handoff's own reader must refuse it.
    }
    result.bytes++;
    try {
      const opened = await decryptHandoff(armored, secret);
      if (isDeepStrictEqual(opened, original)) result.unchanged++;
      else result.failures.push(`byte ${i}: opened to a different plaintext`);
    } catch (e) {
      if (e instanceof AppError && REJECTIONS.has(e.code)) result.rejected++;
      else result.failures.push(`byte ${i}: ${e instanceof AppError ? e.code : `untyped ${(e as Error).name}`}`);
    }
  }
  return result;
}
