import type { Db } from './db';

/** A package planned in the console before it exists in the Client Portal. */
export interface PlanRow {
  id: string;
  name: string;
  description: string;
  checkTypes: string[];
  tags: string[];
  createdAt: string;
  /** The Certn package made from it, once its portal address was pasted. */
  packageId: string | null;
}

interface RawPlan {
  id: string;
  name: string;
  description: string;
  check_types: string;
  tags: string;
  created_at: string;
  package_id: string | null;
}

const fromRaw = (r: RawPlan): PlanRow => ({
  id: r.id,
  name: r.name,
  description: r.description,
  checkTypes: JSON.parse(r.check_types) as string[],
  tags: JSON.parse(r.tags) as string[],
  createdAt: r.created_at,
  packageId: r.package_id,
});

export class PlansRepo {
  constructor(private readonly db: Db) {}

  list(integrationId: string): PlanRow[] {
    return (this.db.prepare('SELECT * FROM package_plans WHERE integration_id = ? ORDER BY created_at').all(integrationId) as RawPlan[]).map(fromRaw);
  }

  /** Plans already made into packages (what a restarted simulator must offer again). */
  made(integrationId: string): PlanRow[] {
    return (this.db.prepare('SELECT * FROM package_plans WHERE integration_id = ? AND package_id IS NOT NULL ORDER BY created_at').all(integrationId) as RawPlan[]).map(fromRaw);
  }

  insert(integrationId: string, p: Omit<PlanRow, 'packageId'>): void {
    this.db
      .prepare('INSERT INTO package_plans (id, integration_id, name, description, check_types, tags, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(p.id, integrationId, p.name, p.description, JSON.stringify(p.checkTypes), JSON.stringify(p.tags), p.createdAt);
  }

  linkPackage(planId: string, packageId: string): void {
    this.db.prepare('UPDATE package_plans SET package_id = ? WHERE id = ?').run(packageId, planId);
  }
}
