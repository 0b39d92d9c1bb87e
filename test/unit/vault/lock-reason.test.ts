import { describe, expect, it } from 'vitest';
import { call, makeApp, PASSPHRASE, tempDir } from '../../support/app';

// The unlock screen says why the vault is locked; the vault is the one that knows.
describe('why the vault is locked', () => {
  it('after a restart it is a fresh start, after "Lock now" it was by hand, and open it is not locked at all', async () => {
    const dataDir = tempDir();
    const first = await makeApp({ dataDir });
    await call(first, 'vault.init', { passphrase: PASSPHRASE });
    expect(await call(first, 'vault.status')).toMatchObject({ locked: false, lockedBecause: null });
    expect(await call(first, 'vault.lock')).toMatchObject({ locked: true, lockedBecause: 'manual' });
    await first.close();

    const again = await makeApp({ dataDir });
    try {
      expect(await call(again, 'vault.status')).toMatchObject({ locked: true, lockedBecause: 'start' });
      await call(again, 'vault.unlock', { passphrase: PASSPHRASE });
      again.services.vault.lock('idle');
      expect(await call(again, 'vault.status')).toMatchObject({ locked: true, lockedBecause: 'idle' });
    } finally {
      await again.close();
    }
  });
});
