// i18n-pending: its words are moving to the message catalogs.
import { useState } from 'react';
import { api, ApiError } from '../api';
import { useAction, useLoad } from '../hooks';
import { ErrorNote } from '../components/ErrorNote';
import { CopyButton } from '../components/CopyButton';
import { Milestones } from '../components/Milestones';
import { useAutosave } from '../components/useAutosave';
import { ICIMS_API_BASE, endpointNote } from '../../main/shared/regions';
import { StepFooter, stepDone, useDisabledReason } from '../components/StepFooter';
import type { StepProps } from './types';
import type { IcimsStep } from '../../main/ipc/contract/setup';
import { formatDateTime } from '../../main/shared/time';
import { useT } from '../i18n';

/** Step 2: ask iCIMS for the integration, track the wait, capture and verify what the consultant sends. */
export function IcimsRequest({ integration, steps, refresh, go }: StepProps) {
  const t = useT();
  const id = integration.id;
  const step = useLoad(() => api.icims.get({ integrationId: id }), [id]);
  const onStep = (s: IcimsStep) => (step.setData(s), refresh());
  const s = step.data;
  return (
    <section className="panel" aria-labelledby="icims-title">
      <h1 id="icims-title">iCIMS request</h1>
      <p className="lead">iCIMS sets up its side: your iCIMS account manager assigns an integration consultant, who sends you three values for Certn. This takes 6–12 weeks or more.</p>
      <ErrorNote error={step.error} />
      {s && (
        <>
          <RequestCard integrationId={id} s={s} onStep={onStep} endpointCaveat={endpointNote(integration.environment, t)} />
          <Milestones integrationId={id} step={s} onStep={onStep} />
          <Credentials integrationId={id} simulator={integration.environment === 'simulator'} s={s} onStep={onStep} done={stepDone(steps, 'icims')} />
          <StepFooter step="icims" steps={steps} go={go} />
        </>
      )}
    </section>
  );
}

function RequestCard({ integrationId, s, onStep, endpointCaveat }: { integrationId: string; s: IcimsStep; onStep: (s: IcimsStep) => void; endpointCaveat: string | null }) {
  const company = useAutosave(s.company, (v) => api.icims.setCompany({ integrationId, company: v }).then(onStep));
  return (
    <div className="card">
      <h2>Request for your iCIMS account manager</h2>
      <label>
        Your company name
        <input value={company.value} onChange={(e) => company.onChange(e.target.value)} onBlur={company.onBlur} />
      </label>
      <ErrorNote error={company.error} />
      <label>
        Subject
        <input readOnly value={s.requestSubject} />
      </label>
      {/* Labelled by id: a wrapping label would take the textarea's content into its name. */}
      <label htmlFor={`${integrationId}-request-text`}>Request text</label>
      <textarea id={`${integrationId}-request-text`} readOnly className="request-text" value={s.requestText} rows={9} />
      <div className="actions">
        <CopyButton label="Copy the request text" text={`${s.requestSubject}\n\n${s.requestText}`}>
          Copy the request
        </CopyButton>
        <a className="button" href={s.mailto}>
          Open in your email app
        </a>
      </div>
      {s.endpointUrl && (
        <p>
          Certn endpoint for iCIMS events (the consultant will ask for it): <span className="mono">{s.endpointUrl}</span>{' '}
          <CopyButton label="Copy the Certn endpoint URL" text={s.endpointUrl} />
          {endpointCaveat && <span className="muted small"> {endpointCaveat}</span>}
        </p>
      )}
    </div>
  );
}

const HOSTING_LABEL = { us: `United States (${ICIMS_API_BASE.us})`, eu: `Europe (${ICIMS_API_BASE.eu})`, simulator: 'Local simulator' } as const;

/** "Saved" is only green once iCIMS has accepted the value; otherwise it says what is known. */
function SavedState({ s }: { s: IcimsStep }) {
  if (s.verifiedAt && !s.verifyError) return <span className="ok-note">saved, accepted by iCIMS</span>;
  if (s.verifyError) return <span className="warn-note">saved, not accepted: {s.verifyError.message}</span>;
  return <span>saved, not verified yet</span>;
}

