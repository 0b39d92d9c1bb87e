import { randomUUID } from 'node:crypto';
import { AppError, toErrorInfo, type ErrorInfo } from '../shared/errors';
import { portalRegion } from '../shared/regions';
import type { CertnPackage } from '../certn';
import type { SetupContext } from './context';
import { lookalikeIndex, verify, type VerificationView } from './package-checks';
import { newPackagePortalUrl, packagePortalUrl, parsePackageUrl } from './package-url';

export interface PackageRowView {
  id: string;
  name: string;
  description: string;
  isActive: boolean | null;
  useForAts: boolean | null;
  tags: string[];
  checkTypes: string[];
  selected: boolean;
  source: 'sync' | 'url';
  syncedAt: string | null;
  verification: VerificationView;
  override: Override | null;
}

/** A package selected although it will fail when ordered: recorded, audited, and shown as such. */
export interface Override {
  at: string;
  reasons: string[];
}

const OVERRIDES = 'orderOverrides' as const;

export interface SyncState {
  running: boolean;
  loaded: number;
  total: number;
  startedAt: string | null;
  finishedAt: string | null;
  error: ErrorInfo | null;
}

interface Row {
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
}

const bool = (v: number | null) => (v === null ? null : v === 1);
const num = (v: boolean | undefined) => (v === undefined ? null : v ? 1 : 0);

/** Step 1: the account's packages, kept in SQLite and judged for iCIMS. */
export class PackagesService {
  private readonly syncs = new Map<string, SyncState>();
  private readonly runs = new Map<string, Promise<void>>();

  constructor(private readonly ctx: SetupContext) {}

  private get db() {
    return this.ctx.s.db;
  }

  syncStatus(id: string): SyncState {
    return this.syncs.get(id) ?? { running: false, loaded: 0, total: 0, startedAt: null, finishedAt: (this.ctx.s.settings.get(id, 'packagesSyncedAt') ?? null), error: null };
  }

  /** Starts a sync in the background; its progress is pushed to the window as packages.syncProgress. */
  startSync(id: string): SyncState {
    const current = this.syncs.get(id);
    if (current?.running) return current;
    const state: SyncState = { running: true, loaded: 0, total: 0, startedAt: this.ctx.now().toISOString(), finishedAt: null, error: null };
    this.syncs.set(id, state);
    this.pushProgress(id, state);
    this.runs.set(id, this.runSync(id, state));
    return { ...state };
  }

  private pushProgress(id: string, state: SyncState): void {
    this.ctx.s.events.emit('packages.syncProgress', { integrationId: id, ...state });
  }

  /** For callers that want the result (tests, scripts). */
  async syncNow(id: string): Promise<SyncState> {
    this.startSync(id);
    await this.runs.get(id);
    return this.syncStatus(id);
  }

  private async runSync(id: string, state: SyncState): Promise<void> {
    try {
      const client = await this.ctx.certn(id);
      const packages = await client.listPackages({
        onProgress: (p) => {
          state.loaded = p.loaded;
          state.total = p.total;
          this.pushProgress(id, state);
        },
      });
      // Each local change commits with its audit row.
      this.db.transaction(() => {
        this.store(id, packages, 'sync', state.startedAt!);
        this.ctx.s.settings.set(id, { packagesSyncedAt: state.startedAt });
        this.ctx.record('packages.synced', id, { count: packages.length });
      })();
      state.loaded = state.total = packages.length;
    } catch (e) {
      state.error = toErrorInfo(e);
    } finally {
      state.running = false;
      state.finishedAt = this.ctx.now().toISOString();
      this.pushProgress(id, state);
    }
  }

  private store(id: string, packages: CertnPackage[], source: 'sync' | 'url', at: string): void {
    const upsert = this.db.prepare(
      `INSERT INTO packages (integration_id, id, name, description, is_active, use_for_ats, tags, check_types, source, synced_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (integration_id, id) DO UPDATE SET name = excluded.name, description = excluded.description,
         is_active = excluded.is_active, use_for_ats = excluded.use_for_ats, tags = excluded.tags,
         check_types = excluded.check_types, synced_at = excluded.synced_at`,
    );
    this.db.transaction(() => {
      for (const p of packages) {
        const tags = (p.tags ?? []).map((t) => (typeof t === 'string' ? t : String((t as { name?: unknown })?.name ?? ''))).filter(Boolean);
        upsert.run(id, p.id, p.name, p.description ?? '', num(p.is_active), num(p.use_for_ats), JSON.stringify(tags), JSON.stringify(p.check_types ?? []), source, at);
      }
      // Packages gone from the account and never selected are dropped; selected ones stay, flagged as missing.
      if (source === 'sync') this.db.prepare('DELETE FROM packages WHERE integration_id = ? AND selected = 0 AND source = ? AND synced_at < ?').run(id, 'sync', at);
    })();
  }

