// [assumed] Certn's public error body. Certn documents the status codes and the words
// ("validation_error", "client_error", "Authentication failed") but not the full JSON; this module
// is the ONE place that models it: {"type", "errors":[{"code","detail","attr"}]}. The 422 for a
// field-level refusal is [assumed] too (it is not on the public error-handling page); only the
// simulator's own admin API answers it.
import type { Ctx } from './router';
import { sendJson } from './router';

export type CertnErrorType = 'client_error' | 'validation_error' | 'server_error';

export function errorType(status: number): CertnErrorType {
  if (status >= 500) return 'server_error';
  if (status === 400 || status === 422) return 'validation_error';
  return 'client_error';
}

export function certnErrorBody(status: number, code: string, detail: string, attr: string | null = null) {
  return { type: errorType(status), errors: [{ code, detail, attr }] };
}

export function certnError(
  ctx: Ctx,
  status: number,
  code: string,
  detail: string,
  headers: Record<string, string> = {},
  attr: string | null = null,
): void {
  sendJson(ctx.res, status, certnErrorBody(status, code, detail, attr), headers);
}

export const unauthorized = (ctx: Ctx) => certnError(ctx, 401, 'authentication_failed', 'Authentication failed', { 'www-authenticate': 'Api-Key' });
export const notFound = (ctx: Ctx) => certnError(ctx, 404, 'not_found', 'Not found.');
export const invalid = (ctx: Ctx, attr: string, detail: string) => certnError(ctx, 422, 'invalid', detail, {}, attr);
