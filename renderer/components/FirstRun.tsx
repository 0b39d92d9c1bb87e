// i18n-pending: its words are moving to the message catalogs.
import { useState } from 'react';
import { api } from '../api';
import { useAction } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { ImportConfig } from './AfterGoLive';
import { ENVIRONMENT_LABEL_IDS, type Environment } from '../../main/shared/regions';
import { useT } from '../i18n';

type Integration = Awaited<ReturnType<typeof api.integrations.create>>;

/** A fresh install must be usable at once: rehearse with the simulator, or connect a real region. */
export function FirstRun({ onCreated, onCancel }: { onCreated: (i: Integration) => void; onCancel?: () => void }) {
  const t = useT();
  const [env, setEnv] = useState<Environment>('ca');
  const [name, setName] = useState('');
  const act = useAction(async (environment: Environment, fallbackName: string) => {
    onCreated(await api.integrations.create({ name: name.trim() || fallbackName, environment }));
  });
  return (
    <div className="first-run">
      <h1>Set up Certn with iCIMS</h1>
      <p className="lead">
        This console walks you through every step: Certn packages, the iCIMS request, the Certn connection, the secure handoff to
        the iCIMS consultant, and go-live. Everything you enter is saved as you go.
      </p>
      <label className="name-field">
        Integration name <span className="muted">(optional)</span>
        <input value={name} placeholder="e.g. Acme Canada" onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="choices">
        <div className="card choice">
          <h2>Try with the local simulator</h2>
          <p>A built-in Certn and iCIMS on this computer: no account, no network. Rehearse the whole loop, from moving a candidate to seeing the report link in iCIMS.</p>
          <button className="primary" disabled={act.busy} onClick={() => void act.run('simulator', 'Simulator rehearsal')}>
            Try with the local simulator
          </button>
        </div>
        <div className="card choice">
          <h2>Connect to a Certn region</h2>
          <p>Use your real Certn account. You will need a Certn API key from the Client Portal (Settings → Integrations → API Keys).</p>
          <label>
            Region
            <select value={env} onChange={(e) => setEnv(e.target.value as Environment)}>
              {(['ca', 'uk', 'au', 'sandbox'] as const).map((e) => (
                <option key={e} value={e}>
                  {t(ENVIRONMENT_LABEL_IDS[e])}
                </option>
              ))}
            </select>
          </label>
          <button disabled={act.busy} onClick={() => void act.run(env, `Certn ${t(ENVIRONMENT_LABEL_IDS[env])}`)}>
            Connect to a Certn region
          </button>
        </div>
      </div>
      <ErrorNote error={act.error} />
      <ImportConfig
        onImported={async (id) => {
          await api.prefs.set({ lastIntegrationId: id, firstRunDone: true });
          onCreated((await api.integrations.list({})).find((i) => i.id === id)!);
        }}
      />
      {onCancel && (
        <button className="link" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
