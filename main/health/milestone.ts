// i18n-pending: its words are moving to the message catalogs.
// iCIMS quotes 6–12 weeks or more from the request to a consultant's credentials (certn.md, [doc]).
// Past 12 weeks without them, the request needs chasing.
import { addDays, calendarDate } from '../shared/time';
import type { CheckResult } from '../shared/health';
import { stepRef } from '../shared/step-ref';
import { result, stepFix } from './result';

export interface MilestoneInput {
  /** Recorded milestones, each a calendar day ("YYYY-MM-DD"). */
  milestones: { kind: string; on: string }[];
  now: Date;
}

export const EXPECTED_WEEKS = 12;

export function checkMilestones(i: MilestoneInput): CheckResult {
  const id = 'icims-milestone';
  const on = (k: string) => i.milestones.find((m) => m.kind === k)?.on ?? null;
  const requested = on('requested');
  const received = on('credentials');
  if (received) return result(id, 'ok', 'The iCIMS consultant’s credentials have been received.', [`Requested ${requested ?? '(not recorded)'}; credentials received ${received}.`]);
  if (!requested) return result(id, 'ok', 'No iCIMS request is recorded, so nothing is overdue.', [], null);
  const due = addDays(requested, EXPECTED_WEEKS * 7);
  const evidence = [`Requested ${requested}; iCIMS quotes 6–12 weeks or more, so credentials were expected by ${due}.`];
  if (on('consultant')) evidence.push(`Consultant assigned ${on('consultant')}.`);
  if (calendarDate(i.now) > due) return result(id, 'warn', `The iCIMS credentials are overdue (expected by ${due}).`, evidence, stepFix('icims', `Chase the request with your iCIMS account manager (${stepRef('icims')})`));
  return result(id, 'ok', `Waiting for iCIMS, within the quoted time (until ${due}).`, evidence);
}
