// i18n-pending: its words are moving to the message catalogs.
// Before the handoff contract module below defines its schemas (the page's CSP forbids eval).
import '../zod-setup';
import { useState } from 'react';
import { api } from '../api';
import { useAction, useLoad } from '../hooks';
import { ErrorNote } from '../components/ErrorNote';
import { CopyButton } from '../components/CopyButton';
import { formatDateTime } from '../../main/shared/time';
import { SENDSAFELY_NOTIFY_TRADEOFF, type HandoffRecord, type SendSafelyStatus } from '../../main/ipc/contract/handoff';

// The SendSafely handoff method: the account connection (verified before it is saved), the
// consultant's address and the notify choice, the secure link shown once, and tracking.

export const SENDSAFELY_METHOD = {
  id: 'sendsafely' as const,
  label: 'SendSafely',
  help: 'Your company’s SendSafely account sends the consultant a secure link; you see here when it was opened.',
};

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Connect (or show) the integration's SendSafely account. Reports the status upward. */
export function SendSafelyConnect({ integrationId, onStatus }: { integrationId: string; onStatus: (s: SendSafelyStatus | null) => void }) {
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
      <div className="ok-note handoff-ss-account" role="status" aria-label="SendSafely account">
        Connected to SendSafely at <span className="mono">{s.host}</span> as <strong>{s.ownerEmail}</strong> (API key {s.apiKeyMasked}
        {s.verifiedAt ? `, verified ${formatDateTime(s.verifiedAt)}` : ''}).{' '}
        <button type="button" className="link" disabled={disconnect.busy} onClick={() => void disconnect.run()}>Disconnect</button>
        <ErrorNote error={disconnect.error} />
      </div>
    );
  }
  return (
    <fieldset className="handoff-ss-connect">
      <legend>Connect your SendSafely account</legend>
      <p className="muted">
        SendSafely offers its API only on the Enterprise plan. Make an API key under Edit Profile → API Keys in SendSafely; the secret is shown once there.
        The key and secret are kept in this console’s vault and checked with SendSafely before they are saved.
      </p>
      <div className="handoff-fields">
        <label>
          Organisation host
          <input value={host} onChange={(e) => setHost(e.target.value)} placeholder="https://yourcompany.sendsafely.com" spellCheck={false} autoComplete="off" />
        </label>
        <label>
          API key
          <input value={apiKey} onChange={(e) => setApiKey(e.target.value)} spellCheck={false} autoComplete="off" />
        </label>
        <label>
          API secret
          <input type="password" value={apiSecret} onChange={(e) => setApiSecret(e.target.value)} autoComplete="off" />
        </label>
      </div>
      <div className="actions">
        <button type="button" disabled={connect.busy || !host.trim() || !apiKey.trim() || !apiSecret.trim()} onClick={() => void connect.run()}>
          {connect.busy ? 'Checking with SendSafely…' : 'Verify and save'}
        </button>
        {s.simulatorAvailable && <button type="button" disabled={fill.busy} onClick={() => void fill.run()}>Fill in the local simulator’s SendSafely account</button>}
      </div>
      <ErrorNote error={connect.error ?? fill.error} />
    </fieldset>
  );
}

/** The consultant's address and whether SendSafely may e-mail the link. */
export function SendSafelyFields({ email, onEmail, notify, onNotify }: { email: string; onEmail: (v: string) => void; notify: boolean; onNotify: (v: boolean) => void }) {
  const bad = email.trim() !== '' && !EMAIL_RE.test(email.trim());
  return (
    <div className="handoff-ss-fields">
      <label>
        Consultant’s e-mail address
        <input type="email" value={email} onChange={(e) => onEmail(e.target.value)} maxLength={254} aria-invalid={bad} placeholder="dana@consultancy.example" />
      </label>
      {bad && <p className="error-note">Enter an address like name@example.com.</p>}
      <p className="muted">They confirm this address with a code from SendSafely before the package opens. The valid-for days above are the package life: SendSafely deletes it after that.</p>
      <label className="inline">
        <input type="checkbox" checked={notify} onChange={(e) => onNotify(e.target.checked)} />
        Let SendSafely e-mail the link to the consultant
      </label>
      <p className={notify ? 'warn-note' : 'muted'}>{SENDSAFELY_NOTIFY_TRADEOFF}</p>
    </div>
  );
}

/** The secure link, shown once: it holds the package's key after the # sign. */
export function SendSafelyLink({ link, notified }: { link: string; notified: boolean }) {
  return (
    <div className="warn-note handoff-secret">
      <strong>This secure link will not be shown again.</strong> It is not saved anywhere; the part after # is the key to the package, and SendSafely never sees it{notified ? ' (except that you let SendSafely e-mail it)' : ''}.
      <output className="mono handoff-link" aria-label="Secure link">{link}</output>
      <CopyButton label="Copy the secure link" text={link}>Copy link</CopyButton>
    </div>
  );
}

/** What tracking last saw for one SendSafely handoff. */
export function SendSafelyTrackingNote({ record }: { record: HandoffRecord }) {
  const ss = record.sendsafely;
  if (!ss) return null;
  const label = ss.deletedAt || ss.state === 'deleted'
    ? 'Deleted from SendSafely'
    : ss.openedAt
      ? `Opened ${formatDateTime(ss.openedAt)}${ss.openings > 1 ? ` (${ss.openings} times)` : ''}`
      : 'Not opened yet';
  return (
    <div className="handoff-ss-track">
      <span className={`badge ${ss.openedAt ? 'ok' : ''}`}>{label}</span>
      <div className="muted">{ss.recipientEmail} · package {ss.packageId}{ss.checkedAt ? ` · checked ${formatDateTime(ss.checkedAt)}` : ''}</div>
    </div>
  );
}
