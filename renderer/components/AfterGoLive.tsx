import { useState, type ReactNode } from 'react';
import { api, mode } from '../api';
import { downloadText, useAction, useLoad } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { useT, type MessageId } from '../i18n';
import type { StepId } from '../../main/shared/steps';
import type { RotationState, RotationView } from '../../main/ipc/contract/maintenance';

// After go-live: rotate a credential, file the integration record, move the configuration.

type Kind = RotationView['kind'];
/** The reasons offered per credential, first the default; each worded as `after.reason.<kind>.<id>`. */
const REASONS = {
  webhook: ['regenerated', 'leaked', 'routine'],
  certn_api_key: ['expiry', 'leaked', 'routine'],
  icims: ['issued', 'leaked', 'routine'],
} as const satisfies Record<Kind, readonly string[]>;
const KIND_IDS = Object.keys(REASONS) as Kind[];
const kindLabel = (kind: Kind): MessageId => `after.kind.${kind}`;
const reasonLabel = (kind: Kind, reason: string) => `after.reason.${kind}.${reason}` as MessageId;
const STATE = {
  todo: ['warn', 'after.rotation.state.todo'],
  done: ['ok', 'after.rotation.state.done'],
  not_needed: ['', 'after.rotation.state.not_needed'],
} as const satisfies Record<string, readonly [string, MessageId]>;
const CONFIRM_LABEL: Record<string, MessageId> = {
  'webhook:apply': 'after.rotation.confirm.webhook.apply',
  'icims:apply': 'after.rotation.confirm.icims.apply',
  'certn_api_key:revoke': 'after.rotation.confirm.certn_api_key.revoke',
};
const muted = (chunks: ReactNode[]) => <span className="muted">{chunks}</span>;

export function AfterGoLive({ integrationId, simulator, go }: { integrationId: string; simulator: boolean; go: (step: StepId) => void }) {
  return (
    <>
      <RotationPanel integrationId={integrationId} simulator={simulator} go={go} />
      <RecordCard integrationId={integrationId} />
      <ConfigExportCard integrationId={integrationId} />
    </>
  );
}

