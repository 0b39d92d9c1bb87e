import { api } from '../api';
import { useState } from 'react';
import { useAction, useLoad } from '../hooks';
import { ErrorNote } from '../components/ErrorNote';
import { CopyButton } from '../components/CopyButton';
import { SecretField } from '../components/SecretField';
import { GroupPicker } from '../components/GroupPicker';
import { StepFooter, stepDone } from '../components/StepFooter';
import type { StepProps } from './types';
import type { ConnectionStep } from '../../main/ipc/contract/setup';
import { useT, type MessageId } from '../i18n';

const ICIMS_VALUES = [
  { field: 'customerId', label: 'certn.values.customerId', copy: 'certn.values.copy.customerId' },
  { field: 'username', label: 'certn.values.username', copy: 'certn.values.copy.username' },
  { field: 'password', label: 'certn.values.password', copy: 'certn.values.copy.password' },
] as const satisfies readonly { field: string; label: MessageId; copy: MessageId }[];

const FIELD_LABEL: Partial<Record<string, MessageId>> = { reportType: 'certn.field.reportType', defaultGroup: 'certn.field.defaultGroup', defaultGroupId: 'certn.field.defaultGroup' };

/** Step 3: the iCIMS connection made in Certn's portal, mirrored step by step, capturing what Certn shows once. */
export function CertnConnection({ integration, steps, refresh, go }: StepProps) {
  const t = useT();
  const id = integration.id;
  const step = useLoad(() => api.connection.get({ integrationId: id }), [id]);
  const act = useAction(async (fn: () => Promise<ConnectionStep>) => {
    step.setData(await fn());
    refresh();
  });
  const c = step.data;
  const done = stepDone(steps, 'certn');
  // After "Do it for me" the fields are emptied: the vault holds the values now, and says so.
  const [round, setRound] = useState(0);
  const doIt = useAction(async () => {
    step.setData(await api.connection.doItForMe({ integrationId: id }));
    setRound((r) => r + 1);
    refresh();
  });
  const saveField = (field: 'username' | 'password') => async (value: string) => {
    step.setData(await api.connection.saveWebhookField({ integrationId: id, field, value }));
    refresh();
  };
  const copyValue = (field: (typeof ICIMS_VALUES)[number]['field']) => async () => (await api.connection.copyIcimsValue({ integrationId: id, field })).value;

  return (
    <section className="panel" aria-labelledby="certn-title">
      <h1 id="certn-title">{t.step('certn')}</h1>
      <p className="lead">{t('certn.lead')}</p>
      <ErrorNote error={step.error} />
      {c && (
        <>
          {c.canDoItForMe && (
            <div className="card simulator-shortcut">
              {c.certnSavedAt && c.pendingChanges.length === 0 ? (
                // Once the simulated portal has the connection, there is nothing left to do for the admin.
                <p>{t('certn.sim.saved')}</p>
              ) : (
                <>
                  <p>{t('certn.sim.offer')}</p>
                  <p className="muted">
                    {c.hasWebhookUsername && c.hasWebhookPassword
                      ? t('certn.sim.usesBoth')
                      : c.hasWebhookUsername || c.hasWebhookPassword
                        ? t('certn.sim.usesOne')
                        : t('certn.sim.generates')}
                  </p>
                  <button className={done ? '' : 'primary'} disabled={act.busy || doIt.busy} onClick={() => void doIt.run()}>
                    {c.certnSavedAt ? t('certn.sim.apply') : t('certn.sim.doIt')}
                  </button>
                </>
              )}
              <ErrorNote error={doIt.error} />
              {c.notice && (
                <p className="ok-note" role="status" aria-label={t('certn.sim.notice')}>
                  {c.notice}
                </p>
              )}
            </div>
          )}
          <ol className="portal-steps">
            <li className="card">
              <h2>{t('certn.portal.open')}</h2>
            </li>
            <li className="card">
              <h2>{t('certn.values.title')}</h2>
              {!c.icimsReady && <p className="warn-note">{t('certn.values.incomplete', { step: t.stepRef('icims') })}</p>}
              <div className="copy-grid">
                {ICIMS_VALUES.map((v) => (
                  <div key={v.field} className="row">
                    <span className="grow">{t(v.label)}</span>
                    <CopyButton label={t(v.copy)} text={copyValue(v.field)} disabled={!c.icimsReady} />
                  </div>
                ))}
              </div>
            </li>
            <li className="card">
              <h2>{t('certn.webhook.title')}</h2>
              <div className="warn-note strong" role="note">
                {t.rich('certn.webhook.once', { b: (c) => <strong>{c}</strong> })}
              </div>
              <SecretField key={`u${round}`} label={t('certn.webhook.username')} type="text" saved={c.hasWebhookUsername} savedAt={c.webhookSavedAt} onSave={saveField('username')} />
              <SecretField key={`p${round}`} label={t('certn.webhook.password')} saved={c.hasWebhookPassword} savedAt={c.webhookSavedAt} onSave={saveField('password')} />
            </li>
            <li className="card">
              <h2>{t('certn.report.title')}</h2>
              <fieldset className="report-type">
                <legend className="sr-only">{t('certn.report.legend')}</legend>
                <label className="inline option">
                  <input type="radio" name="reportType" checked={c.reportType === 'PDF'} disabled={act.busy} onChange={() => void act.run(() => api.connection.setOptions({ integrationId: id, reportType: 'PDF' }))} />
                  <span>{t.rich('certn.report.pdf', { b: (c) => <strong>{c}</strong> })}</span>
                </label>
                <label className="inline option">
                  <input type="radio" name="reportType" checked={c.reportType === 'PORTAL'} disabled={act.busy} onChange={() => void act.run(() => api.connection.setOptions({ integrationId: id, reportType: 'PORTAL' }))} />
                  <span>{t.rich('certn.report.portal', { b: (c) => <strong>{c}</strong> })}</span>
                </label>
              </fieldset>
            </li>
            <li className="card">
              <h2>{t('certn.group.title')}</h2>
              <p className="muted">{t('certn.group.hint')}</p>
              <div className="row">
                <div className="grow">
                  <GroupPicker groups={c.groups} value={c.defaultGroupId} disabled={act.busy} onChange={(g) => void act.run(() => api.connection.setOptions({ integrationId: id, defaultGroupId: g }))} />
                </div>
                <button disabled={act.busy} onClick={() => void act.run(() => api.connection.syncGroups({ integrationId: id }))}>
                  {c.groups.length ? t('certn.group.syncAgain') : t('certn.group.sync')}
                </button>
              </div>
              {c.defaultGroupName && <p className="muted">{t('certn.group.chosen', { name: c.defaultGroupName })}</p>}
            </li>
            <li className="card">
              <h2>{t('certn.save.title')}</h2>
              <PendingChanges c={c} />
              <div className="actions">
                <button className={done || c.canDoItForMe ? '' : 'primary'} disabled={act.busy} onClick={() => void act.run(() => api.connection.confirmSaved({ integrationId: id }))}>
                  {t('certn.save.confirm')}
                </button>
                {c.certnSavedAt && c.pendingChanges.length === 0 && <span className="ok-note">{t('certn.save.done', { when: t.dateTime(c.certnSavedAt) })}</span>}
              </div>
            </li>
          </ol>
          <ErrorNote error={act.error} />
          <StepFooter step="certn" steps={steps} go={go} />
        </>
      )}
    </section>
  );
}

function PendingChanges({ c }: { c: ConnectionStep }) {
  const t = useT();
  if (c.pendingChanges.length === 0) return null;
  return (
    <div className="warn-note" role="alert" aria-label={t('certn.pending.label')}>
      <p>{c.certnSavedAt ? t('certn.pending.sinceSaved') : t('certn.pending.toEnter')}</p>
      <ul>
        {c.pendingChanges.map((p) => (
          <li key={p.field}>
            {t.rich('certn.pending.item', {
              field: FIELD_LABEL[p.field] ? t(FIELD_LABEL[p.field]!) : p.field,
              from: p.from ?? t('certn.pending.none'),
              to: p.to ?? t('certn.pending.none'),
              b: (chunks) => <strong>{chunks}</strong>,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
