// i18n-pending: its words are moving to the message catalogs.
import { useState } from 'react';
import { api } from '../api';
import { useAction, useLoad } from '../hooks';
import { ErrorNote } from './ErrorNote';
import type { PackagePlan, PackageView } from '../../main/ipc/contract/setup';

interface Props {
  integrationId: string;
  simulator: boolean;
  onPackage: (p: PackageView) => void;
}

/** Plan a package here, create it in the portal with the checklist, then link it back by its URL. */
export function PackagePlanner({ integrationId, simulator, onPackage }: Props) {
  const plans = useLoad(() => api.packages.plans({ integrationId }), [integrationId]);
  const [open, setOpen] = useState(false);
  const pending = (plans.data ?? []).filter((p) => !p.packageId);
  return (
    <div className="card">
      <div className="panel-head">
        <h2>Plan a new package</h2>
        <button aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Close the planner' : 'Plan a new package'}
        </button>
      </div>
      <p className="muted">Packages are created in the Certn Client Portal. Plan it here and the console gives you the portal checklist, then checks the result.</p>
      <ErrorNote error={plans.error} />
      {open && <PlanForm integrationId={integrationId} onPlanned={() => (setOpen(false), plans.reload())} />}
      {pending.map((p) => (
        <PendingPlan key={p.id} plan={p} integrationId={integrationId} simulator={simulator} onDone={(pkg) => (onPackage(pkg), plans.reload())} />
      ))}
    </div>
  );
}

function PlanForm({ integrationId, onPlanned }: { integrationId: string; onPlanned: () => void }) {
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
      tags: tags.split(',').map((t) => t.trim()).filter(Boolean),
    });
    onPlanned();
  });
  return (
    <form className="plan-form" onSubmit={(e) => (e.preventDefault(), void act.run())}>
      <label>
        Package name
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Package description
        <input value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <fieldset>
        <legend>Checks your account offers</legend>
        <ErrorNote error={offered.error} />
        {offered.data === null && !offered.error && <p className="muted">Loading…</p>}
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
        Tags <span className="muted">(optional, separated by commas)</span>
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <div className="actions">
        <button className="primary" type="submit" disabled={act.busy}>
          Plan the package
        </button>
      </div>
      <ErrorNote error={act.error} />
    </form>
  );
}

function PendingPlan({ plan, integrationId, simulator, onDone }: { plan: PackagePlan; integrationId: string; simulator: boolean; onDone: (p: PackageView) => void }) {
  const [url, setUrl] = useState('');
  const act = useAction(async (fn: () => Promise<PackageView>) => onDone(await fn()));
  return (
    <div className="plan" aria-label={`Planned package ${plan.name}`}>
      <h3>
        Planned: “{plan.name}” <span className="muted">— waiting for its portal URL</span>
      </h3>
      <ol className="howto">
        {plan.checklist.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
      <div className="actions">
        <a className="button" href={plan.portalUrl} target="_blank" rel="noopener noreferrer">
          Open the New Package page
        </a>
        {simulator && (
          <button disabled={act.busy} onClick={() => void act.run(() => api.packages.createPlanInSimulator({ integrationId, planId: plan.id }))}>
            Create it in the simulator for me
          </button>
        )}
      </div>
      <form className="row" onSubmit={(e) => (e.preventDefault(), void act.run(() => api.packages.completePlan({ integrationId, planId: plan.id, url: url.trim() })))}>
        <label className="grow">
          {`URL of the new package “${plan.name}”`}
          <input value={url} placeholder="https://client.certn.co/ca/package/…/" onChange={(e) => setUrl(e.target.value)} />
        </label>
        <button type="submit" disabled={act.busy || !url.trim()}>
          Link the package
        </button>
      </form>
      <ErrorNote error={act.error} />
    </div>
  );
}
