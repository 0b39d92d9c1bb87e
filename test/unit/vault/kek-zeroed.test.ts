import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../main/store/db';
import { AuditLog } from '../../../main/store/audit';
import { systemClock } from '../../../main/shared/clock';
import { PASSPHRASE, tempDir } from '../../support/app';

// Every key derived from a passphrase, as the vault received it from scrypt.
const derived: Buffer[] = [];
vi.mock('../../../main/vault/crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../main/vault/crypto')>();
  return {
    ...real,
    deriveKey: async (...args: Parameters<typeof real.deriveKey>) => {
      const key = await real.deriveKey(...args);
      derived.push(key);
      return key;
    },
  };
});

describe('passphrase-derived keys', () => {
  it('are zeroed once they have wrapped or unwrapped the data key, the wrong ones too', async () => {
    const { Vault } = await import('../../../main/vault/vault');
    const db = openDatabase(tempDir());
    const vault = new Vault(db, systemClock, new AuditLog(db, systemClock), null, { N: 2 ** 12, r: 8, p: 1 });
    await vault.init(PASSPHRASE);
    vault.lock();
    await vault.unlock('not the passphrase at all').catch(() => undefined);
    await vault.unlock(PASSPHRASE);
    await vault.changePassphrase(PASSPHRASE, 'another long passphrase');
    expect(derived.length).toBe(5);
    for (const k of derived) {
      expect(k.length).toBe(32);
      expect(k.every((b) => b === 0)).toBe(true);
    }
    vault.dispose();
    db.close();
  });
});
