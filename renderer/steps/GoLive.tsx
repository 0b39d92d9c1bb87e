import { useState } from 'react';
import { api } from '../api';
import { useAction } from '../hooks';
import { ErrorNote } from '../components/ErrorNote';
import { RehearsalPanel } from '../components/RehearsalPanel';
import { CasesPanel } from '../components/CasesPanel';
import { AfterGoLive } from '../components/AfterGoLive';
import { STEPS } from '../../main/shared/steps';
import { useT, type MessageId } from '../i18n';
import type { StepProps } from './types';
import type { ProbeResult } from '../../main/ipc/contract/setup';

const STATE_LABEL = {
  todo: 'shell.stepState.todo',
  in_progress: 'shell.stepState.in_progress',
  done: 'shell.stepState.done',
  attention: 'shell.stepState.attention',
} as const satisfies Record<string, MessageId>;
const OUTCOME_CLASS = { accepted: 'ok', rejected: 'bad', inconclusive: 'warn' } as const;

/** Step 5: is everything in place, does the endpoint answer, and are cases flowing? */
export function GoLive({ integration, steps, refresh, go }: StepProps) {
  const t = useT();
  const id = integration.id;
  const simulator = integration.environment === 'simulator';
  return (
    <section className="panel" aria-labelledby="golive-title">
      <h1 id="golive-title">{t.step('golive')}</h1>
      <div className="card">
        <h2>{t('golive.overview.title')}</h2>
        <table className="overview">
          <tbody>
            {STEPS.filter((s) => s.id !== 'golive').map((s, i) => {
              const st = steps.find((x) => x.id === s.id);
              const state = st?.state ?? 'todo';
              return (
                <tr key={s.id}>
                  <td>{t.number(i)}</td>
                  <th scope="row">{t.step(s.id)}</th>
                  <td>
                    <span className={`badge ${state === 'done' ? 'ok' : state === 'attention' ? 'bad' : 'warn'}`}>{t(STATE_LABEL[state])}</span>
                  </td>
                  <td>{st?.missing.length ? <span className="muted">{t('golive.overview.missing', { items: st.missing.join('; ') })}</span> : null}</td>
                  <td>
                    {state !== 'done' && (
                      <button className="link" onClick={() => go(s.id)}>
                        {t('golive.overview.fix', { step: t.step(s.id) })}
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
  const t = useT();
  const [result, setResult] = useState<ProbeResult | null>(null);
  const probe = useAction(async () => {
    setResult(null);
    setResult(await api.golive.probe({ integrationId }));
    onChange();
  });
  return (
    <div className="card">
      <h2>{t.rich('golive.probe.title', { muted: (c) => <span className="muted small">{c}</span> })}</h2>
      <p className="muted">{t('golive.probe.help')}</p>
      <button className="primary" disabled={probe.busy} onClick={() => void probe.run()}>
        {probe.busy ? t('golive.probe.busy') : t('golive.probe.run')}
      </button>
      <ErrorNote error={probe.error} />
      {result && (
        <div className={`probe-result ${result.outcome}`} role="status" aria-label={t('golive.probe.result')}>
          <span className={`badge ${OUTCOME_CLASS[result.outcome]}`}>{t('golive.probe.outcome', { outcome: result.outcome })}</span>
          {result.httpStatus !== undefined && <span className="muted"> {t('golive.probe.http', { status: String(result.httpStatus) })}</span>}
          <strong> {result.title}</strong>
          <p>{result.explanation}</p>
          <span className="muted small">{t.dateTime(result.at)}</span>
        </div>
      )}
    </div>
  );
}
