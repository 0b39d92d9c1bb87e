import { randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../shared/errors';
import type { Db } from '../store/db';
import type { Clock } from '../shared/clock';
import type { AuditLog } from '../store/audit';
import { SecretsRepo, type SecretRow, type VaultMetaRow } from '../store/secrets';
import { isSecretKind, SECRET_NAME_IDS, type SecretKind } from '../shared/secret-kinds';
import { DEFAULT_KDF, deriveKey, open, seal, type KdfParams } from './crypto';
import type { KeychainProtector } from './key-protector';
import { currentLocale, t } from '../shared/i18n';

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
  updatedAt: string;
}

const MIN_PASSPHRASE = 12;
const KEY_AAD = 'vault-data-key/v1';
/** Secrets are padded to a multiple of this many bytes before sealing, so a ciphertext does not give away a secret's length. */
const PAD_BLOCK = 64;
/** Audit actions that end a run of failed unlocks. */
const UNLOCK_RESETS = ['vault.unlocked', 'vault.created', 'vault.passphrase_changed'];
const MAX_WAIT_SECONDS = 300;

/** Wait after `failures` wrong passphrases in a row: 0 s, 1 s, 3 s, 7 s, 15 s… up to five minutes. */
export function unlockDelaySeconds(failures: number): number {
  return failures <= 0 ? 0 : Math.min(2 ** (failures - 1) - 1, MAX_WAIT_SECONDS);
}

type MetaRow = VaultMetaRow;

const throttled = (seconds: number) =>
  new AppError(
    'vault_throttled',
    t('errors.vault.throttled', { seconds }),
    t('errors.vault.throttled.hint'),
  );

const locked = () => new AppError('vault_locked', t('errors.vaultLocked'), t('errors.vaultLocked.hint'));

/**
 * Every secret is sealed with AES-256-GCM under one random data key, with the secret's id as
 * associated data (so ciphertexts cannot be swapped between rows). The data key itself is wrapped
 * either by the OS keychain or by a key derived from a master passphrase with scrypt.
 */
