// Before the handoff contract module below defines its schemas (the page's CSP forbids eval).
import '../zod-setup';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { downloadText, useAction, useLoad } from '../hooks';
import { ErrorNote } from '../components/ErrorNote';
import { CopyButton } from '../components/CopyButton';
import { useT, type T } from '../i18n';
import { DEFAULT_VALID_DAYS, type HandoffCreated, type HandoffPreview, type RecipientKeyView } from '../../main/ipc/contract/handoff';
import { StepFooter, stepDone, useDisabledReason } from '../components/StepFooter';
import type { StepProps } from './types';
import './handoff.css';
import { EMAIL_RE, SendSafelyConnect, SendSafelyFields, SendSafelyLink } from './SendSafelyPanel';
import { bold, METHODS, mono, type Method } from './handoff-methods';
import { History } from './HandoffHistory';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../main/shared/i18n/locales';

// Step 4, the secure handoff: what the consultant gets, how it is encrypted, the files
// and the keycode (shown once, kept nowhere), and the record of past handoffs.

/** A language's name in the console's language ("anglais" in a French console), for "in English". */
function languageName(t: T, locale: Locale): string {
  try {
    return new Intl.DisplayNames([t.locale], { type: 'language' }).of(locale.split('-')[0]) ?? LOCALE_NAMES[locale];
  } catch {
    return LOCALE_NAMES[locale];
  }
}