  /** All packages, or just `only`: look-alikes are always judged against the whole account. */
  list(id: string, only?: string): PackageRowView[] {
    return listPackages(this.ctx, id, { only });
  }

  get(id: string, packageId: string): PackageRowView {
    const p = this.list(id, packageId)[0];
    if (!p) throw new AppError('package_unknown', 'That package is not in this integration’s list.', 'Sync the packages or add it by its portal address.');
    return p;
  }

  /** Paste a portal URL: parse, check the region, then ask Certn for the package itself. */
  async addByUrl(id: string, url: string): Promise<PackageRowView> {
    const region = portalRegion(this.ctx.environment(id));
    const { packageId } = parsePackageUrl(url, region);
    const client = await this.ctx.certn(id);
    let pkg: CertnPackage;
    try {
      pkg = await client.getPackage(packageId);
    } catch (e) {
      if (e instanceof AppError && e.code === 'certn_not_found') {
        throw new AppError('package_not_found', `Certn has no package with the id ${packageId} in this account.`, 'Check that the address was copied whole, and that the package belongs to this Certn account and region.');
      }
      throw e;
    }
    this.db.transaction(() => {
      this.store(id, [pkg], 'url', this.ctx.now().toISOString());
      this.db.prepare("UPDATE packages SET source = CASE WHEN source = 'sync' THEN source ELSE 'url' END WHERE integration_id = ? AND id = ?").run(id, pkg.id);
      // Selected at once, unless it would fail when ordered: that takes an explicit override.
      const row = this.get(id, pkg.id);
      if (row.verification.verdict.level !== 'blocked') this.db.prepare('UPDATE packages SET selected = 1 WHERE integration_id = ? AND id = ?').run(id, pkg.id);
      this.ctx.record('package.added', id, { packageId: pkg.id, name: pkg.name, selected: row.verification.verdict.level !== 'blocked' });
    })();
    return this.get(id, pkg.id);
  }

  select(id: string, packageId: string, selected: boolean, override = false): PackageRowView {
    const before = this.get(id, packageId);
    const { verdict } = before.verification;
    const overrides = { ...(this.ctx.s.settings.get(id, OVERRIDES) ?? {}) };
    if (selected && verdict.level === 'blocked' && !override && !overrides[packageId]) {
      throw new AppError(
        'package_will_fail',
        `“${before.name.trim()}” will fail when a recruiter orders it: ${verdict.blockers.join(', ')}.`,
        'Fix it in the Client Portal and sync again, or select it anyway with an explicit override (recorded in the audit log).',
      );
    }
    // The override, the selection and their audit rows commit together.
    this.db.transaction(() => {
      if (selected && verdict.level === 'blocked' && override) {
        overrides[packageId] = { at: this.ctx.now().toISOString(), reasons: verdict.blockers };
        this.ctx.record('package.override', id, { packageId, name: before.name, reasons: verdict.blockers });
      }
      if (!selected) delete overrides[packageId];
      this.ctx.s.settings.set(id, { [OVERRIDES]: overrides });
      this.db.prepare('UPDATE packages SET selected = ? WHERE integration_id = ? AND id = ?').run(selected ? 1 : 0, id, packageId);
      this.ctx.record(selected ? 'package.selected' : 'package.unselected', id, { packageId, name: before.name });
    })();
    return this.get(id, packageId);
  }

  confirmAts(id: string, packageId: string): PackageRowView {
    const p = this.get(id, packageId);
    if (p.useForAts === false) {
      throw new AppError('ats_off', 'Certn reports that this package is not marked for ATS use.', 'In the Client Portal, edit the package, switch on “Mark this package for ATS use”, save, then sync the packages again.');
    }
    const confirmed = new Set(this.ctx.s.settings.get(id, 'atsConfirmed') ?? []);
    confirmed.add(packageId);
    this.db.transaction(() => {
      this.ctx.s.settings.set(id, { atsConfirmed: [...confirmed] });
      this.ctx.record('package.ats_confirmed', id, { packageId, name: p.name });
    })();
    return this.get(id, packageId);
  }

  offeredChecks(id: string): string[] {
    const set = new Set<string>();
    for (const p of this.list(id)) for (const c of p.checkTypes) set.add(c);
    return [...set].sort();
  }

  plans(id: string) {
    const region = portalRegion(this.ctx.environment(id));
    const rows = this.db.prepare('SELECT * FROM package_plans WHERE integration_id = ? ORDER BY created_at').all(id) as {
      id: string; name: string; description: string; check_types: string; tags: string; created_at: string; package_id: string | null;
    }[];
    return rows.map((r) => {
      const checkTypes = JSON.parse(r.check_types) as string[];
      const tags = JSON.parse(r.tags) as string[];
      return {
        id: r.id,
        name: r.name,
        description: r.description,
        checkTypes,
        tags,
        createdAt: r.created_at,
        packageId: r.package_id,
        portalUrl: newPackagePortalUrl(region),
        checklist: planChecklist(r.name, r.description, checkTypes, tags),
      };
    });
  }

