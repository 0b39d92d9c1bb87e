// Orders that never arrive leave no error anywhere: the iCIMS events simply stop. The only trace is a
// drop in the number of cases reaching the default group, compared with the integration's own past.
import type { CheckResult } from '../shared/health';
import type { CaseFacts } from './stuck-cases';
import { msg } from '../shared/health-words';
import { couldNotCheck, result, stepFix } from './result';

export interface SilentOrdersInput {
  defaultGroupId: string | null;
  listCases: (groupId: string, orderedAfter: Date) => Promise<CaseFacts[]>;
  now: Date;
}

const DAY = 86_400_000;
/** The quiet window that is judged, and the history it is judged against. */
export const QUIET_DAYS = 2;
export const BASELINE_DAYS = 14;
/** Below this many orders a day in the history, silence proves nothing. */
export const MIN_DAILY_ORDERS = 1;

export async function checkSilentOrders(i: SilentOrdersInput): Promise<CheckResult> {
  const id = 'silent-orders';
  if (!i.defaultGroupId) return result(id, 'warn', msg('health.silent.noGroup'), [], stepFix('certn', msg('health.fix.chooseGroup', { step: { step: 'certn' } })));
  const now = i.now.getTime();
  const from = new Date(now - (QUIET_DAYS + BASELINE_DAYS) * DAY);
  let cases: CaseFacts[];
  try {
    cases = await i.listCases(i.defaultGroupId, from);
  } catch (e) {
    return couldNotCheck(id, e, msg('health.what.dailyOrders'));
  }
  const ages = cases.map((c) => (c.created ? now - Date.parse(c.created) : NaN)).filter((a) => a >= 0);
  const recent = ages.filter((a) => a < QUIET_DAYS * DAY).length;
  const history = ages.filter((a) => a >= QUIET_DAYS * DAY && a < (QUIET_DAYS + BASELINE_DAYS) * DAY).length;
  const perDay = history / BASELINE_DAYS;
  const daily = Array.from({ length: 7 }, (_, d) => ages.filter((a) => a >= d * DAY && a < (d + 1) * DAY).length);
  const evidence = [
    msg('health.silent.counts', { recent, quietDays: QUIET_DAYS, history, baselineDays: BASELINE_DAYS, perDay }),
    msg('health.silent.daily', { days: daily.join(', ') }),
  ];
  if (perDay < MIN_DAILY_ORDERS) return result(id, 'ok', msg('health.silent.tooFew'), evidence);
  const expected = Math.round(perDay * QUIET_DAYS);
  const fix = stepFix('golive', msg('health.fix.askRecruiter'));
  evidence.push(msg('health.silent.weekends'));
  if (recent === 0) return result(id, 'fail', msg('health.silent.none', { days: QUIET_DAYS, expected }), evidence, fix);
  if (recent < (perDay * QUIET_DAYS) / 3) return result(id, 'warn', msg('health.silent.dropped', { recent, days: QUIET_DAYS, expected }), evidence, fix);
  return result(id, 'ok', msg('health.silent.ok'), evidence);
}
