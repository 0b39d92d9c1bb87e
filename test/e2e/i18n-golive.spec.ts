import { test, expect, shot, rpc, layoutProblems, openWithSimulator } from './fixtures';
import { speaker, expectNoEnglish } from './i18n';

// The iCIMS request, go-live and Health screens with the console in French, at 800×600: walked by
// their French names, the request e-mail written in English for a consultant who does not read
// French (and kept in English after the credentials are saved), and no sideways scrolling or cut
// button text on any of them.

test.use({ viewport: { width: 800, height: 600 } });

const fr = speaker('fr-CA');
const en = speaker('en');

test('in French: the iCIMS request e-mail in English for the consultant, go-live and Health, at 800×600', async ({ page, consoleServer }) => {
  test.setTimeout(180_000);
  await openWithSimulator(page, consoleServer.openUrl, 'Northwind Québec');

  // Steps 0 and 1 through the page's own channels, then the console switched to French.
  const id = (await rpc<{ id: string }[]>(page, 'integrations.list', {}))[0].id;
  await rpc(page, 'certn.connectSimulator', { integrationId: id });
  await rpc(page, 'prefs.set', { language: 'fr-CA' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  const steps = page.getByRole('list', { name: 'Étapes de la configuration' });

  // Step 2 in French; the e-mail starts in the console's language.
  await steps.getByRole('button', { name: /Demande à iCIMS/ }).click();
  await expect(page.getByRole('heading', { name: 'Demande à iCIMS', level: 1 })).toBeVisible();
  await page.getByLabel(fr.say('Your company name')).fill('Northwind Québec inc.');
  const language = page.getByLabel(fr.say('Language of the e-mail'));
  await expect(language).toHaveValue('fr-CA');
  const subject = page.getByLabel(fr.say('Subject'), { exact: true });
  await expect(subject).toHaveValue(fr.say('Request: Certn background screening integration for {company}', { company: 'Northwind Québec inc.' }));
  expect(await layoutProblems(page, 'main button, main label, main th, main select, main h1, main h2, main h3')).toEqual([]);
  await shot(page, 'fr-icims-800x600');
  await expectNoEnglish(page, 'fr-icims-800x600');

  // The consultant reads English: the subject, the text and the mailto link follow, the screen stays French.
  await language.selectOption({ label: 'English' });
  const english = en.say('Request: Certn background screening integration for {company}', { company: 'Northwind Québec inc.' });
  await expect(subject).toHaveValue(english);
  await expect(subject).toHaveAttribute('lang', 'en');
  const text = page.getByRole('textbox', { name: fr.say('Request text'), exact: true });
  await expect(text).toHaveAttribute('lang', 'en');
  await expect(text).toHaveValue(/^Hello,[\s\S]*Northwind Québec inc\./);
  await expect(text).not.toHaveValue(/Bonjour/);
  const mailto = await page.getByRole('link', { name: fr.say('Open in your email app') }).getAttribute('href');
  expect(decodeURIComponent(mailto!)).toContain(english);
  await expect(page.getByRole('heading', { name: fr.say('What the iCIMS consultant sends you') })).toBeVisible();

  // Saving the consultant's values answers with the step again: the e-mail stays in English.
  await page.getByRole('button', { name: fr.say('Use the simulated iCIMS account') }).click();
  await expect(page.getByText(fr.like('✓ iCIMS accepted these credentials ({when}).'))).toBeVisible();
  await expect(page.getByRole('list', { name: fr.say('Saved iCIMS values') })).toContainText(fr.say('saved, accepted by iCIMS'));
  await expect(language).toHaveValue('en');
  await expect(subject).toHaveValue(english);
  expect(await layoutProblems(page, 'main button, main label, main th, main select, main h1, main h2, main h3')).toEqual([]);

  // Go-live in French (step 3 done through its channel): overview, probe and the rehearsal hold at 800×600.
  await rpc(page, 'connection.doItForMe', { integrationId: id });
  await steps.getByRole('button', { name: /Mise en service/ }).click();
  await expect(page.getByRole('heading', { name: 'Mise en service', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: fr.say('Every step at a glance') })).toBeVisible();
  await page.getByRole('button', { name: fr.say('Probe the endpoint') }).click();
  await expect(page.getByLabel(fr.say('Probe result'), { exact: true })).toBeVisible();
  const rehearsal = page.getByLabel(fr.say('Rehearsal'), { exact: true });
  await expect(rehearsal.getByRole('heading', { name: fr.say('Rehearsal in the local simulator') })).toBeVisible();
  await expect(rehearsal.getByRole('button', { name: fr.say('Advance the clock +{amount}', { amount: fr.say('{unit, select, hour {{n, plural, one {# hour} other {# hours}}} other {{n, plural, one {# day} other {# days}}}}', { unit: 'day', n: 3 }) }) })).toBeVisible();
  await rehearsal.getByRole('button', { name: fr.say('Configure the iCIMS event notifications') }).click();
  await expect(rehearsal.getByText(fr.say('✓ Event notifications configured'))).toBeVisible();
  expect(await layoutProblems(page, 'main button, main label, main th, main select, main h1, main h2, main h3')).toEqual([]);
  await shot(page, 'fr-golive-800x600');
  await expectNoEnglish(page, 'fr-golive-800x600');

  // Health in French.
  await page.getByRole('complementary').getByRole('button', { name: /^(Health|État)$/ }).click();
  await expect(page.getByRole('heading', { name: fr.say('Health of {name}', { name: 'Northwind Québec' }), level: 1 })).toBeVisible();
  await page.getByRole('button', { name: fr.say('Run the checks now') }).click();
  await expect(page.getByRole('heading', { name: fr.like('Latest result: {badge}') })).toBeVisible();
  await expect(page.getByRole('list', { name: fr.say('Checks') })).toBeVisible();
  await expect(page.getByText(fr.like('Checked {when}, {trigger, select, open {when the console opened} schedule {on schedule} manual {on request} other {from npm run health}}.'))).toContainText('sur demande');
  // A fix label that names its step is not followed by the step a second time.
  const fix = page.getByRole('button', { name: fr.say('Fix it: {label}', { label: fr.say('Make the handoff in {step}', { step: 'étape 4, Transmission' }) }), exact: true });
  await expect(fix.first()).toBeVisible();
  await expect(page.getByRole('button', { name: fr.say('Make it fail: {what}', { what: fr.say('Revoke the Certn API key') }) })).toBeVisible();
  expect(await layoutProblems(page, 'main button, main label, main th, main select, main h1, main h2, main h3')).toEqual([]);
  await shot(page, 'fr-health-800x600');
  await expectNoEnglish(page, 'fr-health-800x600');
});
