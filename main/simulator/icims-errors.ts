// iCIMS error answers as documented: {"errors":[{"errorMessage","errorCode"}]} plus `X-Error: <code>:<detail>`.
import { type Ctx, sendJson } from './router';

export const ICIMS_CODES = { internal: 0, required: 1, notFound: 2, accessDenied: 3, badCredentials: 6 } as const;

export function icimsError(ctx: Ctx, status: number, errorCode: number, errorMessage: string, headers: Record<string, string> = {}): void {
  sendJson(ctx.res, status, { errors: [{ errorMessage, errorCode }] }, { 'x-error': `${errorCode}:${errorMessage}`, ...headers });
}

export const badCredentials = (ctx: Ctx) =>
  icimsError(ctx, 401, ICIMS_CODES.badCredentials, 'Invalid Username or Password credentials provided.');
export const recordNotFound = (ctx: Ctx, what: string) => icimsError(ctx, 404, ICIMS_CODES.notFound, `${what} not found.`);
export const required = (ctx: Ctx, field: string) => icimsError(ctx, 400, ICIMS_CODES.required, `Field ${field} is required.`);
