import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../../main/store/db';
import { AuditLog } from '../../../main/store/audit';
import type { Clock } from '../../../main/shared/clock';
import { unlockDelaySeconds, Vault } from '../../../main/vault/vault';
import { findIllFormed, isWellFormedText, toWellFormedText } from '../../../main/ipc/contract/define';
import { call, makeApp, PASSPHRASE, tempDir } from '../../support/app';


const FAST = { N: 2 ** 12, r: 8, p: 1 };
const NEXT = 'a different passphrase entirely';

class TestClock implements Clock {
  t = Date.parse('2026-11-28T09:00:00Z');
  now = () => new Date(this.t);
  advance(ms: number) {
    this.t += ms;
  }
}

function setup(dir = tempDir(), clock: Clock = new TestClock()) {
  const db = openDatabase(dir);
  if (!db.prepare("SELECT 1 FROM integrations WHERE id = 'i1'").get()) {
    db.prepare("INSERT INTO integrations (id, name, environment, created_at, updated_at) VALUES ('i1', 'A', 'ca', 'x', 'x')").run();
  }
  const audit = new AuditLog(db, clock);
  return { dir, db, audit, vault: new Vault(db, clock, audit, null, FAST) };
}

function copyDataFolder(from: string): string {
  const to = tempDir('vault-copy-');
  for (const f of fs.readdirSync(from)) fs.copyFileSync(path.join(from, f), path.join(to, f));
  return to;
}

const errorOf = async (p: Promise<unknown>) => p.then(() => ({ code: 'ok' }) as { code: string; message?: string }, (e) => e as { code: string; message: string });

describe('passphrase change rotates the data key', () => {
  it('a copy of the database from before the change, with the old passphrase, opens nothing saved after it', async () => {
    const { dir, db, vault } = setup();
    await vault.init(PASSPHRASE);
    vault.put('i1', 'certn_api_key', 'old-secret-before-change');
    const before = copyDataFolder(dir);

    await vault.changePassphrase(PASSPHRASE, NEXT);
    vault.put('i1', 'webhook_password', 'new-secret-after-change');
    const after = db.prepare('SELECT id, integration_id, kind, ciphertext, length, created_at, updated_at FROM secrets').all() as Record<string, unknown>[];

    // The attacker's view: the old copy opens with the old passphrase…
    const old = setup(before);
    await old.vault.unlock(PASSPHRASE);
    expect(old.vault.read('i1', 'certn_api_key')).toBe('old-secret-before-change');
    // …but with today's secrets rows in it, neither the re-sealed nor the new secret opens.
    const put = old.db.prepare('INSERT OR REPLACE INTO secrets (id, integration_id, kind, ciphertext, length, created_at, updated_at) VALUES (@id, @integration_id, @kind, @ciphertext, @length, @created_at, @updated_at)');
    for (const r of after) put.run(r);
    expect(() => old.vault.read('i1', 'webhook_password')).toThrow(expect.objectContaining({ code: 'vault_corrupt' }));
    expect(() => old.vault.read('i1', 'certn_api_key')).toThrow(expect.objectContaining({ code: 'vault_corrupt' }));

    // The vault itself carries on under the new passphrase, after a restart too.
    expect(vault.read('i1', 'certn_api_key')).toBe('old-secret-before-change');
    vault.dispose();
    const again = new Vault(db, new TestClock(), new AuditLog(db, new TestClock()), null, FAST);
    expect((await errorOf(again.unlock(PASSPHRASE))).code).toBe('vault_wrong_passphrase');
    await again.unlock(NEXT);
    expect(again.read('i1', 'certn_api_key')).toBe('old-secret-before-change');
    expect(again.read('i1', 'webhook_password')).toBe('new-secret-after-change');
  });

  it('re-seals every secret in one transaction and leaves no old wrapped key in the WAL', async () => {
    const { dir, db, vault } = setup();
    await vault.init(PASSPHRASE);
    for (const k of ['certn_api_key', 'icims_username', 'icims_password'] as const) vault.put('i1', k, `value-${k}`);
    const oldWrapped = (db.prepare('SELECT wrapped_key FROM vault_meta').get() as { wrapped_key: Buffer }).wrapped_key;
    const oldCipher = db.prepare('SELECT ciphertext FROM secrets ORDER BY kind').all() as { ciphertext: Buffer }[];
    await vault.changePassphrase(PASSPHRASE, NEXT);
    const newCipher = db.prepare('SELECT ciphertext FROM secrets ORDER BY kind').all() as { ciphertext: Buffer }[];
    newCipher.forEach((r, i) => expect(r.ciphertext.equals(oldCipher[i].ciphertext)).toBe(false));
    expect(fs.statSync(path.join(dir, 'console.sqlite-wal')).size).toBe(0);
    for (const f of fs.readdirSync(dir)) expect(fs.readFileSync(path.join(dir, f)).includes(oldWrapped), f).toBe(false);
    const audit = db.prepare("SELECT detail FROM audit_log WHERE action = 'vault.passphrase_changed'").get() as { detail: string };
    expect(JSON.parse(audit.detail)).toEqual({ resealed: 3, unreadable: 0 });
  });
});

