import { describe, expect, it } from 'vitest';
import { call, makeApp, PASSPHRASE } from '../../support/app';

describe('auto-lock', () => {
  it('a person’s calls keep the vault open; the idle lock is pushed to the window', async () => {
    const app = await makeApp();
    try {
      await call(app, 'vault.init', { passphrase: PASSPHRASE });
      await call(app, 'prefs.set', { autoLockMinutes: 1 });
      const { vault } = app.services;
      const pushed: unknown[] = [];
      app.events.on((name, payload) => pushed.push({ name, payload }));
      const touched = Date.now();
      await call(app, 'integrations.list', {});
      vault.lockIfIdle(touched + 59_000);
      expect(vault.status().locked).toBe(false);
      vault.lockIfIdle(touched + 61_000);
      expect(vault.status().locked).toBe(true);
      expect(pushed).toEqual([{ name: 'vault.locked', payload: { reason: 'idle' } }]);
      await expect(call(app, 'secrets.reveal', { integrationId: 'x', kind: 'certn_api_key', purpose: 'reveal' })).rejects.toMatchObject({ code: 'vault_locked' });
      expect(app.services.audit.list().map((e) => e.action)).toContain('vault.locked');
      expect(app.services.audit.list().find((e) => e.action === 'vault.locked')?.detail).toEqual({ reason: 'idle' });
    } finally {
      await app.close();
    }
  });
});
