import type { Group } from '../ipc/contract/setup';
import type { GroupRow } from '../store/groups';

// The tree is built here, not in store/: its shape is the contract's, and store never imports the
// contract (it sits below it in the layers).

/** Groups in tree order (parents before children, siblings by name) with their depth, for an indented picker. */
export function groupTree(rows: GroupRow[]): Group[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, GroupRow[]>();
  for (const r of rows) {
    const parent = r.parent_id && ids.has(r.parent_id) ? r.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: Group[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const r of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name))) {
      if (seen.has(r.id)) continue; // a cycle in bad data must not hang the console
      seen.add(r.id);
      out.push({ id: r.id, name: r.name, parentId: r.parent_id, shortId: r.short_id, depth, isActive: r.is_active === 1 });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
