// i18n-pending: its words are moving to the message catalogs.
import { useState } from 'react';
import { api, mode } from '../api';
import { useAction, useLoad } from '../hooks';
import { useConsoleEvent } from '../push';
import { ErrorNote } from './ErrorNote';
import { formatDateTime } from '../../main/shared/time';
import { CHECK_TITLE_IDS, HEALTH_REHEARSALS, VERDICT_LABEL_IDS, type HealthRehearsal, type HealthVerdict } from '../../main/shared/health';
import type { StepId } from '../../main/shared/steps';
import { useT } from '../i18n';
import type { Integration } from '../../main/ipc/contract/foundation';

const VERDICT_CLASS: Record<HealthVerdict, string> = { ok: 'ok', warn: 'warn', fail: 'bad' };
const TRIGGER_WORDS = { open: 'when the console opened', schedule: 'on schedule', manual: 'on request', cli: 'from npm run health' } as const;

const REHEARSAL_WORDS: Record<HealthRehearsal, string> = {
  'rename-package': 'Rename a handed-over package in Certn',
  'deactivate-package': 'Deactivate a handed-over package',
  'ats-off': 'Switch ATS use off for a handed-over package',
  'revoke-key': 'Revoke the Certn API key',
  'expire-key': 'Let the Certn API key pass its 365 days',
  'drop-webhook': 'Remove the iCIMS connection in Certn (webhook)',
  'stuck-case': 'A candidate’s invitation bounces',
  'silent-orders': 'Orders from iCIMS stop for two days',
};

export function VerdictBadge({ verdict }: { verdict: HealthVerdict }) {
  const t = useT();
  return <span className={`badge ${VERDICT_CLASS[verdict]}`}>{t(VERDICT_LABEL_IDS[verdict])}</span>;
}

/** Browser mode asks for notification permission only when the admin clicks for it. */
function NotificationSwitch() {
  const supported = mode === 'browser' && typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  if (!supported) return null;
  if (permission === 'granted') return <p className="muted">Desktop notifications are on for new failures.</p>;
  if (permission === 'denied') return <p className="muted">This browser blocks notifications from the console; new failures show here and in the sidebar.</p>;
  return (
    <button onClick={() => void Notification.requestPermission().then(setPermission)}>Turn on desktop notifications for new failures</button>
  );
}

export function HealthPage({ integration, onGoToStep }: { integration: Integration; onGoToStep: (step: StepId) => void }) {
  const t = useT();
  const data = useLoad(() => api.health.get({ integrationId: integration.id, limit: 20 }), [integration.id]);
  useConsoleEvent('health.changed', (e) => e.integrationId === integration.id && data.reload(), data.reload);
  const run = useAction(async () => {
    await api.health.run({ integrationId: integration.id });
    data.reload();
  });
  const rehearse = useAction(async (action: HealthRehearsal, undo: boolean) => {
    await api.health.rehearse({ integrationId: integration.id, action, undo });
    data.reload();
  });
  const latest = data.data?.latest ?? null;
  const busy = run.busy || rehearse.busy;
  return (
    <section className="panel health-page">
      <h1>Health of {integration.name}</h1>
      <p className="muted">
        {data.data?.watched
          ? 'Checked when the console opens and on the interval set in Settings, and whenever you ask.'
          : 'Checked on a schedule once the handoff is made; until then, only when you ask.'}
      </p>
      <div className="row-actions">
        <button className="primary" onClick={() => void run.run()} disabled={busy} aria-busy={run.busy}>
          {run.busy ? 'Checking…' : 'Run the checks now'}
        </button>
        <NotificationSwitch />
      </div>
      <ErrorNote error={data.error ?? run.error} />
      {latest ? (
        <div className="card">
          <h2>
            Latest result: <VerdictBadge verdict={latest.verdict} />
          </h2>
          <p className="muted">Checked {formatDateTime(latest.at)}, {TRIGGER_WORDS[latest.trigger]}.</p>
          <ul className="health-checks" aria-label="Checks">
            {latest.results.map((r) => (
              <li key={r.check} className={`health-check ${VERDICT_CLASS[r.verdict]}`}>
                <h3>
                  {t(CHECK_TITLE_IDS[r.check])} <VerdictBadge verdict={r.verdict} />
                </h3>
                <p>{r.summary}</p>
                {r.evidence.length > 0 && (
                  <details>
                    <summary>Evidence for “{t(CHECK_TITLE_IDS[r.check])}”</summary>
                    <ul>
                      {r.evidence.map((e, i) => (
                        <li key={i}>{e}</li>
                      ))}
                    </ul>
                  </details>
                )}
                {r.verdict !== 'ok' && r.fixLink && (
                  <p className="fix">
                    {r.fixLink.step && (
                      <button className="link" onClick={() => onGoToStep(r.fixLink!.step!)}>
                        Fix it: {r.fixLink.label} ({t.stepRef(r.fixLink.step)})
                      </button>
                    )}
                    {!r.fixLink.step && r.fixLink.url && (
                      <a href={r.fixLink.url} target="_blank" rel="noreferrer">Fix it: {r.fixLink.label}</a>
                    )}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        data.data && <p>No check has run yet for this integration.</p>
      )}
      {integration.environment === 'simulator' && (
        <div className="card">
          <h2>Rehearse a failure (local simulator)</h2>
          <p className="muted">Each change is made in the simulated Certn the way it happens in real life, then the checks run again.</p>
          <ErrorNote error={rehearse.error} />
          <ul className="rehearse-list">
            {HEALTH_REHEARSALS.map((a) => (
              <li key={a}>
                <span>{REHEARSAL_WORDS[a]}</span>
                <button onClick={() => void rehearse.run(a, false)} disabled={busy} aria-label={`Make it fail: ${REHEARSAL_WORDS[a]}`}>Make it fail</button>
                <button onClick={() => void rehearse.run(a, true)} disabled={busy} aria-label={`Put it right: ${REHEARSAL_WORDS[a]}`}>Put it right</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.data && data.data.history.length > 0 && (
        <div className="card">
          <h2>History</h2>
          <table className="health-history">
            <caption className="sr-only">Past health runs, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">How</th>
                <th scope="col">Result</th>
                <th scope="col">Not healthy</th>
              </tr>
            </thead>
            <tbody>
              {data.data.history.map((h) => (
                <tr key={h.id}>
                  <td>{formatDateTime(h.at)}</td>
                  <td>{TRIGGER_WORDS[h.trigger]}</td>
                  <td><VerdictBadge verdict={h.verdict} /></td>
                  <td>{h.results.filter((r) => r.verdict !== 'ok').map((r) => `${t(CHECK_TITLE_IDS[r.check])} (${t(VERDICT_LABEL_IDS[r.verdict])})`).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
