import type { Db } from './db';

export type HandoffMethodId = 'keycode' | 'keycode-split' | 'public-key' | 'sendsafely';

/** A handoff as recorded: hashes, dates and SendSafely tracking. Never a keycode or a link. */
export interface HandoffRow {
  id: string;
  created_at: string;
  expires_at: string;
  recipient_label: string;
  method: HandoffMethodId;
  sha256: string;
  sha256_html: string | null;
  file_base: string | null;
  fingerprint: string | null;
  leaked_at: string | null;
  ss_package_id: string | null;
  ss_host: string | null;
  ss_recipient: string | null;
  ss_life_days: number | null;
  ss_notified: number | null;
  ss_state: string | null;
  ss_opened_at: string | null;
  ss_openings: number | null;
  ss_checked_at: string | null;
  ss_deleted_at: string | null;
  /** Set when a later handoff, made during a rotation of the webhook credentials, replaced this one. */
  superseded_at: string | null;
  superseded_by: string | null;
}

export interface NewFileHandoff {
  id: string;
  integrationId: string;
  createdAt: string;
  expiresAt: string;
  recipientLabel: string;
  method: Exclude<HandoffMethodId, 'sendsafely'>;
  sha256: string;
  sha256Html: string | null;
  fileBase: string;
  fingerprint: string | null;
  /** The packages handed over, ids and exact names: what the health watch measures drift against. */
  packages: { id: string; name: string }[];
}

export interface NewSendSafelyHandoff {
  id: string;
  integrationId: string;
  createdAt: string;
  expiresAt: string;
  recipientLabel: string;
  sha256: string;
  packageId: string;
  host: string;
  recipientEmail: string;
  lifeDays: number;
  notified: boolean;
  state: string;
  packages: { id: string; name: string }[];
}

/** Ids and exact names only, spaces kept: no secret travels with a package. */
const handedPackages = (packages: { id: string; name: string }[]) => JSON.stringify(packages.map((p) => ({ id: p.id, name: p.name })));

export class HandoffsRepo {
  constructor(private readonly db: Db) {}

  /** Newest first. */
  list(integrationId: string): HandoffRow[] {
    return this.db.prepare('SELECT * FROM handoffs WHERE integration_id = ? ORDER BY created_at DESC, rowid DESC').all(integrationId) as HandoffRow[];
  }

  count(integrationId: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM handoffs WHERE integration_id = ?').get(integrationId) as { n: number }).n;
  }

  /** SendSafely handoffs whose package may still be there to track. */
  trackable(integrationId: string): HandoffRow[] {
    return (this.db.prepare("SELECT * FROM handoffs WHERE integration_id = ? AND method = 'sendsafely' AND ss_deleted_at IS NULL").all(integrationId) as HandoffRow[])
      .filter((r) => r.ss_state !== 'deleted');
  }

  insertFile(h: NewFileHandoff): void {
    this.db
      .prepare(
        `INSERT INTO handoffs (id, integration_id, created_at, expires_at, recipient_label, method, sha256, sha256_html, file_base, fingerprint, packages)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(h.id, h.integrationId, h.createdAt, h.expiresAt, h.recipientLabel, h.method, h.sha256, h.sha256Html, h.fileBase, h.fingerprint, handedPackages(h.packages));
  }

  insertSendSafely(h: NewSendSafelyHandoff): void {
    this.db
      .prepare(
        `INSERT INTO handoffs (id, integration_id, created_at, expires_at, recipient_label, method, sha256, ss_package_id, ss_host, ss_recipient, ss_life_days, ss_notified, ss_state, ss_openings, packages)
         VALUES (?, ?, ?, ?, ?, 'sendsafely', ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
      )
      .run(h.id, h.integrationId, h.createdAt, h.expiresAt, h.recipientLabel, h.sha256, h.packageId, h.host, h.recipientEmail, h.lifeDays, h.notified ? 1 : 0, h.state, handedPackages(h.packages));
  }

  /** What tracking saw; the first opening, once known, is kept. */
  recordTracking(id: string, t: { state: string; openedAt: string | null; openings: number; checkedAt: string }): void {
    this.db
      .prepare('UPDATE handoffs SET ss_state = ?, ss_opened_at = COALESCE(ss_opened_at, ?), ss_openings = ?, ss_checked_at = ? WHERE id = ?')
      .run(t.state, t.openedAt, t.openings, t.checkedAt, id);
  }

  markLeaked(integrationId: string, id: string, at: string): void {
    this.db.prepare('UPDATE handoffs SET leaked_at = ? WHERE id = ? AND integration_id = ?').run(at, id, integrationId);
  }

  /** Marks every other handoff of the integration not yet superseded as superseded by `handoffId`; returns their ids. */
  supersedeAllBut(integrationId: string, handoffId: string, at: string): string[] {
    const rows = this.db.prepare('SELECT id FROM handoffs WHERE integration_id = ? AND id <> ? AND superseded_at IS NULL').all(integrationId, handoffId) as { id: string }[];
    const upd = this.db.prepare('UPDATE handoffs SET superseded_at = ?, superseded_by = ? WHERE id = ?');
    for (const r of rows) upd.run(at, handoffId, r.id);
    return rows.map((r) => r.id);
  }

  markDeletedFromSendSafely(id: string, at: string): void {
    this.db.prepare("UPDATE handoffs SET ss_deleted_at = ?, ss_state = 'deleted' WHERE id = ?").run(at, id);
  }
}
