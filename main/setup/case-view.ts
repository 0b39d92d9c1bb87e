import type { z } from 'zod';
import { statusLabel, stuckReason } from '../shared/case-status';
import type { CertnCase } from '../certn';
import type { CaseView } from '../ipc/contract/setup';
import { t } from '../shared/i18n';

/** The fields a case view needs; both the API's cases and the simulator's admin view have them. */
type CaseLike = Pick<CertnCase, 'id' | 'short_id' | 'email_address' | 'first_name' | 'last_name' | 'overall_status' | 'overall_score' | 'created' | 'modified' | 'report_url'>;

export function caseView(c: CaseLike, now: Date, silentDays: number): z.infer<typeof CaseView> {
  const name = [c.first_name, c.last_name].filter(Boolean).join(' ') || null;
  const modified = c.modified ?? c.created ?? null;
  const stuck = stuckReason(c.overall_status, modified, now, silentDays, t);
  return {
    id: c.id,
    shortId: c.short_id ?? null,
    email: c.email_address ?? null,
    name,
    status: c.overall_status,
    statusLabel: statusLabel(c.overall_status, t),
    score: c.overall_score ?? null,
    created: c.created ?? null,
    modified,
    reportUrl: c.report_url ?? null,
    stuck,
  };
}

