// i18n-pending: its words are moving to the message catalogs.
// The alternative to a keycode: encrypt to the consultant's own OpenPGP public key. The console
// only ever sees public keys; the fingerprint is read back to the consultant by phone to confirm it.
import * as openpgp from 'openpgp';
import { AppError } from '../shared/errors';
import { formatDate } from '../shared/time';

export interface RecipientKeyInfo {
  /** Primary key fingerprint, upper-case hex in groups of 4, for reading aloud. */
  fingerprint: string;
  userIds: string[];
  canEncrypt: boolean;
  /** ISO time the key expires, or null when it never does. */
  expires: string | null;
  /** Why the key cannot be used, in plain words; null when it can. */
  problem: string | null;
}

const MAX_ARMORED_KEY_CHARS = 200_000;

export function formatFingerprint(hex: string): string {
  return hex.toUpperCase().match(/.{1,4}/g)!.join(' ');
}

function notAKey(): AppError {
  return new AppError(
    'handoff_recipient_key_invalid',
    'That text is not an OpenPGP public key.',
    'Ask the consultant for their public key as armored text (it starts with "-----BEGIN PGP PUBLIC KEY BLOCK-----") and paste all of it.',
  );
}

export async function parsePublicKey(armored: string): Promise<openpgp.PublicKey> {
  if (typeof armored !== 'string' || armored.length > MAX_ARMORED_KEY_CHARS || !armored.includes('-----BEGIN PGP')) throw notAKey();
  if (armored.includes('PRIVATE KEY BLOCK')) {
    throw new AppError(
      'handoff_recipient_key_private',
      'That is a private key, which must never leave the consultant.',
      'Ask the consultant to send their public key instead; they should treat the private key they sent as exposed.',
    );
  }
  try {
    return await openpgp.readKey({ armoredKey: armored });
  } catch {
    throw notAKey();
  }
}

async function whyUnusable(key: openpgp.PublicKey, now: Date): Promise<string | null> {
  try {
    await key.verifyPrimaryKey(now);
  } catch {
    if (await key.isRevoked(undefined, undefined, now).catch(() => false)) return 'The key has been revoked by its owner.';
    const exp = await key.getExpirationTime().catch(() => null);
    if (exp instanceof Date && exp.getTime() <= now.getTime()) return `The key expired on ${formatDate(exp)}.`;
    return 'The key is not valid (its self-signature does not check out or uses weak algorithms).';
  }
  try {
    await key.getEncryptionKey(undefined, now);
  } catch {
    return 'The key has no valid encryption subkey (it can only sign, or its encryption subkey expired or was revoked).';
  }
  return null;
}

export async function readRecipientKey(armored: string, now: Date = new Date()): Promise<RecipientKeyInfo> {
  const key = await parsePublicKey(armored);
  const problem = await whyUnusable(key, now);
  const exp = await key.getExpirationTime().catch(() => null);
  return {
    fingerprint: formatFingerprint(key.getFingerprint()),
    userIds: key.getUserIDs(),
    canEncrypt: problem === null,
    expires: exp instanceof Date ? exp.toISOString() : null,
    problem,
  };
}

/** The key, ready to encrypt to, or a clear refusal. */
export async function loadEncryptionKey(armored: string, now: Date = new Date()): Promise<{ key: openpgp.PublicKey; info: RecipientKeyInfo }> {
  const key = await parsePublicKey(armored);
  const info = await readRecipientKey(armored, now);
  if (!info.canEncrypt) {
    throw new AppError(
      'handoff_recipient_key_unusable',
      `The consultant's key cannot be used: ${info.problem}`,
      'Ask the consultant for a current public key, or use a keycode instead.',
    );
  }
  return { key, info };
}
