import { describe, expect, it } from 'vitest';
import { r1, r2, r3, r4, r6, SHORT, type Figure } from './figures';
import { encodings, scanBytes } from './flow';

// The short form of `npm run reliability`, inside `npm test`: the same measurements, smaller sizes.
// Each test prints its figure line, as the full run does.
function report(f: Figure) {
  console.log(f.line);
  expect(f.details, f.line).toEqual([]);
  expect(f.ok, f.line).toBe(true);
}

describe('reliability (short form)', () => {
  it('the canary scanner finds a secret in each form it claims to look for', () => {
    const secret = 'CANARY-selfcheck-7e21';
    const raw = Buffer.from(secret);
    const hidden = [raw, Buffer.from(secret, 'utf16le'), Buffer.from(raw.toString('hex')), Buffer.from(raw.toString('hex').toUpperCase())];
    for (const shift of [0, 1, 2]) hidden.push(Buffer.from(Buffer.concat([Buffer.alloc(shift, 7), raw, Buffer.from('tail')]).toString('base64')));
    for (const h of hidden) expect(scanBytes('x', Buffer.concat([Buffer.from('before '), h, Buffer.from(' after')]), [secret]).length, h.toString()).toBeGreaterThan(0);
    expect(scanBytes('x', Buffer.from('nothing to see'), [secret])).toEqual([]);
    expect(encodings(secret).length).toBeGreaterThanOrEqual(8);
  });

  it('R1 canary', async () => report(await r1()), 120_000);
  it('R2 crash', async () => report(await r2(SHORT)), 300_000);
  it('R3 fuzz', async () => report(await r3(SHORT)), 300_000);
  it('R4 faults', async () => report(await r4(SHORT)), 300_000);
  it('R6 tamper', async () => report(await r6(SHORT)), 300_000);
});
