// The package's cryptography, as SendSafely's SDKs do it: a keyCode made here (never sent to
// SendSafely), the message encrypted with serverSecret + keyCode as an OpenPGP password, the
// keyCode escrowed to each public key the package lists, and a checksum that lets the service
// check a recipient's keyCode without learning it.
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import * as openpgp from 'openpgp';
import { AppError } from '../shared/errors';
import { t } from '../shared/i18n';

/** AES-256, SEIPD v1 with MDC, iterated-salted SHA-256 S2K, no compression (the SDKs' choices). */
export const SENDSAFELY_PGP_CONFIG: openpgp.PartialConfig = {
  aeadProtect: false,
  preferredSymmetricAlgorithm: openpgp.enums.symmetric.aes256,
  preferredCompressionAlgorithm: openpgp.enums.compression.uncompressed,
  preferredHashAlgorithm: openpgp.enums.hash.sha256,
  s2kType: openpgp.enums.s2k.iterated,
  showVersion: false,
  showComment: false,
};

/** 32 random bytes, base64url without padding: 43 characters. */
export function generateKeyCode(): string {
  return randomBytes(32).toString('base64url');
}

/** Hex PBKDF2-HMAC-SHA256(keyCode, salt = packageCode, 1024 iterations, 32 bytes). */
export function keyCodeChecksum(keyCode: string, packageCode: string): string {
  return pbkdf2Sync(Buffer.from(keyCode, 'utf8'), Buffer.from(packageCode, 'utf8'), 1024, 32, 'sha256').toString('hex');
}

/** The binary OpenPGP message, base64, as `PUT /package/{id}/message/` takes it. */
export async function encryptMessage(text: string, serverSecret: string, keyCode: string): Promise<string> {
  const message = await openpgp.createMessage({ text });
  const bytes = await openpgp.encrypt({ message, passwords: [serverSecret + keyCode], format: 'binary', config: SENDSAFELY_PGP_CONFIG });
  return Buffer.from(bytes).toString('base64');
}

export async function decryptMessage(base64: string, serverSecret: string, keyCode: string): Promise<string> {
  const message = await openpgp.readMessage({ binaryMessage: new Uint8Array(Buffer.from(base64, 'base64')) });
  const { data } = await openpgp.decrypt({ message, passwords: [serverSecret + keyCode], expectSigned: false, config: SENDSAFELY_PGP_CONFIG });
  return data as string;
}

/** The keyCode encrypted to one armored public key (the organisation's key or a trusted device). */
export async function escrowKeyCode(keyCode: string, armoredPublicKey: string): Promise<string> {
  let key: openpgp.PublicKey;
  try {
    key = await openpgp.readKey({ armoredKey: armoredPublicKey });
  } catch {
    throw new AppError('sendsafely_bad_answer', t('errors.sendsafely.badKey'), t('errors.sendsafely.badKey.hint'));
  }
  const message = await openpgp.createMessage({ text: keyCode });
  return openpgp.encrypt({ message, encryptionKeys: key, format: 'armored', config: SENDSAFELY_PGP_CONFIG });
}

/** The link the recipient opens: the finalize URL with the keyCode in the fragment only. */
export function secureLink(finalizeUrl: string, keyCode: string): string {
  return `${finalizeUrl.split('#')[0]}#keyCode=${keyCode}`;
}
