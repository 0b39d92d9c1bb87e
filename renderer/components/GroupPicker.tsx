import { useId } from 'react';
import type { Group } from '../../main/ipc/contract/setup';
import { useT } from '../i18n';

/** The account's groups as a tree (indented by depth), in the order parents then children. */
export function orderGroups(groups: Group[]): Group[] {
  const byParent = new Map<string | null, Group[]>();
  const ids = new Set(groups.map((g) => g.id));
  for (const g of groups) {
    const key = g.parentId && ids.has(g.parentId) ? g.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), g]);
  }
  const out: Group[] = [];
  const walk = (parent: string | null) => {
    for (const g of (byParent.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name))) {
      out.push(g);
      walk(g.id);
    }
  };
  walk(null);
  return out;
}

const groupName = (g: Group) => (g.shortId ? `${g.name} (${g.shortId})` : g.name);

interface Props {
  groups: Group[];
  value: string | null;
  onChange: (id: string) => void;
  disabled?: boolean;
}

export function GroupPicker({ groups, value, onChange, disabled }: Props) {
  const t = useT();
  const ordered = orderGroups(groups);
  const id = useId();
  // Labelled by id: a wrapping label would take every option's text into its name.
  return (
    <div className="field">
      <label htmlFor={id}>{t('certn.picker.label')}</label>
      <select id={id} value={value ?? ''} disabled={disabled || groups.length === 0} onChange={(e) => e.target.value && onChange(e.target.value)}>
        <option value="" disabled>
          {groups.length ? t('certn.picker.select') : t('certn.picker.syncFirst')}
        </option>
        {ordered.map((g) => (
          <option key={g.id} value={g.id} disabled={!g.isActive}>
            {'\u00a0\u00a0\u00a0'.repeat(g.depth)}
            {g.depth > 0 ? '└ ' : ''}
            {g.isActive ? groupName(g) : t('certn.picker.inactive', { group: groupName(g) })}
          </option>
        ))}
      </select>
    </div>
  );
}
