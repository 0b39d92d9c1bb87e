// i18n-pending: its words are moving to the message catalogs.
import { useState } from 'react';
import { api, mode } from '../api';
import { downloadText, useAction, useLoad } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { formatDateTime } from '../../main/shared/time';
import type { StepId } from '../../main/shared/steps';
import type { RotationState, RotationView } from '../../main/ipc/contract/maintenance';

// After go-live: rotate a credential, file the integration record, move the configuration.

type Kind = RotationView['kind'];
const KINDS: { id: Kind; label: string; reasons: { id: string; label: string }[] }[] = [
  { id: 'webhook', label: 'Webhook username and password', reasons: [{ id: 'regenerated', label: 'Certn regenerated them' }, { id: 'leaked', label: 'A handoff leaked' }, { id: 'routine', label: 'Routine rotation' }] },
  { id: 'certn_api_key', label: 'Certn API key', reasons: [{ id: 'expiry', label: 'The key expires soon' }, { id: 'leaked', label: 'The key leaked' }, { id: 'routine', label: 'Routine rotation' }] },
  { id: 'icims', label: 'iCIMS integration credentials', reasons: [{ id: 'issued', label: 'iCIMS issued new ones' }, { id: 'leaked', label: 'They leaked' }, { id: 'routine', label: 'Routine rotation' }] },
];
const STATE = { todo: ['warn', 'To do'], done: ['ok', 'Done'], not_needed: ['', 'Not needed'] } as const;
const CONFIRM_LABEL: Record<string, string> = {
  'webhook:apply': 'The consultant has updated iCIMS',
  'icims:apply': 'The new iCIMS values are saved in Certn',
  'certn_api_key:revoke': 'The old key is revoked',
};

export function AfterGoLive({ integrationId, simulator, go }: { integrationId: string; simulator: boolean; go: (step: StepId) => void }) {
  return (
    <>
      <RotationPanel integrationId={integrationId} simulator={simulator} go={go} />
      <RecordCard integrationId={integrationId} />
      <ConfigExportCard integrationId={integrationId} />
    </>
  );
}

