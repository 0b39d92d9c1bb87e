import { useState } from 'react';
import { api } from '../api';
import { downloadText, useAction, useLoad } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { userTimeZone } from '../../main/shared/time';
import { useT } from '../i18n';
import { auditActionChoices } from '../../main/shared/audit-words';

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
        <h1>{t('shell.audit.title')}</h1>
        <button onClick={() => void exp.run()} disabled={exp.busy}>
          {filtered ? t('shell.audit.exportFiltered') : t('shell.audit.export')}
        </button>
      </header>
      <p className="muted">{t('shell.audit.intro')}</p>
      {/* The controls carry their label as aria-label too: a wrapping label would add the chosen option to the name. */}
      <form className="list-tools audit-filters" aria-label={t('shell.audit.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('shell.audit.integration')}
          <select aria-label={t('shell.audit.integration')} value={integrationId} onChange={(e) => setIntegrationId(e.target.value)}>
            <option value="">{t('shell.audit.allIntegrations')}</option>
            {(integrations.data ?? []).map((i) => (
              <option key={i.id} value={i.id}>{i.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('shell.audit.action')}
          <select aria-label={t('shell.audit.action')} value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">{t('shell.audit.allActions')}</option>
            {auditActionChoices(t).map((c) => (
              <option key={c.action} value={c.action}>{c.label}</option>
            ))}
          </select>
        </label>
        <label>
          {t('shell.audit.from')}
          <input type="date" aria-label={t('shell.audit.from')} value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('shell.audit.to')}
          <input type="date" aria-label={t('shell.audit.to')} value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
        </label>
        {filtered && (
          <button type="button" className="link" onClick={() => (setIntegrationId(''), setAction(''), setFrom(''), setTo(''))}>
            {t('shell.audit.clear')}
          </button>
        )}
      </form>
      <ErrorNote error={log.error ?? exp.error ?? integrations.error} />
      <p className="muted" role="status">
        {log.data ? t(filtered ? 'shell.audit.countFiltered' : 'shell.audit.count', { count: entries.length }) : t('shell.audit.loading')}
      </p>
      <table className="audit">
        <thead>
          <tr>
            <th scope="col">{t('shell.audit.when', { zone: userTimeZone() })}</th>
            <th scope="col">{t('shell.audit.integration')}</th>
            <th scope="col">{t('shell.audit.what')}</th>
            <th scope="col">{t('shell.audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <td>{t.dateTime(e.at)}</td>
              <td className="audit-integration">{e.integrationName ?? <span className="muted">{t('shell.audit.console')}</span>}</td>
              <td>{e.summary}</td>
              <td>
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
