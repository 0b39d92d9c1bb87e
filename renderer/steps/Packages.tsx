// i18n-pending: its words are moving to the message catalogs.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../api';
import { useAction, useLoad } from '../hooks';
import { ErrorNote } from '../components/ErrorNote';
import { VirtualList } from '../components/VirtualList';
import { usePackageWindow, type PackageFilter } from '../components/usePackageWindow';
import { PackageRow } from '../components/PackageRow';
import { PackagePlanner } from '../components/PackagePlanner';
import { VisibleName } from '../components/VisibleName';
import { portalRegion } from '../../main/shared/regions';
import { StepFooter, stepDone, useDisabledReason } from '../components/StepFooter';
import type { StepProps } from './types';
import { useConsoleEvent } from '../push';
import type { PackageView, SyncStatus } from '../../main/ipc/contract/setup';
import { formatTime } from '../../main/shared/time';

type Filter = PackageFilter;
const FILTERS: { id: Filter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'ready', label: 'Ready for iCIMS' },
  { id: 'selected', label: 'Selected' },
  { id: 'problems', label: 'With problems' },
];

/**
 * The later of two views of a sync: the answer to packages.sync and the pushed progress can arrive
 * in either order, and an older "running" must not hide the end of the same sync.
 */
function latest(cur: SyncStatus | null, next: SyncStatus): SyncStatus {
  if (!cur || cur.startedAt !== next.startedAt) return next;
  if (!cur.running && next.running) return cur;
  if (cur.running && next.running && next.loaded < cur.loaded) return cur;
  return next;
}