describe('failed unlocks', () => {
  it('are audited without passphrase material, and each makes the next wait longer, across a restart', async () => {
    const clock = new TestClock();
    const { dir, db, vault } = setup(tempDir(), clock);
    await vault.init(PASSPHRASE);
    vault.lock();
    const wrong = 'wrong guess number one';
    expect((await errorOf(vault.unlock(wrong))).code).toBe('vault_wrong_passphrase');
    // The first slip costs nothing; the second already waits.
    const second = await errorOf(vault.unlock('wrong guess number two'));
    expect(second).toMatchObject({ code: 'vault_wrong_passphrase', message: expect.stringMatching(/next try is possible in 1 second/) });
    expect((await errorOf(vault.unlock(PASSPHRASE))).code).toBe('vault_throttled');

    // A restart (a new Vault on the same file) does not reset the count.
    vault.dispose();
    db.close();
    const restarted = setup(dir, clock);
    expect((await errorOf(restarted.vault.unlock(PASSPHRASE))).code).toBe('vault_throttled');
    clock.advance(1_100);
    expect((await errorOf(restarted.vault.unlock('wrong guess number three'))).code).toBe('vault_wrong_passphrase');
    clock.advance(1_100);
    expect(await errorOf(restarted.vault.unlock(PASSPHRASE))).toMatchObject({ code: 'vault_throttled', message: expect.stringMatching(/wait 2 seconds/) });
    clock.advance(2_000);
    await restarted.vault.unlock(PASSPHRASE);
    expect(restarted.vault.failedUnlocks().count).toBe(0);

    const rows = restarted.db.prepare("SELECT detail FROM audit_log WHERE action = 'vault.unlock_failed' ORDER BY seq").all() as { detail: string }[];
    expect(rows.map((r) => JSON.parse(r.detail))).toEqual([
      { attempt: 1, waitSeconds: 0 },
      { attempt: 2, waitSeconds: 1 },
      { attempt: 3, waitSeconds: 3 },
    ]);
    const everything = JSON.stringify(restarted.db.prepare('SELECT * FROM audit_log').all());
    expect(everything).not.toMatch(/wrong guess/);
  });

  it('the wait grows with each failure, up to five minutes', () => {
    const waits = Array.from({ length: 14 }, (_, i) => unlockDelaySeconds(i + 1));
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]);
    expect(waits.slice(0, 5)).toEqual([0, 1, 3, 7, 15]);
    expect(Math.max(...waits)).toBe(300);
  });
});

describe('data folder', () => {
  it.skipIf(process.platform === 'win32')(
    'folder 0700 and files 0600 on every start, even when they already existed with looser modes (POSIX only: Windows protects the profile folder with ACLs, not mode bits)',
    async () => {
      const dir = tempDir();
      const app = await makeApp({ dataDir: dir });
      await call(app, 'prefs.set', { theme: 'dark' });
      await app.close();
      fs.chmodSync(dir, 0o755);
      for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o644);
      const again = await makeApp({ dataDir: dir });
      await call(again, 'vault.init', { passphrase: PASSPHRASE });
      await call(again, 'prefs.set', { theme: 'light' });
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      const names = fs.readdirSync(dir);
      expect(names).toEqual(expect.arrayContaining(['console.sqlite', 'console.sqlite-wal', 'console.sqlite-shm', 'preferences.json']));
      for (const f of names) expect(fs.statSync(path.join(dir, f)).mode & 0o777, f).toBe(0o600);
      await again.close();
    },
  );

  it('leftover preferences.json.tmp-* files from a crash are removed at start', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'preferences.json.tmp-1764320000abcdef'), '{"theme":"da');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'kept');
    const app = await makeApp({ dataDir: dir });
    expect(fs.readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'notes.txt'))).toBe(true);
    await app.close();
  });
});

describe('audit rows commit with their change', () => {
  it('when the audit row cannot be written, the change is not made either', async () => {
    const dir = tempDir();
    const app = await makeApp({ dataDir: dir, kdf: FAST });
    await call(app, 'vault.init', { passphrase: PASSPHRASE });
    const keep = await call<{ id: string }>(app, 'integrations.create', { name: 'Kept', environment: 'ca' });
    app.services.db.exec("CREATE TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END");
    await expect(call(app, 'integrations.create', { name: 'Half made', environment: 'ca' })).rejects.toBeTruthy();
    expect(app.services.integrations.findByName('Half made')).toBeUndefined();
    await expect(call(app, 'integrations.rename', { id: keep.id, name: 'Renamed' })).rejects.toBeTruthy();
    expect(app.services.integrations.get(keep.id).name).toBe('Kept');
    expect(() => app.services.vault.put(keep.id, 'certn_api_key', 'k')).toThrow();
    expect(app.services.vault.has(keep.id, 'certn_api_key')).toBe(false);
    await expect(call(app, 'icims.setCompany', { integrationId: keep.id, company: 'Acme' })).rejects.toBeTruthy();
    expect(app.services.settings.get(keep.id, 'company')).toBeUndefined();
    app.services.db.prepare("INSERT INTO packages (integration_id, id, name, selected) VALUES (?, 'p1', 'Standard', 0)").run(keep.id);
    await expect(call(app, 'packages.select', { integrationId: keep.id, packageId: 'p1', selected: true })).rejects.toBeTruthy();
    expect(app.services.db.prepare("SELECT selected FROM packages WHERE id = 'p1'").get()).toEqual({ selected: 0 });
    await expect(call(app, 'connection.setOptions', { integrationId: keep.id, reportType: 'PORTAL' })).rejects.toBeTruthy();
    expect(app.services.settings.get(keep.id, 'reportType')).toBeUndefined();
    await expect(call(app, 'integrations.remove', { id: keep.id, confirmName: 'Kept' })).rejects.toBeTruthy();
    expect(app.services.integrations.find(keep.id)).toBeDefined();
    await app.close();
  });
});

