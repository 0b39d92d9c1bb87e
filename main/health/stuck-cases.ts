// i18n-pending: its words are moving to the message catalogs.
// Cases ordered through the integration (they land in its default group) that need someone: an invite
// that bounced fails the order in all but name; an action asked for, a lapsed invite or a candidate
// silent for too long is a warning.
import { statusLabel, stuckReason } from '../shared/case-status';
import type { CheckResult } from '../shared/health';
import { stepRef } from '../shared/step-ref';
import { couldNotCheck, plural, result, stepFix } from './result';

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
  if (!i.defaultGroupId) return result(id, 'warn', 'No default group is chosen, so the cases ordered through iCIMS cannot be told apart.', [], stepFix('certn', `Choose the default group in ${stepRef('certn')}`));
  let cases: CaseFacts[];
  try {
    cases = await i.listCases(i.defaultGroupId, new Date(i.now.getTime() - STUCK_LOOKBACK_DAYS * 86_400_000));
  } catch (e) {
    return couldNotCheck(id, e, 'the cases in Certn');
  }
  const stuck = cases
    .map((c) => ({ c, why: stuckReason(c.overall_status, c.modified ?? c.created, i.now, i.silentDays) }))
    .filter((x): x is { c: CaseFacts; why: string } => x.why !== null);
  const lines = stuck.map(({ c, why }) => `Case ${c.short_id ?? c.id} (${statusLabel(c.overall_status)}, ${c.overall_status}): ${why}`);
  const scope = `${plural(cases.length, 'case')} ordered into the default group in the last ${STUCK_LOOKBACK_DAYS} days; silent means more than ${plural(i.silentDays, 'day')} without news.`;
  const fix = stepFix('golive', `See the cases in ${stepRef('golive')} and act in iCIMS or the Certn portal`);
  const failing = stuck.filter(({ c }) => FAILING.has(c.overall_status));
  if (failing.length) return result(id, 'fail', `${plural(failing.length, 'invitation')} could not be delivered: ${failing.length === 1 ? 'that candidate has' : 'those candidates have'} not been asked to start.`, [scope, ...lines], fix);
  if (stuck.length) return result(id, 'warn', `${plural(stuck.length, 'case')} ${stuck.length === 1 ? 'needs' : 'need'} attention.`, [scope, ...lines], fix);
  return result(id, 'ok', 'No case ordered through iCIMS is stuck.', [scope]);
}
