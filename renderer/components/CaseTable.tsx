import type { CaseView } from '../../main/ipc/contract/setup';
import { useT } from '../i18n';

/** Cases with their status, report readiness and, where one is stuck, why. */
export function CaseTable({ cases, label }: { cases: CaseView[]; label: string }) {
  const t = useT();
  if (cases.length === 0) return <p className="muted">{t('golive.cases.none')}</p>;
  return (
    <table aria-label={label}>
      <thead>
        <tr>
          <th>{t('golive.cases.candidate')}</th>
          <th>{t('golive.cases.case')}</th>
          <th>{t('golive.cases.status')}</th>
          <th>{t('golive.cases.report')}</th>
          <th>{t('golive.cases.modified')}</th>
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
                  {t('golive.cases.reportReady')}
                </a>
              ) : (
                <span className="muted">{t('golive.cases.notReady')}</span>
              )}
            </td>
            <td className="small">{c.modified ?? c.created ? t.dateTime((c.modified ?? c.created)!) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
