// OpenPGP choices for every handoff, chosen so GnuPG 2.2 (the oldest a consultant is likely to have) opens them: AES-256,
// SEIPD v1 with MDC (not RFC 9580 AEAD), iterated-salted S2K with SHA-256 at the maximum count.
// All cryptography is OpenPGP.js; this module only fixes its parameters and names its failures.
import { randomBytes } from 'node:crypto';
import * as openpgp from 'openpgp';
import { AppError } from '../shared/errors';
import { t } from '../shared/i18n';
import { normaliseKeycode } from './keycode';
import { parseHandoffPayload, type HandoffPayload } from './payload';

export const HANDOFF_CONFIG: openpgp.PartialConfig = {
  aeadProtect: false,
  preferredSymmetricAlgorithm: openpgp.enums.symmetric.aes256,
  preferredCompressionAlgorithm: openpgp.enums.compression.uncompressed,
  s2kType: openpgp.enums.s2k.iterated,
  s2kIterationCountByte: 255,
  showVersion: false,
  showComment: false,
};

const SESSION_ALGORITHM = 'aes256' as const;

export type HandoffSessionKey = openpgp.SessionKey;

/** How to open a handoff: the keycode, the consultant's private key, or a session key already recovered from one of them. */
export type HandoffSecret =
  | { keycode: string }
  | { privateKeyArmored: string; privateKeyPassphrase?: string }
  | { sessionKey: HandoffSessionKey };

export async function encryptPayload(
  payload: HandoffPayload,
  to: { passphrase: string } | { recipientKey: openpgp.PublicKey },
  fileName: string,
): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(payload, null, 2) + '\n');
  const message = await openpgp.createMessage({ binary: bytes, format: 'binary', filename: fileName });
  // An explicit AES-256 session key without an AEAD algorithm keeps SEIPD v1 even when a
  // recipient key advertises SEIPD v2 or omits AES-256 from its preferences.
  const sessionKey: openpgp.SessionKey = { data: new Uint8Array(randomBytes(32)), algorithm: SESSION_ALGORITHM };
  try {
    return await openpgp.encrypt({
      message,
      sessionKey,
      config: HANDOFF_CONFIG,
      ...('passphrase' in to ? { passwords: [to.passphrase] } : { encryptionKeys: to.recipientKey }),
    });
  } catch {
    throw new AppError('handoff_encrypt_failed', t('handoff.crypto.encryptFailed'), t('handoff.crypto.encryptFailed.hint'));
  }
}

function damaged(): AppError {
  return new AppError(
    'handoff_tampered',
    t('handoff.crypto.tampered'),
    t('handoff.crypto.tampered.hint'),
  );
}

async function readArmored(armored: string): Promise<openpgp.Message<Uint8Array>> {
  try {
    return (await openpgp.readMessage({ armoredMessage: armored })) as openpgp.Message<Uint8Array>;
  } catch {
    throw new AppError('handoff_unreadable', t('handoff.crypto.unreadable'), t('handoff.crypto.unreadable.hint'));
  }
}

async function recoverSessionKey(message: openpgp.Message<Uint8Array>, secret: HandoffSecret): Promise<HandoffSessionKey> {
  if ('sessionKey' in secret) return secret.sessionKey;
  let keys: openpgp.DecryptedSessionKey[];
  if ('keycode' in secret) {
    const passphrase = normaliseKeycode(secret.keycode);
    try {
      keys = await openpgp.decryptSessionKeys({ message, passwords: [passphrase], config: HANDOFF_CONFIG });
    } catch {
      keys = [];
    }
    if (keys[0]?.algorithm !== SESSION_ALGORITHM) {
      throw new AppError(
        'handoff_keycode_wrong',
        t('handoff.crypto.wrongKeycode'),
        t('handoff.crypto.wrongKeycode.hint'),
      );
    }
    return { data: keys[0].data, algorithm: SESSION_ALGORITHM };
  }
  let key: openpgp.PrivateKey;
  try {
    key = await openpgp.readPrivateKey({ armoredKey: secret.privateKeyArmored });
    if (!key.isDecrypted()) key = await openpgp.decryptKey({ privateKey: key, passphrase: secret.privateKeyPassphrase ?? '' });
  } catch {
    throw new AppError('handoff_private_key_unusable', t('handoff.crypto.privateKeyUnusable'), t('handoff.crypto.privateKeyUnusable.hint'));
  }
  try {
    keys = await openpgp.decryptSessionKeys({ message, decryptionKeys: key });
  } catch {
    throw new AppError('handoff_private_key_wrong', t('handoff.crypto.privateKeyWrong'), t('handoff.crypto.privateKeyWrong.hint'));
  }
  if (!keys[0]?.algorithm) throw damaged();
  return { data: keys[0].data, algorithm: keys[0].algorithm };
}

/** Recovers the session key once, so a caller that opens the same file repeatedly pays the S2K cost once. */
export async function decryptHandoffSessionKey(armored: string, secret: HandoffSecret): Promise<HandoffSessionKey> {
  return recoverSessionKey(await readArmored(armored), secret);
}

/** Opens a handoff; returns the payload only if its integrity check passed and it matches the schema. */
export async function decryptHandoff(armored: string, secret: HandoffSecret): Promise<HandoffPayload> {
  const message = await readArmored(armored);
  const sessionKey = await recoverSessionKey(message, secret);
  let data: Uint8Array;
  try {
    const result = await openpgp.decrypt({
      message,
      sessionKeys: sessionKey,
      format: 'binary',
      config: { allowUnauthenticatedMessages: false, allowUnauthenticatedStream: false },
    });
    data = result.data as Uint8Array;
  } catch {
    throw damaged();
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch {
    throw new AppError('handoff_not_recognised', t('handoff.crypto.notHandoff'), t('handoff.crypto.notHandoff.hint'));
  }
  return parseHandoffPayload(value);
}
