// i18n-pending: its words are moving to the message catalogs.
// Before the handoff contract module below defines its schemas (the page's CSP forbids eval).
import '../zod-setup';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { downloadText, useAction, useLoad } from '../hooks';
import { ErrorNote } from '../components/ErrorNote';
import { CopyButton } from '../components/CopyButton';
import { useT } from '../i18n';
import { DEFAULT_VALID_DAYS, ROTATION_GUIDANCE, type HandoffCreated, type HandoffPreview, type HandoffRecord, type RecipientKeyView } from '../../main/ipc/contract/handoff';
import { StepFooter, stepDone, useDisabledReason } from '../components/StepFooter';
import type { StepProps } from './types';
import './handoff.css';
import { EMAIL_RE, SENDSAFELY_METHOD, SendSafelyConnect, SendSafelyFields, SendSafelyLink, SendSafelyTrackingNote } from './SendSafelyPanel';
import { formatDateTime, formatDateTimeZoned } from '../../main/shared/time';

// Step 4, the secure handoff: what the consultant gets, how it is encrypted, the files
// and the keycode (shown once, kept nowhere), and the record of past handoffs.

type Method = 'keycode' | 'keycode-split' | 'public-key' | 'sendsafely';
const METHODS: { id: Method; label: string; help: string }[] = [
  { id: 'keycode', label: 'Keycode', help: 'You send the files; you tell the consultant a keycode by another channel, for example by phone.' },
  { id: 'keycode-split', label: 'Keycode in two parts', help: 'Part 1 by one channel, part 2 by another (for example phone and text message), neither with the files.' },
  { id: 'public-key', label: "Consultant's public key", help: 'Only their OpenPGP private key opens the file; no keycode to pass on.' },
  SENDSAFELY_METHOD,
];

export function Handoff(props: StepProps) {
  const integrationId = props.integration.id;
  const preview = useLoad(() => api.handoff.preview({ integrationId }), [integrationId]);
  const history = useLoad(() => api.handoff.list({ integrationId }), [integrationId]);
  const [created, setCreated] = useState<HandoffCreated | null>(null);
  const onCreated = (h: HandoffCreated) => {
    setCreated(h);
    history.reload();
    props.refresh();
  };
  return (
    <section className="panel handoff">
      <h1>Handoff to the iCIMS consultant</h1>
      <p className="lead">
        The consultant needs the webhook username and password, the exact name and ID of each package, Certn&apos;s endpoint and the iCIMS Customer ID.
        The console puts them in one encrypted file; the key to open it travels by a different channel.
      </p>
      <ErrorNote error={preview.error} />
      {preview.data && <Frame preview={preview.data} go={props.go} onReload={preview.reload} />}
      {created ? (
        <Result created={created} onDone={() => setCreated(null)} />
      ) : (
        preview.data && <CreateForm integrationId={integrationId} ready={preview.data.ready} primary={!stepDone(props.steps, 'handoff')} onCreated={onCreated} />
      )}
      <History records={history.data ?? []} error={history.error} integrationId={integrationId} onChanged={history.reload} go={props.go} />
      <StepFooter step="handoff" steps={props.steps} go={props.go} />
    </section>
  );
}

function Frame({ preview: p, go, onReload }: { preview: HandoffPreview; go: StepProps['go']; onReload: () => void }) {
  const t = useT();
  const masked = (s: HandoffPreview['webhookUsername']) => (s.saved ? <span className="mono">{s.masked}</span> : <span className="badge bad">not saved</span>);
  return (
    <div className="card" aria-labelledby="handoff-frame">
      <h2 id="handoff-frame">What will be handed over</h2>
      {p.problems.length > 0 && (
        <div className="warn-note" role="status" aria-label="Missing for the handoff">
          <strong>Not ready yet:</strong>
          <ul className="handoff-missing">
            {p.problems.map((m) => (
              <li key={m.message}>
                {m.message}{' '}
                {m.step && <button className="link" onClick={() => go(m.step!)}>Go to {t.stepRef(m.step)}</button>}
              </li>
            ))}
          </ul>
          <button onClick={onReload}>Check again</button>
        </div>
      )}
      <table className="handoff-values">
        <tbody>
          <tr><th scope="row">Company</th><td>{p.companyLabel}</td></tr>
          <tr><th scope="row">iCIMS Customer ID</th><td className="mono">{p.icimsCustomerId ?? <span className="badge bad">not saved</span>}</td></tr>
          <tr><th scope="row">Certn endpoint URL</th><td className="mono">{p.endpointUrl ?? '—'}</td></tr>
          <tr><th scope="row">Webhook username</th><td>{masked(p.webhookUsername)}</td></tr>
          <tr><th scope="row">Webhook password</th><td>{masked(p.webhookPassword)}</td></tr>
          <tr>
            <th scope="row">Packages ({p.packages.length})</th>
            <td>
              <ul className="handoff-packages" aria-label="Packages handed over">
                {p.packages.map((pkg) => (
                  <li key={pkg.id}>
                    <span className="mono pkg-name" title="Exact name; ␣ marks a space that is easy to miss">{pkg.visibleName}</span>
                    <span className="mono muted"> · {pkg.id}</span>
                    {' '}
                    <span className={`badge ${pkg.verdict.level === 'ready' ? 'ok' : pkg.verdict.level === 'caution' ? 'warn' : 'bad'}`}>{pkg.verdict.label}</span>
                    {pkg.overridden && <span className="badge bad">selected anyway (override recorded)</span>}
                    {pkg.verdict.level !== 'ready' && (
                      <div className="muted small">{pkg.verdict.level === 'blocked' ? `An order would fail: ${pkg.verdict.blockers.join(', ')}.` : `Check: ${pkg.verdict.cautions.join('; ')}.`}</div>
                    )}
                  </li>
                ))}
              </ul>
              {p.packages.some((x) => x.nameIssues.length) && (
                <p className="muted">Names are handed over exactly as Certn has them, spaces included (␣ marks one). If a space is a mistake, fix the name in Certn and sync packages again.</p>
              )}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="muted">Files: <span className="mono">{p.ascFileName}</span> and, for a keycode, <span className="mono">{p.htmlFileName}</span> (a decryptor that works offline in any browser).</p>
    </div>
  );
}

