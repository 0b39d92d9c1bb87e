import type { Page } from '@playwright/test';
import { test, expect, createVault, shot, startConsole } from './fixtures';
import { englishOnPage, speaker, type Speaker } from './i18n';

// The wizard in browser mode against the local simulator: the whole loop, resume after a reload,
// and the precise message for each bad input. Screenshots: see `shot` in fixtures.ts.

const en = speaker('en');
const step = (page: Page, s: Speaker, title: RegExp | string) =>
  page.getByRole('list', { name: s.say('Setup steps') }).getByRole('button', { name: typeof title === 'string' ? new RegExp(title) : title });
const rows = (page: Page, s: Speaker) => page.getByRole('list', { name: s.id('packages.list.label') }).getByRole('listitem');
const packageRow = (page: Page, s: Speaker, name: string) => page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: s.say('Select {name} for iCIMS', { name }) }) });

/**
 * The screenshot, then what a person reads there: in French nothing may read as English (quoted
 * portal labels aside); in English the same reader must find English, or it could never fail.
 */
async function seen(page: Page, s: Speaker, name: string) {
  await shot(page, name);
  const english = await englishOnPage(page);
  if (s.locale === 'en') expect(english.length, name).toBeGreaterThan(0);
  else expect(english, name).toEqual([]);
}

async function startSimulator(page: Page, url: string, s: Speaker = en) {
  await page.goto(url);
  await createVault(page, s);
  await page.getByLabel(s.say('Integration name')).first().fill('Northwind rehearsal');
  await page.getByRole('button', { name: s.say('Try with the local simulator') }).click();
  await expect(page.getByRole('heading', { name: s.say('Connect Certn'), exact: true })).toBeVisible();
}

async function syncPackages(page: Page, s: Speaker = en) {
  await page.getByRole('button', { name: s.say('Sync packages from Certn') }).click();
  await expect(page.getByRole('checkbox', { name: s.say('Select {name} for iCIMS', { name: 'Standard Employment Screen' }) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: s.like('{count, plural, one {# package synced} other {# packages synced}}') })).toBeVisible();
}

