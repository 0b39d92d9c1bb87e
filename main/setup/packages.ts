import { randomUUID } from 'node:crypto';
import { AppError, toErrorInfo } from '../shared/errors';
import { t } from '../shared/i18n';
import { portalRegion } from '../shared/regions';
import type { CertnPackage } from '../certn';
import type { PackagePlan, PackageView, SyncStatus } from '../ipc/contract/setup';
import type { PackageListIndex, PackageCounts, PackageFilter } from '../store/package-list';
import type { StepDeps } from './deps';
import { lookalikeKey, verify } from './package-checks';
import { packageVerdict } from '../shared/package-verdict';
import type { SharedMessageId } from '../shared/i18n/shared-ids';
import type { OrderOverride } from '../store/settings';
import { newPackagePortalUrl, packagePortalUrl, parsePackageUrl } from './package-url';

/** What the packages step touches: its tables, the settings it keeps, the audit, Certn, and the window. */
export type PackagesDeps = Pick<StepDeps, 'tx' | 'clock' | 'audit' | 'integrations' | 'settings' | 'packages' | 'plans' | 'apis' | 'events'>;
/** What reading the list with verdicts needs (readiness reads the selected packages through it too). */
export type PackageListDeps = Pick<StepDeps, 'integrations' | 'settings' | 'packages'>;

/** A package selected although it will fail when ordered: recorded, audited, and shown as such. */
type Override = NonNullable<PackageView['override']>;

const OVERRIDES = 'orderOverrides' as const;

const bool = (v: number | null) => (v === null ? null : v === 1);
const num = (v: boolean | undefined) => (v === undefined ? null : v ? 1 : 0);

/** Step 1: the account's packages, kept in SQLite and judged for iCIMS. */
export class PackagesService {
  private readonly syncs = new Map<string, SyncStatus>();
  private readonly runs = new Map<string, Promise<void>>();
  private readonly listIndex: PackageListIndex;

  constructor(private readonly d: PackagesDeps) {
    this.listIndex = d.packages.listIndex((id) => new Set(d.settings.get(id, 'atsConfirmed') ?? []));
  }

  private get repo() {
    return this.d.packages;
  }

  private get planRows() {
    return this.d.plans;
  }

  private now(): Date {
    return this.d.clock.now();
  }

  syncStatus(id: string): SyncStatus {
    return this.syncs.get(id) ?? { running: false, loaded: 0, total: 0, startedAt: null, finishedAt: (this.d.settings.get(id, 'packagesSyncedAt') ?? null), error: null, callsLeft: null, etaAt: null };
  }

  /** Starts a sync in the background; its progress is pushed to the window as packages.syncProgress. */
  startSync(id: string): SyncStatus {
    const current = this.syncs.get(id);
    if (current?.running) return current;
    const state: SyncStatus = { running: true, loaded: 0, total: 0, startedAt: this.now().toISOString(), finishedAt: null, error: null, callsLeft: null, etaAt: null };
    this.syncs.set(id, state);
    this.pushProgress(id, state);
    this.runs.set(id, this.runSync(id, state));
    return { ...state };
  }

  private pushProgress(id: string, state: SyncStatus): void {
    this.d.events.emit('packages.syncProgress', { integrationId: id, ...state });
  }

  /** For callers that want the result (tests, scripts). */
  async syncNow(id: string): Promise<SyncStatus> {
    this.startSync(id);
    await this.runs.get(id);
    return this.syncStatus(id);
  }

  private async runSync(id: string, state: SyncStatus): Promise<void> {
    try {
      const client = await this.d.apis.certn(id);
      const packages = await client.listPackages({
        onProgress: (p) => {
          state.loaded = p.loaded;
          state.total = p.total;
          state.callsLeft = p.callsLeft;
          state.etaAt = new Date(this.now().getTime() + p.etaMs).toISOString();
          this.pushProgress(id, state);
        },
      });
      // Each local change commits with its audit row.
      this.d.tx(() => {
        const written = this.store(id, packages, 'sync', state.startedAt!);
        this.d.settings.set(id, { packagesSyncedAt: state.startedAt });
        this.d.audit.record('packages.synced', id, { count: packages.length, written });
      });
      this.listIndex.forget(id);
      state.loaded = state.total = packages.length;
    } catch (e) {
      state.error = toErrorInfo(e);
    } finally {
      state.running = false;
      state.finishedAt = this.now().toISOString();
      state.callsLeft = state.etaAt = null;
      this.pushProgress(id, state);
    }
  }

