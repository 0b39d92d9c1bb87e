import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import type { Clock } from '../shared/clock';
import type { Message, Words } from '../shared/health-words';

export const ROTATION_KINDS = ['webhook', 'certn_api_key', 'icims'] as const;
export type RotationKind = (typeof ROTATION_KINDS)[number];

export interface VerificationCheck {
  label: string;
  ok: boolean;
  detail: string;
  /** What label and detail were worded from, to re-word them in the reader's language (absent on checks stored before). */
  words?: { label: Message; detail: Words };
}

export interface RotationRow {
  id: string;
  integrationId: string;
  kind: RotationKind;
  reason: string;
  startedAt: string;
  portalDoneAt: string | null;
  capturedAt: string | null;
  handoffId: string | null;
  appliedAt: string | null;
  oldRevokedAt: string | null;
  verifiedAt: string | null;
  verification: VerificationCheck[] | null;
  completedAt: string | null;
  cancelledAt: string | null;
}

interface Raw {
  id: string; integration_id: string; kind: RotationKind; reason: string; started_at: string; portal_done_at: string | null;
  captured_at: string | null; handoff_id: string | null; applied_at: string | null; old_revoked_at: string | null;
  verified_at: string | null; verification: string | null; completed_at: string | null; cancelled_at: string | null;
}

const fromRaw = (r: Raw): RotationRow => ({
  id: r.id,
  integrationId: r.integration_id,
  kind: r.kind,
  reason: r.reason,
  startedAt: r.started_at,
  portalDoneAt: r.portal_done_at,
  capturedAt: r.captured_at,
  handoffId: r.handoff_id,
  appliedAt: r.applied_at,
  oldRevokedAt: r.old_revoked_at,
  verifiedAt: r.verified_at,
  verification: r.verification ? (JSON.parse(r.verification) as VerificationCheck[]) : null,
  completedAt: r.completed_at,
  cancelledAt: r.cancelled_at,
});

/** Columns a step may set; the names are fixed here, never taken from input. */
const COLUMNS = {
  portalDoneAt: 'portal_done_at',
  capturedAt: 'captured_at',
  handoffId: 'handoff_id',
  appliedAt: 'applied_at',
  oldRevokedAt: 'old_revoked_at',
  verifiedAt: 'verified_at',
  verification: 'verification',
  completedAt: 'completed_at',
  cancelledAt: 'cancelled_at',
} as const;
export type RotationPatch = Partial<{ [K in keyof typeof COLUMNS]: K extends 'verification' ? VerificationCheck[] | null : string | null }>;

export class RotationsRepo {
  constructor(private readonly db: Db, private readonly clock: Clock) {}

  start(integrationId: string, kind: RotationKind, reason: string): RotationRow {
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO rotations (id, integration_id, kind, reason, started_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, integrationId, kind, reason, this.clock.now().toISOString());
    return this.get(id)!;
  }

  get(id: string): RotationRow | undefined {
    const r = this.db.prepare('SELECT * FROM rotations WHERE id = ?').get(id) as Raw | undefined;
    return r && fromRaw(r);
  }

  /** The rotation still under way for this integration, if any (at most one at a time). */
  open(integrationId: string): RotationRow | undefined {
    const r = this.db
      .prepare('SELECT * FROM rotations WHERE integration_id = ? AND completed_at IS NULL AND cancelled_at IS NULL ORDER BY started_at DESC, rowid DESC LIMIT 1')
      .get(integrationId) as Raw | undefined;
    return r && fromRaw(r);
  }

  list(integrationId: string): RotationRow[] {
    return (this.db.prepare('SELECT * FROM rotations WHERE integration_id = ? ORDER BY started_at DESC, rowid DESC').all(integrationId) as Raw[]).map(fromRaw);
  }

  update(id: string, patch: RotationPatch): RotationRow {
    const entries = Object.entries(patch).filter(([k]) => Object.hasOwn(COLUMNS, k)) as [keyof typeof COLUMNS, unknown][];
    if (entries.length) {
      const sets = entries.map(([k]) => `${COLUMNS[k]} = ?`).join(', ');
      const values = entries.map(([k, v]) => (k === 'verification' && v !== null ? JSON.stringify(v) : v));
      this.db.prepare(`UPDATE rotations SET ${sets} WHERE id = ?`).run(...values, id);
    }
    return this.get(id)!;
  }
}
