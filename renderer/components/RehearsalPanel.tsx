import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { useAction } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { CaseTable } from './CaseTable';
import { EventInspector } from './EventInspector';
import type { RehearsalState } from '../../main/ipc/contract/setup';
import { useT } from '../i18n';
import { useConsoleEvent } from '../push';

type Delivery = { httpStatus: number | null; userMessage: string | null };

/** Local simulator: play the recruiter (and the iCIMS consultant) and watch the loop close, live. */
export function RehearsalPanel({ integrationId, onChange }: { integrationId: string; onChange: () => void }) {
  const t = useT();
  const [state, setState] = useState<RehearsalState | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [delivery, setDelivery] = useState<Delivery | null>(null);
  const act = useAction(async (fn: () => Promise<RehearsalState>) => {
    setState(await fn());
    onChange();
  });

  // Live while the panel is open: main pushes rehearsal.changed when the simulator changes (a case,
  // a write-back, an event), and the panel reads the state again. One read at a time; a change
  // that arrives meanwhile is read right after it, so the last change is never missed.
  const reading = useRef({ busy: false, again: false });
  const read = useCallback(async () => {
    const r = reading.current;
    if (r.busy) {
      r.again = true;
      return;
    }
    r.busy = true;
    try {
      do {
        r.again = false;
        await api.rehearsal.state({ integrationId }).then(
          (s) => (setState(s), setReadError(null)),
          (e) => setReadError(e),
        );
      } while (r.again);
    } finally {
      r.busy = false;
    }
  }, [integrationId]);
  useEffect(() => void read(), [read]);
  useConsoleEvent('rehearsal.changed', (p) => p.integrationId === integrationId && void read(), () => void read());

  const move = useAction(async (workflowId: string) => {
    setDelivery(null);
    const r = await api.rehearsal.moveToTrigger({ integrationId, workflowId });
    setState(r.state);
    setDelivery(r.delivery);
    onChange();
  });

  const s = state;
  const trigger = s?.triggerStatus?.name ?? '';
  return (
    <div className="card rehearsal" aria-label={t('golive.rehearsal.label')}>
      <h2>{t('golive.rehearsal.title')}</h2>
      <ErrorNote error={readError} />
      {s && (
        <>
          <div className="rehearsal-grid">
            <div>
              <h3>{t('golive.rehearsal.events.title')}</h3>
              <p className="muted">{t('golive.rehearsal.events.help')}</p>
              {s.eventsConfigured ? (
                <p className="ok-note">{t('golive.rehearsal.events.done')}</p>
              ) : (
                <button className="primary" disabled={act.busy} onClick={() => void act.run(() => api.rehearsal.configureEvents({ integrationId }))}>
                  {t('golive.rehearsal.events.configure')}
                </button>
              )}
            </div>
            <div>
              <h3>{t('golive.rehearsal.clock.title')}</h3>
              <p>{t.rich('golive.rehearsal.clock.now', { now: s.simulatedNow ? t.dateTime(s.simulatedNow) : '—', mono: (c) => <span className="mono">{c}</span> })}</p>
              <div className="actions">
                {[1, 24, 72].map((h) => {
                  const amount = h < 24 ? t('golive.rehearsal.clock.amount', { unit: 'hour', n: h }) : t('golive.rehearsal.clock.amount', { unit: 'day', n: h / 24 });
                  return (
                    <button key={h} aria-label={t('golive.rehearsal.clock.advance', { amount })} disabled={act.busy} onClick={() => void act.run(() => api.rehearsal.advance({ integrationId, hours: h }))}>
                      +{amount}
                    </button>
                  );
                })}
              </div>
            </div>
            <CustomerIdSetting integrationId={integrationId} current={s.icimsCustomerId} onState={(r) => (setState(r), onChange())} />
          </div>
          <NewCandidate integrationId={integrationId} jobs={s.jobs} onState={setState} />
          <h3>{t('golive.rehearsal.candidates.title')}</h3>
          {s.candidates.length === 0 ? (
            <p className="muted">{t('golive.rehearsal.candidates.none')}</p>
          ) : (
            <table aria-label={t('golive.rehearsal.candidates.label')}>
              <thead>
                <tr>
                  <th>{t('golive.rehearsal.candidates.candidate')}</th>
                  <th>{t('golive.rehearsal.candidates.job')}</th>
                  <th>{t('golive.rehearsal.candidates.status')}</th>
                  <th>
                    {t('golive.rehearsal.candidates.screen')}
                    <div className="muted small">{t('golive.rehearsal.candidates.screenNote')}</div>
                  </th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {s.candidates.map((c) => (
                  <tr key={c.workflowId}>
                    <td>{c.name}</td>
                    <td>{c.jobTitle}</td>
                    <td>{c.status}</td>
                    <td>
                      {c.backgroundScreens.length === 0 && <span className="muted">—</span>}
                      {c.backgroundScreens.map((b, i) => (
                        <div key={i} className="screen">
                          <span className="badge">{b.status ?? '—'}</span>
                          {b.result && <span className="badge">{b.result}</span>}
                          {b.package && <span className="muted small"> {b.package}</span>}
                          {b.url && (
                            <div>
                              <a href={b.url} target="_blank" rel="noopener noreferrer">
                                {t('golive.rehearsal.candidates.report', { name: c.name })}
                              </a>
                            </div>
                          )}
                        </div>
                      ))}
                    </td>
                    <td>
                      {s?.triggerStatus && c.status === s.triggerStatus.name ? (
                        <>
                          <span className="ok-note">{t('golive.rehearsal.candidates.inTrigger', { trigger })}</span>{' '}
                          <button disabled={move.busy} onClick={() => void move.run(c.workflowId)}>
                            {t('golive.rehearsal.candidates.again', { name: c.name })}
                          </button>
                        </>
                      ) : (
                        <button disabled={move.busy} onClick={() => void move.run(c.workflowId)}>
                          {t('golive.rehearsal.candidates.move', { name: c.name, trigger, hasTrigger: trigger ? 'yes' : 'no' })}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <ErrorNote error={move.error} />
          {delivery && (
            <div className={delivery.httpStatus === 200 ? 'ok-box' : 'warn-note'} role="status" aria-label={t('golive.rehearsal.delivery.label')}>
              {t('golive.rehearsal.delivery.sent', {
                outcome: delivery.httpStatus === null ? 'none' : delivery.httpStatus === 200 ? 'accepted' : 'other',
                status: String(delivery.httpStatus ?? ''),
              })}
              {delivery.userMessage && <p>{t.rich('golive.rehearsal.delivery.recruiter', { message: delivery.userMessage, b: (c) => <strong>{c}</strong> })}</p>}
            </div>
          )}
          <h3>{t('golive.rehearsal.cases.title')}</h3>
          <CaseTable cases={s.cases} label={t('golive.rehearsal.cases.label')} />
          {s.events.length > 0 && (
            <details>
              <summary>{t('golive.rehearsal.events.count', { count: s.events.length })}</summary>
              <ul className="small">
                {s.events.map((e, i) => (
                  <li key={i}>
                    {t(e.userMessage ? 'golive.rehearsal.events.lineMessage' : 'golive.rehearsal.events.line', {
                      when: t.dateTime(e.at),
                      workflowId: e.workflowId,
                      status: e.httpStatus === null ? 'none' : String(e.httpStatus),
                      message: e.userMessage,
                    })}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <EventInspector integrationId={integrationId} />
        </>
      )}
      <ErrorNote error={act.error} />
    </div>
  );
}

function NewCandidate({ integrationId, jobs, onState }: { integrationId: string; jobs: RehearsalState['jobs']; onState: (s: RehearsalState) => void }) {
  const t = useT();
  const [first, setFirst] = useState('');
  const [last, setLast] = useState('');
  const [email, setEmail] = useState('');
  const [jobId, setJobId] = useState('');
  const act = useAction(async () => {
    onState(await api.rehearsal.createCandidate({ integrationId, firstName: first.trim(), lastName: last.trim(), email: email.trim(), jobId: jobId || undefined }));
    setFirst('');
    setLast('');
    setEmail('');
  });
  return (
    <form className="new-candidate" onSubmit={(e) => (e.preventDefault(), void act.run())}>
      <h3>{t('golive.rehearsal.candidate.title')}</h3>
      <div className="row wrap">
        <label>
          {t('golive.rehearsal.candidate.first')}
          <input value={first} onChange={(e) => setFirst(e.target.value)} />
        </label>
        <label>
          {t('golive.rehearsal.candidate.last')}
          <input value={last} onChange={(e) => setLast(e.target.value)} />
        </label>
        <label>
          {t('golive.rehearsal.candidate.email')}
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <div className="field">
          <label htmlFor={`${integrationId}-job`}>{t('golive.rehearsal.candidate.job')}</label>
          <select id={`${integrationId}-job`} value={jobId} onChange={(e) => setJobId(e.target.value)}>
            <option value="">{t('golive.rehearsal.candidate.anyJob')}</option>
            {jobs.map((j) => (
              <option key={j.id} value={j.id}>
                {t('golive.rehearsal.candidate.jobOption', {
                  title: j.title,
                  approved: j.approved ? 'yes' : 'no',
                  hasPackages: j.packages.length ? 'yes' : 'no',
                  packages: t.list(j.packages),
                })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={act.busy || !first.trim() || !last.trim() || !email.trim()}>
          {t('golive.rehearsal.candidate.create')}
        </button>
      </div>
      <ErrorNote error={act.error} />
    </form>
  );
}

/** The simulated iCIMS account's customer ID: set it to a real account's to replay its events verbatim. */
function CustomerIdSetting({ integrationId, current, onState }: { integrationId: string; current: string | null; onState: (s: RehearsalState) => void }) {
  const t = useT();
  const [value, setValue] = useState('');
  const save = useAction(async () => {
    onState(await api.rehearsal.setCustomerId({ integrationId, customerId: value.trim() }));
    setValue('');
  });
  return (
    <div>
      <h3>{t('golive.rehearsal.account.title')}</h3>
      <p>{t.rich('golive.rehearsal.account.current', { id: current ?? '—', mono: (c) => <span className="mono">{c}</span> })}</p>
      <p className="muted small">{t('golive.rehearsal.account.help')}</p>
      <label htmlFor="sim-customer-id">{t('golive.rehearsal.account.new')}</label>
      <input id="sim-customer-id" inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} />
      <div className="actions">
        <button disabled={save.busy} onClick={() => void save.run()}>
          {t('golive.rehearsal.account.use')}
        </button>
      </div>
      <ErrorNote error={save.error} />
    </div>
  );
}
