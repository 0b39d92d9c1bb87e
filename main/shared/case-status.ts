// Certn case statuses (as Certn documents them) in the words recruiters see in iCIMS.
import type { SharedMessageId, SharedT } from './i18n/shared-ids';

export const STATUS_LABEL_IDS: Record<string, SharedMessageId> = {
  DRAFT: 'shared.caseStatus.draft',
  CASE_ORDERED: 'shared.caseStatus.waiting',
  INVITE_UNDELIVERABLE: 'shared.caseStatus.actionRequired',
  APPLICANT_EXPIRED: 'shared.caseStatus.unresponsive',
  APPLICANT_INVITED: 'shared.caseStatus.waiting',
  APPLICANT_OPENED: 'shared.caseStatus.waiting',
  APPLICANT_STARTED: 'shared.caseStatus.waiting',
  APPLICANT_SUBMITTED: 'shared.caseStatus.inProgress',
  IN_DISPUTE: 'shared.caseStatus.inDispute',
  IN_PROGRESS: 'shared.caseStatus.inProgress',
  APPLICANT_ACTION_REQUIRED: 'shared.caseStatus.actionRequired',
  CLIENT_ACTION_REQUIRED: 'shared.caseStatus.actionRequired',
  CANCELLED: 'shared.caseStatus.cancelled',
  COMPLETE: 'shared.caseStatus.complete',
};

/** Every status Certn documents. */
export const CASE_STATUSES: readonly string[] = Object.keys(STATUS_LABEL_IDS);

export const WAITING_ON_CANDIDATE = new Set(['CASE_ORDERED', 'APPLICANT_INVITED', 'APPLICANT_OPENED', 'APPLICANT_STARTED']);

export function statusLabel(status: string, t: SharedT): string {
  const id = STATUS_LABEL_IDS[status];
  return id ? t(id) : status.replace(/_/g, ' ').toLowerCase();
}

const DAY_MS = 86_400_000;

/**
 * Why a case needs someone's attention, or null: an invite that bounced, an action asked of the
 * candidate or the client, an invite that lapsed, or a candidate silent for more than `silentDays`.
 */
export function stuckReason(status: string, modified: string | null | undefined, now: Date, silentDays: number, t: SharedT): string | null {
  if (status === 'INVITE_UNDELIVERABLE') return t('shared.stuck.undeliverable');
  if (status === 'APPLICANT_ACTION_REQUIRED') return t('shared.stuck.applicantAction');
  if (status === 'CLIENT_ACTION_REQUIRED') return t('shared.stuck.clientAction');
  if (status === 'APPLICANT_EXPIRED') return t('shared.stuck.expired');
  if (WAITING_ON_CANDIDATE.has(status) && modified) {
    const days = Math.floor((now.getTime() - Date.parse(modified)) / DAY_MS);
    if (days > silentDays) return t('shared.stuck.silent', { days });
  }
  return null;
}
