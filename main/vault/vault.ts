import { randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../shared/errors';
import type { Db } from '../store/db';
import type { Clock } from '../store/clock';
import type { AuditLog } from '../store/audit';
import { DEFAULT_KDF, deriveKey, open, seal, type KdfParams } from './crypto';
import type { KeychainProtector } from './key-protector';

export type VaultKind = 'keychain' | 'passphrase';

export interface VaultStatus {
  kind: VaultKind;
  backend: string;
  initialized: boolean;
  locked: boolean;
  /** Why a locked vault is locked, so the unlock screen tells the truth. */
  lockedBecause: LockReason | null;
  autoLockMinutes: number;
}

export type LockReason = 'start' | 'idle' | 'manual';

export interface SecretInfo {
  kind: string;
  masked: string;
  length: number;
  updatedAt: string;
}

const MIN_PASSPHRASE = 12;
const KEY_AAD = 'vault-data-key/v1';

interface MetaRow {
  kind: VaultKind;
  kdf: string | null;
  kdf_params: string | null;
  salt: Buffer | null;
  wrapped_key: Buffer;
}

const locked = () => new AppError('vault_locked', 'The vault is locked.', 'Unlock it with your master passphrase, then try again.');

/**
 * Every secret is sealed with AES-256-GCM under one random data key, with the secret's id as
 * associated data (so ciphertexts cannot be swapped between rows). The data key itself is wrapped
 * either by the OS keychain or by a key derived from a master passphrase with scrypt.
 */
export class Vault {
  private dataKey: Buffer | null = null;
  private lastUse = 0;
  private timer: NodeJS.Timeout | null = null;
  private lockReason: LockReason = 'start';
  autoLockMinutes = 15;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    private readonly keychain: KeychainProtector | null = null,
    private readonly kdf: KdfParams = DEFAULT_KDF,
  ) {}

  /** An existing vault keeps the protection it was made with; a new one uses the keychain when there is one. */
  get kind(): VaultKind {
    return this.meta()?.kind ?? (this.keychain ? 'keychain' : 'passphrase');
  }

  status(): VaultStatus {
    this.lockIfIdle();
    return {
      kind: this.kind,
      backend: this.kind === 'passphrase' ? 'master passphrase (scrypt + AES-256-GCM)' : (this.keychain?.backend ?? 'the system keychain (not available now)'),
      initialized: this.meta() !== undefined,
      locked: this.dataKey === null,
      lockedBecause: this.dataKey === null ? this.lockReason : null,
      autoLockMinutes: this.autoLockMinutes,
    };
  }

  /** Keychain mode needs no passphrase: create or open the data key at start-up. */
  async openWithKeychain(): Promise<void> {
    if (this.kind !== 'keychain') return;
    if (!this.keychain) {
      throw new AppError(
        'vault_keychain_unavailable',
        'The secrets are protected by the system keychain, which is not available now.',
        'Start the console in a desktop session where the keyring is unlocked. Without it the saved secrets cannot be read; they would have to be entered again in a new data folder.',
      );
    }
    const meta = this.meta();
    if (!meta) {
      const key = randomBytes(32);
      this.writeMeta({ kind: 'keychain', kdf: null, kdf_params: null, salt: null, wrapped_key: await this.keychain.encrypt(key) });
      this.dataKey = key;
    } else {
      this.dataKey = await this.keychain.decrypt(meta.wrapped_key);
    }
    this.lastUse = Date.now();
  }

  async init(passphrase: string): Promise<void> {
    if (this.kind === 'keychain') throw new AppError('vault_keychain', 'This vault is protected by the system keychain.', 'No passphrase is needed.');
    if (this.meta()) throw new AppError('vault_exists', 'The vault already has a master passphrase.', 'Unlock it, or change the passphrase in Settings.');
    checkStrength(passphrase);
    const key = randomBytes(32);
    const salt = randomBytes(16);
    const kek = await deriveKey(passphrase, salt, this.kdf);
    this.writeMeta({ kind: 'passphrase', kdf: 'scrypt', kdf_params: JSON.stringify(this.kdf), salt, wrapped_key: seal(kek, key, KEY_AAD) });
    this.dataKey = key;
    this.touch();
    this.audit.record('vault.created', null, { kind: 'passphrase' });
  }

  async unlock(passphrase: string): Promise<void> {
    const meta = this.requireMeta();
    if (meta.kind !== 'passphrase') return this.openWithKeychain();
    this.dataKey = await this.unwrap(meta, passphrase);
    this.touch();
    this.audit.record('vault.unlocked', null);
  }

  lock(reason: 'manual' | 'idle' = 'manual'): void {
    if (this.kind === 'keychain' || !this.dataKey) return;
    this.dataKey.fill(0);
    this.dataKey = null;
    this.lockReason = reason;
    this.audit.record('vault.locked', null, { reason });
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const meta = this.requireMeta();
    if (meta.kind !== 'passphrase') throw new AppError('vault_keychain', 'This vault is protected by the system keychain.', 'No passphrase is needed.');
    checkStrength(next);
    const key = await this.unwrap(meta, current);
    const salt = randomBytes(16);
    const kek = await deriveKey(next, salt, this.kdf);
    this.writeMeta({ kind: 'passphrase', kdf: 'scrypt', kdf_params: JSON.stringify(this.kdf), salt, wrapped_key: seal(kek, key, KEY_AAD) });
    this.dataKey = key;
    this.touch();
    this.audit.record('vault.passphrase_changed', null);
  }

  put(integrationId: string, kind: string, value: string): SecretInfo {
    const key = this.key();
    const now = this.clock.now().toISOString();
    const existing = this.db.prepare('SELECT id FROM secrets WHERE integration_id = ? AND kind = ?').get(integrationId, kind) as { id: string } | undefined;
    const id = existing?.id ?? randomUUID();
    const ct = seal(key, Buffer.from(value, 'utf8'), aad(id, integrationId, kind));
    this.db
      .prepare(
        `INSERT INTO secrets (id, integration_id, kind, ciphertext, length, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (integration_id, kind) DO UPDATE SET ciphertext = excluded.ciphertext, length = excluded.length, updated_at = excluded.updated_at`,
      )
      .run(id, integrationId, kind, ct, [...value].length, now, now);
    this.audit.record('secret.stored', integrationId, { kind });
    return this.info(integrationId, kind)!;
  }

  has(integrationId: string, kind: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM secrets WHERE integration_id = ? AND kind = ?').get(integrationId, kind);
  }

  /** For services that use a secret (API calls, handoff). Not audited: nothing is shown to a person. */
  read(integrationId: string, kind: string): string {
    const key = this.key();
    const row = this.db.prepare('SELECT id, ciphertext FROM secrets WHERE integration_id = ? AND kind = ?').get(integrationId, kind) as
      | { id: string; ciphertext: Buffer }
      | undefined;
    if (!row) throw new AppError('secret_missing', `No ${describeKind(kind)} is saved for this integration yet.`, 'Enter it in its step first.');
    try {
      return open(key, row.ciphertext, aad(row.id, integrationId, kind)).toString('utf8');
    } catch {
      throw new AppError('vault_corrupt', `The saved ${describeKind(kind)} failed its integrity check.`, 'Enter it again; if this repeats, the data folder may be damaged.');
    }
  }

  /** A person asked to see or copy a secret: allowed, but always on the record. */
  reveal(integrationId: string, kind: string, purpose: 'reveal' | 'copy'): string {
    const value = this.read(integrationId, kind);
    this.audit.record(purpose === 'copy' ? 'secret.copied' : 'secret.revealed', integrationId, { kind });
    return value;
  }

  remove(integrationId: string, kind: string): void {
    this.db.prepare('DELETE FROM secrets WHERE integration_id = ? AND kind = ?').run(integrationId, kind);
    this.audit.record('secret.removed', integrationId, { kind });
  }

  info(integrationId: string, kind: string): SecretInfo | undefined {
    return this.list(integrationId).find((s) => s.kind === kind);
  }

  list(integrationId: string): SecretInfo[] {
    const rows = this.db.prepare('SELECT kind, length, updated_at FROM secrets WHERE integration_id = ? ORDER BY kind').all(integrationId) as {
      kind: string; length: number; updated_at: string;
    }[];
    return rows.map((r) => ({ kind: r.kind, length: r.length, masked: '•'.repeat(Math.min(Math.max(r.length, 8), 16)), updatedAt: r.updated_at }));
  }

  /** Starts the idle check; the timer never keeps the process alive. */
  startAutoLock(intervalMs = 15_000): void {
    this.timer ??= setInterval(() => this.lockIfIdle(), intervalMs);
    this.timer.unref();
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.dataKey) this.dataKey.fill(0);
    this.dataKey = null;
  }

  /** What a person does counts as activity (the dispatcher calls this); background reads do not. */
  touch(): void {
    this.lastUse = Date.now();
  }

  lockIfIdle(now = Date.now()): void {
    if (this.dataKey && this.kind === 'passphrase' && this.autoLockMinutes > 0 && now - this.lastUse > this.autoLockMinutes * 60_000) this.lock('idle');
  }

  private key(): Buffer {
    this.lockIfIdle();
    if (!this.dataKey) throw locked();
    return this.dataKey;
  }

  private async unwrap(meta: MetaRow, passphrase: string): Promise<Buffer> {
    const params = JSON.parse(meta.kdf_params ?? 'null') as KdfParams;
    const kek = await deriveKey(passphrase, meta.salt!, params);
    try {
      return open(kek, meta.wrapped_key, KEY_AAD);
    } catch {
      throw new AppError('vault_wrong_passphrase', 'That passphrase does not open the vault.', 'Check Caps Lock and try again. A lost passphrase cannot be recovered: the saved secrets would have to be entered again.');
    }
  }

  private meta(): MetaRow | undefined {
    return this.db.prepare('SELECT kind, kdf, kdf_params, salt, wrapped_key FROM vault_meta WHERE id = 1').get() as MetaRow | undefined;
  }

  private requireMeta(): MetaRow {
    const m = this.meta();
    if (!m) throw new AppError('vault_uninitialized', 'The vault has no master passphrase yet.', 'Create one first.');
    return m;
  }

  private writeMeta(m: MetaRow): void {
    const now = this.clock.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO vault_meta (id, kind, kdf, kdf_params, salt, wrapped_key, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, kdf = excluded.kdf, kdf_params = excluded.kdf_params,
           salt = excluded.salt, wrapped_key = excluded.wrapped_key, updated_at = excluded.updated_at`,
      )
      .run(m.kind, m.kdf, m.kdf_params, m.salt, m.wrapped_key, now, now);
  }
}

function aad(id: string, integrationId: string, kind: string): string {
  return `secret/v1:${id}:${integrationId}:${kind}`;
}

function checkStrength(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE) {
    throw new AppError('vault_weak_passphrase', `The master passphrase must be at least ${MIN_PASSPHRASE} characters.`, 'Use a few unrelated words; a longer phrase is easier to remember than a complex short one.');
  }
}

const KIND_NAMES: Record<string, string> = {
  certn_api_key: 'Certn API key',
  icims_password: 'iCIMS password',
  icims_username: 'iCIMS username',
  webhook_username: 'webhook username',
  webhook_password: 'webhook password',
};
export function describeKind(kind: string): string {
  return KIND_NAMES[kind] ?? kind.replace(/_/g, ' ');
}
