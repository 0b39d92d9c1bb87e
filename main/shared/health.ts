// i18n-pending: its words are moving to the message catalogs.
// The health watch's vocabulary, shared by main, the CLI and the renderer: which checks exist, what a
// verdict means and how a run's verdict is derived. Pure data and functions (no Node built-ins).
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

export const CHECK_TITLES: Record<HealthCheckId, string> = {
  'certn-key-expiry': 'Certn API key expiry',
  'certn-key': 'Certn API key accepted',
  'package-drift': 'Packages as handed over',
  'webhook-endpoint': 'Webhook endpoint',
  'stuck-cases': 'Stuck cases',
  'silent-orders': 'Orders arriving',
  'handoff-expiry': 'Handoff',
  'icims-milestone': 'iCIMS milestones',
};

export const VERDICT_LABELS: Record<HealthVerdict, string> = { ok: 'Healthy', warn: 'Warning', fail: 'Failing' };

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
export function failureNotice(e: { integrationName: string; newFailures: { title: string; summary: string }[] }): { title: string; body: string } {
  const n = e.newFailures.length;
  return {
    title: n === 1 ? `${e.integrationName}: ${e.newFailures[0].title} failing` : `${e.integrationName}: ${n} health checks failing`,
    body: e.newFailures.map((f) => f.summary).join('\n'),
  };
}
