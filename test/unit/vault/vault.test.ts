import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../../main/store/db';
import { AuditLog } from '../../../main/store/audit';
import { systemClock } from '../../../main/shared/clock';
import { Vault } from '../../../main/vault/vault';
import { open, seal } from '../../../main/vault/crypto';
import type { KeychainProtector } from '../../../main/vault/key-protector';
import { PASSPHRASE, tempDir } from '../../support/app';
import type { SecretKind } from '../../../main/shared/secret-kinds';

function setup() {
  const db = openDatabase(tempDir());
  db.prepare("INSERT INTO integrations (id, name, environment, created_at, updated_at) VALUES ('i1', 'A', 'ca', 'x', 'x')").run();
  const audit = new AuditLog(db, systemClock);
  return { db, audit, vault: new Vault(db, systemClock, audit) };
}

describe('vault', () => {
  it('round-trips a secret and stores only ciphertext', async () => {
    const { db, vault } = setup();
    await vault.init(PASSPHRASE);
    vault.put('i1', 'webhook_password', 'Wh-P@ss-7731-secret');
    expect(vault.read('i1', 'webhook_password')).toBe('Wh-P@ss-7731-secret');
    const row = db.prepare('SELECT ciphertext FROM secrets').get() as { ciphertext: Buffer };
    expect(row.ciphertext.includes(Buffer.from('Wh-P@ss-7731-secret'))).toBe(false);
    expect(vault.list('i1')[0]).toMatchObject({ kind: 'webhook_password' });
    // Padding: neither the ciphertext nor any column gives the length away.
    expect(row.ciphertext.length).toBe(12 + 16 + 64);
    expect(db.prepare('SELECT length FROM secrets').get()).toEqual({ length: 0 });
    expect(vault.list('i1')[0].masked).not.toContain('7731');
  });

  it('refuses a wrong passphrase and opens with the right one after a restart', async () => {
    const { db, audit, vault } = setup();
    await vault.init(PASSPHRASE);
    vault.put('i1', 'certn_api_key', 'key-123');
    vault.dispose();
    const again = new Vault(db, systemClock, audit);
    expect(again.status()).toMatchObject({ initialized: true, locked: true });
    await expect(again.unlock('wrong passphrase here')).rejects.toMatchObject({ code: 'vault_wrong_passphrase' });
    expect(() => again.read('i1', 'certn_api_key')).toThrow(expect.objectContaining({ code: 'vault_locked' }));
    await again.unlock(PASSPHRASE);
    expect(again.read('i1', 'certn_api_key')).toBe('key-123');
  });

  it('detects a flipped ciphertext byte at every position', async () => {
    const { db, vault } = setup();
    await vault.init(PASSPHRASE);
    vault.put('i1', 'icims_password', 'p4ssw0rd!');
    const row = db.prepare('SELECT ciphertext FROM secrets').get() as { ciphertext: Buffer };
    for (let i = 0; i < row.ciphertext.length; i++) {
      const bad = Buffer.from(row.ciphertext);
      bad[i] ^= 0x01;
      db.prepare('UPDATE secrets SET ciphertext = ?').run(bad);
      expect(() => vault.read('i1', 'icims_password'), `byte ${i}`).toThrow(expect.objectContaining({ code: 'vault_corrupt' }));
    }
  });

  it('binds a ciphertext to its row: swapping two secrets is detected', async () => {
    const { db, vault } = setup();
    await vault.init(PASSPHRASE);
    vault.put('i1', 'webhook_username', 'user');
    vault.put('i1', 'webhook_password', 'pass');
    const rows = db.prepare('SELECT kind, ciphertext FROM secrets').all() as { kind: string; ciphertext: Buffer }[];
    db.prepare('UPDATE secrets SET ciphertext = ? WHERE kind = ?').run(rows[0].ciphertext, rows[1].kind);
    expect(() => vault.read('i1', rows[1].kind as SecretKind)).toThrow(expect.objectContaining({ code: 'vault_corrupt' }));
  });

  it('a locked vault refuses reads and writes; auto-lock after idle', async () => {
    const { vault } = setup();
    await vault.init(PASSPHRASE);
    vault.put('i1', 'certn_api_key', 'k');
    vault.lock();
    expect(() => vault.read('i1', 'certn_api_key')).toThrow(expect.objectContaining({ code: 'vault_locked' }));
    expect(() => vault.put('i1', 'certn_api_key', 'k2')).toThrow(expect.objectContaining({ code: 'vault_locked' }));
    await vault.unlock(PASSPHRASE);
    vault.autoLockMinutes = 1;
    vault.lockIfIdle(Date.now() + 59_000);
    expect(vault.status().locked).toBe(false);
    vault.lockIfIdle(Date.now() + 61_000);
    expect(vault.status().locked).toBe(true);
  });

  it('changes the passphrase without re-encrypting secrets; the old one stops working', async () => {
    const { db, audit, vault } = setup();
    await vault.init(PASSPHRASE);
    vault.put('i1', 'certn_api_key', 'k-1');
    await expect(vault.changePassphrase('not it at all', 'a brand new passphrase')).rejects.toMatchObject({ code: 'vault_wrong_passphrase' });
    await vault.changePassphrase(PASSPHRASE, 'a brand new passphrase');
    const again = new Vault(db, systemClock, audit);
    await expect(again.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'vault_wrong_passphrase' });
    await again.unlock('a brand new passphrase');
    expect(again.read('i1', 'certn_api_key')).toBe('k-1');
  });

  it('refuses a short passphrase', async () => {
    const { vault } = setup();
    await expect(vault.init('short')).rejects.toMatchObject({ code: 'vault_weak_passphrase' });
  });

  it('reveal is audited, read is not, and the audit never holds the value', async () => {
    const { audit, vault } = setup();
    await vault.init(PASSPHRASE);
    vault.put('i1', 'webhook_password', 'AUDIT-CANARY-99');
    vault.read('i1', 'webhook_password');
    vault.reveal('i1', 'webhook_password', 'copy');
    const actions = audit.list().map((e) => e.action);
    expect(actions.filter((a) => a === 'secret.copied')).toHaveLength(1);
    expect(actions).not.toContain('secret.revealed');
    expect(JSON.stringify(audit.list())).not.toContain('AUDIT-CANARY-99');
    expect(() => audit.record('x', null, { webhookPassword: 'AUDIT-CANARY-99' })).toThrow();
  });

  it('keychain mode wraps the data key with the keychain and needs no passphrase', async () => {
    const { db, audit } = setup();
    const osKey = randomBytes(32);
    let calls = 0;
    const keychain: KeychainProtector = {
      backend: 'test keychain',
      encrypt: async (d) => (calls++, seal(osKey, d, 'kc')),
      decrypt: async (d) => (calls++, open(osKey, d, 'kc')),
    };
    const v = new Vault(db, systemClock, audit, keychain);
    await v.openWithKeychain();
    v.put('i1', 'certn_api_key', 'kc-secret');
    const v2 = new Vault(db, systemClock, audit, keychain);
    await v2.openWithKeychain();
    expect(v2.read('i1', 'certn_api_key')).toBe('kc-secret');
    expect(v2.status()).toMatchObject({ kind: 'keychain', locked: false });
    expect(calls).toBe(2);
    await expect(v2.init(PASSPHRASE)).rejects.toMatchObject({ code: 'vault_keychain' });
  });
});

