// i18n-pending: its words are moving to the message catalogs.
// Orders that never arrive leave no error anywhere: the iCIMS events simply stop. The only trace is a
// drop in the number of cases reaching the default group, compared with the integration's own past.
import type { CheckResult } from '../shared/health';
import { stepRef } from '../shared/step-ref';
import type { CaseFacts } from './stuck-cases';
import { couldNotCheck, plural, result, stepFix } from './result';

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
  if (!i.defaultGroupId) return result(id, 'warn', 'No default group is chosen, so orders from iCIMS cannot be counted.', [], stepFix('certn', `Choose the default group in ${stepRef('certn')}`));
  const now = i.now.getTime();
  const from = new Date(now - (QUIET_DAYS + BASELINE_DAYS) * DAY);
  let cases: CaseFacts[];
  try {
    cases = await i.listCases(i.defaultGroupId, from);
  } catch (e) {
    return couldNotCheck(id, e, 'the daily number of orders');
  }
  const ages = cases.map((c) => (c.created ? now - Date.parse(c.created) : NaN)).filter((a) => a >= 0);
  const recent = ages.filter((a) => a < QUIET_DAYS * DAY).length;
  const history = ages.filter((a) => a >= QUIET_DAYS * DAY && a < (QUIET_DAYS + BASELINE_DAYS) * DAY).length;
  const perDay = history / BASELINE_DAYS;
  const daily = Array.from({ length: 7 }, (_, d) => ages.filter((a) => a >= d * DAY && a < (d + 1) * DAY).length);
  const evidence = [
    `${plural(recent, 'order')} in the last ${QUIET_DAYS} days; ${plural(history, 'order')} in the ${BASELINE_DAYS} days before (${perDay.toFixed(1)} a day).`,
    `Orders per day, most recent first: ${daily.join(', ')}.`,
  ];
  if (perDay < MIN_DAILY_ORDERS) return result(id, 'ok', 'Too few orders in the past two weeks to notice a drop.', evidence);
  const expected = perDay * QUIET_DAYS;
  const fix = stepFix('golive', 'Ask a recruiter whether candidates were moved to the Certn stage, and check the iCIMS event notifications with the consultant');
  evidence.push('Weekends and holidays can explain a quiet spell.');
  if (recent === 0) return result(id, 'fail', `No order has arrived from iCIMS in ${QUIET_DAYS} days, against about ${Math.round(expected)} expected.`, evidence, fix);
  if (recent < expected / 3) return result(id, 'warn', `Orders from iCIMS dropped: ${recent} in ${QUIET_DAYS} days against about ${Math.round(expected)} expected.`, evidence, fix);
  return result(id, 'ok', 'Orders from iCIMS arrive at their usual rate.', evidence);
}
