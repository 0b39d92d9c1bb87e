import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors';
import { MIGRATIONS } from './migrations';
import { sqliteNativeBinding } from './sqlite-binding';
import { lookalikeKey } from '../shared/package-verdict';
import { t } from '../shared/i18n';

export type Db = Database.Database;

export const DB_FILE = 'console.sqlite';

/**
 * Opens (creating if needed) the console database in `dataDir` and brings it to the latest schema.
 * `targetVersion` exists for tests that need a database as an earlier release left it.
 */
export function openDatabase(dataDir: string, opts: { targetVersion?: number } = {}): Db {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, DB_FILE);
  restrictDataDir(dataDir);
  // Under Electron, the addon built for Electron's ABI (kept apart from the Node build).
  const nativeBinding = sqliteNativeBinding();
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  db.pragma('journal_mode = WAL');
  // The -wal and -shm files exist only now, and take their mode from the umask.
  restrictDataDir(dataDir);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Overwrite deleted content so removed ciphertext and names do not linger in free pages.
  db.pragma('secure_delete = ON');
  // Migrations fill the look-alike column of rows written before it existed with the same rule the
  // console applies when it writes one.
  db.function('lookalike_key', { deterministic: true }, (name: unknown) => lookalikeKey(String(name ?? '')));
  migrate(db, opts.targetVersion ?? MIGRATIONS.length);
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, target: number): void {
  const current = schemaVersion(db);
  if (current > MIGRATIONS.length) {
    throw new AppError(
      'store_too_new',
      t('errors.store.tooNew', { schema: String(current) }),
      t('errors.store.tooNew.hint'),
    );
  }
  for (let v = current; v < target; v++) {
    const m = MIGRATIONS[v];
    // Each step and its version bump commit together: a crash leaves the previous version intact.
    db.transaction(() => {
      db.exec(m.up);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** Files the console keeps in its data folder; only their owner may read them. */
const PRIVATE_FILES = [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, `${DB_FILE}-journal`, 'preferences.json'];

/**
 * Folder 0700 and files 0600 on every start: a folder that already existed (or files written
 * under a permissive umask) would otherwise stay readable by other accounts. No-op on Windows,
 * where access is governed by the profile folder's ACLs rather than mode bits.
 */
export function restrictDataDir(dataDir: string): void {
  if (process.platform === 'win32') return;
  fs.chmodSync(dataDir, 0o700);
  for (const name of PRIVATE_FILES) {
    try {
      fs.chmodSync(path.join(dataDir, name), 0o600);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
}