function CreateForm({ integrationId, ready, primary, onCreated }: { integrationId: string; ready: boolean; primary: boolean; onCreated: (h: HandoffCreated) => void }) {
  const [label, setLabel] = useState('');
  const [days, setDays] = useState(String(DEFAULT_VALID_DAYS));
  const [method, setMethod] = useState<Method>('keycode');
  const [armored, setArmored] = useState('');
  const [key, setKey] = useState<RecipientKeyView | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [email, setEmail] = useState('');
  const [notify, setNotify] = useState(false);
  const [ssConnected, setSsConnected] = useState(false);
  const readKey = useAction((text: string) => api.handoff.readRecipientKey({ armored: text }));
  const readKeyRun = readKey.run;
  const create = useAction(async () => {
    const h = await api.handoff.create({
      integrationId, recipientLabel: label, validForDays: Number(days), method,
      ...(method === 'public-key' ? { recipientPublicKey: armored, confirmedFingerprint: key?.fingerprint ?? undefined } : {}),
      ...(method === 'sendsafely' ? { recipientEmail: email.trim(), notifyBySendSafely: notify } : {}),
    });
    onCreated(h);
  });

  // A changed key must be confirmed again; read it shortly after the admin stops typing.
  useEffect(() => {
    setConfirmed(false);
    setKey(null);
    if (method !== 'public-key' || !armored.trim()) return;
    const t = setTimeout(() => void readKeyRun(armored).then((k) => k && setKey(k)), 300);
    return () => clearTimeout(t);
  }, [armored, method, readKeyRun]);

  const daysOk = /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 365;
  const keyOk = method === 'sendsafely' ? ssConnected && EMAIL_RE.test(email.trim()) : method !== 'public-key' || (!!key?.canEncrypt && confirmed);
  const canCreate = ready && label.trim().length > 0 && daysOk && keyOk && !create.busy;
  // A disabled Create says what it waits for.
  const reason = useDisabledReason([
    !ready && 'Complete what is missing above first.',
    !label.trim() && 'Enter a recipient label: who the handoff is for.',
    !daysOk && 'Choose a validity from 1 to 365 days.',
    method === 'public-key' && !key?.canEncrypt && "Paste or import the consultant's public key.",
    method === 'public-key' && !!key?.canEncrypt && !confirmed && 'Confirm the fingerprint with the consultant by phone.',
    method === 'sendsafely' && !ssConnected && 'Connect SendSafely first.',
    method === 'sendsafely' && !EMAIL_RE.test(email.trim()) && "Enter the consultant's email address.",
  ]);
  return (
    <form className="card" aria-labelledby="handoff-make" onSubmit={(e) => (e.preventDefault(), canCreate && void create.run())}>
      <h2 id="handoff-make">Make the handoff</h2>
      <div className="handoff-fields">
        <label>
          Recipient label
          <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={120} placeholder="e.g. Dana Smith, iCIMS consultant" />
        </label>
        <label>
          Valid for (days)
          <input type="number" min={1} max={365} value={days} onChange={(e) => setDays(e.target.value)} aria-invalid={!daysOk} />
        </label>
      </div>
      {!daysOk && <p className="error-note">Choose from 1 to 365 days.</p>}
      <fieldset className="handoff-methods">
        <legend>How the consultant opens it</legend>
        {METHODS.map((m) => (
          <label key={m.id} className="inline">
            <input type="radio" name="handoff-method" value={m.id} checked={method === m.id} onChange={() => setMethod(m.id)} />
            <span><strong>{m.label}</strong> <span className="muted">{m.help}</span></span>
          </label>
        ))}
      </fieldset>
      {method === 'public-key' && (
        <div className="handoff-key">
          {/* Labelled by id: a wrapping label's text would include the pasted key itself. */}
          <div className="field">
            <label htmlFor="handoff-armored-key">Public key text (armored)</label>
            <textarea id="handoff-armored-key" value={armored} onChange={(e) => setArmored(e.target.value)} spellCheck={false} className="mono" placeholder="-----BEGIN PGP PUBLIC KEY BLOCK-----" />
          </div>
          <label>
            Import key file
            <input type="file" accept=".asc,.txt,.pub,.key,text/plain" onChange={(e) => void e.target.files?.[0]?.text().then(setArmored)} />
          </label>
          <ErrorNote error={readKey.error} />
          {key?.problems.map((p) => <p key={p} className="error-note" role="alert">{p}</p>)}
          {key?.fingerprint && (
            <div className="handoff-fpr">
              <p>Read this fingerprint to the consultant by phone and ask them to compare it with their own key ({key.userIds.join(', ') || 'no name on the key'}):</p>
              <output className="mono handoff-big" aria-label="Key fingerprint">{key.fingerprint}</output>
              {key.canEncrypt && (
                <label className="inline">
                  <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
                  I confirmed this fingerprint with the consultant by phone
                </label>
              )}
            </div>
          )}
        </div>
      )}
      {method === 'sendsafely' && (
        <>
          <SendSafelyConnect integrationId={integrationId} onStatus={(st) => setSsConnected(!!st?.connected)} />
          <SendSafelyFields email={email} onEmail={setEmail} notify={notify} onNotify={setNotify} />
        </>
      )}
      <div className="actions">
        <button type="submit" className={primary ? 'primary' : ''} disabled={!canCreate} aria-describedby={create.busy ? undefined : reason.describedBy}>
          {create.busy ? (method === 'sendsafely' ? 'Sending through SendSafely…' : 'Encrypting…') : method === 'sendsafely' ? 'Send through SendSafely' : 'Create handoff'}
        </button>
        {!create.busy && reason.hint}
      </div>
      <ErrorNote error={create.error} />
    </form>
  );
}