/** Step 1: the account's packages, verified, and the ones chosen for iCIMS. */
export function Packages({ integration, steps, refresh, go }: StepProps) {
  const id = integration.id;
  const [sync, setSync] = useState<SyncStatus | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const [url, setUrl] = useState('');
  const [added, setAdded] = useState<PackageView | null>(null);

  // Main filters, searches and pages the list; the filter counts come apart.
  const list = usePackageWindow(id, filter, query);
  const countsLoad = useLoad(() => api.packages.counts({ integrationId: id }), [id]);
  const { replace, reload: reloadRows } = list;
  const reloadCounts = countsLoad.reload;
  const reload = useCallback(() => (reloadRows(), reloadCounts()), [reloadRows, reloadCounts]);
  /** After a change to one package: its row at once, then the counts, and the list if the filter may now leave it out. */
  const changed = useCallback(
    (p: PackageView) => {
      replace(p);
      reloadCounts();
      if (filter !== 'all') reloadRows();
    },
    [replace, reloadCounts, reloadRows, filter],
  );

  // Progress is pushed by main (packages.syncProgress); the status is read once on mount, which
  // also picks up a sync started before a reload, and again if the event stream reconnects.
  const readSync = useCallback(() => void api.packages.syncStatus({ integrationId: id }).then((s) => setSync((cur) => latest(cur, s)), () => undefined), [id]);
  useEffect(readSync, [readSync]);
  useConsoleEvent(
    'packages.syncProgress',
    ({ integrationId, ...s }) => integrationId === id && setSync((cur) => latest(cur, s)),
    readSync,
  );
  const syncEnded = useRef<(() => void)[]>([]);
  const endedStarts = useRef(new Set<string>());
  // When a sync ends, the list and the step states are read again. Told apart by its finish time:
  // several pushed updates may reach one render, so "running, then not" may never be seen.
  const lastFinish = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!sync) return;
    if (sync.running) lastFinish.current ??= null;
    else if (lastFinish.current === undefined) lastFinish.current = sync.finishedAt;
    else if (sync.finishedAt !== lastFinish.current) {
      lastFinish.current = sync.finishedAt;
      if (sync.startedAt) endedStarts.current.add(sync.startedAt);
      reload();
      refresh();
      for (const done of syncEnded.current.splice(0)) done();
    }
  }, [sync, reload, refresh]);
  useEffect(() => () => void syncEnded.current.splice(0).forEach((done) => done()), []);

  // The action lasts until the sync ends, so its result is announced and focus kept as for any action.
  const startSync = useAction(async () => {
    const s = await api.packages.sync({ integrationId: id });
    // Its end may have been pushed before this answer arrived.
    const over = !s.running || (s.startedAt !== null && endedStarts.current.has(s.startedAt));
    const ended = new Promise<void>((resolve) => (over ? resolve() : syncEnded.current.push(resolve)));
    setSync((cur) => latest(cur, s));
    await ended;
  });
  const add = useAction(async () => {
    setAdded(null);
    const p = await api.packages.addByUrl({ integrationId: id, url: url.trim() });
    reload();
    setAdded(p);
    setUrl('');
    refresh();
  });
  const rowAct = useAction(async (fn: () => Promise<PackageView>) => {
    const p = await fn();
    changed(p);
    refresh();
    return p;
  });

  const counts = countsLoad.data ?? { all: 0, ready: 0, selected: 0, problems: 0, synced: 0 };
  const shown = list.total ?? 0;

  const running = sync?.running ?? false;
  const syncError = sync?.error ? new ApiError(sync.error.code, sync.error.message, sync.error.hint) : null;
  const region = portalRegion(integration.environment);
  const done = stepDone(steps, 'packages');
  const addReason = useDisabledReason([!url.trim() && 'Paste a package address first.']);

  return (
    <section className="panel" aria-labelledby="packages-title">
      <h1 id="packages-title">Packages</h1>
      <p className="lead">Choose the Certn packages recruiters may order from iCIMS. Each is checked against Certn: it must exist, be active, be marked for ATS use, belong to this region and have an exact name.</p>

      <div className="card">
        <div className="panel-head">
          <h2>Your account's packages</h2>
          <button className={done || counts.all > 0 ? '' : 'primary'} disabled={running || startSync.busy} onClick={() => void startSync.run()}>
            {running ? 'Syncing…' : counts.synced > 0 ? 'Sync again' : 'Sync packages from Certn'}
          </button>
        </div>
        {sync && (sync.running || sync.total > 0) && (
          <div className="sync-progress">
            <progress aria-label="Package sync progress" value={sync.loaded} max={Math.max(sync.total, 1)} />
            <span className="muted" role="status">
              {sync.running ? `Loading ${sync.loaded} of ${sync.total || '…'} packages` : `${sync.loaded} packages synced${sync.finishedAt ? ` at ${formatTime(sync.finishedAt)}` : ''}`}
            </span>
            {sync.running && <SyncPace callsLeft={sync.callsLeft} etaAt={sync.etaAt} />}
          </div>
        )}
        <ErrorNote error={startSync.error ?? syncError} />
        <ErrorNote error={list.error ?? countsLoad.error} />

        <div className="list-tools">
          <label className="grow">
            Search packages
            <input type="search" value={query} placeholder="Name, ID or tag" onChange={(e) => setQuery(e.target.value)} />
          </label>
          <div className="segmented" role="group" aria-label="Show">
            {FILTERS.map((f) => (
              <button key={f.id} aria-pressed={filter === f.id} className={filter === f.id ? 'on' : ''} onClick={() => setFilter(f.id)}>
                {f.label} ({counts[f.id]})
              </button>
            ))}
          </div>
        </div>
        <ErrorNote error={rowAct.error} />
        {list.total === null ? null : shown === 0 ? (
          <p className="muted empty">{counts.all === 0 ? 'No packages yet: sync them from Certn, or add one by its portal URL.' : 'No package matches.'}</p>
        ) : (
          <VirtualList
            label="Packages"
            count={shown}
            item={list.item}
            onRange={list.ensure}
            getKey={(p) => p.id}
            estimate={78}
            render={(p) => (
              <PackageRow
                p={p}
                busy={rowAct.busy}
                onSelect={(on, override) => {
                  // Show the tick at once; the answer from main (or a failure) settles it.
                  replace({ ...p, selected: on });
                  void rowAct.run(() => api.packages.select({ integrationId: id, packageId: p.id, selected: on, override })).then((r) => r === undefined && replace(p));
                }}
                onConfirmAts={() => void rowAct.run(() => api.packages.confirmAts({ integrationId: id, packageId: p.id }))}
              />
            )}
          />
        )}
      </div>

      <div className="card">
        <h2>Add a package by its portal URL</h2>
        <p className="muted">
          In the Certn Client Portal, open the package under Packages and copy the address from the browser, e.g. <span className="mono">https://client.certn.co/{region}/package/&lt;package id&gt;/</span>
        </p>
        <form className="row" onSubmit={(e) => (e.preventDefault(), void add.run())}>
          <label className="grow">
            Package URL
            <input value={url} placeholder={`https://client.certn.co/${region}/package/…/`} onChange={(e) => (setUrl(e.target.value), setAdded(null))} />
          </label>
          <button type="submit" disabled={add.busy || !url.trim()} aria-describedby={addReason.describedBy}>
            Add package
          </button>
        </form>
        {addReason.hint}
        <ErrorNote error={add.error} />
        <p role="status" className={added ? (added.selected ? 'ok-note' : 'warn-note') : 'sr-only'}>
          {added && (
            <>
              {added.selected ? '✓ Added and selected ' : 'Added, not selected: '}
              <VisibleName name={added.name} /> (ID <span className="mono">{added.id}</span>)
              {!added.selected && ` will fail when ordered (${added.verification.verdict.blockers.join(', ')}); select it in the list only if you mean to.`}
            </>
          )}
        </p>
      </div>

      <PackagePlanner integrationId={id} simulator={integration.environment === 'simulator'} onPackage={() => (reload(), refresh())} />

      <StepFooter step="packages" steps={steps} go={go}>
        <span className="muted">{counts.selected} selected for iCIMS</span>
      </StepFooter>
    </section>
  );
}

/**
 * How long the rest of a sync should take and how many calls the console's own rate window has
 * left: counted down here each second, since no page may arrive while the window slides.
 */
function SyncPace({ callsLeft, etaAt }: { callsLeft: number | null; etaAt: string | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  if (etaAt === null && callsLeft === null) return null;
  const seconds = etaAt === null ? null : Math.max(0, Math.ceil((Date.parse(etaAt) - now) / 1000));
  const left = seconds === null ? null : seconds < 60 ? `about ${seconds} s left` : `about ${Math.round(seconds / 60)} min left`;
  return (
    <span className="muted small sync-pace">
      {left}
      {left && callsLeft !== null && ' · '}
      {callsLeft !== null && (callsLeft === 0 ? 'waiting for the console’s rate window to slide' : `${callsLeft} more calls may start now within the console’s rate window`)}
    </span>
  );
}
