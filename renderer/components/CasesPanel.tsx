// i18n-pending: its words are moving to the message catalogs.
import { api } from '../api';
import { useLoad } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { CaseTable } from './CaseTable';

/** Real Certn: the cases ordered into the integration's default group, with the stuck ones flagged. */
export function CasesPanel({ integrationId }: { integrationId: string }) {
  const cases = useLoad(() => api.golive.cases({ integrationId }), [integrationId]);
  return (
    <div className="card">
      <div className="panel-head">
        <h2>Cases ordered through iCIMS</h2>
        <button onClick={cases.reload}>Refresh the cases</button>
      </div>
      <p className="muted">Cases in the integration's default group, newest first. A case is flagged when it has not moved for a while.</p>
      <ErrorNote error={cases.error} />
      {cases.data ? <CaseTable cases={cases.data} label="Cases" /> : !cases.error && <p className="muted">Loading…</p>}
    </div>
  );
}
