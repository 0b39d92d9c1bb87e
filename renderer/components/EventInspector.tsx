// i18n-pending: its words are moving to the message catalogs.
import { useState } from 'react';
import { api } from '../api';
import { useAction } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { CaseTable } from './CaseTable';

type Check = Awaited<ReturnType<typeof api.rehearsal.inspectEvent>>;
type Sent = Awaited<ReturnType<typeof api.rehearsal.sendEvent>>;

/** Replay a real iCIMS event (from iCIMS's delivery log or a ticket) against the local simulator. */
export function EventInspector({ integrationId }: { integrationId: string }) {
  const [text, setText] = useState('');
  const [check, setCheck] = useState<Check | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const validate = useAction(async () => {
    setSent(null);
    setCheck(await api.rehearsal.inspectEvent({ integrationId, eventJson: text }));
  });
  const send = useAction(async () => {
    const r = await api.rehearsal.sendEvent({ integrationId, eventJson: text });
    setSent(r);
    setCheck({ parsed: true, message: null, fields: r.fields });
  });
  return (
    <section aria-labelledby={`${integrationId}-inspector`}>
      <h3 id={`${integrationId}-inspector`}>5. Event inspector</h3>
      <p className="muted">
        Paste an event iCIMS sent (WorkFlowStatusChangeEvent JSON). It is checked against the documented shape and, when you send it, replayed
        unchanged to the local simulator only — never to a Certn region. Create its person, job and workflow ids in the simulator first.
      </p>
      {/* Labelled by id, not by wrapping: a wrapping label's name would include the pasted JSON itself. */}
      <div className="field">
        <label htmlFor={`${integrationId}-event-json`}>Event JSON</label>
        <textarea id={`${integrationId}-event-json`} rows={8} className="mono" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="row">
        <button disabled={validate.busy || !text.trim()} onClick={() => void validate.run()}>
          Validate the event
        </button>
        <button className="primary" disabled={send.busy || !text.trim()} onClick={() => void send.run()}>
          Send to the simulator
        </button>
      </div>
      <ErrorNote error={validate.error ?? send.error} />
      {check && !check.parsed && <p role="alert">{check.message}</p>}
      {check && check.parsed && (
        <table aria-label="Event fields">
          <thead>
            <tr>
              <th>Field</th>
              <th>Value</th>
              <th>Check</th>
            </tr>
          </thead>
          <tbody>
            {check.fields.map((f) => (
              <tr key={f.field}>
                <td className="mono">{f.field}</td>
                <td className="mono">{f.value ?? '—'}</td>
                <td>{f.ok ? '✓ as documented' : `✗ ${f.message ?? ''}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sent && (
        <div className={sent.httpStatus === 200 ? 'ok-box' : 'warn-note'} role="status" aria-label="Simulator answer">
          <p>
            The simulated Certn answered HTTP {sent.httpStatus}: <span className="mono">{sent.answer}</span>
          </p>
          {sent.case ? <CaseTable cases={[sent.case]} label="Case from the replayed event" /> : <p>No case was ordered.</p>}
        </div>
      )}
    </section>
  );
}
