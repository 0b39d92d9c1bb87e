import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';
import type { PackageView } from '../../main/ipc/contract/setup';

export type PackageFilter = 'all' | 'ready' | 'selected' | 'problems';

const PAGE = 50;

/**
 * The Packages list as pages asked for when they come into view: main filters and searches, so a
 * big account is never sent (or held here) whole. A new filter or search starts over; an answer
 * to an older one is dropped.
 */
export function usePackageWindow(integrationId: string, filter: PackageFilter, query: string) {
  const [total, setTotal] = useState<number | null>(null);
  const [rows, setRows] = useState<ReadonlyMap<number, PackageView>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  const asked = useRef(new Set<number>());
  const range = useRef<[number, number]>([0, 0]);
  /** False from a start-over until its first page is in. */
  const started = useRef(false);

  const fetchPage = useCallback(
    function fetchPage(page: number, fresh: boolean) {
      const g = generation.current;
      asked.current.add(page);
      api.packages.list({ integrationId, filter, query, offset: page * PAGE, limit: PAGE }).then(
        (r) => {
          if (g !== generation.current) return;
          setTotal(r.total);
          setError(null);
          setRows((cur) => {
            const next = new Map(fresh ? [] : cur);
            r.rows.forEach((p, i) => next.set(r.offset + i, p));
            return next;
          });
          // The rest of the window in view follows the first page, so a start-over never mixes lists.
          if (fresh) {
            started.current = true;
            const [start, end] = range.current;
            for (let p = Math.max(1, Math.floor(start / PAGE)); p <= Math.floor(end / PAGE) && p * PAGE < r.total; p++) if (!asked.current.has(p)) fetchPage(p, false);
          }
        },
        (e) => {
          if (g !== generation.current) return;
          asked.current.delete(page);
          setError(e);
        },
      );
    },
    [integrationId, filter, query],
  );

  const ensure = useCallback(
    (start: number, end: number) => {
      range.current = [start, end];
      // Before the first page of a start-over arrives, it brings the rest itself.
      if (!started.current) return;
      for (let page = Math.floor(start / PAGE); page <= Math.floor(end / PAGE); page++) if (!asked.current.has(page)) fetchPage(page, false);
    },
    [fetchPage],
  );

  // Start over: the first page replaces what was shown (kept until then, so nothing flickers).
  useEffect(() => {
    generation.current++;
    asked.current = new Set();
    started.current = false;
    fetchPage(0, true);
  }, [fetchPage, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  /** Shows a row's new state at once (a tick, an answer from main) wherever it is loaded. */
  const replace = useCallback((p: PackageView) => setRows((cur) => new Map([...cur].map(([i, x]) => [i, x.id === p.id ? p : x]))), []);
  const item = useCallback((i: number) => rows.get(i), [rows]);

  return { total, item, ensure, replace, reload, error };
}
