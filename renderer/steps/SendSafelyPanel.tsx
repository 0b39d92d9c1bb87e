// Before the handoff contract module below defines its schemas (the page's CSP forbids eval).
import '../zod-setup';
import { useState, type ReactNode } from 'react';
import { api } from '../api';
import { useAction, useLoad } from '../hooks';
import { ErrorNote } from '../components/ErrorNote';
import { CopyButton } from '../components/CopyButton';
import { useT, type MessageId } from '../i18n';
import type { HandoffRecord, SendSafelyStatus } from '../../main/ipc/contract/handoff';

// The SendSafely handoff method: the account connection (verified before it is saved), the
// consultant's address and the notify choice, the secure link shown once, and tracking.

export const SENDSAFELY_METHOD = {
  id: 'sendsafely' as const,
  label: 'handoff.method.sendsafely',
  help: 'handoff.method.sendsafely.help',
} as const satisfies { id: 'sendsafely'; label: MessageId; help: MessageId };

const mono = (chunks: ReactNode[]) => <span className="mono">{chunks}</span>;
const bold = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Connect (or show) the integration's SendSafely account. Reports the status upward. */
export function SendSafelyConnect({ integrationId, onStatus }: { integrationId: string; onStatus: (s: SendSafelyStatus | null) => void }) {
  const t = useT();
  const status = useLoad(async () => {
    const s = await api.handoff.sendsafelyStatus({ integrationId });
    onStatus(s);
    return s;
  }, [integrationId]);
  const [host, setHost] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [apiSecret, setApiSecret] = useState('');
  const connect = useAction(async () => {
    const s = await api.handoff.sendsafelyConnect({ integrationId, host, apiKey, apiSecret });
    setApiSecret('');
    setApiKey('');
    status.setData(s);
    onStatus(s);
  });
  const disconnect = useAction(async () => {
    const s = await api.handoff.sendsafelyDisconnect({ integrationId });
    status.setData(s);
    onStatus(s);
  });
  const fill = useAction(async () => {
    const a = await api.handoff.sendsafelySimulatorAccount({ integrationId });
    setHost(a.host);
    setApiKey(a.apiKey);
    setApiSecret(a.apiSecret);
  });
  const s = status.data;
  if (!s) return <ErrorNote error={status.error} />;
  if (s.connected) {
    return (
      <div className="ok-note handoff-ss-account" role="status" aria-label={t('handoff.ss.account.label')}>
        {s.verifiedAt
          ? t.rich('handoff.ss.connected.verified', { host: s.host, email: s.ownerEmail, key: s.apiKeyMasked, when: t.dateTime(s.verifiedAt), mono, b: bold })
          : t.rich('handoff.ss.connected', { host: s.host, email: s.ownerEmail, key: s.apiKeyMasked, mono, b: bold })}{' '}
        <button type="button" className="link" disabled={disconnect.busy} onClick={() => void disconnect.run()}>{t('handoff.ss.disconnect')}</button>
        <ErrorNote error={disconnect.error} />
      </div>
    );
  }
  return (
    <fieldset className="handoff-ss-connect">
      <legend>{t('handoff.ss.connect.title')}</legend>
      <p className="muted">{t('handoff.ss.connect.help')}</p>
      <div className="handoff-fields">
        <label>
          {t('handoff.ss.host')}
          <input value={host} onChange={(e) => setHost(e.target.value)} placeholder={t('handoff.ss.host.placeholder')} spellCheck={false} autoComplete="off" />
        </label>
        <label>
          {t('handoff.ss.apiKey')}
          <input value={apiKey} onChange={(e) => setApiKey(e.target.value)} spellCheck={false} autoComplete="off" />
        </label>
        <label>
          {t('handoff.ss.apiSecret')}
          <input type="password" value={apiSecret} onChange={(e) => setApiSecret(e.target.value)} autoComplete="off" />
        </label>
      </div>
      <div className="actions">
        <button type="button" disabled={connect.busy || !host.trim() || !apiKey.trim() || !apiSecret.trim()} onClick={() => void connect.run()}>
          {t(connect.busy ? 'handoff.ss.verifying' : 'handoff.ss.verify')}
        </button>
        {s.simulatorAvailable && <button type="button" disabled={fill.busy} onClick={() => void fill.run()}>{t('handoff.ss.fillSimulator')}</button>}
      </div>
      <ErrorNote error={connect.error ?? fill.error} />
    </fieldset>
  );
}

/** The consultant's address and whether SendSafely may e-mail the link. */
export function SendSafelyFields({ email, onEmail, notify, onNotify }: { email: string; onEmail: (v: string) => void; notify: boolean; onNotify: (v: boolean) => void }) {
  const t = useT();
  const bad = email.trim() !== '' && !EMAIL_RE.test(email.trim());
  return (
    <div className="handoff-ss-fields">
      <label>
        {t('handoff.ss.email')}
        <input type="email" value={email} onChange={(e) => onEmail(e.target.value)} maxLength={254} aria-invalid={bad} placeholder={t('handoff.ss.email.placeholder')} />
      </label>
      {bad && <p className="error-note">{t('handoff.ss.email.bad')}</p>}
      <p className="muted">{t('handoff.ss.email.help')}</p>
      <label className="inline">
        <input type="checkbox" checked={notify} onChange={(e) => onNotify(e.target.checked)} />
        {t('handoff.ss.notify')}
      </label>
      <p className={notify ? 'warn-note' : 'muted'}>{t('handoff.ss.notify.tradeoff')}</p>
    </div>
  );
}

/** The secure link, shown once: it holds the package's key after the # sign. */
export function SendSafelyLink({ link, notified }: { link: string; notified: boolean }) {
  const t = useT();
  return (
    <div className="warn-note handoff-secret">
      {t.rich(notified ? 'handoff.ss.link.once.notified' : 'handoff.ss.link.once', { b: bold })}
      <output className="mono handoff-link" aria-label={t('handoff.ss.link.label')}>{link}</output>
      <CopyButton label={t('handoff.ss.link.copy.label')} text={link}>{t('handoff.ss.link.copy')}</CopyButton>
    </div>
  );
}

/** What tracking last saw for one SendSafely handoff. */
export function SendSafelyTrackingNote({ record }: { record: HandoffRecord }) {
  const t = useT();
  const ss = record.sendsafely;
  if (!ss) return null;
  const label = ss.deletedAt || ss.state === 'deleted'
    ? t('handoff.ss.track.deleted')
    : ss.openedAt
      ? t('handoff.ss.track.opened', { when: t.dateTime(ss.openedAt), count: ss.openings })
      : t('handoff.ss.track.notOpened');
  return (
    <div className="handoff-ss-track">
      <span className={`badge ${ss.openedAt ? 'ok' : ''}`}>{label}</span>
      <div className="muted">
        {ss.checkedAt
          ? t('handoff.ss.track.detail.checked', { email: ss.recipientEmail, id: ss.packageId, when: t.dateTime(ss.checkedAt) })
          : t('handoff.ss.track.detail', { email: ss.recipientEmail, id: ss.packageId })}
      </div>
    </div>
  );
}
