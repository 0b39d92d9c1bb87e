// i18n-pending: its words are moving to the message catalogs.
// Every kind of secret the vault holds, named once: the contract's `z.enum`, the vault's keys and
// the audit log's wording all come from this list, so a new kind cannot be half-added.
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

/** How a secret is named in sentences, capitalised as a label. */
export const SECRET_NAMES: Record<SecretKind, string> = {
  certn_api_key: 'Certn API key',
  icims_username: 'iCIMS username',
  icims_password: 'iCIMS password',
  webhook_username: 'Webhook username',
  webhook_password: 'Webhook password',
  sendsafely_api_key: 'SendSafely API key',
  sendsafely_api_secret: 'SendSafely API secret',
  webhook_username_retired: 'Old webhook username (kept until its rotation ends)',
  webhook_password_retired: 'Old webhook password (kept until its rotation ends)',
  certn_api_key_retired: 'Old Certn API key (kept until its rotation ends)',
  icims_username_retired: 'Old iCIMS username (kept until its rotation ends)',
  icims_password_retired: 'Old iCIMS password (kept until its rotation ends)',
};

export function isSecretKind(kind: unknown): kind is SecretKind {
  return typeof kind === 'string' && (SECRET_KINDS as readonly string[]).includes(kind);
}
