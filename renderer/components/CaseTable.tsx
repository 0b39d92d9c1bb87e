// i18n-pending: its words are moving to the message catalogs.
import type { CaseView } from '../../main/ipc/contract/setup';
import { formatDateTime } from '../../main/shared/time';

/** Cases with their status, report readiness and, where one is stuck, why. */
export function CaseTable({ cases, label }: { cases: CaseView[]; label: string }) {
  if (cases.length === 0) return <p className="muted">No cases yet.</p>;
  return (
    <table aria-label={label}>
      <thead>
        <tr>
          <th>Candidate</th>
          <th>Case</th>
          <th>Status</th>
          <th>Report</th>
          <th>Last change</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr key={c.id} className={c.stuck ? 'stuck' : ''}>
            <td>
              {c.name ?? '—'}
              {c.email && <div className="muted small">{c.email}</div>}
            </td>
            <td className="mono">{c.shortId ?? c.id}</td>
            <td>
              <span className={`badge ${c.status === 'COMPLETE' ? 'ok' : c.stuck ? 'bad' : ''}`}>{c.statusLabel}</span>
              {c.score && <span className="badge">{c.score}</span>}
              {c.stuck && (
                <div className="stuck-note" role="note">
                  ⚠ {c.stuck}
                </div>
              )}
            </td>
            <td>
              {c.reportUrl ? (
                <a href={c.reportUrl} target="_blank" rel="noopener noreferrer">
                  Report ready
                </a>
              ) : (
                <span className="muted">Not ready</span>
              )}
            </td>
            <td className="small">{c.modified ?? c.created ? formatDateTime((c.modified ?? c.created)!) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
