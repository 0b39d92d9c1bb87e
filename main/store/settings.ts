import type { Db } from './db';
import type { Clock } from './clock';

/**
 * Non-secret per-integration values the steps fill in (customer id, hosting, report type, group…).
 * Values are JSON. Secrets never go here: they go to the vault.
 */
export class SettingsRepo {
  constructor(private readonly db: Db, private readonly clock: Clock) {}

  all(integrationId: string): Record<string, unknown> {
    const rows = this.db.prepare('SELECT key, value FROM integration_settings WHERE integration_id = ?').all(integrationId) as { key: string; value: string }[];
    return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
  }

  get<T>(integrationId: string, key: string): T | undefined {
    const r = this.db.prepare('SELECT value FROM integration_settings WHERE integration_id = ? AND key = ?').get(integrationId, key) as { value: string } | undefined;
    return r ? (JSON.parse(r.value) as T) : undefined;
  }

  set(integrationId: string, values: Record<string, unknown>): void {
    const now = this.clock.now().toISOString();
    const upsert = this.db.prepare(
      `INSERT INTO integration_settings (integration_id, key, value, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (integration_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
    const del = this.db.prepare('DELETE FROM integration_settings WHERE integration_id = ? AND key = ?');
    this.db.transaction(() => {
      for (const [k, v] of Object.entries(values)) {
        if (v === undefined || v === null) del.run(integrationId, k);
        else upsert.run(integrationId, k, JSON.stringify(v), now);
      }
    })();
  }
}
