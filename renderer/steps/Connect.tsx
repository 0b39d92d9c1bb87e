// i18n-pending: its words are moving to the message catalogs.
import { useState } from 'react';
import { api } from '../api';
import { useAction, useLoad } from '../hooks';
import { ErrorNote } from '../components/ErrorNote';
import { CopyButton } from '../components/CopyButton';
import { ENVIRONMENTS, ENVIRONMENT_LABEL_IDS, endpointNote } from '../../main/shared/regions';
import { StepFooter, stepDone, useDisabledReason } from '../components/StepFooter';
import type { StepProps } from './types';
import type { CertnStatus } from '../../main/ipc/contract/setup';
import { calendarDate, formatDate } from '../../main/shared/time';
import { useT } from '../i18n';

const today = () => calendarDate();

/** Step 0: the region (fixed per integration) and a Certn API key verified before it is stored. */
export function Connect({ integration, steps, refresh, go }: StepProps) {
  const t = useT();
  const id = integration.id;
  const status = useLoad(() => api.certn.status({ integrationId: id }), [id]);
  const [apiKey, setApiKey] = useState('');
  const [createdOn, setCreatedOn] = useState(today);
  const act = useAction(async (fn: () => Promise<CertnStatus>) => {
    status.setData(await fn());
    setApiKey('');
    refresh();
  });
  const s = status.data;
  const simulator = integration.environment === 'simulator';
  const done = stepDone(steps, 'connect');
  const keyReason = useDisabledReason([!apiKey.trim() && 'Paste the API key first.']);
  const keyForm = (
    <>
      <ol className="howto">
        <li>Sign in to the Certn Client Portal for this region.</li>
        <li>Go to Settings → Integrations → API Keys and create a key.</li>
        <li>Copy it at once: Certn shows a new key only once. Keys expire after 365 days; several can be active, so you can rotate.</li>
      </ol>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void act.run(() => api.certn.connect({ integrationId: id, apiKey: apiKey.trim(), keyCreatedOn: createdOn || undefined }));
        }}
      >
        <label>
          Certn API key
          <input type="password" autoComplete="off" spellCheck={false} value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
        </label>
        <label>
          Key created on
          <input type="date" value={createdOn} max={today()} onChange={(e) => setCreatedOn(e.target.value)} />
        </label>
        <div className="actions">
          <button className={done || simulator ? '' : 'primary'} type="submit" disabled={act.busy || !apiKey.trim()} aria-describedby={keyReason.describedBy}>
            {act.busy ? 'Checking with Certn…' : 'Verify and store the key'}
          </button>
          {keyReason.hint}
        </div>
      </form>
    </>
  );

  return (
    <section className="panel" aria-labelledby="connect-title">
      <h1 id="connect-title">Connect Certn</h1>
      <p className="lead">The console talks to Certn with your account's API key. It checks the key against Certn before keeping it, encrypted, in the vault.</p>
      <ErrorNote error={status.error} />

      <div className="card">
        <fieldset className="region-choice">
          <legend>Region</legend>
          {ENVIRONMENTS.map((e) => (
            <label key={e} className="inline">
              <input type="radio" name="region" checked={integration.environment === e} disabled readOnly />
              {t(ENVIRONMENT_LABEL_IDS[e])}
            </label>
          ))}
        </fieldset>
        <p className="muted">
          The region is fixed when an integration is created: a Certn key works only in its own region. For another region, add a new integration (“+ New integration”).
        </p>
        <dl className="facts">
          <dt>Certn API</dt>
          <dd className="mono" aria-label="Certn API base URL">{s ? (s.baseUrl ?? (simulator ? 'on this computer; the simulator starts when first used' : '—')) : '…'}</dd>
          <dt>iCIMS events endpoint</dt>
          <dd className="mono">
            {s ? (s.endpointUrl ?? '—') : '…'} {s?.endpointUrl && <CopyButton label="Copy the Certn endpoint URL" text={s.endpointUrl} />}
            {endpointNote(integration.environment, t) && <p className="muted small">{endpointNote(integration.environment, t)}</p>}
          </dd>
        </dl>
      </div>

      {s?.portNotice && (
        <div className="warn-note" role="alert">
          {s.portNotice}
        </div>
      )}
      {s && <KeyState s={s} />}

      {simulator ? (
        // A simulator integration has its own key: that is the way in; a typed key is the exception.
        <div className="card simulator-shortcut">
          <h2>{s?.hasKey ? 'The simulator’s key' : 'Connect to the local simulator'}</h2>
          <p>The simulator made a demo API key for this integration. The console verifies it and keeps it in the vault (it is never shown).</p>
          <button className={done ? '' : 'primary'} disabled={act.busy} onClick={() => void act.run(() => api.certn.connectSimulator({ integrationId: id }))}>
            Use the simulator's demo key
          </button>
          <details className="real-key">
            <summary>Enter an API key by hand instead</summary>
            {keyForm}
          </details>
          <ErrorNote error={act.error} />
        </div>
      ) : (
        <div className="card">
          <h2>{s?.hasKey ? 'Replace the API key' : 'Enter your Certn API key'}</h2>
          {keyForm}
          <ErrorNote error={act.error} />
        </div>
      )}

      <StepFooter step="connect" steps={steps} go={go} />
    </section>
  );
}

function KeyState({ s }: { s: CertnStatus }) {
  if (!s.hasKey) return null;
  return (
    <div className="card" aria-label="API key status">
      <h2>API key</h2>
      <p className={s.verifiedAt ? 'ok-note' : ''}>{s.verifiedAt ? `✓ Verified with Certn on ${formatDate(s.verifiedAt)}; stored in the vault.` : 'Stored, not verified.'}</p>
      <dl className="facts">
        <dt>Created on</dt>
        <dd>{s.keyCreatedOn ? formatDate(s.keyCreatedOn) : 'unknown'}</dd>
        <dt>Expires on</dt>
        <dd>
          {s.expiresOn ? formatDate(s.expiresOn) : 'unknown'}
          {s.daysLeft !== null && ` (${s.daysLeft} days left)`}
        </dd>
        {s.groupCount !== null && (
          <>
            <dt>Groups visible</dt>
            <dd>{s.groupCount}</dd>
          </>
        )}
      </dl>
      {s.reminder && (
        <div className="warn-note" role="alert">
          {s.reminder}
        </div>
      )}
    </div>
  );
}
