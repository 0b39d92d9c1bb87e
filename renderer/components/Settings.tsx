import { useState } from 'react';
import { api, mode } from '../api';
import { useAction, useLoad } from '../hooks';
import { ErrorNote } from './ErrorNote';

type Prefs = Awaited<ReturnType<typeof api.prefs.get>>;
type VaultStatus = Awaited<ReturnType<typeof api.vault.status>>;

export function Settings({ prefs, onPrefs, vault, onVault }: { prefs: Prefs; onPrefs: (p: Prefs) => void; vault: VaultStatus; onVault: (v: VaultStatus) => void }) {
  const info = useLoad(() => api.app.info({}), []);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [changed, setChanged] = useState(false);
  const setPref = useAction(async (patch: Partial<Prefs>) => onPrefs(await api.prefs.set(patch)));
  const change = useAction(async () => {
    onVault(await api.vault.changePassphrase({ current, next }));
    setCurrent('');
    setNext('');
    setChanged(true);
  });
  const lock = useAction(async () => onVault(await api.vault.lock({})));
  return (
    <section className="panel">
      <h1>Settings</h1>
      <div className="card">
        <h2>Vault</h2>
        <p>
          Secrets are encrypted with AES-256-GCM; the key is protected by <strong>{vault.backend}</strong>.
        </p>
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
              <button type="submit" disabled={change.busy || !current || !next}>Change passphrase</button>
              {changed && <p className="ok-note">Passphrase changed.</p>}
            </form>
          </>
        )}
        <ErrorNote error={change.error ?? lock.error ?? setPref.error} />
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
      </div>
    </section>
  );
}
