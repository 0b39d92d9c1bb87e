// The one error shape that crosses from main to the renderer: {code, message, hint}.
// `message` says what happened, `hint` says what to do next. Neither may ever contain a secret,
// and stack traces never leave main.
import type { ErrorCode } from './error-codes';
import { t } from './i18n';

export type { ErrorCode } from './error-codes';

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  hint?: string;
}

export class AppError extends Error implements ErrorInfo {
  readonly code: ErrorCode;
  readonly hint?: string;
  /** HTTP status of an upstream answer, when the error came from one. */
  readonly status?: number;

  constructor(code: ErrorCode, message: string, hint?: string, options?: { status?: number; cause?: unknown }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'AppError';
    this.code = code;
    this.hint = hint;
    this.status = options?.status;
  }

  toInfo(): ErrorInfo {
    return this.hint ? { code: this.code, message: this.message, hint: this.hint } : { code: this.code, message: this.message };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Turns anything thrown into the safe shape; unknown errors are not echoed (they may hold secrets). */
export function toErrorInfo(e: unknown): ErrorInfo {
  if (isAppError(e)) return e.toInfo();
  return {
    code: 'internal',
    message: t('errors.internal'),
    hint: t('errors.internal.hint'),
  };
}
