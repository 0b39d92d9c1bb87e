// i18n-pending: its words are moving to the message catalogs.
// Every failure of a Certn call becomes an AppError a person can act on. Messages name the
// environment and host (never the key); hints say what to do next.
import { AppError } from '../shared/errors';
import type { Environment } from '../shared/regions';
import { errorBodySchema } from './schemas';
import { TransportFailure, decodeJson } from '../net/transport';

export { CERTN_ERROR_CODES, type CertnErrorCode } from '../shared/error-codes';

const REGION_PHRASE: Record<Environment, string> = {
  ca: 'North America',
  uk: 'Europe, Middle East and Africa',
  au: 'Asia Pacific',
  sandbox: 'the Certn sandbox',
  simulator: 'the local simulator',
};

export interface ErrorContext {
  environment: Environment;
  host: string;
  /** What the call was about, e.g. "package" — used in 403/404 wording. */
  what?: string;
  /** A list call: a 404 there means a wrong address, not a missing record. */
  listing?: boolean;
}

export function regionPhrase(env: Environment): string {
  return REGION_PHRASE[env];
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
  const what = ctx.what ?? 'record';
  const details = certnDetails(body);
  const opts = { status };
  if (status === 401) {
    return new AppError(
      'certn_unauthorized',
      `Certn rejected this API key for ${where}. Keys work only in the region that issued them and expire after 365 days.`,
      'Check that the key was made in this region, or create a new one in Client Portal → Settings → Integrations → API Keys.',
      opts,
    );
  }
  if (status === 403) {
    return new AppError(
      'certn_forbidden',
      `Certn accepted the API key but refused access to this ${what} (permission denied).`,
      "Ask a Certn account administrator to give the key's account access to it, or use a key from an admin account.",
      opts,
    );
  }
  if (status === 404 && ctx.listing) {
    return new AppError(
      'certn_not_found',
      `${ctx.host} does not offer Certn's ${what} list (HTTP 404).`,
      'Check that the address is a Certn API host for the chosen region.',
      opts,
    );
  }
  if (status === 404) {
    return new AppError(
      'certn_not_found',
      `Certn has no ${what} with that ID in ${where}.`,
      'Check the ID, and that it belongs to this region: IDs from one region do not exist in another.',
      opts,
    );
  }
  if (status === 400 || status === 422) {
    return new AppError(
      'certn_validation',
      `Certn refused the request as invalid${details ? `: ${details}` : '.'}`,
      'Correct the values named above and try again.',
      opts,
    );
  }
  if (status === 429) {
    const secs = retryAfterMs !== undefined ? Math.ceil(retryAfterMs / 1000) : undefined;
    return new AppError(
      'certn_rate_limited',
      'Certn is limiting requests from this account and asked the console to slow down.',
      secs !== undefined ? `Wait about ${secs} seconds and try again.` : 'Wait a minute and try again.',
      opts,
    );
  }
  if (status >= 500) {
    return new AppError(
      'certn_unavailable',
      `Certn's service in ${where} answered with an error (HTTP ${status}).`,
      'This is on Certn\'s side; try again in a few minutes. If it persists, contact Certn support.',
      opts,
    );
  }
  return new AppError(
    'certn_bad_response',
    `Certn answered with an unexpected HTTP ${status}${details ? `: ${details}` : ''}.`,
    'Try again; if it persists, contact Certn support.',
    opts,
  );
}

export function certnTransportError(f: TransportFailure, ctx: ErrorContext, timeoutMs: number): AppError {
  const host = ctx.host;
  const local = ctx.environment === 'simulator';
  switch (f.kind) {
    case 'cancelled':
      return new AppError('cancelled', 'The request to Certn was cancelled.', undefined, { cause: f });
    case 'timeout':
      return new AppError(
        'certn_timeout',
        `Certn (${host}) did not answer within ${formatSeconds(timeoutMs)}.`,
        'Check the connection and try again; Certn may be slow right now.',
        { cause: f },
      );
    case 'dns':
      return new AppError(
        'certn_network',
        `Could not find the server ${host} (the name does not resolve).`,
        local ? 'Start the local simulator again from the first screen.' : 'Check the internet connection, proxy or VPN, and the spelling of any custom address.',
        { cause: f },
      );
    case 'offline':
      return new AppError(
        'certn_network',
        `Could not reach ${host}: this computer seems to be offline or its DNS is not answering.`,
        'Check the network connection, then try again.',
        { cause: f },
      );
    case 'refused':
      return new AppError(
        'certn_network',
        `Nothing is answering at ${host} (connection refused).`,
        local ? 'The local simulator is not running: start it again.' : 'A firewall or proxy may be blocking the connection; check the network and try again.',
        { cause: f },
      );
    case 'reset':
      return new AppError(
        'certn_network',
        `The connection to ${host} was cut before Certn answered.`,
        'Try again; if it keeps happening, a proxy or firewall may be interrupting the connection.',
        { cause: f },
      );
    case 'tls':
      return new AppError(
        'certn_tls',
        `The secure connection to ${host} could not be verified${f.code ? ` (${f.code})` : ''}.`,
        "Check the computer's date and time; a proxy or antivirus that inspects HTTPS may be replacing Certn's certificate — ask IT to exempt *.certn.co.",
        { cause: f },
      );
    default:
      return new AppError(
        'certn_network',
        `Could not connect to ${host}${f.code ? ` (${f.code})` : ''}.`,
        'Check the network connection and try again.',
        { cause: f },
      );
  }
}

export function certnBadResponse(ctx: ErrorContext, why: string, status?: number): AppError {
  return new AppError(
    'certn_bad_response',
    `Certn (${ctx.host}) answered in a form the console does not understand: ${why}.`,
    'Try again; if it persists, Certn may have changed its API — contact support.',
    status !== undefined ? { status } : undefined,
  );
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} seconds`;
}