function RotationPanel({ integrationId, simulator, go }: { integrationId: string; simulator: boolean; go: (step: StepId) => void }) {
  const t = useT();
  const load = useLoad(() => api.rotation.state({ integrationId }), [integrationId]);
  const [kind, setKind] = useState<Kind>('webhook');
  const [reason, setReason] = useState<string>(REASONS.webhook[0]);
  const act = useAction(async (fn: () => Promise<RotationState>) => load.setData(await fn()));
  const state = load.data;
  const current = state?.current ?? null;
  return (
    <section className="card" aria-labelledby="rotation-title">
      <h2 id="rotation-title">{t('after.rotation.title')}</h2>
      <p className="muted">{t('after.rotation.intro')}</p>
      <ErrorNote error={load.error ?? act.error} />
      {state && !current && (
        <form
          className="row wrap"
          onSubmit={(e) => {
            e.preventDefault();
            void act.run(() => api.rotation.start({ integrationId, kind, reason }));
          }}
        >
          <label>
            {t('after.rotation.kind')}
            <select
              value={kind}
              onChange={(e) => {
                const k = e.target.value as Kind;
                setKind(k);
                setReason(REASONS[k][0]);
              }}
            >
              {KIND_IDS.map((k) => <option key={k} value={k}>{t(kindLabel(k))}</option>)}
            </select>
          </label>
          <label>
            {t('after.rotation.reason')}
            <select value={reason} onChange={(e) => setReason(e.target.value)}>
              {REASONS[kind].map((r) => <option key={r} value={r}>{t(reasonLabel(kind, r))}</option>)}
            </select>
          </label>
          <button type="submit" className="primary" disabled={act.busy}>{t('after.rotation.start')}</button>
        </form>
      )}
      {current && <CurrentRotation integrationId={integrationId} r={current} simulator={simulator} busy={act.busy} run={act.run} go={go} />}
      {state && state.history.length > 0 && (
        <>
          <h3>{t('after.rotation.history')}</h3>
          <ul aria-label={t('after.rotation.history')}>
            {state.history.map((r) => (
              <li key={r.id}>
                {r.completedAt
                  ? t('after.rotation.history.completed', { kind: t(kindLabel(r.kind)), when: t.dateTime(r.completedAt) })
                  : t('after.rotation.history.cancelled', { kind: t(kindLabel(r.kind)), when: t.dateTime(r.cancelledAt!) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CurrentRotation(props: { integrationId: string; r: RotationView; simulator: boolean; busy: boolean; run: (fn: () => Promise<RotationState>) => Promise<void | undefined>; go: (step: StepId) => void }) {
  const { integrationId, r, busy, run, go } = props;
  const t = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [apiKey, setApiKey] = useState('');
  const capture = () =>
    run(() => api.rotation.capture({
      integrationId,
      ...(r.kind === 'certn_api_key' ? { apiKey } : { password, ...(username.trim() ? { username } : {}) }),
    })).then(() => (setPassword(''), setApiKey('')));
  return (
    <div className="rotation" aria-label={t('after.rotation.current.label', { kind: t(kindLabel(r.kind)) })} role="group">
      <h3>{t('after.rotation.current.title', { kind: r.kind })}</h3>
      <p className="muted small">{t('after.rotation.started', { when: t.dateTime(r.startedAt) })}</p>
      <ol className="rotation-steps">
        {r.steps.map((s) => (
          <li key={s.id} aria-label={s.title}>
            <strong>{s.title}</strong> <span className={`badge ${STATE[s.state][0]}`}>{t(STATE[s.state][1])}</span>
            {s.state !== 'done' && s.instructions.map((line) => <p key={line} className="muted">{line}</p>)}
            {s.state === 'todo' && s.id === 'portal' && s.canDoItForMe && (
              <button disabled={busy} onClick={() => void run(() => api.rotation.doItForMe({ integrationId, step: 'portal' }))}>{t('after.rotation.portal.doIt')}</button>
            )}
            {s.state === 'todo' && s.id === 'capture' && (
              <form onSubmit={(e) => (e.preventDefault(), void capture())}>
                {r.kind === 'certn_api_key' ? (
                  <label>{t('after.rotation.capture.apiKey')}<input type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} /></label>
                ) : (
                  <>
                    <label>
                      {t(r.kind === 'webhook' ? 'after.rotation.capture.webhookUsername' : 'after.rotation.capture.icimsUsername')}
                      <input autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />
                    </label>
                    <label>
                      {t(r.kind === 'webhook' ? 'after.rotation.capture.webhookPassword' : 'after.rotation.capture.icimsPassword')}
                      <input type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
                    </label>
                  </>
                )}
                <button type="submit" disabled={busy}>{t('after.rotation.capture.save')}</button>
              </form>
            )}
            {s.state === 'todo' && s.id === 'handoff' && r.steps.find((x) => x.id === 'capture')!.state === 'done' && (
              <button onClick={() => go('handoff')}>{t('after.rotation.goTo', { step: t.stepRef('handoff') })}</button>
            )}
            {s.state === 'todo' && (s.id === 'apply' || s.id === 'revoke') && (
              <span className="row wrap">
                {s.canDoItForMe && (
                  <button disabled={busy} onClick={() => void run(() => api.rotation.doItForMe({ integrationId, step: s.id as 'apply' | 'revoke' }))}>{t('after.rotation.doIt')}</button>
                )}
                <button disabled={busy} onClick={() => void run(() => api.rotation.confirm({ integrationId, step: s.id as 'apply' | 'revoke' }))}>{t(CONFIRM_LABEL[`${r.kind}:${s.id}`])}</button>
              </span>
            )}
            {s.id === 'verify' && (
              <>
                {r.verification && (
                  <ul aria-label={t('after.rotation.check.label')}>
                    {r.verification.map((c) => (
                      <li key={c.label}>
                        <span className={`badge ${c.ok ? 'ok' : 'bad'}`}>{t(c.ok ? 'after.rotation.check.passed' : 'after.rotation.check.failed')}</span>{' '}
                        {t.rich('after.rotation.check.line', { label: c.label, detail: c.detail, muted })}
                      </li>
                    ))}
                  </ul>
                )}
                {!r.canComplete && (
                  <button className="primary" disabled={busy} onClick={() => void run(() => api.rotation.verify({ integrationId }))}>{t('after.rotation.verify')}</button>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      <div className="row wrap">
        <button className="primary" disabled={busy || !r.canComplete} onClick={() => void run(() => api.rotation.complete({ integrationId }))}>{t('after.rotation.complete')}</button>
        <button className="link" disabled={busy} onClick={() => void run(() => api.rotation.cancel({ integrationId }))}>{t('after.rotation.cancel')}</button>
      </div>
    </div>
  );
}

function downloadBase64(fileName: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function RecordCard({ integrationId }: { integrationId: string }) {
  const t = useT();
  const [saved, setSaved] = useState<string | null>(null);
  const act = useAction(async () => {
    setSaved(null);
    if (mode === 'electron') {
      const r = await api.record.save({ integrationId });
      setSaved(r.savedTo ? t('after.record.savedTo', { path: r.savedTo }) : null);
      return;
    }
    const r = await api.record.pdf({ integrationId });
    downloadBase64(r.fileName, r.base64, 'application/pdf');
    setSaved(t('after.record.downloaded', { name: r.fileName }));
  });
  return (
    <section className="card" aria-labelledby="record-title">
      <h2 id="record-title">{t('after.record.title')}</h2>
      <p className="muted">{t('after.record.intro')}</p>
      <button className="primary" disabled={act.busy} onClick={() => void act.run()}>
        {t(mode === 'electron' ? 'after.record.save' : 'after.record.download')}
      </button>
      {saved && <p role="status">{saved}</p>}
      <ErrorNote error={act.error} />
    </section>
  );
}

function ConfigExportCard({ integrationId }: { integrationId: string }) {
  const t = useT();
  const act = useAction(async () => {
    const r = await api.config.export({ integrationId });
    downloadText(r.fileName, r.json, 'application/json');
  });
  return (
    <section className="card" aria-labelledby="config-title">
      <h2 id="config-title">{t('after.export.title')}</h2>
      <p className="muted">{t('after.export.intro')}</p>
      <button disabled={act.busy} onClick={() => void act.run()}>{t('after.export.button')}</button>
      <ErrorNote error={act.error} />
    </section>
  );
}

/** On the new-integration screen: an integration made from an exported configuration file. */
export function ImportConfig({ onImported }: { onImported: (id: string) => Promise<void> }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const act = useAction(async () => {
    if (!file) throw new Error(t('after.import.noFile'));
    const created = await api.config.import({ json: await file.text(), ...(name.trim() ? { name: name.trim() } : {}) });
    await onImported(created.id);
  });
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('after.import.title')}</h2>
      <p className="muted">{t('after.import.intro')}</p>
      <label>
        {t('after.import.file')}
        <input type="file" accept="application/json,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <label>
        {t.rich('after.import.name', { muted })}
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <button disabled={act.busy || !file} onClick={() => void act.run()}>{t('after.import.button')}</button>
      <ErrorNote error={act.error} />
    </section>
  );
}
