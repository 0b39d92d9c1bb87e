import { test, expect, createVault } from './fixtures';

test('first run → create an integration → move between steps → reload → the same state is back', async ({ page, consoleServer }) => {
  await page.goto(consoleServer.openUrl);
  await createVault(page);

  // A fresh install offers the simulator at once.
  await expect(page.getByRole('button', { name: 'Try with the local simulator' })).toBeVisible();
  await page.getByLabel('Integration name').fill('Acme rehearsal');
  await page.getByRole('button', { name: 'Try with the local simulator' }).click();
  await expect(page.locator('.integration-name')).toHaveText('Acme rehearsal');

  // Move to the third step; the choice is saved at once.
  await page.getByRole('button', { name: /iCIMS request/ }).click();
  await expect(page.getByRole('button', { name: /iCIMS request/ })).toHaveAttribute('aria-current', 'step');

  // A second integration, side by side.
  await page.getByRole('button', { name: '+ New integration' }).click();
  await page.getByLabel('Integration name').fill('Acme EMEA');
  await page.getByLabel('Region').selectOption('uk');
  await page.getByRole('button', { name: 'Connect to a Certn region' }).click();
  await expect(page.locator('.integration-name')).toHaveText('Acme EMEA');
  await page.getByRole('button', { name: 'Acme rehearsal Local simulator' }).click();
  await expect(page.getByRole('button', { name: /iCIMS request/ })).toHaveAttribute('aria-current', 'step');

  // Reload: the session cookie carries on, the vault needs no re-entry while unlocked.
  await page.reload();
  await expect(page.locator('.integration-name')).toHaveText('Acme rehearsal');
  await expect(page.getByRole('button', { name: /iCIMS request/ })).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('.integration-list li')).toHaveCount(2);

  // Rename, then delete with confirmation.
  await page.getByRole('button', { name: 'Rename Acme EMEA' }).click();
  await page.getByLabel('New name').fill('Acme Europe');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Rename Acme Europe' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Acme Europe' }).click();
  await page.getByLabel('Type the name to confirm').fill('wrong');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('does not match');
  await page.getByLabel('Type the name to confirm').fill('Acme Europe');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.locator('.integration-list li')).toHaveCount(1);
});

test('restarting the console keeps everything; the vault asks for the passphrase again', async ({ page, consoleServer }) => {
  await page.goto(consoleServer.openUrl);
  await createVault(page);
  await page.getByRole('button', { name: 'Try with the local simulator' }).click();
  await page.getByRole('button', { name: /Handoff/ }).click();
  await expect(page.getByRole('button', { name: /Handoff/ })).toHaveAttribute('aria-current', 'step');
  await consoleServer.stop();

  const { startConsole, VAULT_PASSPHRASE } = await import('./fixtures');
  const again = await startConsole(consoleServer.dataDir);
  try {
    await page.goto(again.openUrl);
    await expect(page.getByText('The console has just started')).toBeVisible();
    await expect(page.getByText(/inactivity|without activity/)).toHaveCount(0);
    await page.getByLabel('Master passphrase').fill('not the passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toContainText('does not open the vault');
    await page.getByLabel('Master passphrase').fill(VAULT_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('button', { name: /Handoff/ })).toHaveAttribute('aria-current', 'step');
  } finally {
    await again.stop();
  }
});

test('when the vault locks behind the page (idle timeout), the page returns to the unlock screen by itself', async ({ page, consoleServer }) => {
  await page.goto(consoleServer.openUrl);
  await createVault(page);
  await page.getByRole('button', { name: 'Try with the local simulator' }).click();
  await expect(page.locator('.integration-name')).toBeVisible();
  // Lock from outside the page, as the idle timer would, with the session cookie the page was given.
  const [cookie] = await page.context().cookies(consoleServer.url + 'rpc/');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/rpc' });
  const r = await fetch(`${consoleServer.url}rpc/vault.lock`, { method: 'POST', headers: { Cookie: `${cookie.name}=${cookie.value}`, 'Content-Type': 'application/json' }, body: '{}' });
  expect(r.status).toBe(200);
  // No click, no polling: main pushes vault.locked over the page's event stream.
  await expect(page.getByRole('heading', { name: 'Unlock the console' })).toBeVisible();
  await expect(page.getByText('The vault was locked with “Lock now”.')).toBeVisible();
  const { VAULT_PASSPHRASE } = await import('./fixtures');
  await page.getByLabel('Master passphrase').fill(VAULT_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('button', { name: "Use the simulator's demo key" }).click();
  await expect(page.getByRole('button', { name: /Connect Certn/ })).toContainText('Done');
});

test('changing the master passphrase asks for it twice; a mismatch blocks the change and says so', async ({ page, consoleServer }) => {
  const { VAULT_PASSPHRASE } = await import('./fixtures');
  await page.goto(consoleServer.openUrl);
  await createVault(page);
  await page.getByRole('button', { name: 'Try with the local simulator' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  const change = page.getByRole('button', { name: 'Change passphrase' });
  await page.getByLabel('Current passphrase').fill(VAULT_PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill('a brand new passphrase');
  await expect(change).toBeDisabled();
  await page.getByLabel('Type the new passphrase again').fill('a brand new passphrsae');
  await expect(page.getByRole('alert')).toContainText('The new passphrase and its confirmation differ.');
  await expect(change).toBeDisabled();
  await page.getByLabel('Type the new passphrase again').fill('a brand new passphrase');
  await expect(change).toBeEnabled();
  await change.click();
  await expect(page.getByText('Passphrase changed.')).toBeVisible();
});

test('the address printed at start signs in one browser only, and the token is not kept', async ({ page, browser, consoleServer }) => {
  await page.goto(consoleServer.openUrl);
  await createVault(page);
  await expect(page.getByRole('button', { name: 'Try with the local simulator' })).toBeVisible();
  const token = new URL(consoleServer.openUrl).hash.slice('#token='.length);
  expect(page.url()).not.toContain(token);
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }) + document.cookie);
  expect(stored).not.toContain(token);

  // The same address opened again (say, from history in another profile) is refused.
  const other = await browser.newContext();
  try {
    const second = await other.newPage();
    await second.goto(consoleServer.openUrl);
    await expect(second.getByText('not signed in to the console')).toBeVisible();
  } finally {
    await other.close();
  }
  // The first tab is unaffected.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Try with the local simulator' })).toBeVisible();
});
