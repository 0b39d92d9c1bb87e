import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect, rpc, openWithSimulator } from './fixtures';

// After go-live in browser mode with the simulator: a webhook rotation walked by accessible names
// (old pair refused afterwards), the integration record downloaded and read back, and the
// configuration exported and imported as a new integration. Steps 0–3 are filled in through the
// same RPC the page uses.

async function download(page: Page, button: string): Promise<{ file: string; name: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'after-golive-dl-')), dl.suggestedFilename());
  await dl.saveAs(file);
  return { file, name: dl.suggestedFilename() };
}

test('rotate the webhook pair (old refused), download the record, export and import the configuration', async ({ page, consoleServer }) => {
  await openWithSimulator(page, consoleServer.openUrl, 'Northwind Montréal');
  const steps = page.getByRole('list', { name: 'Setup steps' });
  await expect(steps).toBeVisible();

  const id = (await rpc<{ id: string }[]>(page, 'integrations.list', {}))[0].id;
  await rpc(page, 'certn.connectSimulator', { integrationId: id });
  await rpc(page, 'packages.sync', { integrationId: id });
  await expect.poll(async () => (await rpc<{ running: boolean }>(page, 'packages.syncStatus', { integrationId: id })).running).toBe(false);
  const pkgs = (await rpc<{ rows: { id: string; name: string }[] }>(page, 'packages.list', { integrationId: id })).rows;
  await rpc(page, 'packages.select', { integrationId: id, packageId: pkgs.find((p) => p.name === 'Executive Screen ')!.id, selected: true });
  await rpc(page, 'icims.useSimulatorAccount', { integrationId: id });
  await rpc(page, 'connection.doItForMe', { integrationId: id });
  await rpc(page, 'rehearsal.configureEvents', { integrationId: id });
  await rpc(page, 'handoff.create', { integrationId: id, recipientLabel: 'Dana, iCIMS consultant', method: 'keycode' });

  // Start a rotation of the webhook pair from Go-live.
  await steps.getByRole('button', { name: /Go-live/ }).click();
  const rotation = page.getByRole('region', { name: 'Credential rotation' });
  await rotation.getByLabel('Credential to rotate').selectOption({ label: 'Webhook username and password' });
  await rotation.getByLabel('Why').selectOption({ label: 'A handoff leaked' });
  await rotation.getByRole('button', { name: 'Start rotation' }).click();
  const current = rotation.getByRole('group', { name: 'Rotation of the Webhook username and password' });
  await expect(current.getByRole('listitem', { name: 'Get new webhook credentials from Certn' })).toContainText('Settings → Integrations');
  await current.getByRole('button', { name: 'Do it in the simulated portal' }).click();
  await expect(current.getByRole('listitem', { name: 'Save the new pair in the vault' })).toContainText('Done');

  // iCIMS still sends the old pair: Certn (the simulator) refuses it.
  const person = await rpc<{ candidates: { workflowId: string; name: string }[] }>(page, 'rehearsal.createCandidate', { integrationId: id, firstName: 'Olga', lastName: 'Old', email: 'olga@example.com' });
  const olga = person.candidates.find((c) => c.name.includes('Olga'))!;
  expect((await rpc<{ delivery: { httpStatus: number } }>(page, 'rehearsal.moveToTrigger', { integrationId: id, workflowId: olga.workflowId })).delivery.httpStatus).toBe(401);

  // The new handoff, made in step 4 as usual, supersedes the first one.
  await current.getByRole('button', { name: 'Go to step 4, Handoff' }).click();
  await page.getByLabel('Recipient label').fill('Dana, iCIMS consultant (rotated)');
  await page.getByRole('button', { name: 'Create handoff' }).click();
  await expect(page.getByText('This keycode will not be shown again.')).toBeVisible();
  await page.getByRole('button', { name: 'Done: hide the keycode' }).click();
  await expect(page.getByText('Superseded')).toHaveCount(1);

  await steps.getByRole('button', { name: /Go-live/ }).click();
  await expect(current.getByRole('listitem', { name: 'Make a new handoff' })).toContainText('Done');
  await current.getByRole('button', { name: 'Do it in the simulator' }).click();
  await expect(current.getByRole('listitem', { name: 'The consultant updates iCIMS' })).toContainText('Done');
  await current.getByRole('button', { name: 'Check new and old credentials' }).click();
  const check = current.getByRole('list', { name: 'Rotation check' });
  await expect(check).toContainText('Passed Old webhook credentials refused by Certn');
  await expect(check).toContainText('Passed Endpoint probe with the saved webhook credentials');
  await current.getByRole('button', { name: 'Complete rotation' }).click();
  await expect(rotation.getByRole('list', { name: 'Earlier rotations' })).toContainText('Webhook username and password: completed');
  // Events flow again with the new pair.
  const again = await rpc<{ candidates: { workflowId: string; name: string }[] }>(page, 'rehearsal.createCandidate', { integrationId: id, firstName: 'Nadia', lastName: 'New', email: 'nadia@example.com' });
  const nadia = again.candidates.find((c) => c.name.includes('Nadia'))!;
  expect((await rpc<{ delivery: { httpStatus: number } }>(page, 'rehearsal.moveToTrigger', { integrationId: id, workflowId: nadia.workflowId })).delivery.httpStatus).toBe(200);

  // The record, downloaded and read back.
  const record = await download(page, 'Download the integration record (PDF)');
  expect(record.name).toBe('northwind-montreal-record.pdf');
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', record.file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Integration record: Northwind Montréal');
  expect(text).toContain('Executive␣Screen␣');
  expect(text).toContain('superseded by a later handoff (rotation)');
  expect(text).toContain('Webhook username and password (leaked): completed, old credential refused');

  // Export, then import on the new-integration screen under another name.
  const exported = await download(page, 'Export configuration (JSON)');
  expect(exported.name).toBe('northwind-montreal-config.json');
  expect(fs.readFileSync(exported.file, 'utf8')).not.toMatch(/password/i);
  await page.getByRole('button', { name: '+ New integration' }).click();
  const importCard = page.getByRole('region', { name: 'Import a configuration' });
  await importCard.getByLabel('Configuration file').setInputFiles(exported.file);
  await importCard.getByRole('button', { name: 'Import configuration' }).click();
  await expect(importCard.getByRole('alert')).toContainText('“Northwind Montréal” already exists');
  await importCard.getByLabel(/Name for the imported integration/).fill('Northwind Montréal (copy)');
  await importCard.getByRole('button', { name: 'Import configuration' }).click();
  await expect(page.getByRole('complementary', { name: 'Integrations' }).getByRole('button', { name: 'Northwind Montréal (copy) Local simulator' })).toBeVisible();
  // The imported integration is the one now open, its exact package name carried over.
  await expect(page.getByRole('main').getByText('Northwind Montréal (copy)', { exact: true })).toBeVisible();
  const copy = (await rpc<{ id: string; name: string }[]>(page, 'integrations.list', {})).find((i) => i.name === 'Northwind Montréal (copy)')!;
  const copied = (await rpc<{ rows: { name: string; selected: boolean }[] }>(page, 'packages.list', { integrationId: copy.id })).rows;
  expect(copied.filter((p) => p.selected).map((p) => p.name)).toEqual(['Executive Screen ']);
});
