// i18n-pending: its words are moving to the message catalogs.
// iCIMS failures as AppErrors a person can act on. iCIMS reports its reason twice — a JSON body
// `{"errors":[{errorMessage, errorCode}]}` and a header `X-Error: <code>:<detail>` — and either
// may be missing (proxies strip bodies), so both are read.
import { AppError } from '../shared/errors';
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
  const said = detail.errorMessage ? ` iCIMS said: "${detail.errorMessage.slice(0, 200)}"` : '';
  const code = detail.errorCode;
  if (status === 401 || code === 6 || code === 9) {
    return new AppError(
      'icims_unauthorized',
      'iCIMS rejected the username or password.',
      'Use the integration username and password exactly as the iCIMS consultant gave them (both are case-sensitive).',
      opts,
    );
  }
  if (code === 3) {
    return new AppError(
      'icims_access_denied',
      `iCIMS accepted the login, but this user cannot read that customer: check the Customer ID (${ctx.customerId}) and the user's Integration User group.`,
      'Ask the iCIMS consultant to confirm the Customer ID and to add this user to the Integration User group.',
      opts,
    );
  }
  if (status === 403) {
    return new AppError('icims_forbidden', `iCIMS refused access to this ${ctx.what ?? 'record'}.${said}`, "Ask the iCIMS consultant to check the integration user's permissions.", opts);
  }
  if (status === 404) {
    const which = ctx.id !== undefined ? ` ${ctx.id}` : '';
    return new AppError(
      'icims_not_found',
      `iCIMS has no ${ctx.what ?? 'record'}${which} for customer ${ctx.customerId}.`,
      'Check the ID; it may have been deleted or belong to another customer.',
      opts,
    );
  }
  if (status === 400 || status === 422) {
    return new AppError('icims_validation', `iCIMS refused the request as invalid.${said}`, 'Correct the value named and try again.', opts);
  }
  if (status === 429) {
    return new AppError(
      'icims_rate_limited',
      'iCIMS is limiting calls from this integration user.',
      resetSeconds !== undefined ? `Wait about ${resetSeconds} seconds and try again.` : 'Wait a while and try again; iCIMS also caps calls per day.',
      opts,
    );
  }
  if (status >= 500) {
    return new AppError('icims_unavailable', `iCIMS answered with an error (HTTP ${status}).${said}`, "This is on iCIMS's side; try again in a few minutes.", opts);
  }
  return new AppError('icims_bad_response', `iCIMS answered with an unexpected HTTP ${status}.${said}`, 'Try again; if it persists, contact iCIMS support.', opts);
}

export function icimsTransportError(f: TransportFailure, ctx: IcimsErrorContext, timeoutMs: number): AppError {
  const host = ctx.host;
  const o = { cause: f };
  switch (f.kind) {
    case 'cancelled':
      return new AppError('cancelled', 'The request to iCIMS was cancelled.', undefined, o);
    case 'timeout':
      return new AppError('icims_timeout', `iCIMS (${host}) did not answer within ${Math.round(timeoutMs / 100) / 10} seconds.`, 'Try again; iCIMS may be slow right now.', o);
    case 'dns':
      return new AppError('icims_network', `Could not find the server ${host}.`, 'Check the hosting region (US or EU), the internet connection, proxy or VPN.', o);
    case 'offline':
      return new AppError('icims_network', `Could not reach ${host}: this computer seems to be offline.`, 'Check the network connection, then try again.', o);
    case 'refused':
      return new AppError('icims_network', `Nothing is answering at ${host} (connection refused).`, 'If this is the local simulator, start it again; otherwise check firewall and proxy settings.', o);
    case 'reset':
      return new AppError('icims_network', `The connection to ${host} was cut before iCIMS answered.`, 'Try again; a proxy or firewall may be interrupting the connection.', o);
    case 'tls':
      return new AppError('icims_tls', `The secure connection to ${host} could not be verified${f.code ? ` (${f.code})` : ''}.`, "Check the computer's date and time; a proxy that inspects HTTPS may be replacing iCIMS's certificate.", o);
    default:
      return new AppError('icims_network', `Could not connect to ${host}${f.code ? ` (${f.code})` : ''}.`, 'Check the network connection and try again.', o);
  }
}

export function icimsBadResponse(ctx: IcimsErrorContext, why: string): AppError {
  return new AppError('icims_bad_response', `iCIMS (${ctx.host}) answered in a form the console does not understand: ${why}.`, 'Try again; if it persists, contact support.');
}
