import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeApp, PASSPHRASE } from '../../support/app';
import type { ConsoleApp } from '../../../main/app';
import type { Simulator } from '../../../main/simulator';

// Package and group data at the size of a real account, on a real SQLite file, synced over loopback
// HTTP from the simulator: a re-sync that finds nothing new writes nothing, and the list is read a
// window at a time with its filter counts apart.
const pause = <T,>(v: T) => new Promise<T>((r) => setTimeout(() => r(v), 20));

type Row = { id: string; name: string; selected: boolean; tags: string[]; verification: { exists: boolean; verdict: { level: string } } };
type Page = { total: number; offset: number; rows: Row[] };
type Counts = { all: number; ready: number; selected: number; problems: number; synced: number };

let app: ConsoleApp;
let id: string;
let sim: Simulator;
const changes = () => (app.services.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
const lastAudit = (action: string) => app.services.audit.list().find((e) => e.action === action)!.detail as { count: number; written: number };

async function syncPackages(): Promise<void> {
  await call(app, 'packages.sync', { integrationId: id });
  let s: { running: boolean; error: unknown };
  do s = await call<typeof s>(app, 'packages.syncStatus', { integrationId: id }).then(pause);
  while (s.running);
  expect(s.error).toBeNull();
}
const list = (o: Record<string, unknown> = {}) => call<Page>(app, 'packages.list', { integrationId: id, ...o });
const counts = () => call<Counts>(app, 'packages.counts', { integrationId: id });

beforeAll(async () => {
  app = await makeApp();
  await call(app, 'vault.init', { passphrase: PASSPHRASE });
  id = (await call<{ id: string }>(app, 'integrations.create', { name: 'Big account', environment: 'simulator' })).id;
  await call(app, 'certn.connectSimulator', { integrationId: id });
  sim = await app.services.setup.simulator(id);
  await sim.admin.createPackagesBulk(290, 'Bulk Package');
  await sim.admin.createGroupsBulk(120, { prefix: 'Region' });
  await syncPackages();
});
afterAll(async () => app?.close());

describe('a re-sync writes only what changed', () => {
  it('nothing changed in Certn: no package row is written (the sync time and its audit entry are the only writes)', async () => {
    const before = changes();
    await syncPackages();
    expect(lastAudit('packages.synced')).toMatchObject({ written: 0 });
    // One settings row holds the sync time; one audit row records the sync.
    expect(changes() - before).toBe(2);
  });

  it('while it runs, the pushed progress says how many calls the window has left and when it should end', async () => {
    const seen: { running: boolean; callsLeft: number | null; etaAt: string | null }[] = [];
    const off = app.services.events.on((name, payload) => name === 'packages.syncProgress' && seen.push(payload as (typeof seen)[number]));
    await syncPackages();
    off();
    const running = seen.filter((s) => s.running && s.etaAt !== null);
    expect(running.length).toBeGreaterThanOrEqual(3); // one per page of 100
    for (const s of running) {
      expect(s.callsLeft).toBeGreaterThanOrEqual(0);
      expect(Number.isNaN(Date.parse(s.etaAt!))).toBe(false);
    }
    expect(seen.at(-1)).toMatchObject({ running: false, callsLeft: null, etaAt: null });
  });

  it('one package edited in the portal: exactly one row is written', async () => {
    const { rows } = await list({ query: 'bulk package 17', limit: 1 });
    await sim.admin.updatePackage(rows[0].id, { is_active: false });
    const before = changes();
    await syncPackages();
    expect(lastAudit('packages.synced')).toMatchObject({ written: 1 });
    expect(changes() - before).toBe(3);
    const after = await list({ query: rows[0].id });
    expect(after.rows[0].verification.verdict.level).toBe('blocked');
  });

  it('groups: a re-sync writes none, a new group writes one', async () => {
    await call(app, 'connection.syncGroups', { integrationId: id });
    const first = lastAudit('groups.synced');
    expect(first.count).toBeGreaterThan(120);
    let before = changes();
    await call(app, 'connection.syncGroups', { integrationId: id });
    expect(lastAudit('groups.synced')).toMatchObject({ written: 0 });
    expect(changes() - before).toBe(1); // the audit row
    await sim.admin.createGroupsBulk(1, { prefix: 'Newcomer' });
    before = changes();
    await call(app, 'connection.syncGroups', { integrationId: id });
    expect(lastAudit('groups.synced')).toMatchObject({ written: 1 });
    expect(changes() - before).toBe(2);
  });

  it('a selected package Certn no longer lists is kept and shown as not found; an unselected one is dropped', async () => {
    const { rows } = await list({ filter: 'ready', query: 'bulk package', limit: 2 });
    await call(app, 'packages.select', { integrationId: id, packageId: rows[0].id, selected: true });
    const kept = rows[0].id;
    const dropped = rows[1].id;
    // No public document shows how a package is deleted, so the simulator has no delete: the
    // console's copies are given ids Certn does not list instead.
    app.services.db.prepare("UPDATE packages SET id = 'gone-' || id WHERE integration_id = ? AND id IN (?, ?)").run(id, kept, dropped);
    await syncPackages();
    const ids = (await list({ limit: 500, query: 'gone-' })).rows;
    expect(ids.map((r) => r.id)).toEqual([`gone-${kept}`]);
    expect(ids[0].verification.exists).toBe(false);
    expect(ids[0].verification.verdict.level).toBe('blocked');
  });
});

describe('the list a window at a time', () => {
  it('pages in name order, and a window is only the rows asked for', async () => {
    const all = await counts();
    expect(all.all).toBeGreaterThan(290);
    const first = await list({ offset: 0, limit: 40 });
    const second = await list({ offset: 40, limit: 40 });
    expect(first.total).toBe(all.all);
    expect(first.rows).toHaveLength(40);
    expect(second.offset).toBe(40);
    const names = [...first.rows, ...second.rows].map((r) => r.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(80);
  });

  it('each filter shows exactly the packages its count says, judged by the same verdict as the row', async () => {
    const c = await counts();
    expect(c.ready + c.problems).toBe(c.all);
    for (const filter of ['ready', 'selected', 'problems'] as const) {
      const page = await list({ filter, limit: 500 });
      expect(page.total).toBe(c[filter]);
      for (const r of page.rows) {
        if (filter === 'ready') expect(r.verification.verdict.level).toBe('ready');
        if (filter === 'problems') expect(r.verification.verdict.level).not.toBe('ready');
        if (filter === 'selected') expect(r.selected).toBe(true);
      }
    }
  });

  it('searches name, id and tags case-insensitively, in main', async () => {
    const byTag = await list({ query: 'RETAIL' });
    expect(byTag.rows.length).toBeGreaterThan(0);
    for (const r of byTag.rows) expect([r.name, r.id, ...r.tags].join(' ').toLowerCase()).toContain('retail');
    const one = (await list({ limit: 1 })).rows[0];
    expect((await list({ query: one.id.toUpperCase() })).rows.map((r) => r.id)).toEqual([one.id]);
    expect((await list({ query: 'no such package anywhere' })).total).toBe(0);
  });

  it('a tick updates the counts and the filtered list at once, without reading the account again', async () => {
    const before = await counts();
    const target = (await list({ filter: 'ready', limit: 1 })).rows.find((r) => !r.selected)!;
    const ticked = await call<Row>(app, 'packages.select', { integrationId: id, packageId: target.id, selected: true });
    expect(ticked.selected).toBe(true);
    expect((await counts()).selected).toBe(before.selected + 1);
    expect((await list({ filter: 'selected', limit: 500 })).rows.map((r) => r.id)).toContain(target.id);
    await call(app, 'packages.select', { integrationId: id, packageId: target.id, selected: false });
    expect((await counts()).selected).toBe(before.selected);
  });

  it('a change made behind the list (straight in SQLite) is still seen: the index is rebuilt, not trusted', async () => {
    const target = (await list({ filter: 'ready', limit: 1 })).rows[0];
    const before = await counts();
    app.services.db.prepare('UPDATE packages SET is_active = 0 WHERE integration_id = ? AND id = ?').run(id, target.id);
    expect((await counts()).ready).toBe(before.ready - 1);
    expect((await list({ filter: 'problems', query: target.id })).rows.map((r) => r.id)).toEqual([target.id]);
    app.services.db.prepare('UPDATE packages SET is_active = 1 WHERE integration_id = ? AND id = ?').run(id, target.id);
  });

  it('refuses a window larger than a page', async () => {
    await expect(list({ limit: 10_000 })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('a database from before the look-alike index', () => {
  it('gets each package its look-alike key, and marks missing the ones the last sync did not list', async () => {
    const { openDatabase } = await import('../../../main/store/db');
    const { tempDir } = await import('../../support/app');
    const dir = tempDir();
    const { MIGRATIONS } = await import('../../../main/store/migrations');
    const old = openDatabase(dir, { targetVersion: MIGRATIONS.findIndex((m) => m.name === '006_package_index') });
    old.prepare("INSERT INTO integrations (id, name, environment, created_at, updated_at) VALUES ('i1', 'Old', 'ca', 'x', 'x')").run();
    old.prepare("INSERT INTO integration_settings (integration_id, key, value, updated_at) VALUES ('i1', 'packagesSyncedAt', ?, 'x')").run(JSON.stringify('2026-02-01T00:00:00.000Z'));
    const ins = old.prepare("INSERT INTO packages (integration_id, id, name, selected, synced_at) VALUES ('i1', ?, ?, ?, ?)");
    ins.run('p1', 'Executive  Screen ', 0, '2026-02-01T00:00:00.000Z');
    ins.run('p2', 'Old Selected', 1, '2026-01-01T00:00:00.000Z');
    old.close();
    const db = openDatabase(dir);
    const rows = db.prepare('SELECT id, lookalike_key, missing_since FROM packages ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'p1', lookalike_key: 'executive screen', missing_since: null },
      { id: 'p2', lookalike_key: 'old selected', missing_since: '2026-01-01T00:00:00.000Z' },
    ]);
    db.close();
  });
});
