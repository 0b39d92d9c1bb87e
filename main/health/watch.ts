// The health watch of every integration: a run when the console opens and again every few hours while
// it runs (the interval is a preference), each run stored, and a `health.changed` event to listeners
// (push to the window, desktop notifications) naming the checks that newly fail.
import type { Clock } from '../shared/clock';
import type { HealthRepo, HealthRun } from '../store/health';
import { CHECK_TITLE_IDS, newFailures, worstVerdict, type HealthTrigger, type HealthVerdict } from '../shared/health';
import { runChecks, type HealthInputs } from './run-checks';
import { t } from '../shared/i18n';

export interface HealthChanged {
  integrationId: string;
  integrationName: string;
  runId: number;
  at: string;
  verdict: HealthVerdict;
  previousVerdict: HealthVerdict | null;
  newFailures: { check: string; title: string; summary: string }[];
}

export interface HealthWatchDeps {
  repo: HealthRepo;
  clock: Clock;
  integrations: () => { id: string; name: string }[];
  /** Whether the schedule watches this integration (it has been handed over); manual runs ignore it. */
  watched: (integrationId: string) => boolean;
  /** Gathers one integration's facts; throws (e.g. vault locked) when it cannot. */
  inputs: (integrationId: string, trigger: HealthTrigger) => Promise<HealthInputs>;
  /** Hours between scheduled runs; 0 runs only when the console opens. */
  intervalHours: () => number;
  /** Whether runs can happen now (the vault must be open to read the saved keys). */
  ready: () => boolean;
}

const HOUR = 3_600_000;

export class HealthWatch {
  private listeners = new Set<(e: HealthChanged) => void>();
  private inflight = new Map<string, Promise<HealthRun>>();
  /** Integrations checked since this process started: the first tick after opening runs them. */
  private seen = new Set<string>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private first: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: HealthWatchDeps) {}

  subscribe(fn: (e: HealthChanged) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** One run for one integration; a second call while one is running joins it. */
  run(integrationId: string, trigger: HealthTrigger): Promise<HealthRun> {
    const running = this.inflight.get(integrationId);
    if (running) return running;
    const p = this.runNow(integrationId, trigger).finally(() => this.inflight.delete(integrationId));
    this.inflight.set(integrationId, p);
    return p;
  }

  private async runNow(integrationId: string, trigger: HealthTrigger): Promise<HealthRun> {
    const inputs = await this.deps.inputs(integrationId, trigger);
    const results = await runChecks(inputs);
    const previous = this.deps.repo.latest(integrationId) ?? null;
    const run = this.deps.repo.record(integrationId, trigger, worstVerdict(results.map((r) => r.verdict)), results);
    this.seen.add(integrationId);
    const fresh = newFailures(results, previous?.results ?? null);
    if (fresh.length || run.verdict !== previous?.verdict) {
      const name = this.deps.integrations().find((i) => i.id === integrationId)?.name ?? '';
      const event: HealthChanged = {
        integrationId,
        integrationName: name,
        runId: run.id,
        at: run.at,
        verdict: run.verdict,
        previousVerdict: previous?.verdict ?? null,
        newFailures: fresh.map((r) => ({ check: r.check, title: t(CHECK_TITLE_IDS[r.check]), summary: r.summary })),
      };
      for (const fn of this.listeners) {
        try {
          fn(event);
        } catch {
          // A listener's failure (a closed window) must not stop the watch.
        }
      }
    }
    return run;
  }

  /** What is due now: every integration not yet checked since opening, and those past the interval. */
  due(): string[] {
    const hours = this.deps.intervalHours();
    const now = this.deps.clock.now().getTime();
    return this.deps.integrations()
      .filter((i) => this.deps.watched(i.id))
      .filter((i) => {
        if (!this.seen.has(i.id)) return true;
        if (hours <= 0) return false;
        const last = this.deps.repo.latest(i.id);
        return !last || now - Date.parse(last.at) >= hours * HOUR;
      })
      .map((i) => i.id);
  }

  async tick(): Promise<void> {
    if (!this.deps.ready()) return;
    for (const id of this.due()) {
      const trigger: HealthTrigger = this.seen.has(id) ? 'schedule' : 'open';
      await this.run(id, trigger).catch(() => {
        // Not checkable now (vault locked meanwhile, simulator gone): the next tick tries again.
        this.seen.add(id);
      });
    }
  }

  /**
   * Checks each minute whether anything is due, rather than one long timer, so a changed interval
   * applies at once and a machine waking from sleep catches up.
   */
  start(o: { tickMs?: number; firstDelayMs?: number } = {}): void {
    if (this.timer) return;
    const tick = () => void this.tick();
    this.first = setTimeout(tick, o.firstDelayMs ?? 3000);
    this.timer = setInterval(tick, o.tickMs ?? 60_000);
    this.first.unref?.();
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    if (this.first) clearTimeout(this.first);
    if (this.timer) clearInterval(this.timer);
    this.first = this.timer = null;
    await Promise.allSettled([...this.inflight.values()]);
  }
}
