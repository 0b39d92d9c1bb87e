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
import { useT, type MessageId } from '../i18n';

type Filter = PackageFilter;
const FILTERS = [
  { id: 'all', label: 'packages.filter.all' },
  { id: 'ready', label: 'packages.filter.ready' },
  { id: 'selected', label: 'packages.filter.selected' },
  { id: 'problems', label: 'packages.filter.problems' },
] as const satisfies readonly { id: Filter; label: MessageId }[];

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
  const t = useT();
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
  // i18n-ignore: the portal's own address pattern, the same in every language
  const portalPackages = `https://client.certn.co/${region}/package/`;
  const done = stepDone(steps, 'packages');
  const addReason = useDisabledReason([!url.trim() && t('packages.add.pasteFirst')]);

  return (
    <section className="panel" aria-labelledby="packages-title">
      <h1 id="packages-title">{t.step('packages')}</h1>
      <p className="lead">{t('packages.lead')}</p>

      <div className="card">
        <div className="panel-head">
          <h2>{t('packages.account.title')}</h2>
          <button className={done || counts.all > 0 ? '' : 'primary'} disabled={running || startSync.busy} onClick={() => void startSync.run()}>
            {running ? t('packages.sync.running') : counts.synced > 0 ? t('packages.sync.again') : t('packages.sync.first')}
          </button>
        </div>
        {sync && (sync.running || sync.total > 0) && (
          <div className="sync-progress">
            <progress aria-label={t('packages.sync.progress')} value={sync.loaded} max={Math.max(sync.total, 1)} />
            <span className="muted" role="status">
              {sync.running
                ? sync.total
                  ? t('packages.sync.loading', { loaded: sync.loaded, total: sync.total })
                  : t('packages.sync.loadingUnknown', { loaded: sync.loaded })
                : sync.finishedAt
                  ? t('packages.sync.doneAt', { count: sync.loaded, time: t.time(sync.finishedAt) })
                  : t('packages.sync.done', { count: sync.loaded })}
            </span>
            {sync.running && <SyncPace callsLeft={sync.callsLeft} etaAt={sync.etaAt} />}
          </div>
        )}
        <ErrorNote error={startSync.error ?? syncError} />
        <ErrorNote error={list.error ?? countsLoad.error} />

        <div className="list-tools">
          <label className="grow">
            {t('packages.search.label')}
            <input type="search" value={query} placeholder={t('packages.search.placeholder')} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <div className="segmented" role="group" aria-label={t('packages.filter.label')}>
            {FILTERS.map((f) => (
              <button key={f.id} aria-pressed={filter === f.id} className={filter === f.id ? 'on' : ''} onClick={() => setFilter(f.id)}>
                {t(f.label, { count: counts[f.id] })}
              </button>
            ))}
          </div>
        </div>
        <ErrorNote error={rowAct.error} />
        {list.total === null ? null : shown === 0 ? (
          <p className="muted empty">{counts.all === 0 ? t('packages.empty.none') : t('packages.empty.noMatch')}</p>
        ) : (
          <VirtualList
            label={t('packages.list.label')}
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
        <h2>{t('packages.add.title')}</h2>
        <p className="muted">
          {t.rich('packages.add.hint', { example: `${portalPackages}<${t('packages.add.idPlaceholder')}>/`, mono: (c) => <span className="mono">{c}</span> })}
        </p>
        <form className="row" onSubmit={(e) => (e.preventDefault(), void add.run())}>
          <label className="grow">
            {t('packages.add.url')}
            <input value={url} placeholder={`${portalPackages}…/`} onChange={(e) => (setUrl(e.target.value), setAdded(null))} />
          </label>
          <button type="submit" disabled={add.busy || !url.trim()} aria-describedby={addReason.describedBy}>
            {t('packages.add.submit')}
          </button>
        </form>
        {addReason.hint}
        <ErrorNote error={add.error} />
        <p role="status" className={added ? (added.selected ? 'ok-note' : 'warn-note') : 'sr-only'}>
          {added && (
            <>
              {t.rich(added.selected ? 'packages.add.selected' : 'packages.add.notSelected', {
                name: <VisibleName name={added.name} />,
                id: added.id,
                blockers: added.verification.verdict.blockers.join(', '),
                mono: (c) => <span className="mono">{c}</span>,
              })}
            </>
          )}
        </p>
      </div>

      <PackagePlanner integrationId={id} simulator={integration.environment === 'simulator'} onPackage={() => (reload(), refresh())} />

      <StepFooter step="packages" steps={steps} go={go}>
        <span className="muted">{t('packages.footer.selected', { count: counts.selected })}</span>
      </StepFooter>
    </section>
  );
}

/**
 * How long the rest of a sync should take and how many calls the console's own rate window has
 * left: counted down here each second, since no page may arrive while the window slides.
 */
function SyncPace({ callsLeft, etaAt }: { callsLeft: number | null; etaAt: string | null }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (etaAt === null && callsLeft === null) return null;
  const seconds = etaAt === null ? null : Math.max(0, Math.ceil((Date.parse(etaAt) - now) / 1000));
  const left = seconds === null ? null : seconds < 60 ? t('packages.pace.seconds', { seconds }) : t('packages.pace.minutes', { minutes: Math.round(seconds / 60) });
  return (
    <span className="muted small sync-pace">
      {left}
      {left && callsLeft !== null && ' · '}
      {callsLeft !== null && (callsLeft === 0 ? t('packages.pace.waiting') : t('packages.pace.calls', { count: callsLeft }))}
    </span>
  );
}
