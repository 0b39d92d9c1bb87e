import { useEffect, useRef, useState } from 'react';
import { api, localError, mode } from '../api';
import { useAction, useLoad } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { useT } from '../i18n';
import { LOCALE_NAMES, LOCALES } from '../../main/shared/i18n/locales';

type Prefs = Awaited<ReturnType<typeof api.prefs.get>>;
type VaultStatus = Awaited<ReturnType<typeof api.vault.status>>;

/** Set while a new language loads: the screen comes back in it, and focus goes back to the menu. */
let languageChosenAt = 0;

export function Settings({ prefs, onPrefs, vault, onVault }: { prefs: Prefs; onPrefs: (p: Prefs) => void; vault: VaultStatus; onVault: (v: VaultStatus) => void }) {
  const t = useT();
  const info = useLoad(() => api.app.info({}), []);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const mismatch = again.length > 0 && again !== next;
  const [changed, setChanged] = useState(false);
  const setPref = useAction(async (patch: Partial<Prefs>) => onPrefs(await api.prefs.set(patch)));
  // A typo in a new passphrase nobody has typed twice would lock every secret away for good.
  const change = useAction(async () => {
    if (next !== again) throw localError('confirm_mismatch', 'shell.settings.change.differError');
    onVault(await api.vault.changePassphrase({ current, next }));
    setCurrent('');
    setNext('');
    setAgain('');
    setChanged(true);
  });
  const lock = useAction(async () => onVault(await api.vault.lock({})));
  const languageRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    // A choice that kept the same language remounts nothing: only a fresh choice refocuses.
    if (Date.now() - languageChosenAt < 5000) languageRef.current?.focus();
    languageChosenAt = 0;
  }, []);
  return (
    <section className="panel">
      <h1>{t('shell.settings.title')}</h1>
      <div className="card">
        <h2>{t('shell.language.title')}</h2>
        <label>
          {t('shell.language.label')}
          <select
            ref={languageRef}
            value={prefs.language}
            onChange={(e) => {
              languageChosenAt = Date.now();
              void setPref.run({ language: e.target.value as Prefs['language'] });
            }}
          >
            <option value="system">{t('shell.language.system')}</option>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">{t('shell.language.help')}</p>
      </div>
      <div className="card">
        <h2>{t('shell.settings.vault.title')}</h2>
        <p>{t.rich('shell.settings.vault.body', { backend: vault.backend, b: (c) => <strong>{c}</strong> })}</p>
        {vault.kind === 'keychain' && (
          <p className="muted">{t('shell.settings.vault.keychain')}</p>
        )}
        {vault.kind === 'passphrase' && (
          <>
            <label>
              {t('shell.settings.autoLock')}
              <select value={prefs.autoLockMinutes} onChange={(e) => void setPref.run({ autoLockMinutes: Number(e.target.value) })}>
                {[5, 15, 30, 60, 240].map((m) => (
                  <option key={m} value={m}>{t('shell.settings.autoLock.minutes', { minutes: m })}</option>
                ))}
                <option value={0}>{t('shell.settings.autoLock.never')}</option>
              </select>
            </label>
            <button onClick={() => void lock.run()}>{t('shell.settings.lockNow')}</button>
            <form className="stack" onSubmit={(e) => (e.preventDefault(), void change.run())}>
              <h3>{t('shell.settings.change.title')}</h3>
              <label>
                {t('shell.settings.change.current')}
                <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
              </label>
              <label>
                {t('shell.settings.change.next')}
                <input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
              </label>
              <label>
                {t('shell.settings.change.again')}
                <input type="password" autoComplete="new-password" value={again} aria-invalid={mismatch} onChange={(e) => (setAgain(e.target.value), setChanged(false))} />
              </label>
              {mismatch && (
                <p className="error-note" role="alert">
                  {t('shell.settings.change.differ')}
                </p>
              )}
              <button type="submit" disabled={change.busy || !current || !next || !again || mismatch}>{t('shell.settings.change.submit')}</button>
              {(!current || !next || !again) && !mismatch && <p className="muted">{t('shell.settings.change.fill')}</p>}
              {changed && <p className="ok-note">{t('shell.settings.change.done')}</p>}
            </form>
          </>
        )}
        <ErrorNote error={change.error ?? lock.error ?? setPref.error} />
      </div>
      <div className="card">
        <h2>{t('shell.settings.health.title')}</h2>
        <label>
          {t('shell.settings.health.label')}
          <select value={prefs.healthIntervalHours} onChange={(e) => void setPref.run({ healthIntervalHours: Number(e.target.value) })}>
            {[1, 2, 4, 8, 12, 24].map((h) => (
              <option key={h} value={h}>
                {t('shell.settings.health.every', { hours: h })}
              </option>
            ))}
            <option value={0}>{t('shell.settings.health.onOpen')}</option>
          </select>
        </label>
        <p className="muted">{t.rich('shell.settings.health.help', { code: (c) => <code>{c}</code> })}</p>
      </div>
      <div className="card">
        <h2>{t('shell.settings.appearance.title')}</h2>
        <label>
          {t('shell.settings.theme')}
          <select value={prefs.theme} onChange={(e) => void setPref.run({ theme: e.target.value as Prefs['theme'] })}>
            <option value="system">{t('shell.settings.theme.system')}</option>
            <option value="light">{t('shell.settings.theme.light')}</option>
            <option value="dark">{t('shell.settings.theme.dark')}</option>
          </select>
        </label>
      </div>
      <div className="card">
        <h2>{t('shell.settings.about.title')}</h2>
        <p className="muted">
          {t.rich('shell.settings.about.line', { version: info.data?.version ?? '…', mode, dataDir: info.data?.dataDir ?? '', mono: (c) => <span className="mono">{c}</span> })}
        </p>
        {info.data?.logDir && <p className="muted">{t.rich('shell.settings.about.logs', { logDir: info.data.logDir, mono: (c) => <span className="mono">{c}</span> })}</p>}
      </div>
    </section>
  );
}
