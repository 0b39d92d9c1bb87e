// Certn case statuses (certn.md, [doc]) in the words recruiters see in iCIMS.
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
