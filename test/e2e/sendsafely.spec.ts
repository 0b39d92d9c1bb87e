import { createServer } from 'node:net';
import * as openpgp from 'openpgp';
import type { Page } from '@playwright/test';
import { test, expect, openWithSimulator } from './fixtures';

// The SendSafely handoff in browser mode, against the simulated SendSafely the console runs for a
// "Local simulator" integration: connect (each refusal worded plainly), send, the consultant opens
// the link in a browser, the console sees the opening, and a leak deletes the package.

async function rpc<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const env = await page.evaluate(async ([ch, body]) => {
    const res = await fetch(`./rpc/${ch}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('console-token')}` },
      body: JSON.stringify(body),
    });
    return res.json();
  }, [channel, input] as const);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.data as T;
}

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

test('SendSafely: connect, send, the consultant opens the link, the record shows it opened, a leak deletes it', async ({ page, consoleServer, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithSimulator(page, consoleServer.openUrl, 'Northwind rehearsal');
  const steps = page.getByRole('list', { name: 'Setup steps' });
  await expect(steps).toBeVisible();

  const id = (await rpc<{ id: string }[]>(page, 'integrations.list', {}))[0].id;
  await rpc(page, 'certn.connectSimulator', { integrationId: id });
  await rpc(page, 'packages.sync', { integrationId: id });
  await expect.poll(async () => (await rpc<{ running: boolean }>(page, 'packages.syncStatus', { integrationId: id })).running).toBe(false);
  const pkgs = (await rpc<{ rows: { id: string; name: string }[] }>(page, 'packages.list', { integrationId: id, limit: 500 })).rows;
  for (const p of pkgs.filter((x) => x.name === 'Driver Screen')) await rpc(page, 'packages.select', { integrationId: id, packageId: p.id, selected: true });
  await rpc(page, 'icims.useSimulatorAccount', { integrationId: id });
  await rpc(page, 'connection.saveWebhookField', { integrationId: id, field: 'username', value: 'northwind-webhook' });
  await rpc(page, 'connection.saveWebhookField', { integrationId: id, field: 'password', value: 'E2E-ss-webhook-password-77c2' });

  await steps.getByRole('button', { name: /Handoff/ }).click();
  await page.getByRole('radio', { name: /SendSafely/ }).check();
  const connectBox = page.getByRole('group', { name: 'Connect your SendSafely account' });
  await expect(connectBox).toContainText('only on the Enterprise plan');
  await connectBox.getByRole('button', { name: 'Fill in the local simulator’s SendSafely account' }).click();
  const hostField = connectBox.getByLabel('Organisation host');
  await expect(hostField).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+$/);
  const host = await hostField.inputValue();
  const apiKey = await connectBox.getByLabel('API key').inputValue();
  const apiSecret = await connectBox.getByLabel('API secret').inputValue();
  const admin = async <T>(path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${host}/__simulator${path}`, body === undefined ? {} : { method: path === '/requests' ? 'DELETE' : 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return (await r.json()) as T;
  };
  const verify = connectBox.getByRole('button', { name: 'Verify and save' });
  const alert = connectBox.getByRole('alert');

  // Each refusal has its own plain message, and nothing is saved.
  await connectBox.getByLabel('API secret').fill('not-the-secret');
  await verify.click();
  await expect(alert).toContainText('did not accept this API key and secret');
  await expect(alert).toContainText('Edit Profile → API Keys');

  await connectBox.getByLabel('API secret').fill(apiSecret);
  await admin('/accounts', { apiKey, enterprise: false });
  await verify.click();
  await expect(alert).toContainText('SendSafely offers its REST API only on the Enterprise plan');
  await admin('/accounts', { apiKey, enterprise: true });

  await admin('/clock', { offsetMs: 30 * 60_000 });
  await verify.click();
  await expect(alert).toContainText("this computer's clock is too far off");
  await expect(alert).toContainText('automatic date and time');
  await admin('/clock', { offsetMs: 0 });

  const port = await closedPort();
  await hostField.fill(`http://127.0.0.1:${port}`);
  await verify.click();
  await expect(alert).toContainText(`Cannot reach 127.0.0.1:${port}: the connection was refused.`);

  await hostField.fill(host);
  await verify.click();
  const account = page.getByRole('status', { name: 'SendSafely account' });
  await expect(account).toContainText('Connected to SendSafely at the local SendSafely simulator as admin@demo-org.example');

  // Send.
  await admin('/requests', {});
  await page.getByLabel('Recipient label').fill('Dana, iCIMS consultant');
  await page.getByLabel('Valid for (days)').fill('7');
  await page.getByLabel('Consultant’s e-mail address').fill('dana@consultants.example');
  await expect(page.getByText(/handing SendSafely the keyCode/)).toBeVisible();
  await page.getByRole('button', { name: 'Send through SendSafely' }).click();
  await expect(page.getByText('This secure link will not be shown again.')).toBeVisible();
  await expect(page.getByText(/valid until .*, when SendSafely deletes the package\./)).toBeVisible();
  const link = (await page.getByLabel('Secure link', { exact: true }).textContent())!;
  expect(link).toMatch(new RegExp(`^${host}/receive/\\?thread=[A-Z0-9]{4}-[A-Z0-9]{4}&packageCode=[\\w-]{43}#keyCode=[\\w-]{43}$`));
  await page.getByRole('button', { name: 'Copy the secure link' }).click();
  await expect(page.getByText('Copied — the clipboard clears in 60 s')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const keyCode = new URL(link).hash.slice('#keyCode='.length);
  const packageId = new URL(link).searchParams.get('thread')!;

  // The consultant opens the link in a browser and reads the message.
  const cut = await context.newPage();
  await cut.goto(link.split('#')[0]);
  await expect(cut.getByRole('alert')).toContainText('The key part of the link (after #) is missing');
  await cut.close();
  const consultant = await context.newPage();
  await consultant.goto(link);
  await expect(consultant.getByRole('alert')).toBeEmpty();
  await consultant.getByLabel('Your e-mail address').fill('dana@consultants.example');
  await consultant.getByRole('button', { name: 'Send me a verification code' }).click();
  await expect(consultant.getByRole('status')).toContainText('A verification code was sent to dana@consultants.example');
  const { codes } = await admin<{ codes: { code: string }[] }>('/codes?email=dana%40consultants.example');
  await consultant.getByLabel('Verification code').fill('abcdef');
  await consultant.getByRole('button', { name: 'Open the package' }).click();
  await expect(consultant.getByRole('alert')).toHaveText('That verification code is not right.');
  await consultant.getByLabel('Verification code').fill(codes[0].code);
  await consultant.getByRole('button', { name: 'Open the package' }).click();
  const message = consultant.getByLabel('Decrypted message');
  await expect(message).toContainText('certn-icims-handoff/1');
  const text = (await message.textContent())!;
  const payload = JSON.parse(text) as { webhookPassword: string; webhookUsername: string; packages: { name: string }[] };
  expect(text).toBe(JSON.stringify(payload, null, 2) + '\n');
  expect(payload.webhookPassword).toBe('E2E-ss-webhook-password-77c2');
  expect(payload.packages.map((p) => p.name)).toEqual(['Driver Screen']);

  // The organisation key opens the escrowed keyCode; no request ever carried the keyCode.
  const org = await admin<{ id: string; privateArmored: string }>('/org-key');
  const view = await admin<{ keycodes: Record<string, string> }>(`/packages/${packageId}`);
  const escrowed = await openpgp.decrypt({
    message: await openpgp.readMessage({ armoredMessage: view.keycodes[org.id] }),
    decryptionKeys: await openpgp.readPrivateKey({ armoredKey: org.privateArmored }),
  });
  expect(escrowed.data).toBe(keyCode);
  const { requests } = await admin<{ requests: { path: string; headers: unknown; body: string }[] }>('/requests');
  expect(requests.some((r) => r.path.startsWith('/receive/api/open'))).toBe(true);
  for (const r of requests) expect(JSON.stringify(r.headers) + r.path + r.body).not.toContain(keyCode);

  // The console sees the opening, then a leak deletes the package.
  await page.getByRole('button', { name: 'Done: hide the link' }).click();
  await expect(page.getByLabel('Secure link', { exact: true })).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: 'Dana, iCIMS consultant' });
  await expect(row).toContainText('Not opened yet');
  await page.getByRole('button', { name: 'Check SendSafely for openings' }).click();
  await expect(row).toContainText(/Opened /);
  await row.getByRole('button', { name: 'Mark as leaked' }).click();
  await expect(row.getByLabel('Also delete the package from SendSafely')).toBeChecked();
  await row.getByRole('button', { name: 'Yes, it leaked' }).click();
  await expect(row).toContainText('Leaked');
  await expect(row).toContainText('Deleted from SendSafely');
  await consultant.reload();
  await consultant.getByLabel('Your e-mail address').fill('dana@consultants.example');
  await consultant.getByRole('button', { name: 'Send me a verification code' }).click();
  await expect(consultant.getByRole('alert')).toHaveText('The sender deleted this package.');
});
