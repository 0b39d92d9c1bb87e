import type { Db } from './db';

/** A sealed secret as stored: ciphertext only, never a length or a plaintext. */
export interface SecretRow {
  id: string;
  integration_id: string;
  kind: string;
  ciphertext: Buffer;
}

/** How the vault's data key is protected (keychain, or a passphrase-derived key with its KDF). */
export interface VaultMetaRow {
  kind: 'keychain' | 'passphrase';
  kdf: string | null;
  kdf_params: string | null;
  salt: Buffer | null;
  wrapped_key: Buffer;
}

/**
 * The vault's two tables. Only ciphertext passes through here: sealing and opening stay in
 * main/vault, which decides what the bytes mean.
 */
export class SecretsRepo {
  constructor(private readonly db: Db) {}

  idOf(integrationId: string, kind: string): string | undefined {
    return (this.db.prepare('SELECT id FROM secrets WHERE integration_id = ? AND kind = ?').get(integrationId, kind) as { id: string } | undefined)?.id;
  }

  has(integrationId: string, kind: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM secrets WHERE integration_id = ? AND kind = ?').get(integrationId, kind);
  }

  find(integrationId: string, kind: string): SecretRow | undefined {
    return this.db.prepare('SELECT id, integration_id, kind, ciphertext FROM secrets WHERE integration_id = ? AND kind = ?').get(integrationId, kind) as SecretRow | undefined;
  }

  upsert(id: string, integrationId: string, kind: string, ciphertext: Buffer, now: string): void {
    this.db
      .prepare(
        `INSERT INTO secrets (id, integration_id, kind, ciphertext, length, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)
         ON CONFLICT (integration_id, kind) DO UPDATE SET ciphertext = excluded.ciphertext, length = 0, updated_at = excluded.updated_at`,
      )
      .run(id, integrationId, kind, ciphertext, now, now);
  }

  delete(integrationId: string, kind: string): void {
    this.db.prepare('DELETE FROM secrets WHERE integration_id = ? AND kind = ?').run(integrationId, kind);
  }

  /** Kinds and change times of one integration's secrets, by kind. */
  list(integrationId: string): { kind: string; updated_at: string }[] {
    return this.db.prepare('SELECT kind, updated_at FROM secrets WHERE integration_id = ? ORDER BY kind').all(integrationId) as { kind: string; updated_at: string }[];
  }

  /** Every sealed row, with the length column rows written before padding still carry. */
  all(): (SecretRow & { length: number })[] {
    return this.db.prepare('SELECT id, integration_id, kind, ciphertext, length FROM secrets').all() as (SecretRow & { length: number })[];
  }

  /** Replaces a row's ciphertext with a padded one, clearing the recorded length. */
  reseal(id: string, ciphertext: Buffer): void {
    this.db.prepare('UPDATE secrets SET ciphertext = ?, length = 0 WHERE id = ?').run(ciphertext, id);
  }

  meta(): VaultMetaRow | undefined {
    return this.db.prepare('SELECT kind, kdf, kdf_params, salt, wrapped_key FROM vault_meta WHERE id = 1').get() as VaultMetaRow | undefined;
  }

  writeMeta(m: VaultMetaRow, now: string): void {
    this.db
      .prepare(
        `INSERT INTO vault_meta (id, kind, kdf, kdf_params, salt, wrapped_key, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, kdf = excluded.kdf, kdf_params = excluded.kdf_params,
           salt = excluded.salt, wrapped_key = excluded.wrapped_key, updated_at = excluded.updated_at`,
      )
      .run(m.kind, m.kdf, m.kdf_params, m.salt, m.wrapped_key, now, now);
  }
}
