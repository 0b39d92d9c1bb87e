// Random identifiers and secrets with realistic shapes.
import { createHash, randomBytes, randomInt } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function randomFrom(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** Certn keys use the `Api-Key` scheme of djangorestframework-api-key: `<8-char prefix>.<32-char secret>`. */
export const newApiKey = () => `${randomFrom(ALNUM, 8)}.${randomFrom(ALNUM, 32)}`;
export const newSecret = (length = 24) => randomFrom(ALNUM, length);
export const newToken = () => randomBytes(24).toString('base64url');
export const shortId = (prefix: string, length = 4) => `${prefix}${randomFrom(UPPER, length)}`;
export const newCustomerId = () => String(randomInt(1000, 9999));

/**
 * A UUID-shaped id derived from a seed and a label: the same seed gives the same demo company, so a
 * console that restarts its simulator finds the groups and packages it saved before.
 */
export function stableUuid(seed: string, label: string): string {
  const h = createHash('sha256').update(`${seed}\u0000${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function stableShortId(seed: string, label: string, prefix: string, length = 4): string {
  const h = createHash('sha256').update(`${seed}\u0000short\u0000${label}`).digest();
  let out = '';
  for (let i = 0; i < length; i++) out += UPPER[h[i] % UPPER.length];
  return `${prefix}${out}`;
}