export class Vault {
  private dataKey: Buffer | null = null;
  private attempting = false;
  private lastUse = 0;
  private timer: NodeJS.Timeout | null = null;
  private lockReason: LockReason = 'start';
  private readonly lockListeners = new Set<(reason: 'manual' | 'idle') => void>();
  autoLockMinutes = 15;
  private readonly rows: SecretsRepo;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    private readonly keychain: KeychainProtector | null = null,
    private readonly kdf: KdfParams = DEFAULT_KDF,
  ) {
    this.rows = new SecretsRepo(db);
  }

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
        t('errors.vault.keychainUnavailable'),
        t('errors.vault.keychainUnavailable.hint'),
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
    this.upgradeRows();
  }

  async init(passphrase: string): Promise<void> {
    if (this.kind === 'keychain') throw new AppError('vault_keychain', t('errors.vault.keychain'), t('errors.vault.keychain.hint'));
    if (this.meta()) throw new AppError('vault_exists', t('errors.vault.exists'), t('errors.vault.exists.hint'));
    checkStrength(passphrase);
    const key = randomBytes(32);
    const salt = randomBytes(16);
    const wrapped = await this.wrap(passphrase, salt, key);
    this.db.transaction(() => {
      this.writeMeta({ kind: 'passphrase', kdf: 'scrypt', kdf_params: JSON.stringify(this.kdf), salt, wrapped_key: wrapped });
      this.audit.record('vault.created', null, { kind: 'passphrase' });
    })();
    this.dataKey = key;
    this.touch();
  }

  async unlock(passphrase: string): Promise<void> {
    const meta = this.requireMeta();
    if (meta.kind !== 'passphrase') return this.openWithKeychain();
    const key = await this.unwrap(meta, passphrase);
    this.dataKey?.fill(0);
    this.dataKey = key;
    this.touch();
    this.audit.record('vault.unlocked', null);
    this.upgradeRows();
  }

  lock(reason: 'manual' | 'idle' = 'manual'): void {
    if (this.kind === 'keychain' || !this.dataKey) return;
    this.dataKey.fill(0);
    this.dataKey = null;
    this.lockReason = reason;
    this.audit.record('vault.locked', null, { reason });
    for (const l of this.lockListeners) l(reason);
  }

  /** Told whenever the vault locks, so the window can return to the unlock screen without asking. */
  onLocked(listener: (reason: 'manual' | 'idle') => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  /**
   * A new passphrase also means a new data key: a copy of the database taken before the change,
   * opened with the old passphrase, must not open anything saved afterwards. Every secret is
   * re-sealed under the new key in the same transaction as the new wrapped key, and the WAL is
   * then checkpointed and truncated so the old wrapped key does not linger there.
   */
  async changePassphrase(current: string, next: string): Promise<void> {
    const meta = this.requireMeta();
    if (meta.kind !== 'passphrase') throw new AppError('vault_keychain', t('errors.vault.keychain'), t('errors.vault.keychain.hint'));
    checkStrength(next);
    const oldKey = await this.unwrap(meta, current);
    const newKey = randomBytes(32);
    const salt = randomBytes(16);
    const wrapped = await this.wrap(next, salt, newKey);
    const rows = this.rows.all();
    let resealed = 0;
    let unreadable = 0;
    this.db.transaction(() => {
      for (const r of rows) {
        const plain = openSecret(oldKey, r);
        // A row that already fails its integrity check cannot be recovered by any key; it stays as it is.
        if (!plain) {
          unreadable++;
          continue;
        }
        this.rows.reseal(r.id, sealSecret(newKey, r, plain));
        plain.fill(0);
        resealed++;
      }
      this.writeMeta({ kind: 'passphrase', kdf: 'scrypt', kdf_params: JSON.stringify(this.kdf), salt, wrapped_key: wrapped });
      this.audit.record('vault.passphrase_changed', null, { resealed, unreadable });
    })();
    oldKey.fill(0);
    this.dataKey?.fill(0);
    this.dataKey = newKey;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.touch();
  }

  /** Failed unlocks in a row since the last success, and when the last one happened (kept in the audit log, so it survives a restart). */
  failedUnlocks(): { count: number; lastAt: Date | null } {
    const run = this.audit.runSince('vault.unlock_failed', UNLOCK_RESETS);
    return { count: run.count, lastAt: run.lastAt ? new Date(run.lastAt) : null };
  }

  put(integrationId: string, kind: SecretKind, value: string): SecretInfo {
    const key = this.key();
    const now = this.clock.now().toISOString();
    const id = this.rows.idOf(integrationId, kind) ?? randomUUID();
    const ct = sealSecret(key, { id, integration_id: integrationId, kind }, Buffer.from(value, 'utf8'));
    // The change and its audit entry commit together: a crash leaves both or neither.
    this.db.transaction(() => {
      this.rows.upsert(id, integrationId, kind, ct, now);
      this.audit.record('secret.stored', integrationId, { kind });
    })();
    return this.info(integrationId, kind)!;
  }

  has(integrationId: string, kind: SecretKind): boolean {
    return this.rows.has(integrationId, kind);
  }

  /** For services that use a secret (API calls, handoff). Not audited: nothing is shown to a person. */
  read(integrationId: string, kind: SecretKind): string {
    const key = this.key();
    const row = this.rows.find(integrationId, kind);
    if (!row) throw new AppError('secret_missing', t('errors.vault.secretMissing', { secret: describeKind(kind) }), t('errors.vault.secretMissing.hint'));
    const plain = openSecret(key, row);
    if (!plain) throw new AppError('vault_corrupt', t('errors.vault.corrupt', { secret: describeKind(kind) }), t('errors.vault.corrupt.hint'));
    const value = plain.toString('utf8');
    plain.fill(0);
    return value;
  }

  /** A person asked to see or copy a secret: allowed, but always on the record. */
  reveal(integrationId: string, kind: SecretKind, purpose: 'reveal' | 'copy'): string {
    const value = this.read(integrationId, kind);
    this.audit.record(purpose === 'copy' ? 'secret.copied' : 'secret.revealed', integrationId, { kind });
    return value;
  }

  remove(integrationId: string, kind: SecretKind): void {
    this.db.transaction(() => {
      this.rows.delete(integrationId, kind);
      this.audit.record('secret.removed', integrationId, { kind });
    })();
  }

  info(integrationId: string, kind: SecretKind): SecretInfo | undefined {
    return this.list(integrationId).find((s) => s.kind === kind);
  }

  list(integrationId: string): SecretInfo[] {
    const rows = this.rows.list(integrationId);
    // The mask has one fixed width: a secret's length is not recorded anywhere.
    return rows.map((r) => ({ kind: r.kind, masked: '•'.repeat(12), updatedAt: r.updated_at }));
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

  /**
   * Checks a passphrase against the wrapped key. Each failure is audited (never the passphrase)
   * and makes the next attempt wait longer; the count lives in the database, so a restart does
   * not reset it, and only one attempt runs at a time.
   */
  private async unwrap(meta: MetaRow, passphrase: string): Promise<Buffer> {
    if (this.attempting) throw throttled(1);
    const { count, lastAt } = this.failedUnlocks();
    const waitUntil = (lastAt?.getTime() ?? 0) + unlockDelaySeconds(count) * 1000;
    const now = this.clock.now().getTime();
    if (now < waitUntil) throw throttled(Math.ceil((waitUntil - now) / 1000));
    this.attempting = true;
    let kek: Buffer | null = null;
    try {
      const params = JSON.parse(meta.kdf_params ?? 'null') as KdfParams;
      kek = await deriveKey(passphrase, meta.salt!, params);
      return open(kek, meta.wrapped_key, KEY_AAD);
    } catch {
      const wait = unlockDelaySeconds(count + 1);
      this.audit.record('vault.unlock_failed', null, { attempt: count + 1, waitSeconds: wait });
      throw new AppError(
        'vault_wrong_passphrase',
        t('errors.vault.wrongPassphrase', { wait }),
        t('errors.vault.wrongPassphrase.hint'),
      );
    } finally {
      kek?.fill(0);
      this.attempting = false;
    }
  }

  private async wrap(passphrase: string, salt: Buffer, key: Buffer): Promise<Buffer> {
    const kek = await deriveKey(passphrase, salt, this.kdf);
    try {
      return seal(kek, key, KEY_AAD);
    } finally {
      kek.fill(0);
    }
  }

  /** Rows written before padding existed are re-sealed padded, and their recorded length is cleared. */
  private upgradeRows(): void {
    const key = this.dataKey;
    if (!key) return;
    const rows = this.rows.all();
    this.db.transaction(() => {
      for (const r of rows) {
        if (r.length === 0) continue;
        const plain = openSecret(key, r);
        if (plain) this.rows.reseal(r.id, sealSecret(key, r, plain));
      }
    })();
  }

  private meta(): MetaRow | undefined {
    return this.rows.meta();
  }

  private requireMeta(): MetaRow {
    const m = this.meta();
    if (!m) throw new AppError('vault_uninitialized', t('errors.vault.uninitialized'), t('errors.vault.uninitialized.hint'));
    return m;
  }

  private writeMeta(m: MetaRow): void {
    this.rows.writeMeta(m, this.clock.now().toISOString());
  }
}


// v1: the value as it is; v2: padded (ISO/IEC 7816-4: 0x80 then zeros up to a multiple of PAD_BLOCK).
// The version is part of the associated data, so a v1 ciphertext can never be read as v2 or back.
function aad(version: 1 | 2, r: Pick<SecretRow, 'id' | 'integration_id' | 'kind'>): string {
  return `secret/v${version}:${r.id}:${r.integration_id}:${r.kind}`;
}

function sealSecret(key: Buffer, r: Pick<SecretRow, 'id' | 'integration_id' | 'kind'>, plain: Buffer): Buffer {
  const padded = Buffer.alloc((Math.floor(plain.length / PAD_BLOCK) + 1) * PAD_BLOCK);
  plain.copy(padded);
  padded[plain.length] = 0x80;
  const sealed = seal(key, padded, aad(2, r));
  padded.fill(0);
  return sealed;
}

/** The plaintext, or null when the row fails its integrity check under this key. */
function openSecret(key: Buffer, r: SecretRow): Buffer | null {
  try {
    const padded = open(key, r.ciphertext, aad(2, r));
    const end = padded.lastIndexOf(0x80);
    if (end < 0 || padded.subarray(end + 1).some((b) => b !== 0)) return null;
    return padded.subarray(0, end);
  } catch {
    try {
      return open(key, r.ciphertext, aad(1, r));
    } catch {
      return null;
    }
  }
}

function checkStrength(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE) {
    throw new AppError('vault_weak_passphrase', t('errors.vault.weak', { min: MIN_PASSPHRASE }), t('errors.vault.weak.hint'));
  }
}

/** A secret's name inside a sentence ("No webhook username is saved"). */
export function describeKind(kind: string): string {
  if (!isSecretKind(kind)) return kind.replace(/_/g, ' ');
  const name = t(SECRET_NAME_IDS[kind]);
  // English sentences lower-case the webhook's names; French names it after a colon, as labelled.
  return currentLocale() === 'en' && name.startsWith('Webhook') ? name.toLowerCase() : name;
}
