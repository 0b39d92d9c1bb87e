import { stringify } from 'csv-stringify/sync';
import type { Db } from './db';
import type { Clock } from '../shared/clock';
import { auditFacts, auditSentence } from '../shared/audit-words';
import { isoWithOffset } from '../shared/time';
import { t } from '../shared/i18n';

export interface AuditQuery {
  integrationId?: string;
  /** An action code such as "secret.stored". */
  action?: string;
  /** ISO instants: entries at or after `since` and before `until`. */
  since?: string;
  until?: string;
  limit?: number;
}

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

  list(opts: AuditQuery = {}): AuditEntry[] {
    const where: string[] = [];
    const args: unknown[] = [];
    const when = (clause: string, value: unknown) => {
      where.push(clause);
      args.push(value);
    };
    if (opts.integrationId) when('integration_id = ?', opts.integrationId);
    if (opts.action) when('action = ?', opts.action);
    // Stored as toISOString() (fixed width, UTC), so text order is time order.
    if (opts.since) when('at >= ?', new Date(opts.since).toISOString());
    if (opts.until) when('at < ?', new Date(opts.until).toISOString());
    const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
    const rows = this.db.prepare(sql).all(...args, opts.limit ?? 500) as {
      seq: number; at: string; actor: string; action: string; integration_id: string | null; detail: string;
    }[];
    return rows.map((r) => ({ seq: r.seq, at: r.at, actor: r.actor, action: r.action, integrationId: r.integration_id, detail: JSON.parse(r.detail) }));
  }

  /** How many `action` entries follow the last of `resets`, and when the latest was (a run of failures, say). */
  runSince(action: string, resets: readonly string[]): { count: number; lastAt: string | null } {
    const row = this.db
      .prepare(
        `SELECT count(*) AS n, max(at) AS last FROM audit_log WHERE action = ?
           AND seq > coalesce((SELECT max(seq) FROM audit_log WHERE action IN (${resets.map(() => '?').join(', ')})), 0)`,
      )
      .get(action, ...resets) as { n: number; last: string | null };
    return { count: row.n, lastAt: row.last };
  }

  /**
   * The name of every integration the log mentions: the current one, or for a deleted integration
   * the last name the log recorded for it, so nothing is shown as a bare id.
   */
  integrationNames(): Map<string, string> {
    const names = new Map<string, string>();
    const history = this.db
      .prepare("SELECT integration_id AS id, action, detail FROM audit_log WHERE integration_id IS NOT NULL AND action IN ('integration.created', 'integration.renamed', 'integration.deleted') ORDER BY seq")
      .all() as { id: string; action: string; detail: string }[];
    for (const h of history) {
      const d = JSON.parse(h.detail) as { name?: unknown; to?: unknown };
      const name = h.action === 'integration.renamed' ? d.to : d.name;
      if (typeof name === 'string') names.set(h.id, h.action === 'integration.deleted' ? `${name} (deleted)` : name);
    }
    for (const r of this.db.prepare('SELECT id, name FROM integrations').all() as { id: string; name: string }[]) names.set(r.id, r.name);
    return names;
  }

  /** Spreadsheet-ready: integration names, the action in words, readable details, times with their offset. */
  toCsv(opts: Omit<AuditQuery, 'limit'> = {}): string {
    const rows = this.list({ ...opts, limit: 1_000_000 }).reverse();
    const names = this.integrationNames();
    return stringify(
      rows.map((r) => [
        r.seq,
        isoWithOffset(r.at),
        r.actor,
        r.integrationId ? (names.get(r.integrationId) ?? 'unknown integration') : '',
        auditSentence(r.action, r.detail, t),
        auditFacts(r.detail, t).map((f) => `${f.label}: ${f.value}`).join('; '),
        r.action,
      ]),
      { header: true, columns: ['seq', 'time', 'actor', 'integration', 'what happened', 'details', 'action code'] },
    );
  }
}
