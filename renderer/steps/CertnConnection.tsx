// i18n-pending: its words are moving to the message catalogs.
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
import { formatDateTime } from '../../main/shared/time';

const ICIMS_VALUES = [
  { field: 'customerId', label: 'iCIMS Customer ID' },
  { field: 'username', label: 'iCIMS username' },
  { field: 'password', label: 'iCIMS password' },
] as const;

const FIELD_LABEL: Record<string, string> = { reportType: 'Report URL type', defaultGroup: 'Default group', defaultGroupId: 'Default group' };

/** Step 3: the iCIMS connection made in Certn's portal, mirrored step by step, capturing what Certn shows once. */
export function CertnConnection({ integration, steps, refresh, go }: StepProps) {
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
      <h1 id="certn-title">Certn connection</h1>
      <p className="lead">Connect iCIMS inside the Certn Client Portal. Follow the portal's order below; the console keeps what Certn shows you.</p>
      <ErrorNote error={step.error} />
      {c && (
        <>
          {c.canDoItForMe && (
            <div className="card simulator-shortcut">
              {c.certnSavedAt && c.pendingChanges.length === 0 ? (
                // Once the simulated portal has the connection, there is nothing left to do for the admin.
                <p>✓ Local simulator: the simulated portal has this connection, saved in Certn.</p>
              ) : (
                <>
                  <p>Local simulator: the console can do the portal's part for you — enter the iCIMS values, keep the webhook credentials, choose a report type and a group, and save.</p>
                  <p className="muted">
                    {c.hasWebhookUsername && c.hasWebhookPassword
                      ? 'It uses the webhook username and password you entered below.'
                      : c.hasWebhookUsername || c.hasWebhookPassword
                        ? 'It uses the webhook value you entered below and generates the other, as Certn would.'
                        : 'Certn generates the webhook username and password; the simulated portal does the same, and the console keeps them in the vault.'}
                  </p>
                  <button className={done ? '' : 'primary'} disabled={act.busy || doIt.busy} onClick={() => void doIt.run()}>
                    {c.certnSavedAt ? 'Apply the changes for me' : 'Do it for me'}
                  </button>
                </>
              )}
              <ErrorNote error={doIt.error} />
              {c.notice && (
                <p className="ok-note" role="status" aria-label="What the simulated portal did">
                  {c.notice}
                </p>
              )}
            </div>
          )}
          <ol className="portal-steps">
            <li className="card">
              <h2>In the Certn Client Portal, open Settings → Integrations and click “Add” next to iCIMS</h2>
            </li>
            <li className="card">
              <h2>Enter the three iCIMS values</h2>
              {!c.icimsReady && <p className="warn-note">The iCIMS values are not complete yet: finish step 2, iCIMS request, first.</p>}
              <div className="copy-grid">
                {ICIMS_VALUES.map((v) => (
                  <div key={v.field} className="row">
                    <span className="grow">{v.label}</span>
                    <CopyButton label={`Copy the ${v.label}`} text={copyValue(v.field)} disabled={!c.icimsReady} />
                  </div>
                ))}
              </div>
            </li>
            <li className="card">
              <h2>Copy the webhook username and password Certn generates</h2>
              <div className="warn-note strong" role="note">
                Certn shows the webhook username and password <strong>only once</strong>. Paste them here before you leave that page: each is stored in the vault the moment you enter it.
              </div>
              <SecretField key={`u${round}`} label="Webhook username" type="text" saved={c.hasWebhookUsername} savedAt={c.webhookSavedAt} onSave={saveField('username')} />
              <SecretField key={`p${round}`} label="Webhook password" saved={c.hasWebhookPassword} savedAt={c.webhookSavedAt} onSave={saveField('password')} />
            </li>
            <li className="card">
              <h2>Choose the Report URL Type</h2>
              <fieldset className="report-type">
                <legend className="sr-only">Report URL type</legend>
                <label className="inline option">
                  <input type="radio" name="reportType" checked={c.reportType === 'PDF'} disabled={act.busy} onChange={() => void act.run(() => api.connection.setOptions({ integrationId: id, reportType: 'PDF' }))} />
                  <span>
                    <strong>PDF report</strong> — opens without a login. Convenient for recruiters, but anyone who has the link can read the report.
                  </span>
                </label>
                <label className="inline option">
                  <input type="radio" name="reportType" checked={c.reportType === 'PORTAL'} disabled={act.busy} onChange={() => void act.run(() => api.connection.setOptions({ integrationId: id, reportType: 'PORTAL' }))} />
                  <span>
                    <strong>Secure portal link</strong> — the report stays in Certn; whoever opens it needs a Certn login.
                  </span>
                </label>
              </fieldset>
            </li>
            <li className="card">
              <h2>Select a group</h2>
              <p className="muted">Every check ordered through iCIMS lands in this group.</p>
              <div className="row">
                <div className="grow">
                  <GroupPicker groups={c.groups} value={c.defaultGroupId} disabled={act.busy} onChange={(g) => void act.run(() => api.connection.setOptions({ integrationId: id, defaultGroupId: g }))} />
                </div>
                <button disabled={act.busy} onClick={() => void act.run(() => api.connection.syncGroups({ integrationId: id }))}>
                  {c.groups.length ? 'Sync groups again' : 'Sync groups from Certn'}
                </button>
              </div>
              {c.defaultGroupName && <p className="muted">Chosen: {c.defaultGroupName}</p>}
            </li>
            <li className="card">
              <h2>Click “Save changes” in Certn</h2>
              <PendingChanges c={c} />
              <div className="actions">
                <button className={done || c.canDoItForMe ? '' : 'primary'} disabled={act.busy} onClick={() => void act.run(() => api.connection.confirmSaved({ integrationId: id }))}>
                  I saved the changes in Certn
                </button>
                {c.certnSavedAt && c.pendingChanges.length === 0 && <span className="ok-note">✓ Saved in Certn on {formatDateTime(c.certnSavedAt)}</span>}
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
  if (c.pendingChanges.length === 0) return null;
  return (
    <div className="warn-note" role="alert" aria-label="Changes not yet applied in Certn">
      <p>
        {c.certnSavedAt ? 'Changed since you last saved in Certn' : 'To enter in Certn'} — apply these in Settings → Integrations → iCIMS, then confirm:
      </p>
      <ul>
        {c.pendingChanges.map((p) => (
          <li key={p.field}>
            {FIELD_LABEL[p.field] ?? p.field}: {p.from ?? '(none)'} → <strong>{p.to ?? '(none)'}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
