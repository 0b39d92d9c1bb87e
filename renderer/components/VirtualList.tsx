import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

interface Props<T> {
  items: T[];
  getKey: (item: T) => string;
  render: (item: T) => React.ReactNode;
  estimate?: number;
  height?: number;
  label: string;
}

/** Renders only the rows in view, so thousands of packages scroll smoothly; rows may vary in height. */
export function VirtualList<T>({ items, getKey, render, estimate = 64, height = 460, label }: Props<T>) {
  const parentRef = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({
    count: items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => estimate,
    getItemKey: (i) => getKey(items[i]),
    overscan: 8,
  });
  return (
    <div ref={parentRef} className="virtual-list" style={{ maxHeight: height }} role="list" aria-label={label}>
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((row) => (
          <div
            key={row.key}
            role="listitem"
            data-index={row.index}
            ref={v.measureElement}
            className="virtual-row"
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)` }}
          >
            {render(items[row.index])}
          </div>
        ))}
      </div>
    </div>
  );
}