function Credentials({ integrationId, simulator, s, onStep, done }: { integrationId: string; simulator: boolean; s: IcimsStep; onStep: (s: IcimsStep) => void; done: boolean }) {
  const [customerId, setCustomerId] = useState(s.customerId ?? '');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [hosting, setHosting] = useState<'us' | 'eu' | 'simulator'>(s.hosting ?? (simulator ? 'simulator' : 'us'));
  const storeReason = useDisabledReason([!customerId.trim() && 'Enter the iCIMS Customer ID to store and verify.']);
  const verifyReason = useDisabledReason([!s.customerId && 'Verify again checks values once they are stored.']);
  const act = useAction(async (fn: () => Promise<IcimsStep>) => {
    const next = await fn();
    onStep(next);
    setCustomerId(next.customerId ?? '');
    setUsername('');
    setPassword('');
  });
  const save = async () => {
    try {
      return await api.icims.saveCredentials({ integrationId, customerId: customerId.trim(), hosting, username: username || undefined, password: password || undefined });
    } catch (e) {
      // A refused password is not kept anywhere, the field included.
      setPassword('');
      throw e;
    }
  };

  return (
    <div className="card">
      <h2>What the iCIMS consultant sends you</h2>
      <p className="muted">Enter them as they arrive; the username and password go straight into the vault and are never shown again here.</p>
      <form className="stack" onSubmit={(e) => (e.preventDefault(), void act.run(save))}>
        <label>
          iCIMS Customer ID
          <input inputMode="numeric" value={customerId} onChange={(e) => setCustomerId(e.target.value)} />
        </label>
        <label>
          iCIMS username
          <input autoComplete="off" value={username} placeholder={s.hasUsername ? 'Saved — type to replace' : ''} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          iCIMS password
          <input type="password" autoComplete="off" value={password} placeholder={s.hasPassword ? 'Saved — type to replace' : ''} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <label htmlFor={`${integrationId}-hosting`}>iCIMS hosting</label>
        <select id={`${integrationId}-hosting`} value={hosting} onChange={(e) => setHosting(e.target.value as typeof hosting)}>
          {/* A simulator integration talks only to the simulated iCIMS; a real one only to a real host. */}
          {simulator ? (
            <option value="simulator">{HOSTING_LABEL.simulator}</option>
          ) : (
            <>
              <option value="us">{HOSTING_LABEL.us}</option>
              <option value="eu">{HOSTING_LABEL.eu}</option>
            </>
          )}
        </select>
        <div className="actions">
          <button className={done ? '' : 'primary'} type="submit" disabled={act.busy || !customerId.trim()} aria-describedby={storeReason.describedBy}>
            {act.busy ? 'Saving and checking…' : 'Store and verify'}
          </button>
          <button type="button" disabled={act.busy || !s.customerId} aria-describedby={verifyReason.describedBy} onClick={() => void act.run(() => api.icims.verify({ integrationId }))}>
            Verify again
          </button>
          {simulator && (
            <button type="button" disabled={act.busy} onClick={() => void act.run(() => api.icims.useSimulatorAccount({ integrationId }))}>
              Use the simulated iCIMS account
            </button>
          )}
        </div>
        {storeReason.hint}
        {verifyReason.hint}
      </form>
      <ErrorNote error={act.error} />
      <ul className="saved-state" aria-label="Saved iCIMS values">
        <li>Customer ID: {s.customerId ? <span className="ok-note">{s.customerId}</span> : 'not saved'}</li>
        <li>Username: {s.hasUsername ? <SavedState s={s} /> : 'not saved'}</li>
        <li>Password: {s.hasPassword ? <SavedState s={s} /> : 'not saved'}</li>
        <li>Hosting: {s.hosting ? HOSTING_LABEL[s.hosting] : `not saved yet (${HOSTING_LABEL[hosting]} is chosen above)`}</li>
      </ul>
      {s.verifiedAt && !s.verifyError && <p className="ok-note">✓ iCIMS accepted these credentials ({formatDateTime(s.verifiedAt)}).</p>}
      <ErrorNote error={s.verifyError ? new ApiError(s.verifyError.code, s.verifyError.message, s.verifyError.hint) : null} />
    </div>
  );
}
