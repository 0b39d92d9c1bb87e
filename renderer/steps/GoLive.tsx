// i18n-pending: its words are moving to the message catalogs.
import { useState } from 'react';
import { api } from '../api';
import { useAction } from '../hooks';
import { ErrorNote } from '../components/ErrorNote';
import { RehearsalPanel } from '../components/RehearsalPanel';
import { CasesPanel } from '../components/CasesPanel';
import { AfterGoLive } from '../components/AfterGoLive';
import { STEPS } from '../../main/shared/steps';
import { useT } from '../i18n';
import type { StepProps } from './types';
import type { ProbeResult } from '../../main/ipc/contract/setup';
import { formatDateTime } from '../../main/shared/time';

const STATE_LABEL = { todo: 'Not started', in_progress: 'In progress', done: 'Done', attention: 'Needs attention' } as const;
const OUTCOME = { accepted: ['ok', 'Accepted'], rejected: ['bad', 'Rejected'], inconclusive: ['warn', 'Inconclusive'] } as const;

/** Step 5: is everything in place, does the endpoint answer, and are cases flowing? */
export function GoLive({ integration, steps, refresh, go }: StepProps) {
  const t = useT();
  const id = integration.id;
  const simulator = integration.environment === 'simulator';
  return (
    <section className="panel" aria-labelledby="golive-title">
      <h1 id="golive-title">Go-live</h1>
      <div className="card">
        <h2>Every step at a glance</h2>
        <table className="overview">
          <tbody>
            {STEPS.filter((s) => s.id !== 'golive').map((s, i) => {
              const st = steps.find((x) => x.id === s.id);
              const state = st?.state ?? 'todo';
              return (
                <tr key={s.id}>
                  <td>{i}</td>
                  <th scope="row">{t.step(s.id)}</th>
                  <td>
                    <span className={`badge ${state === 'done' ? 'ok' : state === 'attention' ? 'bad' : 'warn'}`}>{STATE_LABEL[state]}</span>
                  </td>
                  <td>{st?.missing.length ? <span className="muted">Missing: {st.missing.join('; ')}</span> : null}</td>
                  <td>
                    {state !== 'done' && (
                      <button className="link" onClick={() => go(s.id)}>
                        Fix {t.step(s.id)}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <ProbeCard integrationId={id} onChange={refresh} />

      {simulator ? <RehearsalPanel integrationId={id} onChange={refresh} /> : <CasesPanel integrationId={id} />}

      <AfterGoLive integrationId={id} simulator={simulator} go={go} />
    </section>
  );
}

function ProbeCard({ integrationId, onChange }: { integrationId: string; onChange: () => void }) {
  const [result, setResult] = useState<ProbeResult | null>(null);
  const probe = useAction(async () => {
    setResult(null);
    setResult(await api.golive.probe({ integrationId }));
    onChange();
  });
  return (
    <div className="card">
      <h2>
        Endpoint probe <span className="muted small">(best effort)</span>
      </h2>
      <p className="muted">
        Sends Certn's iCIMS endpoint an empty event with the webhook credentials, gzip-compressed as iCIMS sends events. No public document says how that endpoint answers such a probe, so the verdict is a best-effort reading; it cannot prove iCIMS is configured.
      </p>
      <button className="primary" disabled={probe.busy} onClick={() => void probe.run()}>
        {probe.busy ? 'Probing…' : 'Probe the endpoint'}
      </button>
      <ErrorNote error={probe.error} />
      {result && (
        <div className={`probe-result ${result.outcome}`} role="status" aria-label="Probe result">
          <span className={`badge ${OUTCOME[result.outcome][0]}`}>{OUTCOME[result.outcome][1]}</span>
          {result.httpStatus !== undefined && <span className="muted"> HTTP {result.httpStatus}</span>}
          <strong> {result.title}</strong>
          <p>{result.explanation}</p>
          <span className="muted small">{formatDateTime(result.at)}</span>
        </div>
      )}
    </div>
  );
}