  /**
   * Writes only what differs from what is stored: an unchanged package is not touched, a package
   * gone from the account is deleted by its id (or, if selected or added by URL, marked missing).
   * Returns the number of package rows written, so a re-sync with nothing new is seen to write none.
   */
  private store(id: string, packages: CertnPackage[], source: 'sync' | 'url', at: string): number {
    const repo = this.repo;
    let written = 0;
    this.d.tx(() => {
      const seen = new Set<string>();
      for (const p of packages) {
        const tags = (p.tags ?? []).map((t) => (typeof t === 'string' ? t : String((t as { name?: unknown })?.name ?? ''))).filter(Boolean);
        written += repo.upsert(id, { id: p.id, name: p.name, description: p.description ?? '', isActive: num(p.is_active), useForAts: num(p.use_for_ats), tags, checkTypes: p.check_types ?? [], lookalikeKey: lookalikeKey(p.name) }, source, at);
        seen.add(p.id);
      }
      if (source !== 'sync') return;
      // Packages gone from the account and never selected are dropped; selected ones (and ones
      // added by URL) stay, flagged as missing.
      for (const r of repo.syncState(id)) {
        if (seen.has(r.id)) continue;
        if (r.selected === 0 && r.source === 'sync') written += repo.delete(id, r.id);
        else if (r.missing_since === null) written += repo.flagMissing(id, r.id, at);
      }
    });
    return written;
  }

  /** One window of the list as the Packages step shows it: filtered, searched, in name order. */
  list(id: string, o: { filter?: PackageFilter; query?: string; offset?: number; limit?: number } = {}): { total: number; offset: number; rows: PackageView[] } {
    this.d.integrations.get(id);
    const offset = o.offset ?? 0;
    const { total, ids } = this.listIndex.window(id, { filter: o.filter ?? 'all', query: o.query ?? '', offset, limit: o.limit ?? 100 });
    const rows = listPackages(this.d, id, { ids });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { total, offset, rows: ids.map((i) => byId.get(i)).filter((r): r is PackageView => !!r) };
  }

  /** How many packages each filter shows, for its button, apart from the list itself. */
  counts(id: string): PackageCounts {
    this.d.integrations.get(id);
    return this.listIndex.counts(id);
  }

  get(id: string, packageId: string): PackageView {
    const p = listPackages(this.d, id, { only: packageId })[0];
    if (!p) throw new AppError('package_unknown', t('packages.unknown'), t('packages.unknown.hint'));
    return p;
  }

  /** Paste a portal URL: parse, check the region, then ask Certn for the package itself. */
  async addByUrl(id: string, url: string): Promise<PackageView> {
    const region = portalRegion(this.d.apis.environment(id));
    const { packageId } = parsePackageUrl(url, region);
    const client = await this.d.apis.certn(id);
    let pkg: CertnPackage;
    try {
      pkg = await client.getPackage(packageId);
    } catch (e) {
      if (e instanceof AppError && e.code === 'certn_not_found') {
        throw new AppError('package_not_found', t('packages.notFound', { packageId }), t('packages.notFound.hint'));
      }
      throw e;
    }
    this.d.tx(() => {
      this.store(id, [pkg], 'url', this.now().toISOString());
      this.repo.markAddedByUrl(id, pkg.id);
      // Selected at once, unless it would fail when ordered: that takes an explicit override.
      const row = this.get(id, pkg.id);
      if (row.verification.verdict.level !== 'blocked') this.repo.setSelected(id, pkg.id, true);
      this.d.audit.record('package.added', id, { packageId: pkg.id, name: pkg.name, selected: row.verification.verdict.level !== 'blocked' });
    });
    // A new name can make others look-alikes: the list index is rebuilt rather than patched.
    this.listIndex.forget(id);
    return this.get(id, pkg.id);
  }

  /** A tick: one row read, one row written, its audit entry; nothing scales with the account. */
  select(id: string, packageId: string, selected: boolean, override = false): PackageView {
    const before = this.get(id, packageId);
    const { verdict } = before.verification;
    const stored = this.d.settings.get(id, OVERRIDES) ?? {};
    if (selected && verdict.level === 'blocked' && !override && !stored[packageId]) {
      throw new AppError(
        'package_will_fail',
        t('packages.willFail', { name: before.name.trim(), reasons: verdict.blockers.join(', ') }),
        t('packages.willFail.hint'),
      );
    }
    const overrides = { ...stored };
    let recorded: OrderOverride | null = null;
    if (selected && verdict.level === 'blocked' && override) overrides[packageId] = recorded = { at: this.now().toISOString(), reasons: verdict.blockers, reasonIds: blockerIds(before.verification) };
    if (!selected) delete overrides[packageId];
    const overridesChanged = recorded !== null || (!selected && packageId in stored);
    // The override, the selection and their audit rows commit together.
    this.listIndex.write(
      id,
      packageId,
      () => this.d.tx(() => {
        if (recorded) this.d.audit.record('package.override', id, { packageId, name: before.name, reasons: verdict.blockers, reasonIds: recorded.reasonIds });
        if (overridesChanged) this.d.settings.set(id, { [OVERRIDES]: overrides });
        this.repo.setSelected(id, packageId, selected);
        this.d.audit.record(selected ? 'package.selected' : 'package.unselected', id, { packageId, name: before.name });
      }),
      () => ({ selected }),
    );
    const override_ = selected && verdict.level === 'blocked' ? overrideView(overrides[packageId]) : null;
    return { ...before, selected, override: override_ };
  }

