// The Packages step's list, paged: the renderer asks for the window it shows (filtered and
// searched here) and for the filter counts apart. Only the verdict level, the selection and a
// search text per package are held in memory; a page's rows are read from SQLite when asked for.
import type { Db } from './db';
import { verdictLevel, type VerdictLevel } from '../shared/package-verdict';

export const PACKAGE_FILTERS = ['all', 'ready', 'selected', 'problems'] as const;
export type PackageFilter = (typeof PACKAGE_FILTERS)[number];

export interface PackageCounts {
  all: number;
  ready: number;
  selected: number;
  problems: number;
  /** Packages that came from a sync (not only added by URL). */
  synced: number;
}

interface Entry {
  id: string;
  /** Name, id and tags, lower-cased, for the search box. */
  text: string;
  level: VerdictLevel;
  selected: boolean;
  fromSync: boolean;
}

interface Index {
  entries: Entry[];
  byId: Map<string, Entry>;
  /** The connection's total_changes() when built: any write since, not patched in, rebuilds it. */
  stamp: number;
}

// The filters read the same verdict as the badge, so a package is counted where it is labelled.
const MATCHES: Record<PackageFilter, (e: Entry) => boolean> = {
  all: () => true,
  ready: (e) => e.level === 'ready',
  selected: (e) => e.selected,
  problems: (e) => e.level !== 'ready',
};

export function searchText(name: string, id: string, tags: string[]): string {
  return [name, id, ...tags].join('\u0000').toLowerCase();
}

export class PackageListIndex {
  private readonly indexes = new Map<string, Index>();

  constructor(private readonly db: Db, private readonly atsConfirmed: (integrationId: string) => Set<string>) {}

  private changes(): number {
    return (this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  }

  private index(integrationId: string): Index {
    const current = this.indexes.get(integrationId);
    if (current && current.stamp === this.changes()) return current;
    const built = this.build(integrationId);
    this.indexes.set(integrationId, built);
    return built;
  }

  private build(integrationId: string): Index {
    fillLookalikeKeys(this.db, integrationId);
    const rows = this.db
      .prepare(
        `SELECT id, name, tags, is_active, use_for_ats, selected, source, missing_since IS NULL AS present, lookalike_key AS k,
                (SELECT COUNT(*) FROM packages o WHERE o.integration_id = p.integration_id AND o.lookalike_key = p.lookalike_key) AS same
         FROM packages p WHERE integration_id = ? ORDER BY name COLLATE NOCASE, id`,
      )
      .all(integrationId) as { id: string; name: string; tags: string; is_active: number | null; use_for_ats: number | null; selected: number; source: string; present: number; same: number }[];
    const confirmed = this.atsConfirmed(integrationId);
    const entries = rows.map((r): Entry => {
      const tags = JSON.parse(r.tags) as string[];
      return {
        id: r.id,
        text: searchText(r.name, r.id, tags),
        level: levelOf({ name: r.name, present: r.present === 1, isActive: r.is_active, useForAts: r.use_for_ats, confirmed: confirmed.has(r.id), lookalikes: Math.max(0, r.same - 1) }),
        selected: r.selected === 1,
        fromSync: r.source === 'sync',
      };
    });
    return { entries, byId: new Map(entries.map((e) => [e.id, e])), stamp: this.changes() };
  }

  /** The ids of one window of the filtered, searched list (in display order) and how many match in all. */
  window(integrationId: string, o: { filter: PackageFilter; query: string; offset: number; limit: number }): { total: number; ids: string[] } {
    const { entries } = this.index(integrationId);
    const q = o.query.trim().toLowerCase();
    const match = MATCHES[o.filter];
    const ids: string[] = [];
    let total = 0;
    for (const e of entries) {
      if (!match(e) || (q && !e.text.includes(q))) continue;
      if (total >= o.offset && ids.length < o.limit) ids.push(e.id);
      total++;
    }
    return { total, ids };
  }

  counts(integrationId: string): PackageCounts {
    const c: PackageCounts = { all: 0, ready: 0, selected: 0, problems: 0, synced: 0 };
    for (const e of this.index(integrationId).entries) {
      c.all++;
      if (e.level === 'ready') c.ready++;
      else c.problems++;
      if (e.selected) c.selected++;
      if (e.fromSync) c.synced++;
    }
    return c;
  }

  /**
   * Runs a write whose effect on the list the caller knows (a tick, an ATS confirmation): the one
   * entry is patched and the index stays valid, so a tick costs the same at any account size. An
   * index that was already stale stays stale (it is rebuilt when next read).
   */
  write<T>(integrationId: string, packageId: string, fn: () => T, change: (result: T) => { selected?: boolean; level?: VerdictLevel }): T {
    const index = this.indexes.get(integrationId);
    const current = index !== undefined && index.stamp === this.changes();
    const result = fn();
    const entry = index?.byId.get(packageId);
    if (current && entry) {
      Object.assign(entry, change(result));
      index.stamp = this.changes();
    }
    return result;
  }

  /** For a write whose effect on other entries is not worked out here (a sync, a package added). */
  forget(integrationId: string): void {
    this.indexes.delete(integrationId);
  }
}

/** The verdict level from the stored facts; the full verdict (with reasons) is built per shown row. */
function levelOf(f: { name: string; present: boolean; isActive: number | null; useForAts: number | null; confirmed: boolean; lookalikes: number }): VerdictLevel {
  const ats = f.confirmed ? 'confirmed' : f.useForAts === 1 ? 'on' : f.useForAts === 0 ? 'off' : 'unknown';
  const active = f.isActive === null ? null : f.isActive === 1;
  // A look-alike's name matters to the reasons, not to the level, so its count stands in for it.
  return verdictLevel({ name: f.name, exists: f.present, active, ats, lookalikes: new Array<string>(f.lookalikes).fill('') });
}

/**
 * Rows written without a look-alike key (by hand, or by a tool that does not know the column) get
 * one before they are read: found through the key's own index, so this costs nothing when none lack it.
 */
export function fillLookalikeKeys(db: Db, id: string): void {
  db.prepare('UPDATE packages SET lookalike_key = lookalike_key(name) WHERE integration_id = ? AND lookalike_key IS NULL').run(id);
}
