// i18n-pending: its words are moving to the message catalogs.
import { useState } from 'react';
import { api } from '../api';
import { downloadText, useAction, useLoad } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { formatDateTime, userTimeZone } from '../../main/shared/time';
import { auditActionChoices } from '../../main/shared/audit-words';
import { useT } from '../i18n';

/** A local calendar day ("2026-11-28") as the instant it starts, in the user's zone. */
const dayStart = (day: string, plusDays = 0) => {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
};

export function AuditLog() {
  const t = useT();
  const integrations = useLoad(() => api.integrations.list({}), []);
  const [integrationId, setIntegrationId] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter = {
    integrationId: integrationId || undefined,
    action: action || undefined,
    since: from ? dayStart(from) : undefined,
    until: to ? dayStart(to, 1) : undefined,
  };
  const log = useLoad(() => api.audit.list({ ...filter, limit: 1000 }), [integrationId, action, from, to]);
  const exp = useAction(async () => {
    const { fileName, csv } = await api.audit.exportCsv(filter);
    downloadText(fileName, csv, 'text/csv');
  });
  const filtered = Boolean(integrationId || action || from || to);
  const entries = log.data ?? [];
  return (
    <section className="panel audit-panel">
      <header className="panel-head">
        <h1>Audit log</h1>
        <button onClick={() => void exp.run()} disabled={exp.busy}>
          {filtered ? 'Export these entries as CSV' : 'Export CSV'}
        </button>
      </header>
      <p className="muted">Every action taken in the console, newest first. Secrets are never recorded, only that one was stored, shown or copied.</p>
      {/* The controls carry their label as aria-label too: a wrapping label would add the chosen option to the name. */}
      <form className="list-tools audit-filters" aria-label="Filter the audit log" onSubmit={(e) => e.preventDefault()}>
        <label>
          Integration
          <select aria-label="Integration" value={integrationId} onChange={(e) => setIntegrationId(e.target.value)}>
            <option value="">All integrations</option>
            {(integrations.data ?? []).map((i) => (
              <option key={i.id} value={i.id}>{i.name}</option>
            ))}
          </select>
        </label>
        <label>
          Action
          <select aria-label="Action" value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">All actions</option>
            {auditActionChoices(t).map((c) => (
              <option key={c.action} value={c.action}>{c.label}</option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" aria-label="From" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          To
          <input type="date" aria-label="To" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
        </label>
        {filtered && (
          <button type="button" className="link" onClick={() => (setIntegrationId(''), setAction(''), setFrom(''), setTo(''))}>
            Clear the filters
          </button>
        )}
      </form>
      <ErrorNote error={log.error ?? exp.error ?? integrations.error} />
      <p className="muted" role="status">
        {log.data ? `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}${filtered ? ' match' : ''}` : 'Loading…'}
      </p>
      <table className="audit">
        <thead>
          <tr>
            <th scope="col">When ({userTimeZone()})</th>
            <th scope="col">Integration</th>
            <th scope="col">What happened</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <td data-label="When">{formatDateTime(e.at)}</td>
              <td data-label="Integration">{e.integrationName ?? <span className="muted">Console</span>}</td>
              <td data-label="What happened">{e.summary}</td>
              <td data-label="Details">
                {e.facts.length > 0 && (
                  <dl className="audit-facts">
                    {e.facts.map((f) => (
                      <div key={f.label}>
                        <dt>{f.label}</dt>
                        <dd>{f.value}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
