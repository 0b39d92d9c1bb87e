// Every way a SendSafely call fails, as an AppError a person can act on. Messages name the host,
// never the key or secret; SendSafely's own message is passed on only as a short quoted detail.
import { AppError } from '../shared/errors';
import { t } from '../shared/i18n';
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

/** SendSafely's own message, kept short, as the `detail` a message quotes. */
const said = (s: string | undefined) => (s ? { hasDetail: 'yes', detail: s.replace(/\s+/g, ' ').slice(0, 160) } : { hasDetail: 'no', detail: '' });

export function transportError(f: TransportFailure, host: string, timeoutMs: number): SendSafelyError {
  switch (f.kind) {
    case 'cancelled':
      return new SendSafelyError('sendsafely_cancelled', t('sendsafely.cancelled'), t('sendsafely.cancelled.hint'));
    case 'timeout':
      return new SendSafelyError('sendsafely_timeout', t('sendsafely.timeout', { host, seconds: Math.round(timeoutMs / 1000) }), t('sendsafely.timeout.hint'));
    case 'tls':
      return new SendSafelyError('sendsafely_tls', t('sendsafely.tls', { host }), t('sendsafely.tls.hint'));
    default:
      return new SendSafelyError('sendsafely_unreachable', t('sendsafely.unreachable', { host, reason: f.kind }), t('sendsafely.unreachable.hint'));
  }
}

/** A non-SUCCESS answer, worded per SendSafely's response code. */
export function responseError(code: string, message: string | undefined, ctx: { host: string; serverSkewMs?: number; status?: number }): SendSafelyError {
  const opts = { status: ctx.status };
  const planWords = /enterprise|api access|not (enabled|available|permitted)|plan\b/i;
  if (message && planWords.test(message)) return new SendSafelyError('sendsafely_plan', t('sendsafely.plan'), t('sendsafely.plan.hint'), opts);
  if (code === 'AUTHENTICATION_FAILED') {
    const skew = ctx.serverSkewMs;
    const clock = /timestamp|clock|time/i.test(message ?? '') || (skew !== undefined && Math.abs(skew) > CLOCK_SKEW_SUSPECT_MS);
    if (clock) {
      const off = skew !== undefined ? { known: 'yes', minutes: Math.round(Math.abs(skew) / 60_000), direction: skew > 0 ? 'behind' : 'ahead' } : { known: 'no', minutes: 0, direction: '' };
      return new SendSafelyError('sendsafely_clock_skew', t('sendsafely.clockSkew', off), t('sendsafely.clockSkew.hint'), opts);
    }
    return new SendSafelyError('sendsafely_auth_failed', t('sendsafely.authFailed', { host: ctx.host }), t('sendsafely.authFailed.hint'), opts);
  }
  switch (code) {
    case 'UNKNOWN_PACKAGE':
      return new SendSafelyError('sendsafely_unknown_package', t('sendsafely.unknownPackage'), t('sendsafely.unknownPackage.hint'), opts);
    case 'INVALID_EMAIL':
      return new SendSafelyError('sendsafely_invalid_email', t('sendsafely.invalidEmail', said(message)), t('sendsafely.invalidEmail.hint'), opts);
    case 'PACKAGE_NEEDS_APPROVAL':
      return new SendSafelyError('sendsafely_needs_approval', t('sendsafely.needsApproval'), t('sendsafely.needsApproval.hint'), opts);
    case 'LIMIT_EXCEEDED':
      return new SendSafelyError('sendsafely_limit_exceeded', t('sendsafely.limitExceeded', said(message)), t('sendsafely.limitExceeded.hint'), opts);
    default:
      return new SendSafelyError('sendsafely_rejected', t('sendsafely.rejected', said(message)), t('sendsafely.rejected.hint'), opts);
  }
}

/** Why an answer was not SendSafely's; `missingFields` names the answer's `part`, `http` its status. */
export type BadAnswerReason =
  | { reason: 'noEmail' | 'noLink' | 'internal' | 'notJson' | 'noCode' }
  | { reason: 'missingFields'; part: 'package' | 'publicKeys' | 'finalize' | 'packageInfo' }
  | { reason: 'http' };

export function badAnswer(host: string, why: BadAnswerReason, status?: number): SendSafelyError {
  const part = 'part' in why ? why.part : '';
  return new SendSafelyError('sendsafely_bad_answer', t('sendsafely.badAnswer', { host, reason: why.reason, part, status: String(status ?? '') }), t('sendsafely.badAnswer.hint'), { status });
}

export function httpError(status: number, host: string): SendSafelyError {
  if (status === 429) return new SendSafelyError('sendsafely_rate_limited', t('sendsafely.rateLimited'), t('sendsafely.rateLimited.hint'), { status });
  if (status >= 500) return new SendSafelyError('sendsafely_unavailable', t('sendsafely.unavailable', { host, status: String(status) }), t('sendsafely.unavailable.hint'), { status });
  if (status === 401 || status === 403) {
    return responseError('AUTHENTICATION_FAILED', undefined, { host, status });
  }
  return badAnswer(host, { reason: 'http' }, status);
}
