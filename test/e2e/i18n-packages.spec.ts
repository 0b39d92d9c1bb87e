import { test, expect, shot, rpc, layoutProblems, openWithSimulator } from './fixtures';
import { expectNoEnglish } from './i18n';

// Steps 0, 1 and 3 with the console in French at 800×600: the simulator's key verified, a big
// account's packages synced and chosen, and the portal's part done, all walked by their French
// names; counts in French plurals and numbers grouped as Intl does for fr-CA; no screen scrolls
// sideways or cuts a button's words.

test.use({ viewport: { width: 800, height: 600 } });

const fr = (n: number) => new Intl.NumberFormat('fr-CA').format(n);

test('in French at 800×600: the Certn key, a big account’s packages and the Certn connection', async ({ page, consoleServer }) => {
  test.setTimeout(240_000);
  await openWithSimulator(page, consoleServer.openUrl, 'Northwind Québec');
  const id = (await rpc<{ id: string }[]>(page, 'integrations.list', {}))[0].id;
  await rpc(page, 'prefs.set', { language: 'fr-CA' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');

  // Step 0, in French.
  await expect(page.getByRole('heading', { name: 'Connecter Certn', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Clé d’API Certn', { exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Utiliser la clé de démonstration du simulateur' }).click();
  const keyState = page.getByLabel('État de la clé d’API');
  // The day as fr-CA words it ("28 nov. 2026"), never an ISO date.
  await expect(keyState).toContainText(/✓ Vérifiée auprès de Certn le \d{1,2} \p{L}+\.? \d{4}; conservée dans le coffre-fort\./u);
  await expect(keyState).toContainText(/\(\d+ jours restants\)/);
  await expect(page.getByLabel('URL de base de l’API Certn', { exact: true })).toHaveText(/^http:\/\/127\.0\.0\.1:\d+/);
  expect(await layoutProblems(page, 'main button, main label, main legend, main select, main h1, main h2, main .badge')).toEqual([]);
  await shot(page, 'fr-connect-800x600');
  await expectNoEnglish(page, 'fr-connect-800x600');

  // A big account: over a thousand packages, made in the simulated portal.
  const { baseUrl } = await rpc<{ baseUrl: string }>(page, 'certn.status', { integrationId: id });
  const bulk = await page.request.post(`${baseUrl}/__simulator/packages/bulk`, { data: { count: 1300, prefix: 'Forfait en lot' } });
  expect(bulk.status()).toBe(201);

  // Step 1, in French: sync, counts, plurals.
  const steps = page.getByRole('list', { name: 'Étapes de la configuration' });
  await steps.getByRole('button', { name: /Forfaits/ }).click();
  await expect(page.getByRole('heading', { name: 'Forfaits', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Synchroniser les forfaits de Certn' }).click();
  await expect(page.getByRole('status').filter({ hasText: /forfaits synchronisés à/ })).toBeVisible({ timeout: 120_000 });
  const counts = await rpc<{ all: number; ready: number }>(page, 'packages.counts', { integrationId: id });
  expect(counts.all).toBeGreaterThan(1300);
  // fr-CA groups thousands with a no-break space (U+00A0 or U+202F, as Intl has it).
  expect(fr(counts.all)).toMatch(/^\d[\u00a0\u202f]\d{3}$/);
  await expect(page.getByRole('status').filter({ hasText: /forfaits synchronisés à/ })).toHaveText(new RegExp(`^${fr(counts.all)} forfaits synchronisés à \\d{1,2}\\u00a0h\\u00a0\\d{2}$`));
  await expect(page.getByRole('button', { name: `Tous (${fr(counts.all)})`, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: `Prêts pour iCIMS (${fr(counts.ready)})`, exact: true })).toBeVisible();

  const standard = page.getByRole('checkbox', { name: 'Sélectionner Standard Employment Screen pour iCIMS' });
  const driver = page.getByRole('checkbox', { name: 'Sélectionner Driver Screen pour iCIMS' });
  const search = page.getByLabel('Rechercher des forfaits', { exact: true });
  // Over a thousand rows: the demo ones are found by searching, as a person would.
  await search.fill('Standard Employment');
  await standard.check();
  await expect(page.getByText('1 sélectionné pour iCIMS', { exact: true })).toBeVisible();
  await search.fill('Driver Screen');
  await driver.check();
  await expect(page.getByText('2 sélectionnés pour iCIMS', { exact: true })).toBeVisible();
  await search.fill('');
  await page.getByRole('button', { name: 'Sélectionnés (2)', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Forfaits' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('listitem').filter({ has: standard })).toContainText(/· \d+ vérifications/);

  // One that would fail asks first, in French.
  await page.getByRole('button', { name: /^Tous/ }).click();
  await search.fill('Legacy');
  await page.getByRole('checkbox', { name: 'Sélectionner Legacy Criminal Check pour iCIMS' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Sélectionner Legacy Criminal Check quand même?' });
  await expect(ask).toContainText('«\u00a0Legacy Criminal Check\u00a0» échouera quand un recruteur le commandera');
  expect(await layoutProblems(page, 'main button, main label, main legend, main select, main h1, main h2, main .badge')).toEqual([]);
  await ask.getByRole('button', { name: 'Annuler' }).click();
  await search.fill('');

  await page.getByRole('button', { name: 'Planifier un nouveau forfait' }).click();
  await expect(page.getByLabel('Nom du forfait', { exact: true })).toBeVisible();
  expect(await layoutProblems(page, 'main button, main label, main legend, main select, main h1, main h2, main .badge')).toEqual([]);
  await page.locator('main.content').evaluate((e) => e.scrollTo(0, 0));
  await shot(page, 'fr-packages-800x600');
  await expectNoEnglish(page, 'fr-packages-800x600');

  // The planned package's checklist for the portal, worded by the main process in French, the
  // portal's own labels quoted in English as the admin sees them.
  await page.getByLabel('Nom du forfait', { exact: true }).fill('Embauche saisonnière');
  await page.getByRole('checkbox', { name: 'IDENTITY_VERIFICATION_1' }).check();
  await page.getByRole('button', { name: 'Planifier le forfait' }).click();
  const plan = page.getByLabel('Forfait planifié Embauche saisonnière');
  await expect(plan).toContainText('ouvrez «\u00a0Packages → New Package\u00a0» (Forfaits → Nouveau forfait).');
  await expect(plan).toContainText('Nom («\u00a0Name\u00a0»)\u00a0: «\u00a0Embauche saisonnière\u00a0» (exactement; iCIMS le comparera caractère par caractère).');
  await expect(plan).toContainText('Activez «\u00a0Mark this package for ATS use\u00a0» (Marquer ce forfait pour utilisation par un ATS).');
  expect(await layoutProblems(page, 'main button, main label, main legend, main select, main h1, main h2, main .badge')).toEqual([]);
  await plan.scrollIntoViewIfNeeded();
  await shot(page, 'fr-packages-plan-800x600');
  await expectNoEnglish(page, 'fr-packages-plan-800x600');

  // Step 3, in French: the portal's part done by the simulator.
  await rpc(page, 'icims.useSimulatorAccount', { integrationId: id });
  await steps.getByRole('button', { name: /Connexion dans Certn/ }).click();
  await expect(page.getByRole('heading', { name: 'Connexion dans Certn', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cliquez sur «\u00a0Save changes\u00a0» (Enregistrer les modifications) dans Certn' })).toBeVisible();
  await page.getByRole('button', { name: 'Le faire pour moi' }).click();
  await expect(page.getByText(/✓ Enregistré dans Certn le/)).toBeVisible();
  await expect(page.getByLabel('Groupe par défaut', { exact: true })).not.toHaveValue('');
  expect(await layoutProblems(page, 'main button, main label, main legend, main select, main h1, main h2, main .badge')).toEqual([]);
  await shot(page, 'fr-certn-800x600');
  await expectNoEnglish(page, 'fr-certn-800x600');
});
