import type { Db } from './db';

export type MilestoneKind = 'requested' | 'consultant' | 'credentials';

export interface MilestoneRow {
  kind: MilestoneKind;
  /** ISO instant; a milestone is a calendar day, stored at noon UTC so the day survives any zone. */
  at: string;
  data: Record<string, string>;
}

/** The iCIMS request's milestones: one row per kind and integration. */
export class MilestonesRepo {
  constructor(private readonly db: Db) {}

  list(integrationId: string): MilestoneRow[] {
    const rows = this.db.prepare('SELECT kind, at, data FROM milestones WHERE integration_id = ? ORDER BY at').all(integrationId) as { kind: MilestoneKind; at: string; data: string }[];
    return rows.map((r) => ({ kind: r.kind, at: r.at, data: JSON.parse(r.data) as Record<string, string> }));
  }

  put(integrationId: string, m: MilestoneRow): void {
    this.db
      .prepare('INSERT INTO milestones (integration_id, kind, at, data) VALUES (?, ?, ?, ?) ON CONFLICT (integration_id, kind) DO UPDATE SET at = excluded.at, data = excluded.data')
      .run(integrationId, m.kind, m.at, JSON.stringify(m.data));
  }

  delete(integrationId: string, kind: MilestoneKind): void {
    this.db.prepare('DELETE FROM milestones WHERE integration_id = ? AND kind = ?').run(integrationId, kind);
  }
}
