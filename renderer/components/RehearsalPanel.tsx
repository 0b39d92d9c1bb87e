// i18n-pending: its words are moving to the message catalogs.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { useAction } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { CaseTable } from './CaseTable';
import { EventInspector } from './EventInspector';
import type { RehearsalState } from '../../main/ipc/contract/setup';
import { formatDateTime } from '../../main/shared/time';
import { useConsoleEvent } from '../push';

type Delivery = { httpStatus: number | null; userMessage: string | null };

/** Local simulator: play the recruiter (and the iCIMS consultant) and watch the loop close, live. */
export function RehearsalPanel({ integrationId, onChange }: { integrationId: string; onChange: () => void }) {
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
  const trigger = s?.triggerStatus?.name ?? 'the trigger status';
  return (
    <div className="card rehearsal" aria-label="Rehearsal">
      <h2>Rehearsal in the local simulator</h2>
      <ErrorNote error={readError} />
      {s && (
        <>
          <div className="rehearsal-grid">
            <div>
              <h3>1. iCIMS event notifications</h3>
              <p className="muted">In real life the iCIMS consultant sets these up with the endpoint and the webhook credentials.</p>
              {s.eventsConfigured ? (
                <p className="ok-note">✓ Event notifications configured</p>
              ) : (
                <button className="primary" disabled={act.busy} onClick={() => void act.run(() => api.rehearsal.configureEvents({ integrationId }))}>
                  Configure the iCIMS event notifications
                </button>
              )}
            </div>
            <div>
              <h3>Simulated clock</h3>
              <p>
                Now: <span className="mono">{s.simulatedNow ? formatDateTime(s.simulatedNow) : '—'}</span>
              </p>
              <div className="actions">
                {[
                  [1, '+1 hour'],
                  [24, '+1 day'],
                  [72, '+3 days'],
                ].map(([h, label]) => (
                  <button key={label} aria-label={`Advance the clock ${label}`} disabled={act.busy} onClick={() => void act.run(() => api.rehearsal.advance({ integrationId, hours: h as number }))}>
                    {label}
                  </button>
                ))}
              </div>
            </div>
            <CustomerIdSetting integrationId={integrationId} current={s.icimsCustomerId} onState={(r) => (setState(r), onChange())} />
          </div>
          <NewCandidate integrationId={integrationId} jobs={s.jobs} onState={setState} />
          <h3>3. Candidates in the simulated iCIMS</h3>
          {s.candidates.length === 0 ? (
            <p className="muted">No candidates yet.</p>
          ) : (
            <table aria-label="Simulated iCIMS candidates">
              <thead>
                <tr>
                  <th>Candidate</th>
                  <th>Job</th>
                  <th>iCIMS status</th>
                  <th>
                    Background screen (written back)
                    <div className="muted small">Statuses are the simulator's assumed model, not iCIMS's own list.</div>
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
                                Open the report for {c.name}
                              </a>
                            </div>
                          )}
                        </div>
                      ))}
                    </td>
                    <td>
                      {s?.triggerStatus && c.status === s.triggerStatus.name ? (
                        <>
                          <span className="ok-note">✓ In {trigger}</span>{' '}
                          <button disabled={move.busy} onClick={() => void move.run(c.workflowId)}>
                            Send the event again for {c.name}
                          </button>
                        </>
                      ) : (
                        <button disabled={move.busy} onClick={() => void move.run(c.workflowId)}>
                          Move {c.name} to {trigger}
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
            <div className={delivery.httpStatus === 200 ? 'ok-box' : 'warn-note'} role="status" aria-label="Event delivery">
              iCIMS sent the event to Certn: {delivery.httpStatus === null ? 'no answer' : `HTTP ${delivery.httpStatus}`}
              {delivery.httpStatus === 200 && ' — accepted.'}
              {delivery.userMessage && (
                <p>
                  The recruiter sees: <strong>“{delivery.userMessage}”</strong>
                </p>
              )}
            </div>
          )}
          <h3>4. Cases in Certn (default group)</h3>
          <CaseTable cases={s.cases} label="Simulated Certn cases" />
          {s.events.length > 0 && (
            <details>
              <summary>Event deliveries ({s.events.length})</summary>
              <ul className="small">
                {s.events.map((e, i) => (
                  <li key={i}>
                    {formatDateTime(e.at)} — workflow {e.workflowId}: {e.httpStatus ?? 'no answer'}
                    {e.userMessage ? ` — ${e.userMessage}` : ''}
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
      <h3>2. Create a candidate</h3>
      <div className="row wrap">
        <label>
          First name
          <input value={first} onChange={(e) => setFirst(e.target.value)} />
        </label>
        <label>
          Last name
          <input value={last} onChange={(e) => setLast(e.target.value)} />
        </label>
        <label>
          Email
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <div className="field">
          <label htmlFor={`${integrationId}-job`}>Job</label>
          <select id={`${integrationId}-job`} value={jobId} onChange={(e) => setJobId(e.target.value)}>
            <option value="">Any approved job</option>
            {jobs.map((j) => (
              <option key={j.id} value={j.id}>
                {j.title}
                {j.approved ? '' : ' (not approved)'}
                {j.packages.length ? ` — ${j.packages.join(', ')}` : ''}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={act.busy || !first.trim() || !last.trim() || !email.trim()}>
          Create candidate
        </button>
      </div>
      <ErrorNote error={act.error} />
    </form>
  );
}

/** The simulated iCIMS account's customer ID: set it to a real account's to replay its events verbatim. */
function CustomerIdSetting({ integrationId, current, onState }: { integrationId: string; current: string | null; onState: (s: RehearsalState) => void }) {
  const [value, setValue] = useState('');
  const save = useAction(async () => {
    onState(await api.rehearsal.setCustomerId({ integrationId, customerId: value.trim() }));
    setValue('');
  });
  return (
    <div>
      <h3>Simulated iCIMS account</h3>
      <p>
        Customer ID: <span className="mono">{current ?? '—'}</span>
      </p>
      <p className="muted small">To replay an event captured from a real iCIMS account, give the simulator that account's customer ID; the simulator restarts with it.</p>
      <label htmlFor="sim-customer-id">New simulated customer ID</label>
      <input id="sim-customer-id" inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} />
      <div className="actions">
        <button disabled={save.busy} onClick={() => void save.run()}>
          Use this customer ID
        </button>
      </div>
      <ErrorNote error={save.error} />
    </div>
  );
}
