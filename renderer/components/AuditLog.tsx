import { api } from '../api';
import { downloadText, useAction, useLoad } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { formatDateTime, userTimeZone } from '../../main/shared/time';

export function AuditLog({ integrationId }: { integrationId?: string }) {
  const log = useLoad(() => api.audit.list({ integrationId, limit: 1000 }), [integrationId]);
  const exp = useAction(async () => {
    const { fileName, csv } = await api.audit.exportCsv({ integrationId });
    downloadText(fileName, csv, 'text/csv');
  });
  return (
    <section className="panel">
      <header className="panel-head">
        <h1>Audit log</h1>
        <button onClick={() => void exp.run()} disabled={exp.busy}>Export CSV</button>
      </header>
      <p className="muted">Every action taken in the console, newest first. Secrets are never recorded, only that one was stored, revealed or copied.</p>
      <ErrorNote error={log.error ?? exp.error} />
      <table className="audit">
        <thead>
          <tr><th>When ({userTimeZone()})</th><th>Action</th><th>Details</th></tr>
        </thead>
        <tbody>
          {(log.data ?? []).map((e) => (
            <tr key={e.seq}>
              <td>{formatDateTime(e.at)}</td>
              <td>{e.action}</td>
              <td className="mono">{Object.keys(e.detail).length ? JSON.stringify(e.detail) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
