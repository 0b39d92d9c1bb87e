// iCIMS failures as AppErrors a person can act on. iCIMS reports its reason twice — a JSON body
// `{"errors":[{errorMessage, errorCode}]}` and a header `X-Error: <code>:<detail>` — and either
// may be missing (proxies strip bodies), so both are read.
import { AppError } from '../shared/errors';
import { currentTranslator, t } from '../shared/i18n';
import { whatPhrase } from '../certn/errors';
import { TransportFailure, decodeJson } from '../net/transport';
import { errorBodySchema } from './schemas';

export { ICIMS_ERROR_CODES, type IcimsErrorCode } from '../shared/error-codes';

export interface IcimsErrorDetail {
  errorCode?: number;
  errorMessage?: string;
  source: 'body' | 'header' | 'none';
}

export function parseIcimsError(headers: Headers, body: Uint8Array): IcimsErrorDetail {
  try {
    const parsed = errorBodySchema.safeParse(decodeJson(body));
    const first = parsed.success ? parsed.data.errors?.[0] : undefined;
    if (first && (first.errorCode !== undefined || first.errorMessage)) {
      const code = first.errorCode === undefined ? undefined : Number(first.errorCode);
      return { errorCode: Number.isFinite(code) ? code : undefined, errorMessage: first.errorMessage, source: 'body' };
    }
  } catch {
    /* not JSON: fall back to the header */
  }
  const header = headers.get('x-error');
  if (header) {
    const m = /^\s*(\d+)\s*:\s*(.*)$/s.exec(header);
    if (m) return { errorCode: Number(m[1]), errorMessage: m[2].trim() || undefined, source: 'header' };
    return { errorMessage: header.trim(), source: 'header' };
  }
  return { source: 'none' };
}

export interface IcimsErrorContext {
  host: string;
  customerId: string;
  what?: string;
  id?: string | number;
}

export function icimsHttpError(status: number, detail: IcimsErrorDetail, ctx: IcimsErrorContext, resetSeconds?: number): AppError {
  const opts = { status };
  // iCIMS's own words stay as it wrote them, quoted after ours.
  const said = (message: string) => (detail.errorMessage ? t('errors.icims.said', { message, said: detail.errorMessage.slice(0, 200) }) : message);
  const what = whatPhrase(ctx.what);
  const code = detail.errorCode;
  if (status === 401 || code === 6 || code === 9) return new AppError('icims_unauthorized', t('errors.icims.unauthorized'), t('errors.icims.unauthorized.hint'), opts);
  if (code === 3) return new AppError('icims_access_denied', t('errors.icims.accessDenied', { customerId: ctx.customerId }), t('errors.icims.accessDenied.hint'), opts);
  if (status === 403) return new AppError('icims_forbidden', said(t('errors.icims.forbidden', { what })), t('errors.icims.forbidden.hint'), opts);
  if (status === 404) {
    const id = { hasId: ctx.id !== undefined ? 'yes' : 'no', id: String(ctx.id ?? '') };
    return new AppError('icims_not_found', t('errors.icims.notFound', { what, customerId: ctx.customerId, ...id }), t('errors.icims.notFound.hint'), opts);
  }
  if (status === 400 || status === 422) return new AppError('icims_validation', said(t('errors.icims.validation')), t('errors.icims.validation.hint'), opts);
  if (status === 429) {
    return new AppError('icims_rate_limited', t('errors.icims.rateLimited'), resetSeconds !== undefined ? t('errors.retry.seconds', { seconds: resetSeconds }) : t('errors.icims.rateLimited.hint'), opts);
  }
  if (status >= 500) return new AppError('icims_unavailable', said(t('errors.icims.unavailable', { status: String(status) })), t('errors.icims.unavailable.hint'), opts);
  return new AppError('icims_bad_response', said(t('errors.icims.unexpected', { status: String(status) })), t('errors.icims.unexpected.hint'), opts);
}

export function icimsTransportError(f: TransportFailure, ctx: IcimsErrorContext, timeoutMs: number): AppError {
  const host = ctx.host;
  const o = { cause: f };
  const code = { hasCode: f.code ? 'yes' : 'no', code: f.code ?? '' };
  switch (f.kind) {
    case 'cancelled':
      return new AppError('cancelled', t('errors.icims.cancelled'), undefined, o);
    case 'timeout':
      return new AppError('icims_timeout', t('errors.icims.timeout', { host, seconds: currentTranslator().number(Math.round(timeoutMs / 100) / 10) }), t('errors.icims.timeout.hint'), o);
    case 'dns':
      return new AppError('icims_network', t('errors.icims.dns', { host }), t('errors.icims.dns.hint'), o);
    case 'offline':
      return new AppError('icims_network', t('errors.icims.offline', { host }), t('errors.net.offline.hint'), o);
    case 'refused':
      return new AppError('icims_network', t('errors.icims.refused', { host }), t('errors.icims.refused.hint'), o);
    case 'reset':
      return new AppError('icims_network', t('errors.icims.reset', { host }), t('errors.icims.reset.hint'), o);
    case 'tls':
      return new AppError('icims_tls', t('errors.net.tls', { host, ...code }), t('errors.icims.tls.hint'), o);
    default:
      return new AppError('icims_network', t('errors.net.other', { host, ...code }), t('errors.net.other.hint'), o);
  }
}

export function icimsBadResponse(ctx: IcimsErrorContext, why: string): AppError {
  return new AppError('icims_bad_response', t('errors.icims.badResponse', { host: ctx.host, why }), t('errors.icims.badResponse.hint'));
}
