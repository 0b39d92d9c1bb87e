// i18n-pending: its words are moving to the message catalogs.
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useAction } from '../hooks';
import { ErrorNote } from './ErrorNote';

type VaultStatus = Awaited<ReturnType<typeof api.vault.status>>;

const LOCKED_BECAUSE: Record<NonNullable<VaultStatus['lockedBecause']>, (minutes: number) => string> = {
  start: () => 'The console has just started: the vault stays locked until you enter your master passphrase.',
  idle: (m) => `The vault locked itself after ${m} minute${m === 1 ? '' : 's'} without activity.`,
  manual: () => 'The vault was locked with “Lock now”.',
};

/** Create the master passphrase (first run) or unlock the vault. Keychain vaults never show this. */
export function VaultGate({ status, onChange }: { status: VaultStatus; onChange: (s: VaultStatus) => void }) {
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const creating = !status.initialized;
  const act = useAction(async () => {
    if (creating && pass !== confirm) throw new Error('The two passphrases differ.');
    onChange(creating ? await api.vault.init({ passphrase: pass }) : await api.vault.unlock({ passphrase: pass }));
  });
  // A keychain vault has no passphrase: it is locked only when the keychain is unreachable.
  const retry = useAction(async () => onChange(await api.vault.unlock({ passphrase: 'keychain' })));
  if (status.kind === 'keychain') {
    return (
      <main className="gate">
        <div className="card narrow">
          <h1>The system keychain is not available</h1>
          <p>The console’s secrets are protected by {status.backend}. Unlock your keyring (or log in to a desktop session that has one), then try again.</p>
          <ErrorNote error={retry.error} />
          <button className="primary" onClick={() => void retry.run()} disabled={retry.busy}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act.run();
  };
  return (
    <main className="gate">
      <form className="card narrow" onSubmit={submit}>
        <h1>{creating ? 'Protect your secrets' : 'Unlock the console'}</h1>
        {creating ? (
          <p>
            API keys, iCIMS credentials and the one-time webhook password are kept encrypted on this computer. This machine has no
            system keychain the console can use, so choose a master passphrase (at least 12 characters). It cannot be recovered:
            if you lose it, the secrets have to be entered again.
          </p>
        ) : (
          <p>{LOCKED_BECAUSE[status.lockedBecause ?? 'start'](status.autoLockMinutes)} Your data is safe.</p>
        )}
        <label>
          Master passphrase
          <input type="password" autoComplete={creating ? 'new-password' : 'current-password'} value={pass} onChange={(e) => setPass(e.target.value)} autoFocus />
        </label>
        {creating && (
          <label>
            Type it again
            <input type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
          </label>
        )}
        <ErrorNote error={act.error} />
        <button className="primary" type="submit" disabled={act.busy || !pass}>
          {act.busy ? 'Working…' : creating ? 'Create vault' : 'Unlock'}
        </button>
      </form>
    </main>
  );
}