export function Handoff(props: StepProps) {
  const t = useT();
  const integrationId = props.integration.id;
  const preview = useLoad(() => api.handoff.preview({ integrationId }), [integrationId]);
  const history = useLoad(() => api.handoff.list({ integrationId }), [integrationId]);
  const [created, setCreated] = useState<{ handoff: HandoffCreated; language: Locale } | null>(null);
  const onCreated = (handoff: HandoffCreated, language: Locale) => {
    setCreated({ handoff, language });
    history.reload();
    props.refresh();
  };
  return (
    <section className="panel handoff">
      <h1>{t('handoff.title')}</h1>
      <p className="lead">{t('handoff.lead')}</p>
      <ErrorNote error={preview.error} />
      {preview.data && <Frame preview={preview.data} go={props.go} onReload={preview.reload} />}
      {created ? (
        <Result created={created.handoff} language={created.language} onDone={() => setCreated(null)} />
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
  const notSaved = <span className="badge bad">{t('handoff.frame.notSaved')}</span>;
  const masked = (s: HandoffPreview['webhookUsername']) => (s.saved ? <span className="mono">{s.masked}</span> : notSaved);
  return (
    <div className="card" aria-labelledby="handoff-frame">
      <h2 id="handoff-frame">{t('handoff.frame.title')}</h2>
      {p.problems.length > 0 && (
        <div className="warn-note" role="status" aria-label={t('handoff.frame.missing.label')}>
          <strong>{t('handoff.frame.missing.title')}</strong>
          <ul className="handoff-missing">
            {p.problems.map((m) => (
              <li key={m.message}>
                {m.message}{' '}
                {m.step && <button className="link" onClick={() => go(m.step!)}>{t('handoff.goTo', { step: t.stepRef(m.step) })}</button>}
              </li>
            ))}
          </ul>
          <button onClick={onReload}>{t('handoff.frame.checkAgain')}</button>
        </div>
      )}
      <table className="handoff-values">
        <tbody>
          <tr><th scope="row">{t('handoff.frame.company')}</th><td>{p.companyLabel}</td></tr>
          <tr><th scope="row">{t('handoff.frame.customerId')}</th><td className="mono">{p.icimsCustomerId ?? notSaved}</td></tr>
          <tr><th scope="row">{t('handoff.frame.endpoint')}</th><td className="mono">{p.endpointUrl ?? '—'}</td></tr>
          <tr><th scope="row">{t('handoff.frame.webhookUsername')}</th><td>{masked(p.webhookUsername)}</td></tr>
          <tr><th scope="row">{t('handoff.frame.webhookPassword')}</th><td>{masked(p.webhookPassword)}</td></tr>
          <tr>
            <th scope="row">{t('handoff.frame.packages', { count: p.packages.length })}</th>
            <td>
              <ul className="handoff-packages" aria-label={t('handoff.frame.packages.label')}>
                {p.packages.map((pkg) => (
                  <li key={pkg.id}>
                    <span className="mono pkg-name" title={t('handoff.frame.packageName.title')}>{pkg.visibleName}</span>
                    <span className="mono muted"> · {pkg.id}</span>
                    {' '}
                    <span className={`badge ${pkg.verdict.level === 'ready' ? 'ok' : pkg.verdict.level === 'caution' ? 'warn' : 'bad'}`}>{pkg.verdict.label}</span>
                    {pkg.overridden && <span className="badge bad">{t('handoff.frame.overridden')}</span>}
                    {pkg.verdict.level !== 'ready' && (
                      <div className="muted small">
                        {pkg.verdict.level === 'blocked'
                          ? t('handoff.frame.blocked', { blockers: t.list(pkg.verdict.blockers) })
                          : t('handoff.frame.caution', { cautions: t.list(pkg.verdict.cautions) })}
                      </div>
                    )}
                  </li>
                ))}
              </ul>
              {p.packages.some((x) => x.nameIssues.length) && (
                <p className="muted">{t('handoff.frame.spaces')}</p>
              )}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="muted">{t.rich('handoff.frame.files', { asc: p.ascFileName, html: p.htmlFileName, mono })}</p>
    </div>
  );
}

function CreateForm({ integrationId, ready, primary, onCreated }: { integrationId: string; ready: boolean; primary: boolean; onCreated: (h: HandoffCreated, language: Locale) => void }) {
  const t = useT();
  const [label, setLabel] = useState('');
  // The consultant may not read the console's language: the handoff has its own, the console's by default.
  const [language, setLanguage] = useState<Locale>(t.locale);
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
      integrationId, recipientLabel: label, validForDays: Number(days), method, language,
      ...(method === 'public-key' ? { recipientPublicKey: armored, confirmedFingerprint: key?.fingerprint ?? undefined } : {}),
      ...(method === 'sendsafely' ? { recipientEmail: email.trim(), notifyBySendSafely: notify } : {}),
    });
    onCreated(h, language);
  });

  // A changed key must be confirmed again; read it shortly after the admin stops typing.
  useEffect(() => {
    setConfirmed(false);
    setKey(null);
    if (method !== 'public-key' || !armored.trim()) return;
    const timer = setTimeout(() => void readKeyRun(armored).then((k) => k && setKey(k)), 300);
    return () => clearTimeout(timer);
  }, [armored, method, readKeyRun]);

  const daysOk = /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 365;
  const keyOk = method === 'sendsafely' ? ssConnected && EMAIL_RE.test(email.trim()) : method !== 'public-key' || (!!key?.canEncrypt && confirmed);
  const canCreate = ready && label.trim().length > 0 && daysOk && keyOk && !create.busy;
  // A disabled Create says what it waits for.
  const reason = useDisabledReason([
    !ready && t('handoff.form.wait.ready'),
    !label.trim() && t('handoff.form.wait.label'),
    !daysOk && t('handoff.form.wait.days'),
    method === 'public-key' && !key?.canEncrypt && t('handoff.form.wait.key'),
    method === 'public-key' && !!key?.canEncrypt && !confirmed && t('handoff.form.wait.confirm'),
    method === 'sendsafely' && !ssConnected && t('handoff.form.wait.sendsafely'),
    method === 'sendsafely' && !EMAIL_RE.test(email.trim()) && t('handoff.form.wait.email'),
  ]);
  return (
    <form className="card" aria-labelledby="handoff-make" onSubmit={(e) => (e.preventDefault(), canCreate && void create.run())}>
      <h2 id="handoff-make">{t('handoff.form.title')}</h2>
      <div className="handoff-fields">
        <label>
          {t('handoff.form.recipient')}
          <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={120} placeholder={t('handoff.form.recipient.placeholder')} />
        </label>
        <label>
          {t('handoff.form.days')}
          <input type="number" min={1} max={365} value={days} onChange={(e) => setDays(e.target.value)} aria-invalid={!daysOk} />
        </label>
      </div>
      {!daysOk && <p className="error-note">{t('handoff.form.days.error')}</p>}
      <div className="handoff-language">
        <label>
          {t('handoff.form.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as Locale)} aria-describedby="handoff-language-help">
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>{LOCALE_NAMES[l]}</option>
            ))}
          </select>
        </label>
        <p id="handoff-language-help" className="muted small">{t('handoff.form.language.help')}</p>
      </div>
      <fieldset className="handoff-methods">
        <legend>{t('handoff.form.methods')}</legend>
        {METHODS.map((m) => (
          <label key={m.id} className="inline">
            <input type="radio" name="handoff-method" value={m.id} checked={method === m.id} onChange={() => setMethod(m.id)} />
            <span><strong>{t(m.label)}</strong> <span className="muted">{t(m.help)}</span></span>
          </label>
        ))}
      </fieldset>
      {method === 'public-key' && (
        <div className="handoff-key">
          {/* Labelled by id: a wrapping label's text would include the pasted key itself. */}
          <div className="field">
            <label htmlFor="handoff-armored-key">{t('handoff.form.key.text')}</label>
            {/* i18n-ignore: the first line of an OpenPGP key, the same in every language */}
            <textarea id="handoff-armored-key" value={armored} onChange={(e) => setArmored(e.target.value)} spellCheck={false} className="mono" placeholder="-----BEGIN PGP PUBLIC KEY BLOCK-----" />
          </div>
          <label>
            {t('handoff.form.key.file')}
            <input type="file" accept=".asc,.txt,.pub,.key,text/plain" onChange={(e) => void e.target.files?.[0]?.text().then(setArmored)} />
          </label>
          <ErrorNote error={readKey.error} />
          {key?.problems.map((p) => <p key={p} className="error-note" role="alert">{p}</p>)}
          {key?.fingerprint && (
            <div className="handoff-fpr">
              <p>{t('handoff.form.key.read', { names: key.userIds.length ? t.list(key.userIds) : t('handoff.form.key.noName') })}</p>
              <output className="mono handoff-big" aria-label={t('handoff.form.key.fingerprint')}>{key.fingerprint}</output>
              {key.canEncrypt && (
                <label className="inline">
                  <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
                  {t('handoff.form.key.confirm')}
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
          {t(create.busy ? (method === 'sendsafely' ? 'handoff.form.sending' : 'handoff.form.creating') : method === 'sendsafely' ? 'handoff.form.send' : 'handoff.form.create')}
        </button>
        {!create.busy && reason.hint}
      </div>
      <ErrorNote error={create.error} />
    </form>
  );
}

function Result({ created: h, language, onDone }: { created: HandoffCreated; language: Locale; onDone: () => void }) {
  const t = useT();
  const until = t.dateTimeZoned(h.record.expiresAt);
  return (
    <div className="card handoff-result" aria-labelledby="handoff-done">
      <h2 id="handoff-done">{t('handoff.result.title')}</h2>
      <p className="ok-note">
        {t(h.record.sendsafely ? 'handoff.result.recorded.sendsafely' : 'handoff.result.recorded', { recipient: h.record.recipientLabel, until })}
      </p>
      <div className="actions">
        {h.files.map((f) => (
          <button key={f.name} type="button" onClick={() => downloadText(f.name, f.content, f.mimeType)}>{t('handoff.result.download', { name: f.name })}</button>
        ))}
      </div>
      {(h.keycode || h.keycodeParts) && (
        <div className="warn-note handoff-secret">
          {t.rich('handoff.result.keycode.once', { b: bold })}
          {h.keycodeParts ? (
            <>
              <p>{t('handoff.result.part1')}</p>
              <output className="mono handoff-big" aria-label={t('handoff.result.part1.label')}>{h.keycodeParts.part1}</output>
              <CopyButton text={h.keycodeParts.part1} label={t('handoff.result.part1.copy')}>{t('handoff.result.part1.copy')}</CopyButton>
              <p>{t('handoff.result.part2')}</p>
              <output className="mono handoff-big" aria-label={t('handoff.result.part2.label')}>{h.keycodeParts.part2}</output>
              <CopyButton text={h.keycodeParts.part2} label={t('handoff.result.part2.copy')}>{t('handoff.result.part2.copy')}</CopyButton>
            </>
          ) : (
            <>
              <output className="mono handoff-big" aria-label={t('handoff.result.keycode.label')}>{h.keycode}</output>
              <CopyButton text={h.keycode!} label={t('handoff.result.keycode.copy')}>{t('handoff.result.keycode.copy')}</CopyButton>
            </>
          )}
        </div>
      )}
      {h.secureLink && <SendSafelyLink link={h.secureLink} notified={!!h.record.sendsafely?.notified} />}
      {h.fingerprint && <p>{t.rich('handoff.result.fingerprint', { fingerprint: h.fingerprint, mono })}</p>}
      <h3>{language === t.locale ? t('handoff.result.tell') : t('handoff.result.tell.in', { language: languageName(t, language) })}</h3>
      <ol className="handoff-instructions" lang={language}>
        {h.consultantInstructions.map((line) => <li key={line}>{line}</li>)}
      </ol>
      {h.files[0] && <p className="muted">{t.rich('handoff.result.sha', { name: h.files[0].name, sha: h.record.sha256, mono })}</p>}
      <button type="button" onClick={onDone}>{t(h.keycode ? 'handoff.result.done.keycode' : h.secureLink ? 'handoff.result.done.link' : 'handoff.result.done')}</button>
    </div>
  );
}
