import { api } from '../api';
import { useLoad } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { CaseTable } from './CaseTable';
import { useT } from '../i18n';

/** Real Certn: the cases ordered into the integration's default group, with the stuck ones flagged. */
export function CasesPanel({ integrationId }: { integrationId: string }) {
  const t = useT();
  const cases = useLoad(() => api.golive.cases({ integrationId }), [integrationId]);
  return (
    <div className="card">
      <div className="panel-head">
        <h2>{t('golive.cases.title')}</h2>
        <button onClick={cases.reload}>{t('golive.cases.refresh')}</button>
      </div>
      <p className="muted">{t('golive.cases.help')}</p>
      <ErrorNote error={cases.error} />
      {cases.data ? <CaseTable cases={cases.data} label={t('golive.cases.label')} /> : !cases.error && <p className="muted">{t('golive.cases.loading')}</p>}
    </div>
  );
}
