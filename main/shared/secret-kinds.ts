// Every kind of secret the vault holds, named once: the contract's `z.enum`, the vault's keys and
// the audit log's wording all come from this list, so a new kind cannot be half-added.
import type { SharedMessageId } from './i18n/shared-ids';

export const SECRET_KINDS = [
  'certn_api_key',
  'icims_username',
  'icims_password',
  'webhook_username',
  'webhook_password',
  'sendsafely_api_key',
  'sendsafely_api_secret',
  // A rotation keeps the value it replaces until it ends, to show it is refused; then it is removed.
  'webhook_username_retired',
  'webhook_password_retired',
  'certn_api_key_retired',
  'icims_username_retired',
  'icims_password_retired',
] as const;

export type SecretKind = (typeof SECRET_KINDS)[number];

/** How a secret is named in sentences, capitalised as a label (a `shared` message id). */
export const SECRET_NAME_IDS: Record<SecretKind, SharedMessageId> = Object.fromEntries(
  SECRET_KINDS.map((k) => [k, `shared.secret.${k}` satisfies SharedMessageId]),
) as Record<SecretKind, SharedMessageId>;

export function isSecretKind(kind: unknown): kind is SecretKind {
  return typeof kind === 'string' && (SECRET_KINDS as readonly string[]).includes(kind);
}
