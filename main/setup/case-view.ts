import type { z } from 'zod';
import { statusLabel, WAITING_ON_CANDIDATE } from '../shared/case-status';
import type { CertnCase } from '../certn';
import type { CaseView } from '../ipc/contract/setup';

const DAY = 86_400_000;

/** The fields a case view needs; both the API's cases and the simulator's admin view have them. */
type CaseLike = Pick<CertnCase, 'id' | 'short_id' | 'email_address' | 'first_name' | 'last_name' | 'overall_status' | 'overall_score' | 'created' | 'modified' | 'report_url'>;

export function caseView(c: CaseLike, now: Date, silentDays: number): z.infer<typeof CaseView> {
  const name = [c.first_name, c.last_name].filter(Boolean).join(' ') || null;
  const modified = c.modified ?? c.created ?? null;
  let stuck: string | null = null;
  if (c.overall_status === 'INVITE_UNDELIVERABLE') stuck = 'The invitation email could not be delivered: check the candidate’s email address in iCIMS.';
  else if (c.overall_status === 'APPLICANT_ACTION_REQUIRED') stuck = 'The candidate must act: Certn has asked them for something.';
  else if (c.overall_status === 'CLIENT_ACTION_REQUIRED') stuck = 'Your team must act in the Certn portal.';
  else if (c.overall_status === 'APPLICANT_EXPIRED') stuck = 'The invitation expired without an answer.';
  else if (WAITING_ON_CANDIDATE.has(c.overall_status) && modified) {
    const days = Math.floor((now.getTime() - Date.parse(modified)) / DAY);
    if (days > silentDays) stuck = `Invited ${days} days ago and silent since: remind the candidate.`;
  }
  return {
    id: c.id,
    shortId: c.short_id ?? null,
    email: c.email_address ?? null,
    name,
    status: c.overall_status,
    statusLabel: statusLabel(c.overall_status),
    score: c.overall_score ?? null,
    created: c.created ?? null,
    modified,
    reportUrl: c.report_url ?? null,
    stuck,
  };
}

