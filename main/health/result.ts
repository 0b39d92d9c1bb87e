// i18n-pending: its words are moving to the message catalogs.
import { AppError } from '../shared/errors';
import { CERTN_ICIMS_ARTICLE } from '../shared/help-links';
import type { CheckResult, FixLink, HealthCheckId, HealthVerdict } from '../shared/health';
import type { StepId } from '../shared/steps';

export function result(check: HealthCheckId, verdict: HealthVerdict, summary: string, evidence: string[] = [], fixLink: FixLink | null = null): CheckResult {
  return { check, verdict, summary, evidence, fixLink };
}

export const stepFix = (step: StepId, label: string, url: string | null = null): FixLink => ({ label, step, url });
export const helpFix = (label: string, url = CERTN_ICIMS_ARTICLE): FixLink => ({ label, step: null, url });

/**
 * A check that could not reach its source says so as a warning: the watch never reports "healthy"
 * for something it did not see, and never "failing" for something it could not judge. The error's
 * message is the console's own wording (never a secret, never a raw upstream body).
 */
export function couldNotCheck(check: HealthCheckId, e: unknown, what: string, fixLink: FixLink | null = null): CheckResult {
  const detail = e instanceof AppError ? `${e.message}${e.hint ? ` ${e.hint}` : ''}` : 'An unexpected error stopped the check.';
  return result(check, 'warn', `Could not check ${what}.`, [detail], fixLink);
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
