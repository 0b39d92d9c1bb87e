import { useState } from 'react';
import { api, mode } from '../api';
import { useAction, useLoad } from '../hooks';
import { useConsoleEvent } from '../push';
import { ErrorNote } from './ErrorNote';
import { CHECK_TITLE_IDS, HEALTH_REHEARSALS, VERDICT_LABEL_IDS, type HealthRehearsal, type HealthVerdict } from '../../main/shared/health';
import type { StepId } from '../../main/shared/steps';
import { useT, type MessageId } from '../i18n';
import type { Integration } from '../../main/ipc/contract/foundation';

const VERDICT_CLASS: Record<HealthVerdict, string> = { ok: 'ok', warn: 'warn', fail: 'bad' };

const REHEARSAL_WORDS = {
  'rename-package': 'healthPage.rehearsal.rename-package',
  'deactivate-package': 'healthPage.rehearsal.deactivate-package',
  'ats-off': 'healthPage.rehearsal.ats-off',
  'revoke-key': 'healthPage.rehearsal.revoke-key',
  'expire-key': 'healthPage.rehearsal.expire-key',
  'drop-webhook': 'healthPage.rehearsal.drop-webhook',
  'stuck-case': 'healthPage.rehearsal.stuck-case',
  'silent-orders': 'healthPage.rehearsal.silent-orders',
} as const satisfies Record<HealthRehearsal, MessageId>;

export function VerdictBadge({ verdict }: { verdict: HealthVerdict }) {
  const t = useT();
  return <span className={`badge ${VERDICT_CLASS[verdict]}`}>{t(VERDICT_LABEL_IDS[verdict])}</span>;
}

/** Browser mode asks for notification permission only when the admin clicks for it. */
function NotificationSwitch() {
  const t = useT();
  const supported = mode === 'browser' && typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  if (!supported) return null;
  if (permission === 'granted') return <p className="muted">{t('healthPage.notify.on')}</p>;
  if (permission === 'denied') return <p className="muted">{t('healthPage.notify.blocked')}</p>;
  return (
    <button onClick={() => void Notification.requestPermission().then(setPermission)}>{t('healthPage.notify.ask')}</button>
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
      <h1>{t('healthPage.title', { name: integration.name })}</h1>
      <p className="muted">{data.data?.watched ? t('healthPage.watched') : t('healthPage.unwatched')}</p>
      <div className="row-actions">
        <button className="primary" onClick={() => void run.run()} disabled={busy} aria-busy={run.busy}>
          {run.busy ? t('healthPage.run.busy') : t('healthPage.run')}
        </button>
        <NotificationSwitch />
      </div>
      <ErrorNote error={data.error ?? run.error} />
      {latest ? (
        <div className="card">
          <h2>{t.rich('healthPage.latest', { badge: <VerdictBadge verdict={latest.verdict} /> })}</h2>
          <p className="muted">{t('healthPage.checked', { when: t.dateTime(latest.at), trigger: latest.trigger })}</p>
          <ul className="health-checks" aria-label={t('healthPage.checks')}>
            {latest.results.map((r) => (
              <li key={r.check} className={`health-check ${VERDICT_CLASS[r.verdict]}`}>
                <h3>
                  {t(CHECK_TITLE_IDS[r.check])} <VerdictBadge verdict={r.verdict} />
                </h3>
                <p>{r.summary}</p>
                {r.evidence.length > 0 && (
                  <details>
                    <summary>{t('healthPage.evidence', { title: t(CHECK_TITLE_IDS[r.check]) })}</summary>
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
                        {/* Most fix labels already name their step; the step is added only where one does not. */}
                        {r.fixLink.label.toLowerCase().includes(t.stepRef(r.fixLink.step).toLowerCase())
                          ? t('healthPage.fix.link', { label: r.fixLink.label })
                          : t('healthPage.fix.step', { label: r.fixLink.label, step: t.stepRef(r.fixLink.step) })}
                      </button>
                    )}
                    {!r.fixLink.step && r.fixLink.url && (
                      <a href={r.fixLink.url} target="_blank" rel="noreferrer">{t('healthPage.fix.link', { label: r.fixLink.label })}</a>
                    )}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        data.data && <p>{t('healthPage.none')}</p>
      )}
      {integration.environment === 'simulator' && (
        <div className="card">
          <h2>{t('healthPage.rehearse.title')}</h2>
          <p className="muted">{t('healthPage.rehearse.help')}</p>
          <ErrorNote error={rehearse.error} />
          <ul className="rehearse-list">
            {HEALTH_REHEARSALS.map((a) => (
              <li key={a}>
                <span>{t(REHEARSAL_WORDS[a])}</span>
                <button onClick={() => void rehearse.run(a, false)} disabled={busy} aria-label={t('healthPage.rehearse.failLabel', { what: t(REHEARSAL_WORDS[a]) })}>
                  {t('healthPage.rehearse.fail')}
                </button>
                <button onClick={() => void rehearse.run(a, true)} disabled={busy} aria-label={t('healthPage.rehearse.fixLabel', { what: t(REHEARSAL_WORDS[a]) })}>
                  {t('healthPage.rehearse.fix')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.data && data.data.history.length > 0 && (
        <div className="card">
          <h2>{t('healthPage.history.title')}</h2>
          <table className="health-history">
            <caption className="sr-only">{t('healthPage.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('healthPage.history.when')}</th>
                <th scope="col">{t('healthPage.history.how')}</th>
                <th scope="col">{t('healthPage.history.result')}</th>
                <th scope="col">{t('healthPage.history.notHealthy')}</th>
              </tr>
            </thead>
            <tbody>
              {data.data.history.map((h) => (
                <tr key={h.id}>
                  <td>{t.dateTime(h.at)}</td>
                  <td>{t('healthPage.trigger', { trigger: h.trigger })}</td>
                  <td><VerdictBadge verdict={h.verdict} /></td>
                  <td>{t.list(h.results.filter((r) => r.verdict !== 'ok').map((r) => t('healthPage.history.problem', { title: t(CHECK_TITLE_IDS[r.check]), verdict: t(VERDICT_LABEL_IDS[r.verdict]) }))) || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
