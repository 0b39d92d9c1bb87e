import type { Page } from '@playwright/test';
import { test, expect, createVault, shot } from './fixtures';

// The wizard in browser mode against the local simulator: the whole loop, resume after a reload,
// and the precise message for each bad input. Screenshots: see `shot` in fixtures.ts.

const step = (page: Page, title: RegExp) => page.getByRole('list', { name: 'Setup steps' }).getByRole('button', { name: title });
const rows = (page: Page) => page.getByRole('list', { name: 'Packages' }).getByRole('listitem');
const packageRow = (page: Page, name: string) => page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: `Select ${name} for iCIMS` }) });

async function startSimulator(page: Page, url: string) {
  await page.goto(url);
  await createVault(page);
  await page.getByLabel('Integration name').fill('Northwind rehearsal');
  await page.getByRole('button', { name: 'Try with the local simulator' }).click();
  await expect(page.getByRole('heading', { name: 'Connect Certn', exact: true })).toBeVisible();
}

async function syncPackages(page: Page) {
  await page.getByRole('button', { name: 'Sync packages from Certn' }).click();
  await expect(page.getByRole('checkbox', { name: 'Select Standard Employment Screen for iCIMS' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'packages synced' })).toBeVisible();
}

test('the whole flow in the local simulator, from first run to a completed rehearsal, resuming after a reload', async ({ page, consoleServer, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startSimulator(page, consoleServer.openUrl);

  // Step 0: the region is fixed and shown with its API base URL; the demo key is verified and kept.
  await expect(page.getByRole('radio', { name: 'Local simulator' })).toBeChecked();
  // A simulator integration leads with the simulator's key; a typed key is tucked away, and Continue
  // waits, saying for what.
  await expect(page.getByLabel('Certn API key', { exact: true })).toBeHidden();
  const continue0 = page.getByRole('button', { name: 'Continue to Packages' });
  await expect(continue0).toBeDisabled();
  await expect(continue0).toHaveAccessibleDescription('To continue: Certn API key verified.');
  await page.getByRole('button', { name: "Use the simulator's demo key" }).click();
  await expect(page.getByText(/Verified with Certn/)).toBeVisible();
  await expect(page.getByLabel('Certn API base URL', { exact: true })).toHaveText(/^http:\/\/127\.0\.0\.1:\d+/);
  await page.getByRole('button', { name: 'Copy the Certn endpoint URL' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/api\/external\/ats\/icims\/webhook\/$/);
  await shot(page, '00-connect');
  await page.getByRole('button', { name: 'Continue to Packages' }).click();

  // Step 1: sync with progress, verification badges, a package typed in by its portal URL.
  await syncPackages(page);
  const executive = packageRow(page, 'Executive Screen');
  await expect(executive.getByLabel('1 extra space', { exact: true })).toBeVisible();
  await expect(packageRow(page, 'Volunteer Basic')).toContainText('ATS use off');
  await expect(packageRow(page, 'Legacy Criminal Check')).toContainText('Inactive');
  const driverId = (await packageRow(page, 'Driver Screen').locator('.mono').first().textContent())!.trim();
  await page.getByLabel('Package URL', { exact: true }).pressSequentially(`https://client.certn.co/ca/package/${driverId}/`);
  await page.getByRole('button', { name: 'Add package' }).click();
  await expect(page.getByLabel('Package URL', { exact: true })).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'Added and selected' })).toContainText(`Driver Screen (ID ${driverId})`);
  await expect(page.getByRole('checkbox', { name: 'Select Driver Screen for iCIMS' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Select Standard Employment Screen for iCIMS' }).check();
  await page.getByRole('checkbox', { name: 'Select Driver Screen for iCIMS' }).check();
  await page.getByRole('button', { name: /^Selected \(2\)/ }).click();
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole('button', { name: /^With problems/ }).click();
  await expect(packageRow(page, 'Volunteer Basic')).toBeVisible();
  // One verdict per package: the trailing space makes "Executive Screen " a package to check, in
  // its badge and in the filters alike, never "Ready for iCIMS" beside a warning.
  await expect(packageRow(page, 'Executive Screen').getByLabel('Verdict: Check before handing over')).toBeVisible();
  await expect(packageRow(page, 'Executive Screen')).not.toContainText('Ready for iCIMS');
  await page.getByRole('button', { name: /^Ready for iCIMS/ }).click();
  await expect(packageRow(page, 'Standard Employment Screen')).toBeVisible();
  await expect(packageRow(page, 'Executive Screen')).toHaveCount(0);
  await page.getByRole('button', { name: /^All/ }).click();

  // A package that will fail when ordered is selected only with an explicit, recorded override.
  const legacy = page.getByRole('checkbox', { name: 'Select Legacy Criminal Check for iCIMS' });
  await legacy.click();
  const ask = page.getByRole('alertdialog', { name: 'Select Legacy Criminal Check anyway?' });
  await expect(ask).toContainText('will fail when a recruiter orders it (inactive in Certn)');
  await expect(legacy).not.toBeChecked();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(legacy).not.toBeChecked();
  await legacy.click();
  await ask.getByRole('button', { name: 'Select anyway (recorded)' }).click();
  await expect(legacy).toBeChecked();
  await expect(packageRow(page, 'Legacy Criminal Check')).toContainText('Selected anyway (override recorded)');
  await legacy.uncheck();
  await page.getByLabel('Search packages', { exact: true }).fill('driver');
  await expect(rows(page)).toHaveCount(1);
  await page.getByLabel('Search packages', { exact: true }).fill('');

  // Plan a package: the portal checklist, then the simulator creates it and it joins the list.
  await page.getByRole('button', { name: 'Plan a new package' }).click();
  await page.getByLabel('Package name', { exact: true }).fill('Seasonal Staff Screen');
  await page.getByLabel('Package description', { exact: true }).fill('Identity and criminal record.');
  await page.getByRole('checkbox', { name: 'IDENTITY_VERIFICATION_1' }).check();
  await page.getByRole('button', { name: 'Plan the package' }).click();
  const plan = page.getByLabel('Planned package Seasonal Staff Screen');
  await expect(plan).toContainText('Mark this package for ATS use');
  await expect(plan.getByRole('link', { name: 'Open the New Package page' })).toHaveAttribute('rel', 'noopener noreferrer');
  await plan.getByRole('button', { name: 'Create it in the simulator for me' }).click();
  await expect(page.getByRole('checkbox', { name: 'Select Seasonal Staff Screen for iCIMS' })).toBeVisible();
  await expect(plan).toHaveCount(0);
  await page.locator('main.content').evaluate((e) => e.scrollTo(0, 0));
  await shot(page, '01-packages');

  // Resume: a reload brings back the same step with the same selection.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Packages', exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Select Driver Screen for iCIMS' })).toBeChecked();
  await expect(step(page, /Connect Certn/)).toContainText('Done');
  await page.getByRole('button', { name: 'Continue to the iCIMS request' }).click();

  // Step 2: the request, a milestone, and the simulated iCIMS account.
  await page.getByLabel('Your company name', { exact: true }).fill('Northwind Holdings');
  await page.getByLabel('Your company name', { exact: true }).blur();
  await expect(page.getByLabel('Request text', { exact: true })).toHaveValue(/Northwind Holdings/);
  await page.getByRole('button', { name: 'I sent the request' }).click();
  await expect(page.getByLabel('Requested on', { exact: true })).toBeVisible();
  await expect(page.getByText('(requested less than a week ago)')).toBeVisible();
  // The consultant milestone asks for the name with it, and says why it waits for one.
  const assigned = page.getByRole('button', { name: 'A consultant was assigned' });
  await expect(assigned).toBeDisabled();
  await expect(assigned).toHaveAccessibleDescription(/Enter the consultant's name first/);
  await page.getByLabel('Consultant name', { exact: true }).fill('Dana Smith');
  await assigned.click();
  await expect(page.getByLabel('Consultant assigned on', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Consultant name', { exact: true })).toHaveValue('Dana Smith');
  await page.getByRole('button', { name: 'Copy the request text' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Northwind Holdings');
  await page.getByRole('button', { name: 'Use the simulated iCIMS account' }).click();
  await expect(page.getByText(/iCIMS accepted these credentials/)).toBeVisible();
  await expect(page.getByLabel('Saved iCIMS values', { exact: true })).toContainText('Password: saved, accepted by iCIMS');
  await expect(page.getByLabel('Saved iCIMS values', { exact: true })).toContainText('Hosting: Local simulator');
  await shot(page, '02-icims');
  await page.getByRole('button', { name: 'Continue to the Certn connection' }).click();

  // Step 3: the portal's part, done by the simulator; the copy buttons hand out the iCIMS values.
  await page.getByRole('button', { name: 'Copy the iCIMS Customer ID' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\d+$/);
  await expect(page.getByRole('button', { name: 'Continue to the handoff' })).toBeDisabled();
  await page.getByRole('button', { name: 'Do it for me' }).click();
  await expect(page.getByText(/Saved in Certn on/)).toBeVisible();
  await expect(page.getByRole('status', { name: 'What the simulated portal did' })).toContainText('generated the webhook username and password');
  // Done: the shortcut is no longer offered.
  await expect(page.getByRole('button', { name: 'Do it for me' })).toHaveCount(0);
  await expect(page.getByText('the simulated portal has this connection')).toBeVisible();
  await expect(page.getByLabel('Webhook password state', { exact: true })).toContainText('Saved in the vault');
  await expect(page.getByLabel('Default group', { exact: true })).not.toHaveValue('');
  await shot(page, '03-certn');

  await page.getByRole('button', { name: 'Continue to the handoff' }).click();
  await expect(step(page, /Handoff/)).toHaveAttribute('aria-current', 'step');
  await shot(page, '04-handoff');
  const createHandoff = page.getByRole('button', { name: 'Create handoff' });
  await expect(createHandoff).toBeDisabled();
  await expect(createHandoff).toHaveAccessibleDescription('Enter a recipient label: who the handoff is for.');
  await expect(page.getByRole('button', { name: 'Continue to Go-live' })).toBeDisabled();
  await page.getByLabel('Recipient label').fill('Dana Smith, iCIMS consultant');
  await createHandoff.click();
  await expect(page.getByLabel('Keycode', { exact: true })).toHaveText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  await page.getByRole('button', { name: 'Done: hide the keycode' }).click();
  await expect(page.getByLabel('Keycode', { exact: true })).toHaveCount(0);
  await expect(step(page, /Handoff/)).toContainText('Done');

  // Step 5: probe, then the rehearsal loop, watched live.
  await page.getByRole('button', { name: 'Continue to Go-live' }).click();
  await page.getByRole('button', { name: 'Probe the endpoint' }).click();
  await expect(page.getByLabel('Probe result', { exact: true })).toContainText('Accepted');
  await page.getByRole('button', { name: 'Configure the iCIMS event notifications' }).click();
  await expect(page.getByText('✓ Event notifications configured')).toBeVisible();
  await page.getByLabel('First name', { exact: true }).fill('Ada');
  await page.getByLabel('Last name', { exact: true }).fill('Lovelace');
  await page.getByLabel('Email', { exact: true }).fill('ada.lovelace@example.com');
  await page.getByLabel('Job', { exact: true }).selectOption({ label: 'Warehouse Associate — Standard Employment Screen' });
  await page.getByRole('button', { name: 'Create candidate' }).click();
  const move = page.getByRole('button', { name: /^Move .*Ada.* to / });
  await move.click();
  await expect(page.getByLabel('Event delivery', { exact: true })).toContainText('HTTP 200');
  await expect(page.getByLabel('Simulated Certn cases', { exact: true })).toContainText(/Ada|ada\.lovelace/);

  const report = page.getByRole('link', { name: /Open the report for .*Ada/ });
  for (let i = 0; i < 12 && !(await report.isVisible()); i++) {
    await page.getByRole('button', { name: 'Advance the clock +3 days' }).click();
    await page.waitForTimeout(1200);
  }
  await expect(report).toBeVisible();
  await expect(report).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\//);
  await expect(page.getByLabel('Simulated Certn cases', { exact: true })).toContainText('Complete');

  // Once moved, the candidate is shown in the trigger status, no longer offered the move; a
  // recruiter triggering the same event twice gets iCIMS's friendly refusal.
  await expect(move).toHaveCount(0);
  await expect(page.getByText('✓ In ')).toBeVisible();
  await page.getByRole('button', { name: /^Send the event again for .*Ada/ }).click();
  await expect(page.getByLabel('Event delivery', { exact: true })).toContainText('HTTP 400');
  await expect(page.getByLabel('Event delivery', { exact: true })).toContainText('The recruiter sees');
  await shot(page, '05-golive');
  for (const name of [/Connect Certn/, /Packages/, /iCIMS request/, /Certn connection/, /Handoff/, /Go-live/]) await expect(step(page, name)).toContainText('Done');
});

test('each bad input shows its precise message', async ({ page, consoleServer }) => {
  await startSimulator(page, consoleServer.openUrl);

  // A wrong API key is refused before it is stored.
  await page.getByText('Enter an API key by hand instead').click();
  await page.getByLabel('Certn API key', { exact: true }).fill('not-a-real-key');
  await page.getByRole('button', { name: 'Verify and store the key' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  const keyError = (await page.getByRole('alert').textContent()) ?? '';
  expect(keyError).toMatch(/key/i);
  expect(keyError).not.toContain('not-a-real-key');
  await expect(page.getByRole('heading', { name: 'API key', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: "Use the simulator's demo key" }).click();
  await expect(page.getByText(/Verified with Certn/)).toBeVisible();

  // Package URLs: malformed, not Certn, other region, unknown id.
  await step(page, /Packages/).click();
  const addUrl = async (url: string, message: string | RegExp) => {
    await page.getByLabel('Package URL', { exact: true }).fill(url);
    await page.getByRole('button', { name: 'Add package' }).click();
    await expect(page.getByRole('alert')).toContainText(message);
  };
  await addUrl('https://client.certn.co/ca/packages/', 'That address is a portal page (/packages/), not one package.');
  await addUrl('https://client.certn.co/us/package/abc123/', '“us” is not a Certn region: package addresses use ca for North America, uk for Europe, Middle East and Africa, au for Asia Pacific.');
  await addUrl('https://client.certn.co/ca/package/', 'The address ends before the package id');
  await addUrl('javascript:alert(1)', 'That is not a web address: it starts with “javascript:”.');
  await addUrl('https://example.com/ca/package/abc/', 'not the Certn Client Portal');
  await addUrl('https://client.certn.co/uk/package/abc123/', 'That package is in Europe, Middle East and Africa (uk), but this integration is in North America (ca).');
  await addUrl('https://client.certn.co/ca/package/doesnotexist/', 'Certn has no package with the id doesnotexist');
  await expect(page.getByRole('alert')).toContainText('Check that the address was copied whole');

  // iCIMS: letters in the customer ID, then a wrong password.
  await step(page, /iCIMS request/).click();
  await page.getByLabel('iCIMS Customer ID', { exact: true }).fill('12a4');
  await page.getByRole('button', { name: 'Store and verify' }).click();
  await expect(page.getByRole('alert')).toContainText('The iCIMS Customer ID is digits only');
  await page.getByRole('button', { name: 'Use the simulated iCIMS account' }).click();
  await expect(page.getByText(/iCIMS accepted these credentials/)).toBeVisible();
  await page.getByLabel('iCIMS password', { exact: true }).fill('wrong password');
  await page.getByRole('button', { name: 'Store and verify' }).click();
  await expect(page.getByRole('alert')).toContainText('iCIMS rejected the username or password. Nothing was saved.');
  await expect(page.getByLabel('iCIMS password', { exact: true })).toHaveValue('');
  // The refused password was not kept: what is listed as saved is still what iCIMS accepted.
  await expect(page.getByLabel('Saved iCIMS values', { exact: true })).toContainText('Password: saved, accepted by iCIMS');

  // Go-live without the webhook credentials: the probe names step 3.
  await step(page, /Go-live/).click();
  await expect(page.getByRole('row', { name: /Certn connection/ })).toContainText('Webhook username');
  await page.getByRole('button', { name: 'Probe the endpoint' }).click();
  await expect(page.getByRole('alert').first()).toContainText('step 3, Certn connection');
  await page.getByRole('button', { name: 'Fix Certn connection' }).click();
  await expect(page.getByRole('heading', { name: 'Certn connection', exact: true })).toBeVisible();

  // Step 3: a webhook username with spaces is refused as it is typed; nothing is lost on leaving.
  await page.getByLabel('Webhook username', { exact: true }).fill('web hook');
  await page.getByLabel('Webhook username', { exact: true }).blur();
  await expect(page.getByRole('alert').first()).toContainText('The webhook username has spaces inside it.');
  await page.getByLabel('Webhook password', { exact: true }).fill('s3cret-shown-once');
  await page.getByLabel('Webhook password', { exact: true }).blur();
  await expect(page.getByLabel('Webhook password state', { exact: true })).toContainText('Saved in the vault');
  await page.getByRole('button', { name: 'I saved the changes in Certn' }).click();
  await expect(page.getByRole('alert').last()).toContainText('Before confirming, the console still needs');
});
