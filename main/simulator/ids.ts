// Random identifiers and secrets with realistic shapes.
import { randomBytes, randomInt } from 'node:crypto';

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
