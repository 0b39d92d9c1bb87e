import { AppError } from '../shared/errors';
import { CERTN_ICIMS_ARTICLE } from '../shared/help-links';
import type { FixLink, HealthCheckId, HealthVerdict } from '../shared/health';
import { msg, text, word, type StoredCheckResult, type Words } from '../shared/health-words';
import type { StepId } from '../shared/steps';

/** A sentence to word: a message (kept as its id and values, see health-words.ts) or text worded already. */
export type Wordable = Words | string;
const words = (w: Wordable): Words => (typeof w === 'string' ? text(w) : w);

/** A fix-it link whose label is still to be worded. */
export interface Fix {
  label: Words;
  step: StepId | null;
  url: string | null;
}

/**
 * A check's result, worded in the console's language now and stored with its message ids and
 * values, so the history reads in the language of whoever opens it later.
 */
export function result(check: HealthCheckId, verdict: HealthVerdict, summary: Wordable, evidence: Wordable[] = [], fix: Fix | FixLink | null = null): StoredCheckResult {
  const s = words(summary);
  const e = evidence.map(words);
  const f = fix ? words(fix.label) : null;
  const fixLink: FixLink | null = fix ? { label: word(f!), step: fix.step, url: fix.url } : null;
  return { check, verdict, summary: word(s), evidence: e.map((x) => word(x)), fixLink, words: { summary: s, evidence: e, fix: f } };
}

export const stepFix = (step: StepId, label: Wordable, url: string | null = null): Fix => ({ label: words(label), step, url });
export const helpFix = (label: Wordable, url = CERTN_ICIMS_ARTICLE): Fix => ({ label: words(label), step: null, url });

/**
 * A check that could not reach its source says so as a warning: the watch never reports "healthy"
 * for something it did not see, and never "failing" for something it could not judge. The error's
 * message is the console's own wording (never a secret, never a raw upstream body); it stays in the
 * language it was worded in.
 */
export function couldNotCheck(check: HealthCheckId, e: unknown, what: Wordable, fix: Fix | null = null): StoredCheckResult {
  const detail = e instanceof AppError ? text(`${e.message}${e.hint ? ` ${e.hint}` : ''}`) : msg('health.unexpected');
  const w = words(what);
  return result(check, 'warn', msg('health.couldNotCheck', { what: 'm' in w ? w : w.text }), [detail], fix);
}
