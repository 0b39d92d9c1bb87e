import { useState } from 'react';
import { api } from '../api';
import { useAction } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { useT } from '../i18n';
import { ImportConfig } from './AfterGoLive';
import { ENVIRONMENT_LABEL_IDS, type Environment } from '../../main/shared/regions';

type Integration = Awaited<ReturnType<typeof api.integrations.create>>;

/** A fresh install must be usable at once: rehearse with the simulator, or connect a real region. */
export function FirstRun({ onCreated, onCancel }: { onCreated: (i: Integration) => void; onCancel?: () => void }) {
  const t = useT();
  const [env, setEnv] = useState<Environment>('ca');
  const [name, setName] = useState('');
  const act = useAction(async (environment: Environment, fallbackName: string) => {
    onCreated(await api.integrations.create({ name: name.trim() || fallbackName, environment }));
  });
  return (
    <div className="first-run">
      <h1>{t('shell.firstRun.title')}</h1>
      <p className="lead">{t('shell.firstRun.lead')}</p>
      <label className="name-field">
        {t('shell.firstRun.name')} <span className="muted">{t('shell.firstRun.optional')}</span>
        <input value={name} placeholder={t('shell.firstRun.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="choices">
        <div className="card choice">
          <h2>{t('shell.firstRun.simulator.title')}</h2>
          <p>{t('shell.firstRun.simulator.body')}</p>
          <button className="primary" disabled={act.busy} onClick={() => void act.run('simulator', t('shell.firstRun.simulator.defaultName'))}>
            {t('shell.firstRun.simulator.button')}
          </button>
        </div>
        <div className="card choice">
          <h2>{t('shell.firstRun.region.title')}</h2>
          <p>{t('shell.firstRun.region.body')}</p>
          <label>
            {t('shell.firstRun.region.label')}
            <select value={env} onChange={(e) => setEnv(e.target.value as Environment)}>
              {(['ca', 'uk', 'au', 'sandbox'] as const).map((e) => (
                <option key={e} value={e}>
                  {t(ENVIRONMENT_LABEL_IDS[e])}
                </option>
              ))}
            </select>
          </label>
          <button disabled={act.busy} onClick={() => void act.run(env, t('shell.firstRun.region.defaultName', { region: t(ENVIRONMENT_LABEL_IDS[env]) }))}>
            {t('shell.firstRun.region.button')}
          </button>
        </div>
      </div>
      <ErrorNote error={act.error} />
      <ImportConfig
        onImported={async (id) => {
          await api.prefs.set({ lastIntegrationId: id, firstRunDone: true });
          onCreated((await api.integrations.list({})).find((i) => i.id === id)!);
        }}
      />
      {onCancel && (
        <button className="link" onClick={onCancel}>
          {t('shell.firstRun.cancel')}
        </button>
      )}
    </div>
  );
}
