import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE } from '../../main/store/db';
import { test, expect, openWithSimulator } from './fixtures';

// The audit log as an admin reads it: sentences, named integrations, readable details, filters,
// and a CSV that names integrations instead of their ids.

test('the audit log says what happened in words and filters by integration, action and date', async ({ page, consoleServer }) => {
  await openWithSimulator(page, consoleServer.openUrl, 'Northwind rehearsal');
  await page.getByRole('button', { name: "Use the simulator's demo key" }).click();
  await expect(page.getByText(/Verified with Certn/)).toBeVisible();
  await page.getByRole('button', { name: '+ New integration' }).click();
  await page.getByLabel('Integration name').fill('Acme Europe');
  await page.getByLabel('Region').selectOption('uk');
  await page.getByRole('button', { name: 'Connect to a Certn region' }).click();
  await expect(page.locator('.integration-name')).toHaveText('Acme Europe');

  await page.getByRole('button', { name: 'Audit log' }).click();
  const rows = page.getByRole('table').getByRole('row');
  const stored = rows.filter({ hasText: 'Certn API key stored in the vault' });
  await expect(stored).toHaveCount(1);
  await expect(stored).toContainText('Northwind rehearsal');
  await expect(stored.getByRole('definition')).toHaveText('Certn API key');
  await expect(rows.filter({ hasText: 'Integration “Acme Europe” created' })).toHaveCount(1);
  await expect(page.getByRole('table')).not.toContainText('{"');

  // By action.
  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Integration created' });
  await expect(rows).toHaveCount(3); // the header row and two entries
  // By integration.
  await page.getByLabel('Integration', { exact: true }).selectOption({ label: 'Acme Europe' });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Acme Europe');
  // By date: nothing happened tomorrow; everything happened by today.
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  const day = (plus: number) => {
    const d = new Date();
    d.setDate(d.getDate() + plus);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  await page.getByLabel('From', { exact: true }).fill(day(1));
  await expect(page.getByRole('status').filter({ hasText: /entries match/ })).toHaveText('0 entries match');
  await page.getByLabel('From', { exact: true }).fill(day(0));
  await page.getByLabel('To', { exact: true }).fill(day(0));
  await expect(stored).toHaveCount(1);

  // The CSV of the filtered view: names, sentences, no integration ids.
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  const db = new Database(path.join(consoleServer.dataDir, DB_FILE), { readonly: true });
  const ids = (db.prepare('SELECT id FROM integrations').all() as { id: string }[]).map((r) => r.id);
  db.close();
  expect(ids).toHaveLength(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = fs.readFileSync((await (await download).path())!, 'utf8');
  expect(csv.split('\n')[0]).toBe('seq,time,actor,integration,what happened,details,action code');
  expect(csv).toContain('Northwind rehearsal,Certn API key stored in the vault,What: Certn API key,secret.stored');
  for (const id of ids) expect(csv).not.toContain(id);
});
