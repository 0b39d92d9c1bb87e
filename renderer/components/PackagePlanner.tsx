import { useState } from 'react';
import { api } from '../api';
import { useAction, useLoad } from '../hooks';
import { ErrorNote } from './ErrorNote';
import type { PackagePlan, PackageView } from '../../main/ipc/contract/setup';
import { useT } from '../i18n';

interface Props {
  integrationId: string;
  simulator: boolean;
  onPackage: (p: PackageView) => void;
}

/** Plan a package here, create it in the portal with the checklist, then link it back by its URL. */
export function PackagePlanner({ integrationId, simulator, onPackage }: Props) {
  const t = useT();
  const plans = useLoad(() => api.packages.plans({ integrationId }), [integrationId]);
  const [open, setOpen] = useState(false);
  const pending = (plans.data ?? []).filter((p) => !p.packageId);
  return (
    <div className="card">
      <div className="panel-head">
        <h2>{t('packages.plan.title')}</h2>
        <button aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('packages.plan.close') : t('packages.plan.title')}
        </button>
      </div>
      <p className="muted">{t('packages.plan.intro')}</p>
      <ErrorNote error={plans.error} />
      {open && <PlanForm integrationId={integrationId} onPlanned={() => (setOpen(false), plans.reload())} />}
      {pending.map((p) => (
        <PendingPlan key={p.id} plan={p} integrationId={integrationId} simulator={simulator} onDone={(pkg) => (onPackage(pkg), plans.reload())} />
      ))}
    </div>
  );
}

function PlanForm({ integrationId, onPlanned }: { integrationId: string; onPlanned: () => void }) {
  const t = useT();
  const offered = useLoad(() => api.packages.offeredChecks({ integrationId }), [integrationId]);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [checks, setChecks] = useState<string[]>([]);
  const [tags, setTags] = useState('');
  const act = useAction(async () => {
    await api.packages.plan({
      integrationId,
      name,
      description,
      checkTypes: checks,
      tags: tags.split(',').map((tag) => tag.trim()).filter(Boolean),
    });
    onPlanned();
  });
  return (
    <form className="plan-form" onSubmit={(e) => (e.preventDefault(), void act.run())}>
      <label>
        {t('packages.plan.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('packages.plan.description')}
        <input value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <fieldset>
        <legend>{t('packages.plan.checks')}</legend>
        <ErrorNote error={offered.error} />
        {offered.data === null && !offered.error && <p className="muted">{t('packages.plan.loading')}</p>}
        <div className="check-grid">
          {(offered.data ?? []).map((c) => (
            <label key={c} className="inline">
              <input type="checkbox" checked={checks.includes(c)} onChange={(e) => setChecks(e.target.checked ? [...checks, c] : checks.filter((x) => x !== c))} />
              <span className="mono">{c}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        {t.rich('packages.plan.tags', { muted: (c) => <span className="muted">{c}</span> })}
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <div className="actions">
        <button className="primary" type="submit" disabled={act.busy}>
          {t('packages.plan.submit')}
        </button>
      </div>
      <ErrorNote error={act.error} />
    </form>
  );
}

function PendingPlan({ plan, integrationId, simulator, onDone }: { plan: PackagePlan; integrationId: string; simulator: boolean; onDone: (p: PackageView) => void }) {
  const t = useT();
  const [url, setUrl] = useState('');
  const act = useAction(async (fn: () => Promise<PackageView>) => onDone(await fn()));
  return (
    <div className="plan" aria-label={t('packages.plan.planned', { name: plan.name })}>
      <h3>
        {t.rich('packages.plan.waiting', { name: plan.name, muted: (c) => <span className="muted">{c}</span> })}
      </h3>
      <ol className="howto">
        {plan.checklist.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
      <div className="actions">
        <a className="button" href={plan.portalUrl} target="_blank" rel="noopener noreferrer">
          {t('packages.plan.openPortal')}
        </a>
        {simulator && (
          <button disabled={act.busy} onClick={() => void act.run(() => api.packages.createPlanInSimulator({ integrationId, planId: plan.id }))}>
            {t('packages.plan.createInSimulator')}
          </button>
        )}
      </div>
      <form className="row" onSubmit={(e) => (e.preventDefault(), void act.run(() => api.packages.completePlan({ integrationId, planId: plan.id, url: url.trim() })))}>
        <label className="grow">
          {t('packages.plan.url', { name: plan.name })}
          {/* i18n-ignore: the portal's own address pattern, the same in every language */}
          <input value={url} placeholder="https://client.certn.co/ca/package/…/" onChange={(e) => setUrl(e.target.value)} />
        </label>
        <button type="submit" disabled={act.busy || !url.trim()}>
          {t('packages.plan.link')}
        </button>
      </form>
      <ErrorNote error={act.error} />
    </div>
  );
}
