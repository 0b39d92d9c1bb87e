import { useRef, useState } from 'react';
import { api, ApiError } from '../api';
import { useAction, useLoad } from '../hooks';
import { ErrorNote } from '../components/ErrorNote';
import { CopyButton } from '../components/CopyButton';
import { Milestones } from '../components/Milestones';
import { useAutosave } from '../components/useAutosave';
import { ICIMS_API_BASE, endpointNote } from '../../main/shared/regions';
import { StepFooter, stepDone, useDisabledReason } from '../components/StepFooter';
import type { StepProps } from './types';
import type { IcimsStep } from '../../main/ipc/contract/setup';
import { useT, type T } from '../i18n';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../main/shared/i18n/locales';

/** Step 2: ask iCIMS for the integration, track the wait, capture and verify what the consultant sends. */
export function IcimsRequest({ integration, steps, refresh, go }: StepProps) {
  const id = integration.id;
  const t = useT();
  // The consultant may not read the console's language: the e-mail has its own, kept across every
  // call so an answer never flips it back.
  const [language, setLanguage] = useState<Locale>(t.locale);
  const chosen = useRef(language);
  chosen.current = language;
  const step = useLoad(() => api.icims.get({ integrationId: id, language }), [id, language]);
  const onStep = (s: IcimsStep) => {
    refresh();
    if (s.requestLanguage === chosen.current) return step.setData(s);
    // An answer worded in another language (a call that did not carry the choice, or one made
    // before it changed) is read again in the chosen one.
    void api.icims.get({ integrationId: id, language: chosen.current }).then((again) => again.requestLanguage === chosen.current && step.setData(again), () => step.reload());
  };
  const s = step.data;
  return (
    <section className="panel" aria-labelledby="icims-title">
      <h1 id="icims-title">{t.step('icims')}</h1>
      <p className="lead">{t('icims.lead')}</p>
      <ErrorNote error={step.error} />
      {s && (
        <>
          <RequestCard integrationId={id} s={s} onStep={onStep} language={language} onLanguage={setLanguage} endpointCaveat={endpointNote(integration.environment, t)} />
          <Milestones integrationId={id} step={s} onStep={onStep} />
          <Credentials integrationId={id} language={language} simulator={integration.environment === 'simulator'} s={s} onStep={onStep} done={stepDone(steps, 'icims')} />
          <StepFooter step="icims" steps={steps} go={go} />
        </>
      )}
    </section>
  );
}

interface RequestCardProps {
  integrationId: string;
  s: IcimsStep;
  onStep: (s: IcimsStep) => void;
  language: Locale;
  onLanguage: (l: Locale) => void;
  endpointCaveat: string | null;
}

