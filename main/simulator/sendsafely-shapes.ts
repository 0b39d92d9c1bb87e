// Every SendSafely shape the simulator uses that no public document or SDK shows. [assumed]
// Everything else in the SendSafely simulator follows the SDKs' wire format (handoff reference,
// "SendSafely's own API"). Keep new guesses here, each marked, so they are easy to revisit.
//
// Field names taken from the public SDKs' source rather than the reference text (not guesses,
// but not in the reference either): public keys as `publicKeys: [{id, key}]`; the keycode link body
// `{keycode}`; package information's `state`, `life`, `packageTimestamp`, `packageSender` and
// `recipients: [{recipientId, email, confirmations: [{ipAddress, timestamp}]}]`; and
// `DELETE /package/{id}/` to delete a package.

/** [assumed] What `PUT /package/{id}/recipients/` answers besides SUCCESS. */
export const recipientsAnswer = (recipients: { recipientId: string; email: string }[]) => ({ response: 'SUCCESS', recipients });

/** [assumed] Largest difference between ss-request-timestamp and the server clock it accepts (undocumented). */
export const ALLOWED_SKEW_MS = 5 * 60_000;

/** [assumed] Wording of the refusal when the timestamp is outside the window; the code is the documented one. */
export const SKEW_MESSAGE = 'Request timestamp is outside the allowed window';

/** [assumed] What verify-credentials answers for an account without API access (not on the Enterprise plan). */
export const NOT_ENTERPRISE = { response: 'FAIL', message: 'API access is only available to users on an Enterprise plan' } as const;

/** [assumed] Package state strings: the help centre names "Waiting for Pickup" and "Pickup Complete". */
export const STATE_WAITING = 'Waiting for Pickup';
export const STATE_COMPLETE = 'Pickup Complete';
export const STATE_DRAFT = 'Draft';

/** [assumed] Confirmation timestamps: ISO 8601 UTC (the SDKs read them as dates without showing the format). */
export const confirmationTimestamp = (d: Date) => d.toISOString();

/** [assumed] Finalize refuses a package without a recipient, a message, or a keycode for each listed public key, via `errors[]`. */
export const FINALIZE_MISSING_KEYCODES = 'A keycode was not uploaded for every public key of this package';

/** [assumed] Messages for the package-level failures whose codes are documented. */
export const UNKNOWN_PACKAGE_MESSAGE = 'The package does not exist or was deleted';
export const INVALID_EMAIL_MESSAGE = 'Invalid email address';
export const LIFE_MESSAGE = 'Package life must be between 1 and 365 days';

/**
 * [assumed] The receive page's own calls (SendSafely's web app is not a public API): the recipient
 * asks for a code by e-mail, then opens the package with that code and the checksum of the
 * keyCode from the link's fragment; the server answers with serverSecret and the message, and the
 * page decrypts in the browser. The keyCode itself never leaves the page.
 */
export const RECEIVE_START_PATH = '/receive/api/start';
export const RECEIVE_OPEN_PATH = '/receive/api/open';
/** [assumed] Verification codes are six digits and allow five wrong tries. */
export const CODE_DIGITS = 6;
export const CODE_TRIES = 5;
