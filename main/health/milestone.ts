// iCIMS quotes 6–12 weeks or more from the request to a consultant's credentials (certn.md, [doc]).
// Past 12 weeks without them, the request needs chasing.
import { addDays, calendarDate } from '../shared/time';
import type { CheckResult } from '../shared/health';
import { msg } from '../shared/health-words';
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
  if (received) {
    const evidence = requested
      ? msg('health.milestone.receivedEvidence', { requested: { date: requested }, received: { date: received } })
      : msg('health.milestone.receivedUnrequested', { received: { date: received } });
    return result(id, 'ok', msg('health.milestone.received'), [evidence]);
  }
  if (!requested) return result(id, 'ok', msg('health.milestone.none'), [], null);
  const due = addDays(requested, EXPECTED_WEEKS * 7);
  const evidence = [msg('health.milestone.requested', { requested: { date: requested }, due: { date: due } })];
  const consultant = on('consultant');
  if (consultant) evidence.push(msg('health.milestone.consultant', { date: { date: consultant } }));
  if (calendarDate(i.now) > due) return result(id, 'warn', msg('health.milestone.overdue', { due: { date: due } }), evidence, stepFix('icims', msg('health.fix.chase', { step: { step: 'icims' } })));
  return result(id, 'ok', msg('health.milestone.waiting', { due: { date: due } }), evidence);
}