function RotationPanel({ integrationId, simulator, go }: { integrationId: string; simulator: boolean; go: (step: StepId) => void }) {
  const load = useLoad(() => api.rotation.state({ integrationId }), [integrationId]);
  const [kind, setKind] = useState<Kind>('webhook');
  const [reason, setReason] = useState('regenerated');
  const act = useAction(async (fn: () => Promise<RotationState>) => load.setData(await fn()));
  const state = load.data;
  const current = state?.current ?? null;
  return (
    <section className="card" aria-labelledby="rotation-title">
      <h2 id="rotation-title">Credential rotation</h2>
      <p className="muted">
        Replace one credential at a time: what to do in which portal, the new value into the vault, a new handoff where the consultant needs one, and a check that the new
        value works and the old one is refused.
      </p>
      <ErrorNote error={load.error ?? act.error} />
      {state && !current && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void act.run(() => api.rotation.start({ integrationId, kind, reason }));
          }}
        >
          <label>
            Credential to rotate
            <select
              value={kind}
              onChange={(e) => {
                const k = e.target.value as Kind;
                setKind(k);
                setReason(KINDS.find((x) => x.id === k)!.reasons[0].id);
              }}
            >
              {KINDS.map((k) => <option key={k.id} value={k.id}>{k.label}</option>)}
            </select>
          </label>
          <label>
            Why
            <select value={reason} onChange={(e) => setReason(e.target.value)}>
              {KINDS.find((k) => k.id === kind)!.reasons.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
            </select>
          </label>
          <button type="submit" className="primary" disabled={act.busy}>Start rotation</button>
        </form>
      )}
      {current && <CurrentRotation integrationId={integrationId} r={current} simulator={simulator} busy={act.busy} run={act.run} go={go} />}
      {state && state.history.length > 0 && (
        <>
          <h3>Earlier rotations</h3>
          <ul aria-label="Earlier rotations">
            {state.history.map((r) => (
              <li key={r.id}>
                {r.kindLabel}: {r.completedAt ? `completed ${formatDateTime(r.completedAt)}` : `cancelled ${formatDateTime(r.cancelledAt!)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CurrentRotation(props: { integrationId: string; r: RotationView; simulator: boolean; busy: boolean; run: (fn: () => Promise<RotationState>) => Promise<void | undefined>; go: (step: StepId) => void }) {
  const { integrationId, r, busy, run, go } = props;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [apiKey, setApiKey] = useState('');
  const capture = () =>
    run(() => api.rotation.capture({
      integrationId,
      ...(r.kind === 'certn_api_key' ? { apiKey } : { password, ...(username.trim() ? { username } : {}) }),
    })).then(() => (setPassword(''), setApiKey('')));
  return (
    <div className="rotation" aria-label={`Rotation of the ${r.kindLabel}`} role="group">
      <h3>Rotating the {r.kindLabel.toLowerCase()}</h3>
      <p className="muted small">Started {formatDateTime(r.startedAt)}</p>
      <ol className="rotation-steps">
        {r.steps.map((s) => (
          <li key={s.id} aria-label={s.title}>
            <strong>{s.title}</strong> <span className={`badge ${STATE[s.state][0]}`}>{STATE[s.state][1]}</span>
            {s.state !== 'done' && s.instructions.map((line) => <p key={line} className="muted">{line}</p>)}
            {s.state === 'todo' && s.id === 'portal' && s.canDoItForMe && (
              <button disabled={busy} onClick={() => void run(() => api.rotation.doItForMe({ integrationId, step: 'portal' }))}>Do it in the simulated portal</button>
            )}
            {s.state === 'todo' && s.id === 'capture' && (
              <form onSubmit={(e) => (e.preventDefault(), void capture())}>
                {r.kind === 'certn_api_key' ? (
                  <label>New API key<input type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} /></label>
                ) : (
                  <>
                    <label>{r.kind === 'webhook' ? 'New webhook username' : 'iCIMS username (leave empty to keep the current one)'}<input autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} /></label>
                    <label>{r.kind === 'webhook' ? 'New webhook password' : 'New iCIMS password'}<input type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} /></label>
                  </>
                )}
                <button type="submit" disabled={busy}>Save the new credential</button>
              </form>
            )}
            {s.state === 'todo' && s.id === 'handoff' && r.steps.find((x) => x.id === 'capture')!.state === 'done' && (
              <button onClick={() => go('handoff')}>Go to step 4, Handoff</button>
            )}
            {s.state === 'todo' && (s.id === 'apply' || s.id === 'revoke') && (
              <span className="row">
                {s.canDoItForMe && (
                  <button disabled={busy} onClick={() => void run(() => api.rotation.doItForMe({ integrationId, step: s.id as 'apply' | 'revoke' }))}>Do it in the simulator</button>
                )}
                <button disabled={busy} onClick={() => void run(() => api.rotation.confirm({ integrationId, step: s.id as 'apply' | 'revoke' }))}>{CONFIRM_LABEL[`${r.kind}:${s.id}`]}</button>
              </span>
            )}
            {s.id === 'verify' && (
              <>
                {r.verification && (
                  <ul aria-label="Rotation check">
                    {r.verification.map((c) => (
                      <li key={c.label}>
                        <span className={`badge ${c.ok ? 'ok' : 'bad'}`}>{c.ok ? 'Passed' : 'Failed'}</span> {c.label}: <span className="muted">{c.detail}</span>
                      </li>
                    ))}
                  </ul>
                )}
                {!r.canComplete && (
                  <button className="primary" disabled={busy} onClick={() => void run(() => api.rotation.verify({ integrationId }))}>Check new and old credentials</button>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      <div className="row">
        <button className="primary" disabled={busy || !r.canComplete} onClick={() => void run(() => api.rotation.complete({ integrationId }))}>Complete rotation</button>
        <button className="link" disabled={busy} onClick={() => void run(() => api.rotation.cancel({ integrationId }))}>Cancel rotation</button>
      </div>
    </div>
  );
}

function downloadBase64(fileName: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function RecordCard({ integrationId }: { integrationId: string }) {
  const [saved, setSaved] = useState<string | null>(null);
  const act = useAction(async () => {
    setSaved(null);
    if (mode === 'electron') {
      const r = await api.record.save({ integrationId });
      setSaved(r.savedTo ? `Saved to ${r.savedTo}.` : null);
      return;
    }
    const r = await api.record.pdf({ integrationId });
    downloadBase64(r.fileName, r.base64, 'application/pdf');
    setSaved(`Downloaded ${r.fileName}.`);
  });
  return (
    <section className="card" aria-labelledby="record-title">
      <h2 id="record-title">Integration record</h2>
      <p className="muted">
        One PDF an auditor or the consultant can file: company, region and endpoint, iCIMS Customer ID, the packages with their exact names (every space shown as ␣) and
        IDs, report type, default group, milestones, every handoff with its SHA-256, the latest health check and a summary of the audit log. It holds no secret.
      </p>
      <button className="primary" disabled={act.busy} onClick={() => void act.run()}>
        {mode === 'electron' ? 'Save the integration record (PDF)…' : 'Download the integration record (PDF)'}
      </button>
      {saved && <p role="status">{saved}</p>}
      <ErrorNote error={act.error} />
    </section>
  );
}

function ConfigExportCard({ integrationId }: { integrationId: string }) {
  const act = useAction(async () => {
    const r = await api.config.export({ integrationId });
    downloadText(r.fileName, r.json, 'application/json');
  });
  return (
    <section className="card" aria-labelledby="config-title">
      <h2 id="config-title">Move or share this configuration</h2>
      <p className="muted">
        A JSON file with the non-secret configuration (packages, groups, report type, iCIMS Customer ID, milestones), to set this integration up on another machine or hand it
        to a colleague as a template: “Import a configuration” on the new-integration screen reads it. Secrets are not in it: enter them again there, or send them by a handoff.
      </p>
      <button disabled={act.busy} onClick={() => void act.run()}>Export configuration (JSON)</button>
      <ErrorNote error={act.error} />
    </section>
  );
}

/** On the new-integration screen: an integration made from an exported configuration file. */
export function ImportConfig({ onImported }: { onImported: (id: string) => Promise<void> }) {
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const act = useAction(async () => {
    if (!file) throw new Error('Choose the configuration file first.');
    const created = await api.config.import({ json: await file.text(), ...(name.trim() ? { name: name.trim() } : {}) });
    await onImported(created.id);
  });
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">Import a configuration</h2>
      <p className="muted">From a file exported with “Export configuration” on another machine or by a colleague. Secrets are not in it: you enter them again in their steps.</p>
      <label>
        Configuration file
        <input type="file" accept="application/json,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <label>
        Name for the imported integration <span className="muted">(optional: the file’s name otherwise)</span>
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <button disabled={act.busy || !file} onClick={() => void act.run()}>Import configuration</button>
      <ErrorNote error={act.error} />
    </section>
  );
}
