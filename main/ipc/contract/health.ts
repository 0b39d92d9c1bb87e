import { z } from 'zod';
import { STEP_IDS } from '../../shared/steps';
import { HEALTH_CHECKS, HEALTH_REHEARSALS, HEALTH_TRIGGERS, HEALTH_VERDICTS } from '../../shared/health';
import { channel, Id } from './define';

const integrationId = Id;

export const Verdict = z.enum(HEALTH_VERDICTS);

export const CheckResult = z.object({
  check: z.enum(HEALTH_CHECKS),
  verdict: Verdict,
  summary: z.string(),
  evidence: z.array(z.string()),
  fixLink: z.object({ label: z.string(), step: z.enum(STEP_IDS).nullable(), url: z.string().nullable() }).nullable(),
});

export const HealthRun = z.object({
  id: z.number(),
  integrationId: z.string(),
  at: z.string(),
  trigger: z.enum(HEALTH_TRIGGERS),
  verdict: Verdict,
  results: z.array(CheckResult),
});
export type HealthRunView = z.infer<typeof HealthRun>;

/** What the sidebar badge needs for one integration. */
export const HealthBadge = z.object({
  integrationId: z.string(),
  verdict: Verdict.nullable(),
  at: z.string().nullable(),
  /** Checked on the schedule (it has been handed over); otherwise only on request. */
  watched: z.boolean(),
});

/** Pushed after a run that changed the verdict or found a new failure. */
export const HealthChanged = z.object({
  integrationId: Id,
  integrationName: z.string(),
  runId: z.number(),
  at: z.string(),
  verdict: Verdict,
  previousVerdict: Verdict.nullable(),
  newFailures: z.array(z.object({ check: z.string(), title: z.string(), summary: z.string() })),
});

export { HEALTH_REHEARSALS, type HealthRehearsal } from '../../shared/health';

export const health = {
  health: {
    summary: channel({}, z.array(HealthBadge)),
    get: channel({ integrationId, limit: z.number().int().min(1).max(500).optional() }, z.object({ latest: HealthRun.nullable(), history: z.array(HealthRun), watched: z.boolean() })),
    run: channel({ integrationId }, HealthRun),
    /** Local simulator only: make one check fail (or undo it), then run the checks. */
    rehearse: channel({ integrationId, action: z.enum(HEALTH_REHEARSALS), undo: z.boolean().default(false) }, HealthRun),
  },
};