  confirmAts(id: string, packageId: string): PackageView {
    const p = this.get(id, packageId);
    if (p.useForAts === false) {
      throw new AppError('ats_off', t('packages.atsOff'), t('packages.atsOff.hint'));
    }
    const confirmed = new Set(this.d.settings.get(id, 'atsConfirmed') ?? []);
    confirmed.add(packageId);
    return this.listIndex.write(
      id,
      packageId,
      () => {
        this.d.tx(() => {
          this.d.settings.set(id, { atsConfirmed: [...confirmed] });
          this.d.audit.record('package.ats_confirmed', id, { packageId, name: p.name });
        });
        return this.get(id, packageId);
      },
      (after) => ({ level: after.verification.verdict.level }),
    );
  }

  /** Every check type the account's packages use, for planning a new package. */
  offeredChecks(id: string): string[] {
    this.d.integrations.get(id);
    return this.repo.checkTypes(id);
  }

  plans(id: string): PackagePlan[] {
    const region = portalRegion(this.d.apis.environment(id));
    return this.planRows.list(id).map((r) => ({
      ...r,
      portalUrl: newPackagePortalUrl(region),
      checklist: planChecklist(r.name, r.description, r.checkTypes, r.tags),
    }));
  }

  plan(id: string, p: { name: string; description: string; checkTypes: string[]; tags: string[] }): PackagePlan {
    this.d.integrations.get(id);
    const planId = randomUUID();
    this.d.tx(() => {
      this.planRows.insert(id, { id: planId, name: p.name, description: p.description, checkTypes: p.checkTypes, tags: p.tags, createdAt: this.now().toISOString() });
      this.d.audit.record('package.planned', id, { planId, name: p.name });
    });
    return this.plans(id).find((x) => x.id === planId)!;
  }

  async completePlan(id: string, planId: string, url: string): Promise<PackageView> {
    const plan = this.plans(id).find((x) => x.id === planId);
    if (!plan) throw new AppError('plan_unknown', t('packages.planUnknown'), t('packages.planUnknown.hint'));
    const added = await this.addByUrl(id, url);
    this.planRows.linkPackage(planId, added.id);
    return added;
  }

  /** The simulator's portal does what the admin would do by hand, then the console reads the new URL. */
  async createPlanInSimulator(id: string, planId: string): Promise<PackageView> {
    const plan = this.plans(id).find((x) => x.id === planId);
    if (!plan) throw new AppError('plan_unknown', t('packages.planUnknown'), t('packages.planUnknown.hint'));
    const sim = await this.d.apis.simulator(id);
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
export function listPackages(d: PackageListDeps, id: string, o: { only?: string; selected?: boolean; ids?: string[] } = {}): PackageView[] {
  d.integrations.get(id);
  const repo = d.packages;
  repo.fillLookalikeKeys(id);
  const rows = repo.rows(id, o);
  const confirmed = new Set(d.settings.get(id, 'atsConfirmed') ?? []);
  const overrides = d.settings.get(id, OVERRIDES) ?? {};
  // Each row's look-alikes are one indexed lookup, so showing a few rows never reads the account.
  return rows.map((r) => {
    const exists = r.missing_since === null;
    const names = new Map([[lookalikeKey(r.name), repo.withLookalikeKey(id, lookalikeKey(r.name))]]);
    const verification = verify({ id: r.id, name: r.name, isActive: bool(r.is_active), useForAts: bool(r.use_for_ats), exists, atsConfirmed: confirmed.has(r.id) }, names);
    const override = r.selected === 1 && verification.verdict.level === 'blocked' ? overrideView(overrides[r.id]) : null;
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
    t('packages.plan.open'),
    // JSON-escaped so a trailing space or a quote in the name shows; the message adds the quotes.
    t('packages.plan.name', { name: JSON.stringify(name).slice(1, -1) }),
    description ? t('packages.plan.description', { description }) : t('packages.plan.descriptionOptional'),
    t('packages.plan.ats'),
    tags.length ? t('packages.plan.tags', { tags: tags.join(', ') }) : t('packages.plan.tagsOptional'),
    t('packages.plan.checks', { checks: checks.join(', ') }),
    t('packages.plan.save'),
    t('packages.plan.paste'),
  ];
}

/** Why a package would fail, as message ids: the same rules as its verdict, kept unworded so they read in any language later. */
function blockerIds(v: PackageView['verification']): SharedMessageId[] {
  return packageVerdict({ name: '', exists: v.exists, active: v.active, ats: v.ats, lookalikes: [] }, (id) => id).blockers as SharedMessageId[];
}

/** A stored override in the reader's language. */
function overrideView(o: OrderOverride | undefined): Override | null {
  if (!o) return null;
  return { at: o.at, reasons: o.reasonIds ? o.reasonIds.map((id) => t(id as SharedMessageId)) : o.reasons };
}
