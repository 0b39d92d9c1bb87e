// i18n-pending: being moved to the catalogs
// Every way a SendSafely call fails, as an AppError a person can act on. Messages name the host,
// never the key or secret; SendSafely's own message is passed on only as a short quoted detail.
import { AppError } from '../shared/errors';
import type { TransportFailure } from '../net/transport';

export { SENDSAFELY_ERROR_CODES, type SendSafelyErrorCode } from '../shared/error-codes';
import type { SendSafelyErrorCode } from '../shared/error-codes';

export class SendSafelyError extends AppError {
  declare readonly code: SendSafelyErrorCode;
  constructor(code: SendSafelyErrorCode, message: string, hint?: string, options?: { status?: number; cause?: unknown }) {
    super(code, message, hint, options);
    this.name = 'SendSafelyError';
  }
}

/** Beyond this difference from the server's Date header, a refused signature is blamed on the clock. */
export const CLOCK_SKEW_SUSPECT_MS = 60_000;

const short = (s: string | undefined) => (s ? ` (SendSafely said: “${s.replace(/\s+/g, ' ').slice(0, 160)}”)` : '');

export function transportError(f: TransportFailure, host: string, timeoutMs: number): SendSafelyError {
  switch (f.kind) {
    case 'cancelled':
      return new SendSafelyError('sendsafely_cancelled', 'The SendSafely request was cancelled.', 'Nothing more was sent. Start again when ready.');
    case 'timeout':
      return new SendSafelyError('sendsafely_timeout', `${host} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`, 'Check your connection and try again; if it keeps happening, check status.sendsafely.com.');
    case 'tls':
      return new SendSafelyError('sendsafely_tls', `The secure connection to ${host} could not be checked (certificate problem).`, 'Check the organisation host; a proxy that inspects HTTPS may need its certificate trusted.');
    default:
      return new SendSafelyError(
        'sendsafely_unreachable',
        `Cannot reach ${host}${f.kind === 'dns' ? ': no such host' : f.kind === 'refused' ? ': the connection was refused' : ''}.`,
        'Check the organisation host (for example https://yourcompany.sendsafely.com) and your internet connection.',
      );
  }
}

/** A non-SUCCESS answer, worded per SendSafely's response code. */
export function responseError(code: string, message: string | undefined, ctx: { host: string; serverSkewMs?: number; status?: number }): SendSafelyError {
  const opts = { status: ctx.status };
  const planWords = /enterprise|api access|not (enabled|available|permitted)|plan\b/i;
  if (message && planWords.test(message)) {
    return new SendSafelyError(
      'sendsafely_plan',
      'This SendSafely account cannot use the API: SendSafely offers its REST API only on the Enterprise plan.',
      'Ask your SendSafely administrator whether your organisation is on the Enterprise plan, or choose another handoff method.',
      opts,
    );
  }
  if (code === 'AUTHENTICATION_FAILED') {
    const clock = /timestamp|clock|time/i.test(message ?? '') || (ctx.serverSkewMs !== undefined && Math.abs(ctx.serverSkewMs) > CLOCK_SKEW_SUSPECT_MS);
    if (clock) {
      const off = ctx.serverSkewMs !== undefined ? ` (this computer is about ${Math.round(Math.abs(ctx.serverSkewMs) / 60_000)} minutes ${ctx.serverSkewMs > 0 ? 'behind' : 'ahead'})` : '';
      return new SendSafelyError('sendsafely_clock_skew', `SendSafely refused the request because this computer's clock is too far off${off}.`, 'Turn on automatic date and time in your system settings, then try again.', opts);
    }
    return new SendSafelyError(
      'sendsafely_auth_failed',
      `SendSafely at ${ctx.host} did not accept this API key and secret.`,
      'Check the API secret (it is shown only once when the key is made: make a new key under Edit Profile → API Keys if it is lost) and that the key belongs to this organisation host.',
      opts,
    );
  }
  switch (code) {
    case 'UNKNOWN_PACKAGE':
      return new SendSafelyError('sendsafely_unknown_package', 'SendSafely no longer has this package (it was deleted or has expired).', 'Make a new handoff if the consultant still needs the values.', opts);
    case 'INVALID_EMAIL':
      return new SendSafelyError('sendsafely_invalid_email', `SendSafely did not accept the recipient's e-mail address${short(message)}.`, "Check the consultant's e-mail address.", opts);
    case 'PACKAGE_NEEDS_APPROVAL':
      return new SendSafelyError('sendsafely_needs_approval', 'Your SendSafely organisation requires an approver for packages to this recipient, so it was not delivered.', 'Ask your SendSafely approver to approve it, or send to an address your policy allows.', opts);
    case 'LIMIT_EXCEEDED':
      return new SendSafelyError('sendsafely_limit_exceeded', `SendSafely refused: an account limit was reached${short(message)}.`, 'Check the package life against your organisation limits, or ask your SendSafely administrator.', opts);
    default:
      return new SendSafelyError('sendsafely_rejected', `SendSafely refused the request${short(message)}.`, 'Check the values and try again.', opts);
  }
}

export function badAnswer(host: string, what: string, status?: number): SendSafelyError {
  return new SendSafelyError('sendsafely_bad_answer', `${host} sent an answer that is not SendSafely's (${what}).`, 'Check the organisation host: it must be your SendSafely address, for example https://yourcompany.sendsafely.com.', { status });
}

export function httpError(status: number, host: string): SendSafelyError {
  if (status === 429) return new SendSafelyError('sendsafely_rate_limited', 'SendSafely asked to slow down and kept refusing after several waits.', 'Wait a minute and try again.', { status });
  if (status >= 500) return new SendSafelyError('sendsafely_unavailable', `SendSafely at ${host} had a server error (HTTP ${status}).`, 'Try again in a few minutes; check status.sendsafely.com if it persists.', { status });
  if (status === 401 || status === 403) {
    return responseError('AUTHENTICATION_FAILED', undefined, { host, status });
  }
  return badAnswer(host, `HTTP ${status}`, status);
}
