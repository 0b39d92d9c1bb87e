// The handoff service: what the console's store, UI and CLI call. Secrets (keycode) are returned
// once to the caller and never kept here; the record holds only hashes and dates.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { Locale } from '../shared/i18n/locales';
import { encryptPayload } from './handoff-crypto';
import { buildDecryptorPage } from './html-page';
import { generateKeycode, joinKeycode, splitKeycode, type KeycodeParts } from './keycode';
import { parseHandoffPayload, type HandoffPayload } from './payload';
import { loadEncryptionKey } from './recipient-key';
import { fileSlug } from '../shared/slug';

export { HANDOFF_CONFIG, decryptHandoff, decryptHandoffSessionKey, type HandoffSecret, type HandoffSessionKey } from './handoff-crypto';
export { generateKeycode, joinKeycode, normaliseKeycode, splitKeycode, type KeycodeParts } from './keycode';
export {
  HANDOFF_FORMAT, HandoffPayloadSchema, buildHandoffPayload, parseHandoffPayload,
  type BuildHandoffPayloadInput, type HandoffPackage, type HandoffPayload,
} from './payload';
export { formatFingerprint, readRecipientKey, type RecipientKeyInfo } from './recipient-key';

export const HANDOFF_METHODS = ['keycode', 'keycode-split', 'public-key'] as const;
export type HandoffMethod = (typeof HANDOFF_METHODS)[number];

/** What the store keeps about a handoff: no secret, enough to recognise the files later. */
export const HandoffRecordSchema = z.strictObject({
  method: z.enum(HANDOFF_METHODS),
  fileBase: z.string().min(1),
  sha256Asc: z.string().regex(/^[0-9a-f]{64}$/),
  sha256Html: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  fingerprint: z.string().optional(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type HandoffRecord = z.infer<typeof HandoffRecordSchema>;

export interface CreateHandoffInput {
  payload: HandoffPayload;
  method: HandoffMethod;
  /** Required for 'public-key': the consultant's armored OpenPGP public key. */
  recipientPublicKeyArmored?: string;
  /** The decryptor page's language; the console's when absent. */
  language?: Locale;
}

export interface CreatedHandoff {
  method: HandoffMethod;
  /** Contents of `<fileBase>.asc`. */
  armored: string;
  /** Contents of `<fileBase>.html`; not made for 'public-key' (the page holds no private-key handling). */
  html?: string;
  fileBase: string;
  ascFileName: string;
  htmlFileName?: string;
  /** Shown once, never stored. For 'keycode-split' this is the joined form (part 1, a dash, part 2). */
  keycode?: string;
  keycodeParts?: KeycodeParts;
  sha256Asc: string;
  sha256Html?: string;
  /** Recipient primary key fingerprint in groups of 4, to confirm by phone. */
  fingerprint?: string;
  record: HandoffRecord;
}

/** The handoff files' common name, from a file-name-safe slug of the integration name. */
export function handoffFileBase(integrationName: string): string {
  return `${fileSlug(integrationName)}-icims-handoff`;
}

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export async function createHandoff(input: CreateHandoffInput): Promise<CreatedHandoff> {
  const payload = parseHandoffPayload(input.payload);
  const fileBase = handoffFileBase(payload.integrationName);
  const ascFileName = `${fileBase}.asc`;
  const innerName = `${fileBase}.json`;
  const base = { method: input.method, fileBase, ascFileName };

  if (input.method === 'public-key') {
    if (!input.recipientPublicKeyArmored) {
      throw new AppError('handoff_recipient_key_missing', t('handoff.error.noKey'), t('handoff.error.noKey.hint'));
    }
    const { key, info } = await loadEncryptionKey(input.recipientPublicKeyArmored);
    const armored = await encryptPayload(payload, { recipientKey: key }, innerName);
    const sha256Asc = sha256Hex(armored);
    return {
      ...base, armored, sha256Asc, fingerprint: info.fingerprint,
      record: { method: input.method, fileBase, sha256Asc, fingerprint: info.fingerprint, createdAt: payload.createdAt, expiresAt: payload.expiresAt },
    };
  }
  if (input.method !== 'keycode' && input.method !== 'keycode-split') {
    throw new AppError('handoff_method_unknown', t('handoff.error.unknownMethod'), t('handoff.error.unknownMethod.hint'));
  }

  const generated = generateKeycode();
  const keycodeParts = input.method === 'keycode-split' ? splitKeycode(generated) : undefined;
  // In split mode the passphrase is the joined form, so "part 1, a dash, part 2" works in gpg too.
  const keycode = keycodeParts ? joinKeycode(keycodeParts.part1, keycodeParts.part2) : generated;
  const armored = await encryptPayload(payload, { passphrase: keycode }, innerName);
  const html = buildDecryptorPage({ armored, mode: input.method, ascFileName, language: input.language });
  const sha256Asc = sha256Hex(armored);
  const sha256Html = sha256Hex(html);
  return {
    ...base, armored, html, htmlFileName: `${fileBase}.html`, keycode, keycodeParts, sha256Asc, sha256Html,
    record: { method: input.method, fileBase, sha256Asc, sha256Html, createdAt: payload.createdAt, expiresAt: payload.expiresAt },
  };
}
