// The health watch's vocabulary, shared by main, the CLI and the renderer: which checks exist, what a
// verdict means and how a run's verdict is derived. Pure data and functions (no Node built-ins).
import type { SharedMessageId, SharedT } from './i18n/shared-ids';
import type { StepId } from './steps';

export const HEALTH_VERDICTS = ['ok', 'warn', 'fail'] as const;
export type HealthVerdict = (typeof HEALTH_VERDICTS)[number];

export const HEALTH_CHECKS = [
  'certn-key-expiry',
  'certn-key',
  'package-drift',
  'webhook-endpoint',
  'stuck-cases',
  'silent-orders',
  'handoff-expiry',
  'icims-milestone',
] as const;
export type HealthCheckId = (typeof HEALTH_CHECKS)[number];

export const HEALTH_TRIGGERS = ['open', 'schedule', 'manual', 'cli'] as const;
export type HealthTrigger = (typeof HEALTH_TRIGGERS)[number];

/** Breaks (and repairs) the local simulator can stage, one per check it can make fail. */
export const HEALTH_REHEARSALS = ['rename-package', 'deactivate-package', 'ats-off', 'revoke-key', 'expire-key', 'drop-webhook', 'stuck-case', 'silent-orders'] as const;
export type HealthRehearsal = (typeof HEALTH_REHEARSALS)[number];

export const CHECK_TITLE_IDS: Record<HealthCheckId, SharedMessageId> = {
  'certn-key-expiry': 'shared.health.check.certn-key-expiry',
  'certn-key': 'shared.health.check.certn-key',
  'package-drift': 'shared.health.check.package-drift',
  'webhook-endpoint': 'shared.health.check.webhook-endpoint',
  'stuck-cases': 'shared.health.check.stuck-cases',
  'silent-orders': 'shared.health.check.silent-orders',
  'handoff-expiry': 'shared.health.check.handoff-expiry',
  'icims-milestone': 'shared.health.check.icims-milestone',
};

export const VERDICT_LABEL_IDS: Record<HealthVerdict, SharedMessageId> = { ok: 'shared.health.verdict.ok', warn: 'shared.health.verdict.warn', fail: 'shared.health.verdict.fail' };

/** Where to fix it: a step of the console, an outside page (help article, portal), or both. */
export interface FixLink {
  label: string;
  step: StepId | null;
  url: string | null;
}

export interface CheckResult {
  check: HealthCheckId;
  verdict: HealthVerdict;
  /** One sentence: what is wrong, or that all is well. */
  summary: string;
  /** The facts the verdict rests on, each a short line (no secret ever). */
  evidence: string[];
  fixLink: FixLink | null;
}

const RANK: Record<HealthVerdict, number> = { ok: 0, warn: 1, fail: 2 };

export function worstVerdict(verdicts: HealthVerdict[]): HealthVerdict {
  return verdicts.reduce<HealthVerdict>((w, v) => (RANK[v] > RANK[w] ? v : w), 'ok');
}

/** Checks failing now that were not failing in the previous run: what a notification is about. */
export function newFailures(current: CheckResult[], previous: CheckResult[] | null): CheckResult[] {
  const before = new Set((previous ?? []).filter((r) => r.verdict === 'fail').map((r) => r.check));
  return current.filter((r) => r.verdict === 'fail' && !before.has(r.check));
}

/**
 * `npm run health` exit codes, so a scheduler can tell the cases apart: 0 every check healthy,
 * 1 at least one warning and no failure, 2 wrong options, 3 at least one failure, 4 the checks could
 * not run (no data, unknown integration, locked vault).
 */
export const HEALTH_EXIT = { healthy: 0, warning: 1, usage: 2, failure: 3, cannotRun: 4 } as const;

/** A desktop notification's words for newly failing checks (the same in Electron and the browser). */
export function failureNotice(e: { integrationName: string; newFailures: { title: string; summary: string }[] }, t: SharedT): { title: string; body: string } {
  return {
    title: t('shared.health.notice.title', { integration: e.integrationName, count: e.newFailures.length, check: e.newFailures[0]?.title ?? '' }),
    body: e.newFailures.map((f) => f.summary).join('\n'),
  };
}
