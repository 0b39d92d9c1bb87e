import type { Db } from './db';

// The non-secret rows an integration's configuration consists of, read and written as a whole for
// export and import. Secrets are in `secrets` (vault ciphertext) and are never touched here.

export interface PackageRowData {
  id: string; name: string; description: string; isActive: boolean | null; useForAts: boolean | null;
  tags: string[]; checkTypes: string[]; selected: boolean;
}
export interface GroupRowData { id: string; shortId: string | null; parentId: string | null; name: string; isActive: boolean }
export interface MilestoneRowData { kind: string; at: string; data: Record<string, string> }
export interface PlanRowData { name: string; description: string; checkTypes: string[]; tags: string[]; packageId: string | null }

export interface ConfigRows {
  packages: PackageRowData[];
  groups: GroupRowData[];
  milestones: MilestoneRowData[];
  plans: PlanRowData[];
}

const bool = (v: number | null) => (v === null ? null : v === 1);
const int = (v: boolean | null) => (v === null ? null : v ? 1 : 0);

export class ConfigRowsRepo {
  constructor(private readonly db: Db) {}

  read(integrationId: string): ConfigRows {
  const db = this.db;
  const packages = (db.prepare('SELECT id, name, description, is_active, use_for_ats, tags, check_types, selected FROM packages WHERE integration_id = ? ORDER BY name, id').all(integrationId) as {
    id: string; name: string; description: string; is_active: number | null; use_for_ats: number | null; tags: string; check_types: string; selected: number;
  }[]).map((r) => ({ id: r.id, name: r.name, description: r.description, isActive: bool(r.is_active), useForAts: bool(r.use_for_ats), tags: JSON.parse(r.tags), checkTypes: JSON.parse(r.check_types), selected: r.selected === 1 }));
  const groups = (db.prepare('SELECT id, short_id, parent_id, name, is_active FROM groups WHERE integration_id = ? ORDER BY name, id').all(integrationId) as {
    id: string; short_id: string | null; parent_id: string | null; name: string; is_active: number;
  }[]).map((r) => ({ id: r.id, shortId: r.short_id, parentId: r.parent_id, name: r.name, isActive: r.is_active === 1 }));
  const milestones = (db.prepare('SELECT kind, at, data FROM milestones WHERE integration_id = ? ORDER BY at').all(integrationId) as { kind: string; at: string; data: string }[])
    .map((r) => ({ kind: r.kind, at: r.at, data: JSON.parse(r.data) as Record<string, string> }));
  const plans = (db.prepare('SELECT name, description, check_types, tags, package_id FROM package_plans WHERE integration_id = ? ORDER BY created_at').all(integrationId) as {
    name: string; description: string; check_types: string; tags: string; package_id: string | null;
  }[]).map((r) => ({ name: r.name, description: r.description, checkTypes: JSON.parse(r.check_types), tags: JSON.parse(r.tags), packageId: r.package_id }));
  return { packages, groups, milestones, plans };
  }

  /** Inserts the rows for a freshly created integration (the caller holds the transaction). */
  write(integrationId: string, rows: ConfigRows, now: string, newId: () => string): void {
  const db = this.db;
  // lookalike_key() is the SQL function the database registers, so imported rows index like synced ones.
  const pkg = db.prepare('INSERT INTO packages (integration_id, id, name, description, is_active, use_for_ats, tags, check_types, selected, source, lookalike_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, lookalike_key(?))');
  for (const p of rows.packages) pkg.run(integrationId, p.id, p.name, p.description, int(p.isActive), int(p.useForAts), JSON.stringify(p.tags), JSON.stringify(p.checkTypes), p.selected ? 1 : 0, 'sync', p.name);
  const grp = db.prepare('INSERT INTO groups (integration_id, id, short_id, parent_id, name, is_active) VALUES (?, ?, ?, ?, ?, ?)');
  for (const g of rows.groups) grp.run(integrationId, g.id, g.shortId, g.parentId, g.name, g.isActive ? 1 : 0);
  const ms = db.prepare('INSERT INTO milestones (integration_id, kind, at, data) VALUES (?, ?, ?, ?)');
  for (const m of rows.milestones) ms.run(integrationId, m.kind, m.at, JSON.stringify(m.data));
  const plan = db.prepare('INSERT INTO package_plans (id, integration_id, name, description, check_types, tags, created_at, package_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const p of rows.plans) plan.run(newId(), integrationId, p.name, p.description, JSON.stringify(p.checkTypes), JSON.stringify(p.tags), now, p.packageId);
}
}
