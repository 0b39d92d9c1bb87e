import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

// AES-256-GCM with a fresh 96-bit nonce per message. Layout: nonce(12) | tag(16) | ciphertext.
const NONCE = 12;
const TAG = 16;

export function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const nonce = randomBytes(NONCE);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  c.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([c.update(plaintext), c.final()]);
  return Buffer.concat([nonce, c.getAuthTag(), ct]);
}

/** Throws if the key is wrong, the associated data differs or any byte was changed. */
export function open(key: Buffer, sealed: Buffer, aad: string): Buffer {
  if (sealed.length < NONCE + TAG) throw new Error('sealed value too short');
  const d = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, NONCE));
  d.setAAD(Buffer.from(aad, 'utf8'));
  d.setAuthTag(sealed.subarray(NONCE, NONCE + TAG));
  return Buffer.concat([d.update(sealed.subarray(NONCE + TAG)), d.final()]);
}

/**
 * scrypt at OWASP's recommended cost (N=2^17, r=8, p=1: 128 MiB, a few hundred ms here).
 * Parameters are stored with the vault so they can be raised later without breaking old vaults.
 */
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };

export function deriveKey(passphrase: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFKC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}
