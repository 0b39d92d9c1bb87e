// Every failure of a Certn call becomes an AppError a person can act on. Messages name the
// environment and host (never the key); hints say what to do next.
import { AppError } from '../shared/errors';
import { currentTranslator, t } from '../shared/i18n';
import type { Environment } from '../shared/regions';
import { errorBodySchema } from './schemas';
import { TransportFailure, decodeJson } from '../net/transport';

export { CERTN_ERROR_CODES, type CertnErrorCode } from '../shared/error-codes';

export interface ErrorContext {
  environment: Environment;
  host: string;
  /** What the call was about, e.g. "package" — used in 403/404 wording. */
  what?: string;
  /** A list call: a 404 there means a wrong address, not a missing record. */
  listing?: boolean;
}

/** The region as errors name it: "North America", "the local simulator". */
export function regionPhrase(env: Environment): string {
  return t('errors.certn.where', { env });
}

/** What a call was about, in the console's language ("package", "forfait"). */
export function whatPhrase(what: string | undefined): string {
  return t('errors.what.one', { what: whatKey(what) });
}

/** Callers name the thing in code words ("report file"); messages choose by key. */
function whatKey(what: string | undefined): string {
  if (what === 'report file') return 'reportFile';
  if (what === 'applicant workflow') return 'workflow';
  return what ?? 'record';
}

/** Pulls Certn's own explanation out of an error body, if it gave a readable one. */
function certnDetails(body: Uint8Array): string | undefined {
  let json: unknown;
  try {
    json = decodeJson(body);
  } catch {
    return undefined;
  }
  const parsed = errorBodySchema.safeParse(json);
  if (!parsed.success) return undefined;
  const items = (parsed.data.errors ?? [])
    .map((e) => {
      const detail = typeof e.detail === 'string' ? e.detail : e.code;
      return e.attr ? `${e.attr}: ${detail}` : detail;
    })
    .filter((s): s is string => !!s);
  if (items.length === 0 && parsed.data.detail) items.push(parsed.data.detail);
  return items.length ? items.join('; ').slice(0, 300) : undefined;
}

export function certnHttpError(status: number, body: Uint8Array, ctx: ErrorContext, retryAfterMs?: number): AppError {
  const where = regionPhrase(ctx.environment);
  const what = whatPhrase(ctx.what);
  const details = certnDetails(body);
  const detailValues = { hasDetails: details ? 'yes' : 'no', details: details ?? '' };
  const opts = { status };
  if (status === 401) return new AppError('certn_unauthorized', t('errors.certn.unauthorized', { where }), t('errors.certn.unauthorized.hint'), opts);
  if (status === 403) return new AppError('certn_forbidden', t('errors.certn.forbidden', { what }), t('errors.certn.forbidden.hint'), opts);
  if (status === 404 && ctx.listing) return new AppError('certn_not_found', t('errors.certn.listNotFound', { host: ctx.host, what }), t('errors.certn.listNotFound.hint'), opts);
  if (status === 404) return new AppError('certn_not_found', t('errors.certn.notFound', { what, where }), t('errors.certn.notFound.hint'), opts);
  if (status === 400 || status === 422) return new AppError('certn_validation', t('errors.certn.validation', detailValues), t('errors.certn.validation.hint'), opts);
  if (status === 429) {
    const secs = retryAfterMs !== undefined ? Math.ceil(retryAfterMs / 1000) : undefined;
    return new AppError('certn_rate_limited', t('errors.certn.rateLimited'), secs !== undefined ? t('errors.retry.seconds', { seconds: secs }) : t('errors.certn.rateLimited.hint'), opts);
  }
  if (status >= 500) return new AppError('certn_unavailable', t('errors.certn.unavailable', { where, status: String(status) }), t('errors.certn.unavailable.hint'), opts);
  return new AppError('certn_bad_response', t('errors.certn.unexpected', { status: String(status), ...detailValues }), t('errors.certn.unexpected.hint'), opts);
}

export function certnTransportError(f: TransportFailure, ctx: ErrorContext, timeoutMs: number): AppError {
  const host = ctx.host;
  const local = ctx.environment === 'simulator';
  const code = { hasCode: f.code ? 'yes' : 'no', code: f.code ?? '' };
  const o = { cause: f };
  switch (f.kind) {
    case 'cancelled':
      return new AppError('cancelled', t('errors.certn.cancelled'), undefined, o);
    case 'timeout':
      return new AppError('certn_timeout', t('errors.certn.timeout', { host, duration: formatSeconds(timeoutMs) }), t('errors.certn.timeout.hint'), o);
    case 'dns':
      return new AppError('certn_network', t('errors.certn.dns', { host }), local ? t('errors.certn.dns.hint.local') : t('errors.certn.dns.hint'), o);
    case 'offline':
      return new AppError('certn_network', t('errors.certn.offline', { host }), t('errors.net.offline.hint'), o);
    case 'refused':
      return new AppError('certn_network', t('errors.certn.refused', { host }), local ? t('errors.certn.refused.hint.local') : t('errors.certn.refused.hint'), o);
    case 'reset':
      return new AppError('certn_network', t('errors.certn.reset', { host }), t('errors.certn.reset.hint'), o);
    case 'tls':
      return new AppError('certn_tls', t('errors.net.tls', { host, ...code }), t('errors.certn.tls.hint'), o);
    default:
      return new AppError('certn_network', t('errors.net.other', { host, ...code }), t('errors.net.other.hint'), o);
  }
}

export function certnBadResponse(ctx: ErrorContext, why: string, status?: number): AppError {
  return new AppError('certn_bad_response', t('errors.certn.badResponse', { host: ctx.host, why }), t('errors.certn.badResponse.hint'), status !== undefined ? { status } : undefined);
}

function formatSeconds(ms: number): string {
  // Numbers as the console's language writes them ("1.5" / "1,5").
  const n = currentTranslator().number;
  return ms < 1000 ? t('errors.certn.timeout.ms', { ms: n(ms) }) : t('errors.certn.timeout.seconds', { seconds: n(Math.round(ms / 100) / 10) });
}