  plan(id: string, p: { name: string; description: string; checkTypes: string[]; tags: string[] }) {
    this.ctx.s.integrations.get(id);
    const planId = randomUUID();
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO package_plans (id, integration_id, name, description, check_types, tags, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(planId, id, p.name, p.description, JSON.stringify(p.checkTypes), JSON.stringify(p.tags), this.ctx.now().toISOString());
      this.ctx.record('package.planned', id, { planId, name: p.name });
    })();
    return this.plans(id).find((x) => x.id === planId)!;
  }

  async completePlan(id: string, planId: string, url: string): Promise<PackageRowView> {
    const plan = this.plans(id).find((x) => x.id === planId);
    if (!plan) throw new AppError('plan_unknown', 'That package plan no longer exists.', 'Plan the package again.');
    const added = await this.addByUrl(id, url);
    this.db.prepare('UPDATE package_plans SET package_id = ? WHERE id = ?').run(added.id, planId);
    return added;
  }

  /** The simulator's portal does what the admin would do by hand, then the console reads the new URL. */
  async createPlanInSimulator(id: string, planId: string): Promise<PackageRowView> {
    const plan = this.plans(id).find((x) => x.id === planId);
    if (!plan) throw new AppError('plan_unknown', 'That package plan no longer exists.', 'Plan the package again.');
    const sim = await this.ctx.simulator(id);
    const created = await sim.admin.createPackage({ name: plan.name, description: plan.description, use_for_ats: true, tags: plan.tags, check_types: plan.checkTypes });
    return this.completePlan(id, planId, packagePortalUrl(portalRegion('simulator'), created.id));
  }

  /** Packages the admin made through the console, for restoring a restarted simulator. */
  plannedInSimulator(id: string) {
    return this.plans(id).filter((p) => p.packageId);
  }
}

/**
 * The packages of an integration with their verdicts (all, only the selected ones, or one), for
 * every place that shows or hands them over. Look-alikes are judged against the whole account.
 */
export function listPackages(ctx: SetupContext, id: string, o: { only?: string; selected?: boolean } = {}): PackageRowView[] {
  const db = ctx.s.db;
  ctx.s.integrations.get(id);
  const rows = (o.only
    ? db.prepare('SELECT * FROM packages WHERE integration_id = ? AND id = ?').all(id, o.only)
    : o.selected
      ? db.prepare('SELECT * FROM packages WHERE integration_id = ? AND selected = 1 ORDER BY name, id').all(id)
      : db.prepare('SELECT * FROM packages WHERE integration_id = ? ORDER BY name COLLATE NOCASE, id').all(id)) as Row[];
  const lastSync = ctx.s.settings.get(id, 'packagesSyncedAt');
  const confirmed = new Set(ctx.s.settings.get(id, 'atsConfirmed') ?? []);
  const overrides = ctx.s.settings.get(id, OVERRIDES) ?? {};
  const names = lookalikeIndex(db.prepare('SELECT id, name FROM packages WHERE integration_id = ?').all(id) as { id: string; name: string }[]);
  return rows.map((r) => {
    const exists = !lastSync || !r.synced_at || r.synced_at >= lastSync;
    const verification = verify({ id: r.id, name: r.name, isActive: bool(r.is_active), useForAts: bool(r.use_for_ats), exists, atsConfirmed: confirmed.has(r.id) }, names);
    const override = r.selected === 1 && verification.verdict.level === 'blocked' ? (overrides[r.id] ?? null) : null;
    return {
      id: r.id,
      name: r.name,
      description: r.description,
      isActive: bool(r.is_active),
      useForAts: bool(r.use_for_ats),
      tags: JSON.parse(r.tags),
      checkTypes: JSON.parse(r.check_types),
      selected: r.selected === 1,
      source: r.source,
      syncedAt: r.synced_at,
      verification,
      override,
    };
  });
}

function planChecklist(name: string, description: string, checks: string[], tags: string[]): string[] {
  return [
    'In the Client Portal, open Packages → New Package.',
    `Name: ${JSON.stringify(name)} (exactly; iCIMS will match it character for character).`,
    description ? `Description: ${description}` : 'Description: optional.',
    'Switch on “Mark this package for ATS use”.',
    tags.length ? `Tags: ${tags.join(', ')}.` : 'Tags: optional.',
    `Checks: ${checks.join(', ')}.`,
    'Review, then Save package.',
    'Copy the new package’s address from the browser and paste it below.',
  ];
}
