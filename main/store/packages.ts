import type { Db } from './db';
import type { Statement } from 'better-sqlite3';
import { fillLookalikeKeys, PackageListIndex } from './package-list';

/** A package row as stored: Certn's facts, the console's selection, and when it was last listed. */
export interface PackageRow {
  id: string;
  name: string;
  description: string;
  is_active: number | null;
  use_for_ats: number | null;
  tags: string;
  check_types: string;
  selected: number;
  source: 'sync' | 'url';
  synced_at: string | null;
  missing_since: string | null;
}

export interface PackageWrite {
  id: string;
  name: string;
  description: string;
  isActive: number | null;
  useForAts: number | null;
  tags: string[];
  checkTypes: string[];
  lookalikeKey: string;
}

/** The packages table. Each method is one statement; callers group them in transactions. */
export class PackagesRepo {
  private sameKeyStmt: Statement | undefined;

  constructor(private readonly db: Db) {}

  /** Inserts, or updates only when something differs (so a re-sync with nothing new writes nothing); returns rows written. */
  upsert(integrationId: string, p: PackageWrite, source: 'sync' | 'url', at: string): number {
    return this.db
      .prepare(
        `INSERT INTO packages (integration_id, id, name, description, is_active, use_for_ats, tags, check_types, source, synced_at, lookalike_key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (integration_id, id) DO UPDATE SET name = excluded.name, description = excluded.description,
           is_active = excluded.is_active, use_for_ats = excluded.use_for_ats, tags = excluded.tags,
           check_types = excluded.check_types, synced_at = excluded.synced_at, lookalike_key = excluded.lookalike_key, missing_since = NULL
         WHERE name IS NOT excluded.name OR description IS NOT excluded.description OR is_active IS NOT excluded.is_active
           OR use_for_ats IS NOT excluded.use_for_ats OR tags IS NOT excluded.tags OR check_types IS NOT excluded.check_types
           OR missing_since IS NOT NULL`,
      )
      .run(integrationId, p.id, p.name, p.description, p.isActive, p.useForAts, JSON.stringify(p.tags), JSON.stringify(p.checkTypes), source, at, p.lookalikeKey).changes;
  }

  /** What a sync compares against: every stored package's id, selection, origin and missing mark. */
  syncState(integrationId: string): Pick<PackageRow, 'id' | 'selected' | 'source' | 'missing_since'>[] {
    return this.db.prepare('SELECT id, selected, source, missing_since FROM packages WHERE integration_id = ?').all(integrationId) as Pick<PackageRow, 'id' | 'selected' | 'source' | 'missing_since'>[];
  }

  delete(integrationId: string, packageId: string): number {
    return this.db.prepare('DELETE FROM packages WHERE integration_id = ? AND id = ?').run(integrationId, packageId).changes;
  }

  flagMissing(integrationId: string, packageId: string, at: string): number {
    return this.db.prepare('UPDATE packages SET missing_since = ? WHERE integration_id = ? AND id = ?').run(at, integrationId, packageId).changes;
  }

  /** A package added by its address is marked so, unless a sync already listed it. */
  markAddedByUrl(integrationId: string, packageId: string): void {
    this.db.prepare("UPDATE packages SET source = CASE WHEN source = 'sync' THEN source ELSE 'url' END WHERE integration_id = ? AND id = ?").run(integrationId, packageId);
  }

  setSelected(integrationId: string, packageId: string, selected: boolean): void {
    this.db.prepare('UPDATE packages SET selected = ? WHERE integration_id = ? AND id = ?').run(selected ? 1 : 0, integrationId, packageId);
  }

  /** Every check type the account's packages use, sorted. */
  checkTypes(integrationId: string): string[] {
    const rows = this.db.prepare('SELECT DISTINCT c.value AS v FROM packages, json_each(packages.check_types) c WHERE packages.integration_id = ? ORDER BY v').all(integrationId) as { v: unknown }[];
    return rows.map((r) => r.v).filter((v): v is string => typeof v === 'string');
  }

  /** One package, some by id, the selected ones (by name), or all (by name, case-insensitive). */
  rows(integrationId: string, o: { only?: string; ids?: string[]; selected?: boolean } = {}): PackageRow[] {
    return (o.only
      ? this.db.prepare('SELECT * FROM packages WHERE integration_id = ? AND id = ?').all(integrationId, o.only)
      : o.ids
        ? this.db.prepare('SELECT * FROM packages WHERE integration_id = ? AND id IN (SELECT value FROM json_each(?))').all(integrationId, JSON.stringify(o.ids))
        : o.selected
          ? this.db.prepare('SELECT * FROM packages WHERE integration_id = ? AND selected = 1 ORDER BY name, id').all(integrationId)
          : this.db.prepare('SELECT * FROM packages WHERE integration_id = ? ORDER BY name COLLATE NOCASE, id').all(integrationId)) as PackageRow[];
  }

  /** The paged list's index over this table; `atsConfirmed` is kept in the settings, not here. */
  listIndex(atsConfirmed: (integrationId: string) => Set<string>): PackageListIndex {
    return new PackageListIndex(this.db, atsConfirmed);
  }

  /** Rows stored before look-alike keys existed get theirs, so the lookup below finds them. */
  fillLookalikeKeys(integrationId: string): void {
    fillLookalikeKeys(this.db, integrationId);
  }

  /** Packages whose names read the same (one indexed lookup). */
  withLookalikeKey(integrationId: string, key: string): { id: string; name: string }[] {
    this.sameKeyStmt ??= this.db.prepare('SELECT id, name FROM packages WHERE integration_id = ? AND lookalike_key = ?');
    return this.sameKeyStmt.all(integrationId, key) as { id: string; name: string }[];
  }
}
