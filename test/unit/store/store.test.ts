import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import { DB_FILE, openDatabase, schemaVersion } from '../../../main/store/db';
import { MIGRATIONS } from '../../../main/store/migrations';
import { tempDir } from '../../support/app';

const TABLES = ['integrations', 'secrets', 'packages', 'groups', 'milestones', 'handoffs', 'audit_log', 'vault_meta', 'integration_settings', 'package_plans'];

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
}

describe('store', () => {
  it('a fresh database gets every migration, WAL and foreign keys', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).toEqual(expect.arrayContaining(TABLES));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it.each(MIGRATIONS.map((_, i) => i))('upgrades a database left at version %i and keeps its data', (from) => {
    const dir = tempDir();
    const old = openDatabase(dir, { targetVersion: from });
    expect(schemaVersion(old)).toBe(from);
    if (from >= 1) {
      old.prepare("INSERT INTO integrations (id, name, environment, created_at, updated_at) VALUES ('i1', 'Kept', 'ca', 'x', 'x')").run();
    }
    old.close();
    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).toEqual(expect.arrayContaining(TABLES));
    if (from >= 1) expect(db.prepare("SELECT name FROM integrations WHERE id = 'i1'").get()).toEqual({ name: 'Kept' });
    db.close();
  });

  it('enforces foreign keys and cascades an integration delete to its rows', () => {
    const db = openDatabase(tempDir());
    expect(() => db.prepare("INSERT INTO secrets (id, integration_id, kind, ciphertext, length, created_at, updated_at) VALUES ('s', 'missing', 'k', x'00', 1, 'x', 'x')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO integrations (id, name, environment, created_at, updated_at) VALUES ('i1', 'A', 'ca', 'x', 'x')").run();
    db.prepare("INSERT INTO packages (integration_id, id, name) VALUES ('i1', 'p1', 'Standard')").run();
    db.prepare("INSERT INTO audit_log (at, actor, action, integration_id) VALUES ('x', 'admin', 'a', 'i1')").run();
    db.prepare("DELETE FROM integrations WHERE id = 'i1'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM packages').get()).toEqual({ n: 0 });
    // The audit trail outlives what it describes.
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    db.close();
  });

  it('refuses a database from a newer version instead of damaging it', () => {
    const dir = tempDir();
    const raw = new Database(path.join(dir, DB_FILE));
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();
    expect(() => openDatabase(dir)).toThrow(/newer version/);
  });

  it('a failing migration leaves the previous version intact', () => {
    const dir = tempDir();
    const db = openDatabase(dir, { targetVersion: 1 });
    // Make migration 2 fail half-way: its table already exists.
    db.exec('CREATE TABLE package_plans (x)');
    db.close();
    expect(() => openDatabase(dir)).toThrow();
    const again = new Database(path.join(dir, DB_FILE));
    expect(again.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(again)).not.toContain('integration_settings');
    again.close();
  });
});
