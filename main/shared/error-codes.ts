// Every error code the console can answer with, in one typed list. Main throws only these (AppError
// takes an ErrorCode), the contract's error body is this enum, and the renderer matches codes by
// the ErrorCode type, so a misspelt code fails the type check instead of never matching.

/** The console's own refusals and failures. */
export const CONSOLE_ERROR_CODES = [
  'internal', 'unknown_channel', 'invalid_input', 'not_found', 'name_taken', 'confirm_mismatch',
  'store_too_new', 'vault_locked', 'vault_exists', 'vault_keychain', 'vault_keychain_unavailable',
  'vault_uninitialized', 'vault_weak_passphrase', 'vault_wrong_passphrase', 'vault_throttled',
  'vault_corrupt', 'secret_missing', 'not_simulator', 'invalid_api_key', 'invalid_date', 'ats_off',
  'package_not_found', 'package_unknown', 'package_will_fail', 'plan_unknown', 'package_url_bad_id',
  'package_url_empty', 'package_url_extra', 'package_url_host', 'package_url_missing_id',
  'package_url_not_https', 'package_url_not_package', 'package_url_not_web', 'package_url_region',
  'package_url_unknown_region', 'icims_customer_id', 'icims_hosting', 'icims_missing', 'consultant_email',
  'consultant_name', 'webhook_missing', 'webhook_username', 'group_inactive', 'group_missing',
  'group_unknown', 'connection_incomplete', 'handoff_encrypt_failed', 'handoff_environment_unsupported',
  'handoff_fingerprint_mismatch', 'handoff_invalid', 'handoff_keycode_invalid',
  'handoff_keycode_part_invalid', 'handoff_keycode_wrong', 'handoff_method_unknown', 'handoff_not_ready',
  'handoff_not_recognised', 'handoff_page_unavailable', 'handoff_private_key_unusable',
  'handoff_private_key_wrong', 'handoff_recipient_key_invalid', 'handoff_recipient_key_missing',
  'handoff_recipient_key_private', 'handoff_recipient_key_unusable', 'handoff_simulator_not_running',
  'handoff_tampered', 'handoff_unreadable', 'sendsafely_not_connected', 'inspector_not_json',
  'inspector_not_simulator', 'job_unknown', 'simulator_bad_answer', 'simulator_not_found',
  'simulator_rejected', 'simulator_timeout', 'simulator_unreachable',
  'rotation_invalid', 'rotation_none', 'rotation_nothing_to_rotate', 'rotation_open', 'rotation_order', 'rotation_same_credential',
  'rotation_step_done', 'config_invalid', 'config_unreadable', 'config_version', 'no_save_dialog',
  'certn_key_missing', 'handoff_missing', 'connection_missing', 'simulator_stopped',
] as const;

/** The gates in front of the services: browser mode's HTTP checks, Electron's sender check, and the page's own "main is not answering". */
export const GATE_ERROR_CODES = [
  'forbidden_host', 'forbidden_origin', 'method', 'content_type', 'invalid_json', 'too_large', 'unauthorized', 'token_used',
  'untrusted_sender', 'offline',
] as const;

/** A Certn call that failed, by what went wrong. */
export const CERTN_ERROR_CODES = [
  'certn_unauthorized', 'certn_forbidden', 'certn_not_found', 'certn_validation', 'certn_rate_limited',
  'certn_unavailable', 'certn_network', 'certn_tls', 'certn_timeout', 'certn_bad_response', 'cancelled',
] as const;
export type CertnErrorCode = (typeof CERTN_ERROR_CODES)[number];

/** An iCIMS call that failed. */
export const ICIMS_ERROR_CODES = [
  'icims_unauthorized', 'icims_access_denied', 'icims_forbidden', 'icims_not_found', 'icims_validation',
  'icims_rate_limited', 'icims_unavailable', 'icims_network', 'icims_tls', 'icims_timeout',
  'icims_bad_response', 'cancelled',
] as const;
export type IcimsErrorCode = (typeof ICIMS_ERROR_CODES)[number];

/** A SendSafely call that failed. */
export const SENDSAFELY_ERROR_CODES = [
  'sendsafely_auth_failed', 'sendsafely_clock_skew', 'sendsafely_plan', 'sendsafely_unreachable',
  'sendsafely_tls', 'sendsafely_timeout', 'sendsafely_cancelled', 'sendsafely_rate_limited',
  'sendsafely_unavailable', 'sendsafely_unknown_package', 'sendsafely_invalid_email',
  'sendsafely_needs_approval', 'sendsafely_limit_exceeded', 'sendsafely_rejected', 'sendsafely_bad_answer',
  'sendsafely_host_invalid',
] as const;
export type SendSafelyErrorCode = (typeof SENDSAFELY_ERROR_CODES)[number];

export const ERROR_CODES = [...new Set([...CONSOLE_ERROR_CODES, ...GATE_ERROR_CODES, ...CERTN_ERROR_CODES, ...ICIMS_ERROR_CODES, ...SENDSAFELY_ERROR_CODES])] as [
  ErrorCode,
  ...ErrorCode[],
];
export type ErrorCode =
  | (typeof CONSOLE_ERROR_CODES)[number]
  | (typeof GATE_ERROR_CODES)[number]
  | CertnErrorCode
  | IcimsErrorCode
  | SendSafelyErrorCode;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}
