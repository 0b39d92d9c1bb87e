import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from '../i18n';

interface Props<T> {
  /** How many rows the whole list has, loaded or not. */
  count: number;
  /** The row at an index, or undefined while its page is still on its way. */
  item: (index: number) => T | undefined;
  getKey: (item: T) => string;
  render: (item: T) => React.ReactNode;
  /** Told which rows are in view (with overscan), so the owner loads just those. */
  onRange?: (start: number, end: number) => void;
  estimate?: number;
  height?: number;
  label: string;
}

/** Renders only the rows in view, so thousands of packages scroll smoothly; rows may vary in height. */
export function VirtualList<T>({ count, item, getKey, render, onRange, estimate = 64, height = 460, label }: Props<T>) {
  const t = useT();
  const parentRef = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({
    count,
    getScrollElement: () => parentRef.current,
    estimateSize: () => estimate,
    getItemKey: (i) => {
      const it = item(i);
      return it === undefined ? `row-${i}` : getKey(it);
    },
    overscan: 8,
  });
  const rows = v.getVirtualItems();
  const start = rows[0]?.index ?? 0;
  const end = rows.length ? rows[rows.length - 1].index : -1;
  useEffect(() => {
    if (end >= start) onRange?.(start, end);
  }, [start, end, onRange]);
  return (
    <div ref={parentRef} className="virtual-list" style={{ maxHeight: height }} role="list" aria-label={label}>
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const it = item(row.index);
          return (
            <div
              key={row.key}
              role="listitem"
              data-index={row.index}
              ref={v.measureElement}
              className="virtual-row"
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)` }}
            >
              {it === undefined ? <div className="row-loading muted" aria-busy="true" style={{ minHeight: estimate }}>{t('shell.list.loading')}</div> : render(it)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