function Result({ created: h, onDone }: { created: HandoffCreated; onDone: () => void }) {
  return (
    <div className="card handoff-result" aria-labelledby="handoff-done">
      <h2 id="handoff-done">Handoff created</h2>
      <p className="ok-note">Recorded for {h.record.recipientLabel}, valid until {formatDateTimeZoned(h.record.expiresAt)}{h.record.sendsafely ? ', when SendSafely deletes the package.' : ' (advisory).'}</p>
      <div className="actions">
        {h.files.map((f) => (
          <button key={f.name} type="button" onClick={() => downloadText(f.name, f.content, f.mimeType)}>Download {f.name}</button>
        ))}
      </div>
      {(h.keycode || h.keycodeParts) && (
        <div className="warn-note handoff-secret">
          <strong>This keycode will not be shown again.</strong> It is not saved anywhere: pass it on now, by a different channel than the files.
          {h.keycodeParts ? (
            <>
              <p>Part 1 (send by one channel):</p>
              <output className="mono handoff-big" aria-label="Keycode part 1">{h.keycodeParts.part1}</output>
              <CopyButton text={h.keycodeParts.part1} label="Copy part 1">Copy part 1</CopyButton>
              <p>Part 2 (send by another channel):</p>
              <output className="mono handoff-big" aria-label="Keycode part 2">{h.keycodeParts.part2}</output>
              <CopyButton text={h.keycodeParts.part2} label="Copy part 2">Copy part 2</CopyButton>
            </>
          ) : (
            <>
              <output className="mono handoff-big" aria-label="Keycode">{h.keycode}</output>
              <CopyButton text={h.keycode!} label="Copy keycode">Copy keycode</CopyButton>
            </>
          )}
        </div>
      )}
      {h.secureLink && <SendSafelyLink link={h.secureLink} notified={!!h.record.sendsafely?.notified} />}
      {h.fingerprint && <p>Encrypted to the key with fingerprint <span className="mono">{h.fingerprint}</span>.</p>}
      <h3>Tell the consultant</h3>
      <ol className="handoff-instructions">
        {h.consultantInstructions.map((line) => <li key={line}>{line}</li>)}
      </ol>
      {h.files[0] && <p className="muted">SHA-256 of {h.files[0].name}: <span className="mono">{h.record.sha256}</span></p>}
      <button type="button" onClick={onDone}>{h.keycode ? 'Done: hide the keycode' : h.secureLink ? 'Done: hide the link' : 'Done'}</button>
    </div>
  );
}