function RequestCard({ integrationId, s, onStep, language, onLanguage, endpointCaveat }: RequestCardProps) {
  const t = useT();
  const company = useAutosave(s.company, (v) => api.icims.setCompany({ integrationId, company: v, language }).then(onStep));
  return (
    <div className="card">
      <h2>{t('icims.request.title')}</h2>
      <label>
        {t('icims.request.company')}
        <input value={company.value} onChange={(e) => company.onChange(e.target.value)} onBlur={company.onBlur} />
      </label>
      <ErrorNote error={company.error} />
      <label htmlFor={`${integrationId}-request-language`}>{t('icims.request.language')}</label>
      <select id={`${integrationId}-request-language`} value={language} aria-describedby={`${integrationId}-request-language-help`} onChange={(e) => onLanguage(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <span id={`${integrationId}-request-language-help`} className="muted small">
        {t('icims.request.languageHelp')}
      </span>
      <label>
        {t('icims.request.subject')}
        <input readOnly lang={s.requestLanguage} value={s.requestSubject} />
      </label>
      {/* Labelled by id: a wrapping label would take the textarea's content into its name. */}
      <label htmlFor={`${integrationId}-request-text`}>{t('icims.request.text')}</label>
      <textarea id={`${integrationId}-request-text`} lang={s.requestLanguage} readOnly className="request-text" value={s.requestText} rows={9} />
      <div className="actions">
        <CopyButton label={t('icims.request.copyLabel')} text={`${s.requestSubject}\n\n${s.requestText}`}>
          {t('icims.request.copy')}
        </CopyButton>
        <a className="button" href={s.mailto}>
          {t('icims.request.mail')}
        </a>
      </div>
      {s.endpointUrl && (
        <p>
          {t.rich('icims.request.endpoint', { url: s.endpointUrl, mono: (c) => <span className="mono">{c}</span> })}{' '}
          <CopyButton label={t('icims.request.endpointCopy')} text={s.endpointUrl} />
          {endpointCaveat && <span className="muted small"> {endpointCaveat}</span>}
        </p>
      )}
    </div>
  );
}

type Hosting = 'us' | 'eu' | 'simulator';
const hostingLabel = (t: T, where: Hosting) => t('icims.hosting', { where, url: where === 'simulator' ? '' : ICIMS_API_BASE[where] });

/** "Saved" is only green once iCIMS has accepted the value; otherwise it says what is known. */
function SavedState({ s }: { s: IcimsStep }) {
  const t = useT();
  if (s.verifiedAt && !s.verifyError) return <span className="ok-note">{t('icims.saved.accepted')}</span>;
  if (s.verifyError) return <span className="warn-note">{t('icims.saved.rejected', { message: s.verifyError.message })}</span>;
  return <span>{t('icims.saved.unverified')}</span>;
}

interface CredentialsProps {
  integrationId: string;
  language: Locale;
  simulator: boolean;
  s: IcimsStep;
  onStep: (s: IcimsStep) => void;
  done: boolean;
}

function Credentials({ integrationId, language, simulator, s, onStep, done }: CredentialsProps) {
  const t = useT();
  const [customerId, setCustomerId] = useState(s.customerId ?? '');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [hosting, setHosting] = useState<Hosting>(s.hosting ?? (simulator ? 'simulator' : 'us'));
  const storeReason = useDisabledReason([!customerId.trim() && t('icims.creds.needCustomerId')]);
  const verifyReason = useDisabledReason([!s.customerId && t('icims.creds.needStored')]);
  const act = useAction(async (fn: () => Promise<IcimsStep>) => {
    const next = await fn();
    onStep(next);
    setCustomerId(next.customerId ?? '');
    setUsername('');
    setPassword('');
  });
  const save = async () => {
    try {
      return await api.icims.saveCredentials({ integrationId, customerId: customerId.trim(), hosting, username: username || undefined, password: password || undefined, language });
    } catch (e) {
      // A refused password is not kept anywhere, the field included.
      setPassword('');
      throw e;
    }
  };

  return (
    <div className="card">
      <h2>{t('icims.creds.title')}</h2>
      <p className="muted">{t('icims.creds.help')}</p>
      <form className="stack" onSubmit={(e) => (e.preventDefault(), void act.run(save))}>
        <label>
          {t('icims.creds.customerId')}
          <input inputMode="numeric" value={customerId} onChange={(e) => setCustomerId(e.target.value)} />
        </label>
        <label>
          {t('icims.creds.username')}
          <input autoComplete="off" value={username} placeholder={s.hasUsername ? t('icims.creds.replace') : ''} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          {t('icims.creds.password')}
          <input type="password" autoComplete="off" value={password} placeholder={s.hasPassword ? t('icims.creds.replace') : ''} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <label htmlFor={`${integrationId}-hosting`}>{t('icims.creds.hosting')}</label>
        <select id={`${integrationId}-hosting`} value={hosting} onChange={(e) => setHosting(e.target.value as typeof hosting)}>
          {/* A simulator integration talks only to the simulated iCIMS; a real one only to a real host. */}
          {simulator ? (
            <option value="simulator">{hostingLabel(t, 'simulator')}</option>
          ) : (
            <>
              <option value="us">{hostingLabel(t, 'us')}</option>
              <option value="eu">{hostingLabel(t, 'eu')}</option>
            </>
          )}
        </select>
        <div className="actions">
          <button className={done ? '' : 'primary'} type="submit" disabled={act.busy || !customerId.trim()} aria-describedby={storeReason.describedBy}>
            {act.busy ? t('icims.creds.saving') : t('icims.creds.store')}
          </button>
          <button type="button" disabled={act.busy || !s.customerId} aria-describedby={verifyReason.describedBy} onClick={() => void act.run(() => api.icims.verify({ integrationId, language }))}>
            {t('icims.creds.verify')}
          </button>
          {simulator && (
            <button type="button" disabled={act.busy} onClick={() => void act.run(() => api.icims.useSimulatorAccount({ integrationId, language }))}>
              {t('icims.creds.simulator')}
            </button>
          )}
        </div>
        {storeReason.hint}
        {verifyReason.hint}
      </form>
      <ErrorNote error={act.error} />
      <ul className="saved-state" aria-label={t('icims.saved.label')}>
        <li>{t.rich('icims.saved.customerId', { value: s.customerId ? <span className="ok-note">{s.customerId}</span> : t('icims.saved.none') })}</li>
        <li>{t.rich('icims.saved.username', { value: s.hasUsername ? <SavedState s={s} /> : t('icims.saved.none') })}</li>
        <li>{t.rich('icims.saved.password', { value: s.hasPassword ? <SavedState s={s} /> : t('icims.saved.none') })}</li>
        <li>{t('icims.saved.hosting', { value: s.hosting ? hostingLabel(t, s.hosting) : t('icims.saved.hostingChosen', { hosting: hostingLabel(t, hosting) }) })}</li>
      </ul>
      {s.verifiedAt && !s.verifyError && <p className="ok-note">{t('icims.accepted', { when: t.dateTime(s.verifiedAt) })}</p>}
      <ErrorNote error={s.verifyError ? new ApiError(s.verifyError.code, s.verifyError.message, s.verifyError.hint) : null} />
    </div>
  );
}
