// Cases ordered through the integration (they land in its default group) that need someone: an invite
// that bounced fails the order in all but name; an action asked for, a lapsed invite or a candidate
// silent for too long is a warning.
import { statusLabel, stuckReason } from '../shared/case-status';
import type { CheckResult } from '../shared/health';
import { msg } from '../shared/health-words';
import { couldNotCheck, result, stepFix } from './result';
import { t } from '../shared/i18n';

export interface CaseFacts {
  id: string;
  short_id?: string | null;
  overall_status: string;
  created?: string | null;
  modified?: string | null;
}

export interface StuckCasesInput {
  defaultGroupId: string | null;
  /** Cases of the group ordered since the given instant. */
  listCases: (groupId: string, orderedAfter: Date) => Promise<CaseFacts[]>;
  /** Certn's "now" (the simulated clock in the local simulator). */
  now: Date;
  silentDays: number;
}

/** How far back open cases are looked for: older ones have long been noticed by the recruiters. */
export const STUCK_LOOKBACK_DAYS = 60;
const FAILING = new Set(['INVITE_UNDELIVERABLE']);

export async function checkStuckCases(i: StuckCasesInput): Promise<CheckResult> {
  const id = 'stuck-cases';
  if (!i.defaultGroupId) return result(id, 'warn', msg('health.stuck.noGroup'), [], stepFix('certn', msg('health.fix.chooseGroup', { step: { step: 'certn' } })));
  let cases: CaseFacts[];
  try {
    cases = await i.listCases(i.defaultGroupId, new Date(i.now.getTime() - STUCK_LOOKBACK_DAYS * 86_400_000));
  } catch (e) {
    return couldNotCheck(id, e, msg('health.what.casesInCertn'));
  }
  const stuck = cases
    .map((c) => ({ c, why: stuckReason(c.overall_status, c.modified ?? c.created, i.now, i.silentDays, t) }))
    .filter((x): x is { c: CaseFacts; why: string } => x.why !== null);
  // The status label and the reason come worded from the case-status module, in the language of the run.
  const lines = stuck.map(({ c, why }) => msg('health.stuck.case', { id: c.short_id ?? c.id, label: statusLabel(c.overall_status, t), status: c.overall_status, why }));
  const scope = msg('health.stuck.scope', { count: cases.length, lookback: STUCK_LOOKBACK_DAYS, silentDays: i.silentDays });
  const fix = stepFix('golive', msg('health.fix.seeCases', { step: { step: 'golive' } }));
  const failing = stuck.filter(({ c }) => FAILING.has(c.overall_status));
  if (failing.length) return result(id, 'fail', msg('health.stuck.undeliverable', { count: failing.length }), [scope, ...lines], fix);
  if (stuck.length) return result(id, 'warn', msg('health.stuck.attention', { count: stuck.length }), [scope, ...lines], fix);
  return result(id, 'ok', msg('health.stuck.ok'), [scope]);
}
