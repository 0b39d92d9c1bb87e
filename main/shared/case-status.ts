// i18n-pending: its words are moving to the message catalogs.
// Certn case statuses (as Certn documents them) in the words recruiters see in iCIMS.
export const STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Draft',
  CASE_ORDERED: 'Waiting on candidate',
  INVITE_UNDELIVERABLE: 'Action required',
  APPLICANT_EXPIRED: 'Unresponsive',
  APPLICANT_INVITED: 'Waiting on candidate',
  APPLICANT_OPENED: 'Waiting on candidate',
  APPLICANT_STARTED: 'Waiting on candidate',
  APPLICANT_SUBMITTED: 'In progress',
  IN_DISPUTE: 'In dispute',
  IN_PROGRESS: 'In progress',
  APPLICANT_ACTION_REQUIRED: 'Action required',
  CLIENT_ACTION_REQUIRED: 'Action required',
  CANCELLED: 'Cancelled',
  COMPLETE: 'Complete',
};

export const WAITING_ON_CANDIDATE = new Set(['CASE_ORDERED', 'APPLICANT_INVITED', 'APPLICANT_OPENED', 'APPLICANT_STARTED']);

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status.replace(/_/g, ' ').toLowerCase();
}

const DAY_MS = 86_400_000;

/**
 * Why a case needs someone's attention, or null: an invite that bounced, an action asked of the
 * candidate or the client, an invite that lapsed, or a candidate silent for more than `silentDays`.
 */
export function stuckReason(status: string, modified: string | null | undefined, now: Date, silentDays: number): string | null {
  if (status === 'INVITE_UNDELIVERABLE') return 'The invitation email could not be delivered: check the candidate’s email address in iCIMS.';
  if (status === 'APPLICANT_ACTION_REQUIRED') return 'The candidate must act: Certn has asked them for something.';
  if (status === 'CLIENT_ACTION_REQUIRED') return 'Your team must act in the Certn portal.';
  if (status === 'APPLICANT_EXPIRED') return 'The invitation expired without an answer.';
  if (WAITING_ON_CANDIDATE.has(status) && modified) {
    const days = Math.floor((now.getTime() - Date.parse(modified)) / DAY_MS);
    if (days > silentDays) return `Invited ${days} days ago and silent since: remind the candidate.`;
  }
  return null;
}