/** The whole loop as a person walks it, in the language `s` speaks; screenshots named with `prefix`. */
async function wholeFlow(page: Page, openUrl: string, s: Speaker, prefix: string) {
  await startSimulator(page, openUrl, s);

  // Step 0: the region is fixed and shown with its API base URL; the demo key is verified and kept.
  await expect(page.getByRole('radio', { name: s.say('Local simulator') })).toBeChecked();
  // A simulator integration leads with the simulator's key; a typed key is tucked away, and Continue
  // waits, saying for what.
  await expect(page.getByLabel(s.say('Certn API key'), { exact: true })).toBeHidden();
  const continue0 = page.getByRole('button', { name: s.say('Continue to Packages') });
  await expect(continue0).toBeDisabled();
  await expect(continue0).toHaveAccessibleDescription(s.like('To continue: {missing}.'));
  await page.getByRole('button', { name: s.say("Use the simulator's demo key") }).click();
  await expect(page.getByText(s.like('✓ Verified with Certn on {date}; stored in the vault.'))).toBeVisible();
  await expect(page.getByLabel(s.say('Certn API base URL'), { exact: true })).toHaveText(/^http:\/\/127\.0\.0\.1:\d+/);
  await page.getByRole('button', { name: s.say('Copy the Certn endpoint URL') }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/api\/external\/ats\/icims\/webhook\/$/);
  await seen(page, s, prefix + '00-connect');
  await page.getByRole('button', { name: s.say('Continue to Packages') }).click();

  // Step 1: sync with progress, verification badges, a package typed in by its portal URL.
  await syncPackages(page, s);
  const executive = packageRow(page, s, 'Executive Screen');
  await expect(executive.getByLabel(s.say('{count, plural, one {# extra space} other {# extra spaces}}', { count: 1 }), { exact: true })).toBeVisible();
  await expect(packageRow(page, s, 'Volunteer Basic')).toContainText(s.say('ATS use off'));
  await expect(packageRow(page, s, 'Legacy Criminal Check')).toContainText(s.say('Inactive'));
  const driverId = (await packageRow(page, s, 'Driver Screen').locator('.mono').first().textContent())!.trim();
  await page.getByLabel(s.say('Package URL'), { exact: true }).pressSequentially(`https://client.certn.co/ca/package/${driverId}/`);
  await page.getByRole('button', { name: s.say('Add package') }).click();
  await expect(page.getByLabel(s.say('Package URL'), { exact: true })).toHaveValue('');
  const added = page.getByRole('status').filter({ hasText: s.like('✓ Added and selected {name} (ID <mono>{id}</mono>)') });
  await expect(added).toContainText('Driver Screen');
  await expect(added).toContainText(`(ID ${driverId})`);
  await expect(page.getByRole('checkbox', { name: s.say('Select {name} for iCIMS', { name: 'Driver Screen' }) })).toBeChecked();
  await page.getByRole('checkbox', { name: s.say('Select {name} for iCIMS', { name: 'Standard Employment Screen' }) }).check();
  await page.getByRole('checkbox', { name: s.say('Select {name} for iCIMS', { name: 'Driver Screen' }) }).check();
  await page.getByRole('button', { name: s.say('Selected ({count, number})', { count: 2 }) }).click();
  await expect(rows(page, s)).toHaveCount(2);
  await page.getByRole('button', { name: s.startsWith('With problems ({count, number})') }).click();
  await expect(packageRow(page, s, 'Volunteer Basic')).toBeVisible();
  // One verdict per package: the trailing space makes "Executive Screen " a package to check, in
  // its badge and in the filters alike, never "Ready for iCIMS" beside a warning.
  await expect(packageRow(page, s, 'Executive Screen').getByLabel(s.say('Verdict: {label}', { label: s.say('Check before handing over') }))).toBeVisible();
  await expect(packageRow(page, s, 'Executive Screen')).not.toContainText(s.say('Ready for iCIMS'));
  await page.getByRole('button', { name: s.startsWith('Ready for iCIMS ({count, number})') }).click();
  await expect(packageRow(page, s, 'Standard Employment Screen')).toBeVisible();
  await expect(packageRow(page, s, 'Executive Screen')).toHaveCount(0);
  await page.getByRole('button', { name: s.startsWith('All ({count, number})') }).click();

  // A package that will fail when ordered is selected only with an explicit, recorded override.
  const legacy = page.getByRole('checkbox', { name: s.say('Select {name} for iCIMS', { name: 'Legacy Criminal Check' }) });
  await legacy.click();
  const ask = page.getByRole('alertdialog', { name: s.say('Select {name} anyway?', { name: 'Legacy Criminal Check' }) });
  await expect(ask).toContainText(s.say('inactive in Certn'));
  await expect(legacy).not.toBeChecked();
  await ask.getByRole('button', { name: s.say('Cancel') }).click();
  await expect(legacy).not.toBeChecked();
  await legacy.click();
  await ask.getByRole('button', { name: s.say('Select anyway (recorded)') }).click();
  await expect(legacy).toBeChecked();
  await expect(packageRow(page, s, 'Legacy Criminal Check')).toContainText(s.say('Selected anyway (override recorded)'));
  await legacy.uncheck();
  await page.getByLabel(s.say('Search packages'), { exact: true }).fill('driver');
  await expect(rows(page, s)).toHaveCount(1);
  await page.getByLabel(s.say('Search packages'), { exact: true }).fill('');

  // Plan a package: the portal checklist, then the simulator creates it and it joins the list.
  await page.getByRole('button', { name: s.say('Plan a new package') }).click();
  await page.getByLabel(s.say('Package name'), { exact: true }).fill('Seasonal Staff Screen');
  await page.getByLabel(s.say('Package description'), { exact: true }).fill('Identity and criminal record.');
  await page.getByRole('checkbox', { name: 'IDENTITY_VERIFICATION_1' }).check();
  await page.getByRole('button', { name: s.say('Plan the package') }).click();
  const plan = page.getByLabel(s.say('Planned package {name}', { name: 'Seasonal Staff Screen' }));
  await expect(plan).toContainText('Mark this package for ATS use');
  await expect(plan.getByRole('link', { name: s.say('Open the New Package page') })).toHaveAttribute('rel', 'noopener noreferrer');
  await plan.getByRole('button', { name: s.say('Create it in the simulator for me') }).click();
  await expect(page.getByRole('checkbox', { name: s.say('Select {name} for iCIMS', { name: 'Seasonal Staff Screen' }) })).toBeVisible();
  await expect(plan).toHaveCount(0);
  await page.locator('main.content').evaluate((e) => e.scrollTo(0, 0));
  await seen(page, s, prefix + '01-packages');

  // Resume: a reload brings back the same step with the same selection.
  await page.reload();
  await expect(page.getByRole('heading', { name: s.say('Packages'), exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: s.say('Select {name} for iCIMS', { name: 'Driver Screen' }) })).toBeChecked();
  await expect(step(page, s, s.id('steps.connect'))).toContainText(s.id('shell.stepState.done'));
  await page.getByRole('button', { name: s.say('Continue to the iCIMS request') }).click();

  // Step 2: the request, a milestone, and the simulated iCIMS account.
  await page.getByLabel(s.say('Your company name'), { exact: true }).fill('Northwind Holdings');
  await page.getByLabel(s.say('Your company name'), { exact: true }).blur();
  await expect(page.getByLabel(s.say('Request text'), { exact: true })).toHaveValue(/Northwind Holdings/);
  await page.getByRole('button', { name: s.say('I sent the request') }).click();
  await expect(page.getByLabel(s.say('Requested on'), { exact: true })).toBeVisible();
  await expect(page.getByText(s.like("iCIMS quotes 6–12 weeks: expect the consultant's credentials between {from} and {to} (requested less than a week ago)."))).toBeVisible();
  // The consultant milestone asks for the name with it, and says why it waits for one.
  const assigned = page.getByRole('button', { name: s.say('A consultant was assigned') });
  await expect(assigned).toBeDisabled();
  await expect(assigned).toHaveAccessibleDescription(s.like("Enter the consultant's name first: it is in the iCIMS email that introduced them."));
  await page.getByLabel(s.say('Consultant name'), { exact: true }).fill('Dana Smith');
  await assigned.click();
  await expect(page.getByLabel(s.say('Consultant assigned on'), { exact: true })).toBeVisible();
  await expect(page.getByLabel(s.say('Consultant name'), { exact: true })).toHaveValue('Dana Smith');
  await page.getByRole('button', { name: s.say('Copy the request text') }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Northwind Holdings');
  await page.getByRole('button', { name: s.say('Use the simulated iCIMS account') }).click();
  await expect(page.getByText(s.like('✓ iCIMS accepted these credentials ({when}).'))).toBeVisible();
  await expect(page.getByLabel(s.say('Saved iCIMS values'), { exact: true })).toContainText(s.say('Password: {value}', { value: s.say('saved, accepted by iCIMS') }));
  await expect(page.getByLabel(s.say('Saved iCIMS values'), { exact: true })).toContainText(s.say('Hosting: {value}', { value: s.id('icims.hosting', { where: 'sim' }) }));
  await seen(page, s, prefix + '02-icims');
  await page.getByRole('button', { name: s.say('Continue to the Certn connection') }).click();

  // Step 3: the portal's part, done by the simulator; the copy buttons hand out the iCIMS values.
  await page.getByRole('button', { name: s.say('Copy the iCIMS Customer ID') }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\d+$/);
  await expect(page.getByRole('button', { name: s.say('Continue to the handoff') })).toBeDisabled();
  await page.getByRole('button', { name: s.say('Do it for me') }).click();
  await expect(page.getByText(s.like('✓ Saved in Certn on {when}'))).toBeVisible();
  await expect(page.getByRole('status', { name: s.say('What the simulated portal did') })).not.toBeEmpty();
  // Done: the shortcut is no longer offered.
  await expect(page.getByRole('button', { name: s.say('Do it for me') })).toHaveCount(0);
  await expect(page.getByText(s.say('✓ Local simulator: the simulated portal has this connection, saved in Certn.'))).toBeVisible();
  await expect(page.getByLabel(s.say('{label} state', { label: s.id('certn.webhook.password') }), { exact: true })).toContainText(s.say('✓ Saved in the vault'));
  await expect(page.getByLabel(s.say('Default group'), { exact: true })).not.toHaveValue('');
  await seen(page, s, prefix + '03-certn');

  await page.getByRole('button', { name: s.say('Continue to the handoff') }).click();
  await expect(step(page, s, s.id('steps.handoff'))).toHaveAttribute('aria-current', 'step');
  await seen(page, s, prefix + '04-handoff');
  const createHandoff = page.getByRole('button', { name: s.say('Create handoff') });
  await expect(createHandoff).toBeDisabled();
  await expect(createHandoff).toHaveAccessibleDescription(s.say('Enter a recipient label: who the handoff is for.'));
  await expect(page.getByRole('button', { name: s.say('Continue to Go-live') })).toBeDisabled();
  await page.getByLabel(s.say('Recipient label')).fill('Dana Smith, iCIMS consultant');
  await createHandoff.click();
  await expect(page.getByLabel(s.say('Keycode'), { exact: true })).toHaveText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  await page.getByRole('button', { name: s.say('Done: hide the keycode') }).click();
  await expect(page.getByLabel(s.say('Keycode'), { exact: true })).toHaveCount(0);
  await expect(step(page, s, s.id('steps.handoff'))).toContainText(s.id('shell.stepState.done'));

  // Step 5: probe, then the rehearsal loop, watched live.
  await page.getByRole('button', { name: s.say('Continue to Go-live') }).click();
  await page.getByRole('button', { name: s.say('Probe the endpoint') }).click();
  await expect(page.getByLabel(s.say('Probe result'), { exact: true })).toContainText(s.say('{outcome, select, accepted {Accepted} rejected {Rejected} other {Inconclusive}}', { outcome: 'accepted' }));
  await page.getByRole('button', { name: s.say('Configure the iCIMS event notifications') }).click();
  await expect(page.getByText(s.say('✓ Event notifications configured'))).toBeVisible();
  await page.getByLabel(s.say('First name'), { exact: true }).fill('Ada');
  await page.getByLabel(s.say('Last name'), { exact: true }).fill('Lovelace');
  await page.getByLabel(s.say('Email'), { exact: true }).fill('ada.lovelace@example.com');
  await page.getByLabel(s.say('Job'), { exact: true }).selectOption({ label: 'Warehouse Associate — Standard Employment Screen' });
  await page.getByRole('button', { name: s.say('Create candidate') }).click();
  const move = page.getByRole('button', { name: s.like('{hasTrigger, select, yes {Move {name} to {trigger}} other {Move {name} to the trigger status}}') }).filter({ hasText: 'Ada' });
  await move.click();
  await expect(page.getByLabel(s.say('Event delivery'), { exact: true })).toContainText('HTTP 200');
  await expect(page.getByLabel(s.say('Simulated Certn cases'), { exact: true })).toContainText(/Ada|ada\.lovelace/);

  const report = page.getByRole('link', { name: s.say('Open the report for {name}', { name: 'Ada Lovelace' }) });
  for (let i = 0; i < 12 && !(await report.isVisible()); i++) {
    await page.getByRole('button', { name: s.say('Advance the clock +{amount}', { amount: s.id('golive.rehearsal.clock.amount', { unit: 'day', n: 3 }) }) }).click();
    await page.waitForTimeout(1200);
  }
  await expect(report).toBeVisible();
  await expect(report).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\//);
  await expect(page.getByLabel(s.say('Simulated Certn cases'), { exact: true })).toContainText(s.say('Complete'));

  // Once moved, the candidate is shown in the trigger status, no longer offered the move; a
  // recruiter triggering the same event twice gets iCIMS's friendly refusal.
  await expect(move).toHaveCount(0);
  await expect(page.getByText(s.like('✓ In {trigger}'))).toBeVisible();
  await page.getByRole('button', { name: s.startsWith('Send the event again for {name}') }).filter({ hasText: 'Ada' }).click();
  await expect(page.getByLabel(s.say('Event delivery'), { exact: true })).toContainText('HTTP 400');
  await expect(page.getByLabel(s.say('Event delivery'), { exact: true })).toContainText(s.like('The recruiter sees: <b>“{message}”</b>'));
  await seen(page, s, prefix + '05-golive');
  for (const name of (['connect', 'packages', 'icims', 'certn', 'handoff', 'golive'] as const).map((id) => s.id(`steps.${id}`))) await expect(step(page, s, name)).toContainText(s.id('shell.stepState.done'));
}

test('the whole flow in the local simulator, from first run to a completed rehearsal, resuming after a reload', async ({ page, consoleServer, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await wholeFlow(page, consoleServer.openUrl, speaker('en'), '');
});

// A person who reads only French: the system is French, so is the console from its first screen.
// Every name the walk looks for is the French text of the same message.
test('the whole flow in Canadian French, on a French system', async ({ browser }) => {
  const server = await startConsole(undefined, { LANG: 'fr_CA.UTF-8', LANGUAGE: 'fr_CA' });
  const context = await browser.newContext({ locale: 'fr-CA' });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await wholeFlow(page, server.openUrl, speaker('fr-CA'), 'fr-');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  } finally {
    await context.close();
    await server.stop();
  }
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
  await step(page, en, /Packages/).click();
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
  await step(page, en, /iCIMS request/).click();
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
  await step(page, en, /Go-live/).click();
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