function History({ records, error, integrationId, onChanged, go }: { records: HandoffRecord[]; error: unknown; integrationId: string; onChanged: () => void; go: StepProps['go'] }) {
  const t = useT();
  const [asking, setAsking] = useState<string | null>(null);
  const [alsoDelete, setAlsoDelete] = useState(true);
  const [ssProblem, setSsProblem] = useState<string | null>(null);
  const mark = useAction(async (handoffId: string, deleteFromSendSafely: boolean) => {
    const r = await api.handoff.markLeaked({ integrationId, handoffId, deleteFromSendSafely });
    setSsProblem(r.sendsafelyProblem);
    setAsking(null);
    onChanged();
  });
  const track = useAction(async () => {
    await api.handoff.refreshTracking({ integrationId });
    onChanged();
  });
  const hasSendSafely = records.some((r) => r.sendsafely && !r.sendsafely.deletedAt);
  const leaked = records.filter((r) => r.leakedAt);
  return (
    <div className="card" aria-labelledby="handoff-history">
      <h2 id="handoff-history">Past handoffs</h2>
      <ErrorNote error={error ?? mark.error ?? track.error} />
      {ssProblem && <p className="error-note" role="alert">{ssProblem}</p>}
      {hasSendSafely && (
        <div className="actions">
          <button type="button" disabled={track.busy} onClick={() => void track.run()}>{track.busy ? 'Asking SendSafely…' : 'Check SendSafely for openings'}</button>
        </div>
      )}
      {leaked.length > 0 && (
        <div className="warn-note" role="alert" aria-label="Rotate the webhook password">
          <strong>A handoff is marked as leaked: rotate the webhook password in Certn and re-issue.</strong>
          <ol>{ROTATION_GUIDANCE.map((g) => <li key={g}>{g}</li>)}</ol>
          <p>
            {leaked.every((r) => r.rotatedSinceLeak) ? '✓ A new webhook password was saved since.' : '✗ The webhook password has not been saved again since the leak.'}{' '}
            {leaked.every((r) => r.reissuedSinceLeak) ? '✓ A new handoff was made since.' : '✗ No new handoff since the leak.'}
          </p>
          <button className="link" onClick={() => go('certn')}>Go to {t.stepRef('certn')}</button>{' '}
          <button className="link" onClick={() => go('golive')}>Rotate with the guided flow in {t.stepRef('golive')}</button>
        </div>
      )}
      {records.length === 0 ? (
        <p className="muted">No handoff yet.</p>
      ) : (
        <table className="handoff-history">
          <thead>
            <tr><th>Created</th><th>Recipient</th><th>Valid until</th><th>Method</th><th>SHA-256 of the .asc file</th><th>Status</th><th><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.createdAt)}</td>
                <td>{r.recipientLabel}</td>
                <td>{formatDateTimeZoned(r.expiresAt)}</td>
                <td>{METHODS.find((m) => m.id === r.method)?.label}{r.fingerprint && <div className="mono muted">{r.fingerprint}</div>}</td>
                <td className="mono handoff-hash" title={r.sendsafely ? `SHA-256 of the encrypted message sent to SendSafely: ${r.sha256}` : r.sha256}>{r.sha256}</td>
                <td>
                  {r.supersededAt && <span className="badge" title="Replaced by a newer handoff made during a credential rotation: it carries credentials that no longer work.">Superseded</span>}
                  {r.leakedAt ? <span className="badge bad">Leaked</span> : r.expired ? <span className="badge">Expired</span> : <span className="badge ok">Valid</span>}
                  <SendSafelyTrackingNote record={r} />
                </td>
                <td>
                  {!r.leakedAt && asking !== r.id && <button type="button" onClick={() => setAsking(r.id)}>Mark as leaked</button>}
                  {r.leakedAt && r.sendsafely && !r.sendsafely.deletedAt && (
                    <button type="button" disabled={mark.busy} onClick={() => void mark.run(r.id, true)}>Delete from SendSafely</button>
                  )}
                  {asking === r.id && (
                    <span className="handoff-confirm">
                      {r.sendsafely && !r.sendsafely.deletedAt && (
                        <label className="inline">
                          <input type="checkbox" checked={alsoDelete} onChange={(e) => setAlsoDelete(e.target.checked)} />
                          Also delete the package from SendSafely
                        </label>
                      )}
                      <button type="button" className="danger" disabled={mark.busy} onClick={() => void mark.run(r.id, !!r.sendsafely && alsoDelete)}>Yes, it leaked</button>
                      <button type="button" onClick={() => setAsking(null)}>Cancel</button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
