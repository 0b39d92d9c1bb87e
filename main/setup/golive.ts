import { AppError } from '../shared/errors';
import { statusLabel, WAITING_ON_CANDIDATE } from '../shared/case-status';
import { probeWebhookEndpoint, type CertnCase } from '../certn';
import type { SetupContext } from './context';

const DAY = 86_400_000;

/** Best-effort check that Certn accepts the saved webhook credentials (see certn/probe.ts). */
export async function probe(ctx: SetupContext, id: string) {
  const missing = ['webhook_username', 'webhook_password'].filter((k) => !ctx.s.vault.has(id, k));
  if (missing.length) {
    throw new AppError(
      'webhook_missing',
      missing.length === 2 ? 'The webhook username and password are not saved, so there is nothing to test.' : `The webhook ${missing[0] === 'webhook_username' ? 'username' : 'password'} is not saved, so the test cannot run.`,
      'Enter them in step 3, Certn connection, exactly as Certn showed them.',
    );
  }
  const env = ctx.environment(id);
  const result = await probeWebhookEndpoint({
    environment: env,
    baseUrl: env === 'simulator' ? await ctx.certnBaseUrl(id) : undefined,
    username: ctx.s.vault.read(id, 'webhook_username'),
    password: ctx.s.vault.read(id, 'webhook_password'),
  });
  const at = ctx.now().toISOString();
  if (result.outcome === 'accepted') ctx.s.settings.set(id, { liveVerifiedAt: at });
  ctx.record('golive.probe', id, { outcome: result.outcome, httpStatus: result.httpStatus ?? null });
  return { ...result, at };
}

/** The fields a case view needs; both the API's cases and the simulator's admin view have them. */
type CaseLike = Pick<CertnCase, 'id' | 'short_id' | 'email_address' | 'first_name' | 'last_name' | 'overall_status' | 'overall_score' | 'created' | 'modified' | 'report_url'>;

export function caseView(c: CaseLike, now: Date, silentDays: number) {
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

/** Cases ordered into the integration's default group, newest first, stuck ones flagged. */
export async function cases(ctx: SetupContext, id: string, silentDays = 5, now = ctx.now()) {
  const group = ctx.s.settings.get<string>(id, 'defaultGroupId');
  if (!group) throw new AppError('group_missing', 'No default group is chosen, so the console cannot tell which cases came through iCIMS.', 'Choose the default group in step 3, Certn connection.');
  const client = await ctx.certn(id);
  const list = await client.listCases({ group });
  return list.map((c) => caseView(c, now, silentDays)).sort((a, b) => (b.created ?? '').localeCompare(a.created ?? ''));
}
