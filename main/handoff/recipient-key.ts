// The alternative to a keycode: encrypt to the consultant's own OpenPGP public key. The console
// only ever sees public keys; the fingerprint is read back to the consultant by phone to confirm it.
import * as openpgp from 'openpgp';
import { AppError } from '../shared/errors';
import { currentLocale, t } from '../shared/i18n';
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
    t('handoff.key.notAKey'),
    t('handoff.key.notAKey.hint'),
  );
}

export async function parsePublicKey(armored: string): Promise<openpgp.PublicKey> {
  if (typeof armored !== 'string' || armored.length > MAX_ARMORED_KEY_CHARS || !armored.includes('-----BEGIN PGP')) throw notAKey();
  // i18n-ignore: an armor header, not words
  if (armored.includes('PRIVATE KEY BLOCK')) {
    throw new AppError(
      'handoff_recipient_key_private',
      t('handoff.key.private'),
      t('handoff.key.private.hint'),
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
    if (await key.isRevoked(undefined, undefined, now).catch(() => false)) return t('handoff.key.revoked');
    const exp = await key.getExpirationTime().catch(() => null);
    if (exp instanceof Date && exp.getTime() <= now.getTime()) return t('handoff.key.expired', { date: formatDate(exp, { locale: currentLocale() }) });
    return t('handoff.key.invalid');
  }
  try {
    await key.getEncryptionKey(undefined, now);
  } catch {
    return t('handoff.key.noEncryption');
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
      t('handoff.key.unusable', { problem: info.problem }),
      t('handoff.key.unusable.hint'),
    );
  }
  return { key, info };
}
