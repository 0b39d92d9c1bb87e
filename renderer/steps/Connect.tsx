import { useState } from 'react';
import { api } from '../api';
import { useAction, useLoad } from '../hooks';
import { ErrorNote } from '../components/ErrorNote';
import { CopyButton } from '../components/CopyButton';
import { ENVIRONMENTS, ENVIRONMENT_LABEL_IDS, endpointNote } from '../../main/shared/regions';
import { StepFooter, stepDone, useDisabledReason } from '../components/StepFooter';
import type { StepProps } from './types';
import type { CertnStatus } from '../../main/ipc/contract/setup';
import { calendarDate } from '../../main/shared/time';
import { useT } from '../i18n';

const today = () => calendarDate();

/** Step 0: the region (fixed per integration) and a Certn API key verified before it is stored. */
export function Connect({ integration, steps, refresh, go }: StepProps) {
  const t = useT();
  const id = integration.id;
  const status = useLoad(() => api.certn.status({ integrationId: id }), [id]);
  const [apiKey, setApiKey] = useState('');
  const [createdOn, setCreatedOn] = useState(today);
  const act = useAction(async (fn: () => Promise<CertnStatus>) => {
    status.setData(await fn());
    setApiKey('');
    refresh();
  });
  const s = status.data;
  const simulator = integration.environment === 'simulator';
  const done = stepDone(steps, 'connect');
  const keyReason = useDisabledReason([!apiKey.trim() && t('connect.key.pasteFirst')]);
  const keyForm = (
    <>
      <ol className="howto">
        <li>{t('connect.howto.signIn')}</li>
        <li>{t('connect.howto.create')}</li>
        <li>{t('connect.howto.copy')}</li>
      </ol>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void act.run(() => api.certn.connect({ integrationId: id, apiKey: apiKey.trim(), keyCreatedOn: createdOn || undefined }));
        }}
      >
        <label>
          {t('connect.key.label')}
          <input type="password" autoComplete="off" spellCheck={false} value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
        </label>
        <label>
          {t('connect.key.createdOn')}
          <input type="date" value={createdOn} max={today()} onChange={(e) => setCreatedOn(e.target.value)} />
        </label>
        <div className="actions">
          <button className={done || simulator ? '' : 'primary'} type="submit" disabled={act.busy || !apiKey.trim()} aria-describedby={keyReason.describedBy}>
            {act.busy ? t('connect.key.checking') : t('connect.key.verify')}
          </button>
          {keyReason.hint}
        </div>
      </form>
    </>
  );

  return (
    <section className="panel" aria-labelledby="connect-title">
      <h1 id="connect-title">{t.step('connect')}</h1>
      <p className="lead">{t('connect.lead')}</p>
      <ErrorNote error={status.error} />

      <div className="card">
        <fieldset className="region-choice">
          <legend>{t('connect.region')}</legend>
          {ENVIRONMENTS.map((e) => (
            <label key={e} className="inline">
              <input type="radio" name="region" checked={integration.environment === e} disabled readOnly />
              {t(ENVIRONMENT_LABEL_IDS[e])}
            </label>
          ))}
        </fieldset>
        <p className="muted">
          {t('connect.region.fixed')}
        </p>
        <dl className="facts">
          <dt>{t('connect.api.term')}</dt>
          <dd className="mono" aria-label={t('connect.api.label')}>{s ? (s.baseUrl ?? (simulator ? t('connect.api.simulatorPending') : '—')) : '…'}</dd>
          <dt>{t('connect.endpoint.term')}</dt>
          <dd className="mono">
            {s ? (s.endpointUrl ?? '—') : '…'} {s?.endpointUrl && <CopyButton label={t('connect.endpoint.copy')} text={s.endpointUrl} />}
            {endpointNote(integration.environment, t) && <p className="muted small">{endpointNote(integration.environment, t)}</p>}
          </dd>
        </dl>
      </div>

      {s?.portNotice && (
        <div className="warn-note" role="alert">
          {s.portNotice}
        </div>
      )}
      {s && <KeyState s={s} />}

      {simulator ? (
        // A simulator integration has its own key: that is the way in; a typed key is the exception.
        <div className="card simulator-shortcut">
          <h2>{s?.hasKey ? t('connect.simulator.hasKey') : t('connect.simulator.title')}</h2>
          <p>{t('connect.simulator.body')}</p>
          <button className={done ? '' : 'primary'} disabled={act.busy} onClick={() => void act.run(() => api.certn.connectSimulator({ integrationId: id }))}>
            {t('connect.simulator.use')}
          </button>
          <details className="real-key">
            <summary>{t('connect.simulator.byHand')}</summary>
            {keyForm}
          </details>
          <ErrorNote error={act.error} />
        </div>
      ) : (
        <div className="card">
          <h2>{s?.hasKey ? t('connect.key.replace') : t('connect.key.enter')}</h2>
          {keyForm}
          <ErrorNote error={act.error} />
        </div>
      )}

      <StepFooter step="connect" steps={steps} go={go} />
    </section>
  );
}

function KeyState({ s }: { s: CertnStatus }) {
  const t = useT();
  if (!s.hasKey) return null;
  return (
    <div className="card" aria-label={t('connect.state.label')}>
      <h2>{t('connect.state.title')}</h2>
      <p className={s.verifiedAt ? 'ok-note' : ''}>{s.verifiedAt ? t('connect.state.verified', { date: t.date(s.verifiedAt) }) : t('connect.state.notVerified')}</p>
      <dl className="facts">
        <dt>{t('connect.state.createdOn')}</dt>
        <dd>{s.keyCreatedOn ? t.date(s.keyCreatedOn) : t('connect.state.unknown')}</dd>
        <dt>{t('connect.state.expiresOn')}</dt>
        <dd>
          {s.expiresOn ? t.date(s.expiresOn) : t('connect.state.unknown')}
          {s.daysLeft !== null && ` ${t('connect.state.daysLeft', { days: s.daysLeft })}`}
        </dd>
        {s.groupCount !== null && (
          <>
            <dt>{t('connect.state.groups')}</dt>
            <dd>{t.number(s.groupCount)}</dd>
          </>
        )}
      </dl>
      {s.reminder && (
        <div className="warn-note" role="alert">
          {s.reminder}
        </div>
      )}
    </div>
  );
}
