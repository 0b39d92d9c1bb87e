// i18n-pending: its words are moving to the message catalogs.
import { useState } from 'react';
import { api, mode } from '../api';
import { useAction, useLoad } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { useT } from '../i18n';
import { LOCALE_NAMES, LOCALES } from '../../main/shared/i18n/locales';

type Prefs = Awaited<ReturnType<typeof api.prefs.get>>;
type VaultStatus = Awaited<ReturnType<typeof api.vault.status>>;

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
    if (next !== again) throw new Error('The new passphrase and its confirmation differ: type the same new passphrase in both fields.');
    onVault(await api.vault.changePassphrase({ current, next }));
    setCurrent('');
    setNext('');
    setAgain('');
    setChanged(true);
  });
  const lock = useAction(async () => onVault(await api.vault.lock({})));
  return (
    <section className="panel">
      <h1>Settings</h1>
      <div className="card">
        <h2>{t('shell.language.title')}</h2>
        <label>
          {t('shell.language.label')}
          <select value={prefs.language} onChange={(e) => void setPref.run({ language: e.target.value as Prefs['language'] })}>
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
        <h2>Vault</h2>
        <p>
          Secrets are encrypted with AES-256-GCM; the key is protected by <strong>{vault.backend}</strong>.
        </p>
        {vault.kind === 'keychain' && (
          <p className="muted">
            Auto-lock does not apply to this vault: the system keychain opens the secrets whenever you are signed in to this computer, so there is no
            passphrase to ask for. Lock your computer when you step away.
          </p>
        )}
        {vault.kind === 'passphrase' && (
          <>
            <label>
              Lock after inactivity
              <select value={prefs.autoLockMinutes} onChange={(e) => void setPref.run({ autoLockMinutes: Number(e.target.value) })}>
                {[5, 15, 30, 60, 240].map((m) => (
                  <option key={m} value={m}>{m} minutes</option>
                ))}
                <option value={0}>Never</option>
              </select>
            </label>
            <button onClick={() => void lock.run()}>Lock now</button>
            <form className="stack" onSubmit={(e) => (e.preventDefault(), void change.run())}>
              <h3>Change master passphrase</h3>
              <label>
                Current passphrase
                <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
              </label>
              <label>
                New passphrase
                <input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
              </label>
              <label>
                Type the new passphrase again
                <input type="password" autoComplete="new-password" value={again} aria-invalid={mismatch} onChange={(e) => (setAgain(e.target.value), setChanged(false))} />
              </label>
              {mismatch && (
                <p className="error-note" role="alert">
                  The new passphrase and its confirmation differ.
                </p>
              )}
              <button type="submit" disabled={change.busy || !current || !next || !again || mismatch}>Change passphrase</button>
              {(!current || !next || !again) && !mismatch && <p className="muted">Fill in the current passphrase and the new one twice.</p>}
              {changed && <p className="ok-note">Passphrase changed.</p>}
            </form>
          </>
        )}
        <ErrorNote error={change.error ?? lock.error ?? setPref.error} />
      </div>
      <div className="card">
        <h2>Health watch</h2>
        <label>
          Check every integration’s health
          <select value={prefs.healthIntervalHours} onChange={(e) => void setPref.run({ healthIntervalHours: Number(e.target.value) })}>
            {[1, 2, 4, 8, 12, 24].map((h) => (
              <option key={h} value={h}>every {h} hour{h === 1 ? '' : 's'} while the console is open</option>
            ))}
            <option value={0}>only when the console opens</option>
          </select>
        </label>
        <p className="muted">Integrations are watched once their handoff is made. A scheduler can also run <code>npm run health</code>.</p>
      </div>
      <div className="card">
        <h2>Appearance</h2>
        <label>
          Theme
          <select value={prefs.theme} onChange={(e) => void setPref.run({ theme: e.target.value as Prefs['theme'] })}>
            <option value="system">Same as the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </div>
      <div className="card">
        <h2>About</h2>
        <p className="muted">
          Version {info.data?.version ?? '…'} · {mode === 'electron' ? 'desktop app' : 'browser mode'} · data in <span className="mono">{info.data?.dataDir}</span>
        </p>
        {info.data?.logDir && (
          <p className="muted">
            Logs in <span className="mono">{info.data.logDir}</span> (no secrets are ever written there)
          </p>
        )}
      </div>
    </section>
  );
}
