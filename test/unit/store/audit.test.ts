import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { auditActionChoices } from '../../../main/shared/audit-words';
import { allFiles, call, makeApp, PASSPHRASE } from '../../support/app';
import { t } from '../../../main/shared/i18n';

interface Entry {
  seq: number;
  at: string;
  action: string;
  integrationId: string | null;
  integrationName: string | null;
  summary: string;
  facts: { label: string; value: string }[];
}

async function appWithHistory() {
  const app = await makeApp();
  await call(app, 'vault.init', { passphrase: PASSPHRASE });
  const a = await call<{ id: string }>(app, 'integrations.create', { name: 'Acme Canada', environment: 'ca' });
  const b = await call<{ id: string }>(app, 'integrations.create', { name: 'Acme Europe', environment: 'uk' });
  app.services.vault.put(a.id, 'webhook_password', 'Wh-P@ss-never-in-the-log');
  app.services.vault.put(b.id, 'certn_api_key', 'key-never-in-the-log');
  await call(app, 'integrations.rename', { id: b.id, name: 'Acme EMEA' });
  await call(app, 'integrations.remove', { id: b.id, confirmName: 'Acme EMEA' });
  return { app, a, b };
}

describe('audit log in words', () => {
  it('says what happened in a sentence with readable details, never a JSON blob', async () => {
    const { app, a } = await appWithHistory();
    const entries = await call<Entry[]>(app, 'audit.list', {});
    const stored = entries.find((e) => e.action === 'secret.stored' && e.integrationId === a.id)!;
    expect(stored.summary).toBe('Webhook password stored in the vault');
    expect(stored.integrationName).toBe('Acme Canada');
    expect(stored.facts).toEqual([{ label: 'What', value: 'Webhook password' }]);
    const renamed = entries.find((e) => e.action === 'integration.renamed')!;
    expect(renamed.summary).toBe('Integration renamed from “Acme Europe” to “Acme EMEA”');
    expect(entries.find((e) => e.action === 'vault.created')!.integrationName).toBeNull();
    expect(JSON.stringify(entries)).not.toContain('never-in-the-log');
  });

  it('filters by integration, action and time', async () => {
    const { app, a, b } = await appWithHistory();
    const onlyA = await call<Entry[]>(app, 'audit.list', { integrationId: a.id });
    expect(onlyA.length).toBeGreaterThan(0);
    expect(onlyA.every((e) => e.integrationId === a.id)).toBe(true);
    const stored = await call<Entry[]>(app, 'audit.list', { action: 'secret.stored' });
    expect(stored.map((e) => e.integrationId).sort()).toEqual([a.id, b.id].sort());
    const all = await call<Entry[]>(app, 'audit.list', {});
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect(await call<Entry[]>(app, 'audit.list', { since: future })).toEqual([]);
    expect(await call<Entry[]>(app, 'audit.list', { until: future })).toHaveLength(all.length);
    const past = new Date(Date.now() - 3_600_000).toISOString();
    expect(await call<Entry[]>(app, 'audit.list', { until: past })).toEqual([]);
    // A zone offset is accepted: the admin's local day bounds arrive as instants with their offset.
    expect(await call<Entry[]>(app, 'audit.list', { since: '2000-01-01T00:00:00+05:30' })).toHaveLength(all.length);
  });

  it('the CSV names integrations (a deleted one by its last name) and never shows their ids', async () => {
    const { app, a, b } = await appWithHistory();
    const { csv, fileName } = await call<{ csv: string; fileName: string }>(app, 'audit.exportCsv', {});
    expect(fileName).toBe('all-audit-log.csv');
    expect(csv).not.toContain(a.id);
    expect(csv).not.toContain(b.id);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['seq', 'time', 'actor', 'integration', 'what happened', 'details', 'action code']);
    expect(rows.find((r) => r['what happened'] === 'Webhook password stored in the vault')?.integration).toBe('Acme Canada');
    expect(rows.find((r) => r['action code'] === 'secret.stored' && r.integration !== 'Acme Canada')?.integration).toBe('Acme EMEA (deleted)');
    expect(rows[0].time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    const filtered = await call<{ csv: string; fileName: string }>(app, 'audit.exportCsv', { integrationId: a.id, action: 'secret.stored' });
    expect(filtered.fileName).toBe('acme-canada-audit-log.csv');
    expect(parse(filtered.csv, { columns: true })).toHaveLength(1);
  });

  it('every action the console records has its own wording', () => {
    const root = path.resolve(__dirname, '../../../main');
    const recorded = new Set<string>();
    for (const f of allFiles(root).filter((p) => p.endsWith('.ts'))) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/record\(\s*'([a-z_]+\.[a-z_]+)'/g)) recorded.add(m[1]);
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/'([a-z]+\.[a-z_]+)'\s*:\s*'[a-z]+\.[a-z_]+'/g)) recorded.add(m[1]);
    }
    recorded.add('secret.copied').add('secret.revealed').add('package.selected').add('package.unselected');
    expect(recorded.size).toBeGreaterThan(30);
    const worded = new Set(auditActionChoices(t).map((c) => c.action));
    const unworded = [...recorded].filter((a) => !worded.has(a));
    expect(unworded).toEqual([]);
  });
});
