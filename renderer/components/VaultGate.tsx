import { useState, type FormEvent } from 'react';
import { api, localError } from '../api';
import { useAction } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { useT, type MessageId } from '../i18n';

type VaultStatus = Awaited<ReturnType<typeof api.vault.status>>;

const LOCKED_BECAUSE = {
  start: 'shell.vault.lockedBecause.start',
  idle: 'shell.vault.lockedBecause.idle',
  manual: 'shell.vault.lockedBecause.manual',
} as const satisfies Record<NonNullable<VaultStatus['lockedBecause']>, MessageId>;

/** Create the master passphrase (first run) or unlock the vault. Keychain vaults never show this. */
export function VaultGate({ status, onChange }: { status: VaultStatus; onChange: (s: VaultStatus) => void }) {
  const t = useT();
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const creating = !status.initialized;
  const act = useAction(async () => {
    if (creating && pass !== confirm) throw localError('confirm_mismatch', 'shell.vault.differ');
    onChange(creating ? await api.vault.init({ passphrase: pass }) : await api.vault.unlock({ passphrase: pass }));
  });
  // A keychain vault has no passphrase: it is locked only when the keychain is unreachable.
  const retry = useAction(async () => onChange(await api.vault.unlock({ passphrase: 'keychain' })));
  if (status.kind === 'keychain') {
    return (
      <main className="gate">
        <div className="card narrow">
          <h1>{t('shell.vault.keychain.title')}</h1>
          <p>{t('shell.vault.keychain.body', { backend: status.backend })}</p>
          <ErrorNote error={retry.error} />
          <button className="primary" onClick={() => void retry.run()} disabled={retry.busy}>
            {t('shell.vault.keychain.retry')}
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
        <h1>{creating ? t('shell.vault.create.title') : t('shell.vault.unlock.title')}</h1>
        {creating ? (
          <p>{t('shell.vault.create.body')}</p>
        ) : (
          <p>
            {t(LOCKED_BECAUSE[status.lockedBecause ?? 'start'], { minutes: status.autoLockMinutes })} {t('shell.vault.dataSafe')}
          </p>
        )}
        <label>
          {t('shell.vault.passphrase')}
          <input type="password" autoComplete={creating ? 'new-password' : 'current-password'} value={pass} onChange={(e) => setPass(e.target.value)} autoFocus />
        </label>
        {creating && (
          <label>
            {t('shell.vault.again')}
            <input type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
          </label>
        )}
        <ErrorNote error={act.error} />
        <button className="primary" type="submit" disabled={act.busy || !pass}>
          {act.busy ? t('shell.vault.working') : creating ? t('shell.vault.create') : t('shell.vault.unlock')}
        </button>
      </form>
    </main>
  );
}
