// i18n-pending: its words are moving to the message catalogs.
// The handoff's validity is advisory (the file keeps working), but a consultant who has not used it
// by then should get a fresh one; a handoff marked leaked needs its credentials rotated.
import type { CheckResult } from '../shared/health';
import { stepRef } from '../shared/step-ref';
import type { HandoffSnapshot } from './drift';
import { result, stepFix } from './result';

export interface HandoffExpiryInput {
  handoff: HandoffSnapshot | null;
  /** When a probe or rehearsal last proved the connection live (null: never). */
  liveVerifiedAt: string | null;
  /** When the webhook password was last saved: a rotation after a leak shows here. */
  webhookPasswordSavedAt: string | null;
  now: Date;
}

const SOON_DAYS = 3;

export function checkHandoffExpiry(i: HandoffExpiryInput): CheckResult {
  const id = 'handoff-expiry';
  const h = i.handoff;
  if (!h) return result(id, 'warn', 'No handoff has been made yet.', [], stepFix('handoff', `Make the handoff in ${stepRef('handoff')}`));
  const evidence = [`Latest handoff: ${h.createdAt} to ${h.recipientLabel}, valid until ${h.expiresAt}.`];
  if (h.leakedAt && !(i.webhookPasswordSavedAt && i.webhookPasswordSavedAt > h.leakedAt)) {
    evidence.push(`Marked leaked on ${h.leakedAt}; the webhook password has not been changed since.`);
    return result(id, 'fail', 'The latest handoff was marked leaked and its webhook credentials are still in use.', evidence, stepFix('certn', `Regenerate the webhook credentials in Certn, save them in ${stepRef('certn')} and make a new handoff`));
  }
  const msLeft = Date.parse(h.expiresAt) - i.now.getTime();
  if (i.liveVerifiedAt) {
    evidence.push(`The connection was proved live on ${i.liveVerifiedAt}.`);
    return result(id, 'ok', msLeft <= 0 ? 'The handoff has expired, after the integration went live, as intended.' : 'The handoff was used: the integration is live.', evidence);
  }
  if (msLeft <= 0) return result(id, 'fail', 'The handoff expired before the integration went live: the consultant should not use it any more.', evidence, stepFix('handoff', `Make a new handoff in ${stepRef('handoff')}`));
  if (msLeft <= SOON_DAYS * 86_400_000) return result(id, 'warn', `The handoff expires within ${SOON_DAYS} days and the integration is not live yet.`, evidence, stepFix('handoff', `Check with the consultant, or make a new handoff in ${stepRef('handoff')}`));
  return result(id, 'ok', 'The handoff is still valid.', evidence);
}