describe('text that comes in', () => {
  it('a lone surrogate is refused with a clear message, on every channel that takes text', async () => {
    const app = await makeApp({ kdf: FAST });
    await call(app, 'vault.init', { passphrase: PASSPHRASE });
    const { id } = await call<{ id: string }>(app, 'integrations.create', { name: 'Acme', environment: 'simulator' });
    for (const [channel, input] of [
      ['icims.setCompany', { integrationId: id, company: 'Acme \uD83D Ltd' }],
      ['integrations.create', { name: 'Bad \uDC00', environment: 'ca' }],
      ['integrations.rename', { id, name: '\uD800' }],
      ['vault.unlock', { passphrase: 'x\uDBFF' }],
    ] as const) {
      const env = await app.dispatch(channel, input);
      expect(env.ok, channel).toBe(false);
      if (!env.ok) {
        expect(env.error.code).toBe('invalid_input');
        expect(env.error.message).toMatch(/broken character/);
      }
    }
    // The step that used to break for good still opens, even with such a name saved by an older version.
    app.services.settings.set(id, { company: 'Old \uD83D data' });
    const step = await call<{ mailto: string }>(app, 'icims.get', { integrationId: id });
    expect(step.mailto).toContain(encodeURIComponent('Old \uFFFD data'));
    // Well-formed text with astral characters and combining marks is accepted.
    await call(app, 'icims.setCompany', { integrationId: id, company: 'Ācme 🚀 Ltd e\u0301' });
    await app.close();
  });

  it('the check works where String.prototype.isWellFormed is missing', () => {
    const native = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed');
    const samples = ['', 'abc', '🚀', 'a\uD800', '\uDC00b', '\uD83D\uDE80\uD83D', 'ok\uD83D\uDE80ok'];
    const expected = samples.map((s) => isWellFormedText(s));
    try {
      delete (String.prototype as { isWellFormed?: unknown }).isWellFormed;
      expect(samples.map((s) => isWellFormedText(s))).toEqual(expected);
      expect(expected).toEqual([true, true, true, false, false, false, true]);
    } finally {
      if (native) Object.defineProperty(String.prototype, 'isWellFormed', native);
    }
    expect(findIllFormed({ a: [{ b: 'fine' }, { c: 'x\uD800' }] })).toEqual({ path: ['a', 1, 'c'] });
    expect(toWellFormedText('a\uD800b\uD83D\uDE80\uDC00')).toBe('a\uFFFDb\uD83D\uDE80\uFFFD');
  });
});

describe('unknown ids', () => {
  it('an integration id that does not exist is a typed not_found on every channel that takes one, never "internal"', async () => {
    const { CHANNELS, findChannel } = await import('../../../main/ipc/contract');
    const app = await makeApp({ kdf: FAST });
    await call(app, 'vault.init', { passphrase: PASSPHRASE });
    const internal: string[] = [];
    for (const ch of CHANNELS) {
      const shape = (findChannel(ch)!.input as unknown as { shape: Record<string, unknown> }).shape;
      if (!('integrationId' in shape)) continue;
      for (const input of [
        { integrationId: 'no-such-integration' },
        { integrationId: 'no-such-integration', field: 'password', value: 'x' },
        { integrationId: 'no-such-integration', reportType: 'PDF' },
      ]) {
        const env = await app.dispatch(ch, input);
        if (!env.ok && env.error.code === 'internal') internal.push(ch);
      }
    }
    expect(internal).toEqual([]);
    const env = await app.dispatch('connection.saveWebhookField', { integrationId: 'no-such-integration', field: 'password', value: 'x' });
    expect(env).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await app.close();
  });
});

describe('the raw database', () => {
  it('holds no plaintext length for secrets: ciphertexts are padded to one size', async () => {
    const { db, vault } = setup();
    await vault.init(PASSPHRASE);
    vault.put('i1', 'icims_password', 'short');
    vault.put('i1', 'certn_api_key', 'x'.repeat(60));
    const lens = (db.prepare('SELECT length(ciphertext) AS n, length FROM secrets ORDER BY kind').all() as { n: number; length: number }[]);
    expect(lens).toEqual([
      { n: 12 + 16 + 64, length: 0 },
      { n: 12 + 16 + 64, length: 0 },
    ]);
  });
});
