import type { Db } from './db';

/** A group as Certn lists it (the fields the console keeps). */
export interface GroupRecord {
  id: string;
  name: string;
  short_id?: string | null;
  parent_id?: string | null;
  is_active?: boolean | null;
}

/** A group as stored; the setup layer turns these into the tree the contract's `Group` describes. */
export interface GroupRow {
  id: string;
  name: string;
  parent_id: string | null;
  short_id: string | null;
  is_active: number;
}

/**
 * Writes only what differs: an unchanged group is not touched, a group gone from the account is
 * deleted by its id (deletes are dear with secure_delete on). Returns the number of rows written.
 */
export function storeGroups(db: Db, integrationId: string, groups: GroupRecord[]): number {
  const upsert = db.prepare(
    `INSERT INTO groups (integration_id, id, short_id, parent_id, name, is_active) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (integration_id, id) DO UPDATE SET short_id = excluded.short_id, parent_id = excluded.parent_id,
       name = excluded.name, is_active = excluded.is_active
     WHERE short_id IS NOT excluded.short_id OR parent_id IS NOT excluded.parent_id OR name IS NOT excluded.name
       OR is_active IS NOT excluded.is_active`,
  );
  const drop = db.prepare('DELETE FROM groups WHERE integration_id = ? AND id = ?');
  let written = 0;
  db.transaction(() => {
    const seen = new Set<string>();
    for (const g of groups) {
      written += upsert.run(integrationId, g.id, g.short_id ?? null, g.parent_id ?? null, g.name, g.is_active === false ? 0 : 1).changes;
      seen.add(g.id);
    }
    for (const { id } of db.prepare('SELECT id FROM groups WHERE integration_id = ?').all(integrationId) as { id: string }[]) {
      if (!seen.has(id)) written += drop.run(integrationId, id).changes;
    }
  })();
  return written;
}

/** Every stored group of an integration, in no particular order. */
export function groupRows(db: Db, integrationId: string): GroupRow[] {
  return db.prepare('SELECT id, name, parent_id, short_id, is_active FROM groups WHERE integration_id = ?').all(integrationId) as GroupRow[];
}
