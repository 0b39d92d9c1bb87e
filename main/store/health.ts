// The health watch's SQL: runs with their verdicts and evidence, and the facts the checks read from
// the console's own records (the latest handoff and what it carried, the iCIMS milestones).
import type { Db } from './db';
import type { Clock } from '../shared/clock';
import type { CheckResult, HealthTrigger, HealthVerdict } from '../shared/health';
import { rewordResult, type StoredCheckResult } from '../shared/health-words';

export interface HealthRun {
  id: number;
  integrationId: string;
  at: string;
  trigger: HealthTrigger;
  verdict: HealthVerdict;
  results: CheckResult[];
}

export interface LatestHandoff {
  id: string;
  createdAt: string;
  expiresAt: string;
  recipientLabel: string;
  leakedAt: string | null;
  packages: { id: string; name: string }[] | null;
}

interface RunRow {
  id: number;
  integration_id: string;
  at: string;
  trigger: HealthTrigger;
  verdict: HealthVerdict;
  results: string;
}

// Results keep their message ids and values (health-words.ts): each read words them in the reader's language.
const fromRow = (r: RunRow): HealthRun => ({
  id: r.id, integrationId: r.integration_id, at: r.at, trigger: r.trigger, verdict: r.verdict,
  results: (JSON.parse(r.results) as StoredCheckResult[]).map((x) => rewordResult(x)),
});

/** Runs kept per integration: a few months of four-hourly runs. */
export const HEALTH_HISTORY_LIMIT = 1000;

export class HealthRepo {
  constructor(private readonly db: Db, private readonly clock: Clock) {}

  record(integrationId: string, trigger: HealthTrigger, verdict: HealthVerdict, results: CheckResult[]): HealthRun {
    const at = this.clock.now().toISOString();
    const id = this.db.transaction(() => {
      const info = this.db.prepare('INSERT INTO health_runs (integration_id, at, trigger, verdict, results) VALUES (?, ?, ?, ?, ?)').run(integrationId, at, trigger, verdict, JSON.stringify(results));
      this.db
        .prepare('DELETE FROM health_runs WHERE integration_id = ? AND id <= (SELECT id FROM health_runs WHERE integration_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)')
        .run(integrationId, integrationId, HEALTH_HISTORY_LIMIT);
      return Number(info.lastInsertRowid);
    })();
    return this.get(id)!;
  }

  get(id: number): HealthRun | undefined {
    const r = this.db.prepare('SELECT * FROM health_runs WHERE id = ?').get(id) as RunRow | undefined;
    return r && fromRow(r);
  }

  latest(integrationId: string): HealthRun | undefined {
    const r = this.db.prepare('SELECT * FROM health_runs WHERE integration_id = ? ORDER BY id DESC LIMIT 1').get(integrationId) as RunRow | undefined;
    return r && fromRow(r);
  }

  history(integrationId: string, limit = 50): HealthRun[] {
    return (this.db.prepare('SELECT * FROM health_runs WHERE integration_id = ? ORDER BY id DESC LIMIT ?').all(integrationId, limit) as RunRow[]).map(fromRow);
  }

  /** The newest handoff and the packages it carried (null when made before they were recorded). */
  latestHandoff(integrationId: string): LatestHandoff | null {
    const r = this.db
      .prepare('SELECT id, created_at, expires_at, recipient_label, leaked_at, packages FROM handoffs WHERE integration_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1')
      .get(integrationId) as { id: string; created_at: string; expires_at: string; recipient_label: string; leaked_at: string | null; packages: string | null } | undefined;
    if (!r) return null;
    return { id: r.id, createdAt: r.created_at, expiresAt: r.expires_at, recipientLabel: r.recipient_label, leakedAt: r.leaked_at, packages: r.packages ? (JSON.parse(r.packages) as { id: string; name: string }[]) : null };
  }

  /** iCIMS milestones as calendar days (stored at noon UTC, so the UTC date is the day). */
  milestones(integrationId: string): { kind: string; on: string }[] {
    return (this.db.prepare('SELECT kind, at FROM milestones WHERE integration_id = ? ORDER BY at').all(integrationId) as { kind: string; at: string }[]).map((m) => ({ kind: m.kind, on: m.at.slice(0, 10) }));
  }
}
