// The handoff's validity is advisory (the file keeps working), but a consultant who has not used it
// by then should get a fresh one; a handoff marked leaked needs its credentials rotated.
import type { CheckResult } from '../shared/health';
import type { HandoffSnapshot } from './drift';
import { msg } from '../shared/health-words';
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
  if (!h) return result(id, 'warn', msg('health.expiry.none'), [], stepFix('handoff', msg('health.fix.makeHandoff', { step: { step: 'handoff' } })));
  const evidence = [msg('health.expiry.latest', { created: { dateTime: h.createdAt }, recipient: h.recipientLabel, expires: { dateTime: h.expiresAt } })];
  if (h.leakedAt && !(i.webhookPasswordSavedAt && i.webhookPasswordSavedAt > h.leakedAt)) {
    evidence.push(msg('health.expiry.leakedEvidence', { date: { dateTime: h.leakedAt } }));
    return result(id, 'fail', msg('health.expiry.leaked'), evidence, stepFix('certn', msg('health.fix.regenerate', { step: { step: 'certn' } })));
  }
  const msLeft = Date.parse(h.expiresAt) - i.now.getTime();
  if (i.liveVerifiedAt) {
    evidence.push(msg('health.expiry.liveEvidence', { date: { dateTime: i.liveVerifiedAt } }));
    return result(id, 'ok', msg(msLeft <= 0 ? 'health.expiry.expiredLive' : 'health.expiry.used'), evidence);
  }
  if (msLeft <= 0) return result(id, 'fail', msg('health.expiry.expired'), evidence, stepFix('handoff', msg('health.fix.newHandoff', { step: { step: 'handoff' } })));
  if (msLeft <= SOON_DAYS * 86_400_000) return result(id, 'warn', msg('health.expiry.soon', { days: SOON_DAYS }), evidence, stepFix('handoff', msg('health.fix.checkConsultant', { step: { step: 'handoff' } })));
  return result(id, 'ok', msg('health.expiry.valid'), evidence);
}
