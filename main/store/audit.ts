import { stringify } from 'csv-stringify/sync';
import type { Db } from './db';
import type { Clock } from './clock';

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  integrationId: string | null;
  detail: Record<string, unknown>;
}

/**
 * Who did what, when. Details are small, non-secret facts (names, ids, outcomes). Callers pass
 * plain values; anything that looks like a credential is refused so a slip cannot leak one here.
 */
export class AuditLog {
  constructor(private readonly db: Db, private readonly clock: Clock, private readonly actor = 'admin') {}

  record(action: string, integrationId: string | null, detail: Record<string, unknown> = {}): void {
    for (const key of Object.keys(detail)) {
      if (/password|secret|api_?key|apikey|token|keycode|passphrase/i.test(key)) {
        throw new Error(`audit detail key "${key}" looks like a secret and is not recorded`);
      }
    }
    this.db
      .prepare('INSERT INTO audit_log (at, actor, action, integration_id, detail) VALUES (?, ?, ?, ?, ?)')
      .run(this.clock.now().toISOString(), this.actor, action, integrationId, JSON.stringify(detail));
  }

  list(opts: { integrationId?: string; limit?: number } = {}): AuditEntry[] {
    const limit = opts.limit ?? 500;
    const rows = (opts.integrationId
      ? this.db.prepare('SELECT * FROM audit_log WHERE integration_id = ? ORDER BY seq DESC LIMIT ?').all(opts.integrationId, limit)
      : this.db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?').all(limit)) as {
      seq: number; at: string; actor: string; action: string; integration_id: string | null; detail: string;
    }[];
    return rows.map((r) => ({ seq: r.seq, at: r.at, actor: r.actor, action: r.action, integrationId: r.integration_id, detail: JSON.parse(r.detail) }));
  }

  toCsv(opts: { integrationId?: string } = {}): string {
    const rows = this.list({ ...opts, limit: 1_000_000 }).reverse();
    return stringify(
      rows.map((r) => [r.seq, r.at, r.actor, r.action, r.integrationId ?? '', JSON.stringify(r.detail)]),
      { header: true, columns: ['seq', 'at', 'actor', 'action', 'integration_id', 'detail'] },
    );
  }
}