describe('vault protection across machines and sessions', () => {
  const keychainFor = (osKey: Buffer): KeychainProtector => ({ backend: 'test keychain', encrypt: async (d) => seal(osKey, d, 'kc'), decrypt: async (d) => open(osKey, d, 'kc') });

  it('a passphrase vault stays a passphrase vault when a keychain appears later', async () => {
    const { db, audit, vault } = setup();
    await vault.init(PASSPHRASE);
    vault.put('i1', 'certn_api_key', 'pp-secret');
    const later = new Vault(db, systemClock, audit, keychainFor(randomBytes(32)));
    await later.openWithKeychain();
    expect(later.status()).toMatchObject({ kind: 'passphrase', locked: true });
    await later.unlock(PASSPHRASE);
    expect(later.read('i1', 'certn_api_key')).toBe('pp-secret');
  });

  it('a keychain vault whose keychain has gone stays locked and says why', async () => {
    const { db, audit } = setup();
    const v = new Vault(db, systemClock, audit, keychainFor(randomBytes(32)));
    await v.openWithKeychain();
    v.put('i1', 'certn_api_key', 'kc-secret');
    const without = new Vault(db, systemClock, audit, null);
    expect(without.status()).toMatchObject({ kind: 'keychain', locked: true, backend: expect.stringMatching(/not available/) });
    await expect(without.unlock('anything at all here')).rejects.toMatchObject({ code: 'vault_keychain_unavailable' });
    await expect(without.init(PASSPHRASE)).rejects.toMatchObject({ code: 'vault_keychain' });
  });
});
