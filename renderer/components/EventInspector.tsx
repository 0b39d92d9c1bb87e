import { useState } from 'react';
import { api } from '../api';
import { useAction } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { CaseTable } from './CaseTable';
import { useT } from '../i18n';

type Check = Awaited<ReturnType<typeof api.rehearsal.inspectEvent>>;
type Sent = Awaited<ReturnType<typeof api.rehearsal.sendEvent>>;

/** Replay a real iCIMS event (from iCIMS's delivery log or a ticket) against the local simulator. */
export function EventInspector({ integrationId }: { integrationId: string }) {
  const t = useT();
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
      <h3 id={`${integrationId}-inspector`}>{t('shell.inspector.title')}</h3>
      <p className="muted">{t('shell.inspector.intro')}</p>
      {/* Labelled by id, not by wrapping: a wrapping label's name would include the pasted JSON itself. */}
      <div className="field">
        <label htmlFor={`${integrationId}-event-json`}>{t('shell.inspector.json')}</label>
        <textarea id={`${integrationId}-event-json`} rows={8} className="mono" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="row">
        <button disabled={validate.busy || !text.trim()} onClick={() => void validate.run()}>
          {t('shell.inspector.validate')}
        </button>
        <button className="primary" disabled={send.busy || !text.trim()} onClick={() => void send.run()}>
          {t('shell.inspector.send')}
        </button>
      </div>
      <ErrorNote error={validate.error ?? send.error} />
      {check && !check.parsed && <p role="alert">{check.message}</p>}
      {check && check.parsed && (
        <table aria-label={t('shell.inspector.fields')}>
          <thead>
            <tr>
              <th>{t('shell.inspector.field')}</th>
              <th>{t('shell.inspector.value')}</th>
              <th>{t('shell.inspector.check')}</th>
            </tr>
          </thead>
          <tbody>
            {check.fields.map((f) => (
              <tr key={f.field}>
                <td className="mono">{f.field}</td>
                <td className="mono">{f.value ?? '—'}</td>
                <td>{f.ok ? t('shell.inspector.ok') : t('shell.inspector.bad', { message: f.message ?? '' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sent && (
        <div className={sent.httpStatus === 200 ? 'ok-box' : 'warn-note'} role="status" aria-label={t('shell.inspector.answerLabel')}>
          <p>{t.rich('shell.inspector.answer', { status: String(sent.httpStatus), answer: sent.answer, mono: (c) => <span className="mono">{c}</span> })}</p>
          {sent.case ? <CaseTable cases={[sent.case]} label={t('shell.inspector.caseLabel')} /> : <p>{t('shell.inspector.noCase')}</p>}
        </div>
      )}
    </section>
  );
}
