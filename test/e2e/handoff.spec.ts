import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { findGpg } from '../support/system-tools';
import { test, expect, rpc, openWithSimulator } from './fixtures';

// The handoff step in browser mode. Steps 0–3 are filled in through the same RPC the page uses,
// so this spec depends on their channels, not on their screens.

function gpgHome() {
  const tool = findGpg();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-e2e-gpg-'));
  const gpg = (args: string[]) => execFileSync(tool.path, ['--batch', '--no-tty', '--quiet', ...args], { env: { ...process.env, GNUPGHOME: dir }, encoding: 'utf8' });
  return { dir, gpg, close: () => (execFileSync(tool.gpgconf, ['--kill', 'all'], { env: { ...process.env, GNUPGHOME: dir } }), fs.rmSync(dir, { recursive: true, force: true })) };
}

async function download(page: Page, name: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${name}` }).click()]);
  expect(dl.suggestedFilename()).toBe(name);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-dl-')), name);
  await dl.saveAs(file);
  return file;
}

test('handoff step: missing values link to their steps; split keycode and public key handoffs open in gpg; leak guidance', async ({ page, consoleServer, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const home = gpgHome();
  try {
    await openWithSimulator(page, consoleServer.openUrl, 'Northwind rehearsal');
    const steps = page.getByRole('list', { name: 'Setup steps' });
    await steps.getByRole('button', { name: /Handoff/ }).click();

    // Nothing saved yet: precise messages, each with a way to the step that fixes it.
    const missing = page.getByRole('status', { name: 'Missing for the handoff' });
    await expect(missing).toContainText('The webhook username and password from Certn are not saved: go to step 3, Certn connection.');
    await expect(page.getByRole('button', { name: 'Create handoff' })).toBeDisabled();
    await missing.getByRole('button', { name: 'Go to step 3, Certn connection' }).click();
    await expect(steps.getByRole('button', { name: /Certn connection/ })).toHaveAttribute('aria-current', 'step');

    const id = (await rpc<{ id: string }[]>(page, 'integrations.list', {}))[0].id;
    await rpc(page, 'certn.connectSimulator', { integrationId: id });
    await rpc(page, 'packages.sync', { integrationId: id });
    await expect.poll(async () => (await rpc<{ running: boolean; loaded: number }>(page, 'packages.syncStatus', { integrationId: id })).running).toBe(false);
    const pkgs = (await rpc<{ rows: { id: string; name: string }[] }>(page, 'packages.list', { integrationId: id, limit: 500 })).rows;
    const chosen = pkgs.filter((p) => p.name === 'Executive Screen ' || p.name === 'Driver Screen');
    expect(chosen).toHaveLength(2);
    for (const p of chosen) await rpc(page, 'packages.select', { integrationId: id, packageId: p.id, selected: true });
    await rpc(page, 'icims.useSimulatorAccount', { integrationId: id });
    await rpc(page, 'connection.saveWebhookField', { integrationId: id, field: 'username', value: 'northwind-webhook' });
    await rpc(page, 'connection.saveWebhookField', { integrationId: id, field: 'password', value: 'E2E-webhook-password-4f1a' });

    await steps.getByRole('button', { name: /Handoff/ }).click();
    await expect(page.getByRole('status', { name: 'Missing for the handoff' })).toHaveCount(0);
    const shown = page.getByRole('list', { name: 'Packages handed over' });
    await expect(shown).toContainText('Executive Screen␣');
    await expect(shown).toContainText('name ends with a space');
    await expect(page.getByText('E2E-webhook-password-4f1a')).toHaveCount(0);

    // Split keycode.
    await page.getByLabel('Recipient label').fill('Dana, iCIMS consultant');
    await page.getByLabel('Valid for (days)').fill('10');
    await page.getByRole('radio', { name: /Keycode in two parts/ }).check();
    await page.getByRole('button', { name: 'Create handoff' }).click();
    await expect(page.getByText('This keycode will not be shown again.')).toBeVisible();
    const part1 = (await page.getByLabel('Keycode part 1').textContent())!;
    const part2 = (await page.getByLabel('Keycode part 2').textContent())!;
    await page.getByRole('button', { name: 'Copy part 1' }).click();
    await expect(page.getByText(/clipboard clears in 60 s/)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(part1);
    const asc = await download(page, 'northwind-rehearsal-icims-handoff.asc');
    await download(page, 'northwind-rehearsal-icims-handoff.html');
    const payload = JSON.parse(home.gpg(['--pinentry-mode', 'loopback', '--passphrase', `${part1}-${part2}`, '-d', asc]));
    expect(payload.packages.map((p: { name: string }) => p.name)).toEqual(['Driver Screen', 'Executive Screen ']);
    expect(payload.webhookPassword).toBe('E2E-webhook-password-4f1a');
    await expect(page.getByRole('list').filter({ hasText: 'gpg --output certn-icims-handoff.json --decrypt' })).toBeVisible();
    await page.getByRole('button', { name: 'Done: hide the keycode' }).click();
    await expect(page.getByLabel('Keycode part 1')).toHaveCount(0);

    // Public key, confirmed by fingerprint before Create is possible.
    home.gpg(['--passphrase', '', '--quick-gen-key', 'Dana <dana@example.test>', 'default', 'default', 'never']);
    const fpr = /^fpr:+([0-9A-F]{40}):/m.exec(home.gpg(['--with-colons', '--fingerprint', 'dana@example.test']))![1];
    await page.getByLabel('Recipient label').fill('Dana (key)');
    await page.getByRole('radio', { name: /Consultant's public key/ }).check();
    await page.getByLabel('Public key text (armored)').fill(home.gpg(['--armor', '--export', 'dana@example.test']));
    await expect(page.getByLabel('Key fingerprint')).toHaveText(fpr.match(/.{4}/g)!.join(' '));
    await expect(page.getByRole('button', { name: 'Create handoff' })).toBeDisabled();
    await page.getByLabel('I confirmed this fingerprint with the consultant by phone').check();
    await page.getByRole('button', { name: 'Create handoff' }).click();
    await expect(page.getByRole('heading', { name: 'Handoff created' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Download .*\.html/ })).toHaveCount(0);
    const keyAsc = await download(page, 'northwind-rehearsal-icims-handoff.asc');
    expect(JSON.parse(home.gpg(['-d', keyAsc])).icimsCustomerId).toBe(payload.icimsCustomerId);

    // Past handoffs; one marked as leaked brings the rotation guidance.
    const history = page.getByRole('table').filter({ hasText: 'SHA-256 of the .asc file' });
    await expect(history.getByRole('row')).toHaveCount(3);
    const splitRow = history.getByRole('row').filter({ hasText: 'Dana, iCIMS consultant' });
    await splitRow.getByRole('button', { name: 'Mark as leaked' }).click();
    await splitRow.getByRole('button', { name: 'Yes, it leaked' }).click();
    await expect(splitRow).toContainText('Leaked');
    const guidance = page.getByRole('alert', { name: 'Rotate the webhook password' });
    await expect(guidance).toContainText('Settings → Integrations → iCIMS');
    await expect(guidance).toContainText('iCIMS Event Notifications');
    await expect(steps.getByRole('button', { name: /Handoff/ })).toContainText('Done');
  } finally {
    home.close();
  }
});
