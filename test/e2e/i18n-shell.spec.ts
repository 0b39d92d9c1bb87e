import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, startConsole, VAULT_PASSPHRASE, openWithSimulator } from './fixtures';

// The console's shell in Canadian French: chosen once in Settings, it holds across a reload and a
// restart, the vault gate speaks it, and French's longer words still fit an 800×600 window.

/** What does not fit at 800×600: sideways scrolling, or a button whose text is cut. */
async function overflow(page: Page, screen: string): Promise<string[]> {
  await page.setViewportSize({ width: 800, height: 600 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const doc = document.scrollingElement!;
    if (doc.scrollWidth > doc.clientWidth) out.push(`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    for (const b of document.querySelectorAll<HTMLElement>('button, .button')) {
      const r = b.getBoundingClientRect();
      if (!r.width) continue;
      if (b.scrollWidth > b.clientWidth + 1) out.push(`button "${b.textContent?.trim()}" is cut (${b.scrollWidth} > ${b.clientWidth})`);
      if (r.right > doc.clientWidth + 1) out.push(`button "${b.textContent?.trim()}" ends outside the window (${Math.round(r.right)})`);
    }
    return out;
  });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `axe ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await page.setViewportSize({ width: 1360, height: 900 });
  return [...problems, ...serious].map((p) => `${screen}: ${p}`);
}

test('Français chosen in Settings: the shell speaks it, keeps it across a reload and a restart, and fits 800×600', async ({ page, consoleServer }) => {
  await openWithSimulator(page, consoleServer.openUrl, 'Acme Québec');
  await expect(page.locator('.integration-name')).toHaveText('Acme Québec');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language of the console').selectOption({ label: 'Français' });

  // The whole page turns French, and the admin stays on Settings with focus on the menu they used.
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expect(page.getByRole('heading', { name: 'Paramètres', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Langue de la console')).toBeFocused();
  await expect(page.getByLabel('Langue de la console')).toHaveValue('fr-CA');
  await expect(page).toHaveTitle('Console d’intégration Certn × iCIMS');
  for (const heading of ['Langue', 'Coffre-fort', 'Surveillance de l’état', 'Apparence', 'À propos']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByLabel('Verrouillage après inactivité')).toContainText('après 15 minutes');
  await expect(page.getByLabel('Vérifier l’état de chaque intégration')).toContainText('toutes les 4 heures tant que la console est ouverte');
  await expect(page.getByRole('button', { name: 'Verrouiller maintenant' })).toBeVisible();

  // The sidebar.
  const sidebar = page.getByRole('complementary', { name: 'Intégrations' });
  await expect(sidebar.getByRole('heading', { name: 'Intégrations' })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: '+ Nouvelle intégration' })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: 'Journal d’audit' })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: 'Renommer Acme Québec' })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: 'Supprimer Acme Québec' })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: 'Paramètres' })).toHaveClass(/active/);
  const problems = await overflow(page, 'settings');

  // The step bar and the step's help.
  await sidebar.getByRole('button', { name: /^Acme Québec/ }).click();
  const steps = page.getByRole('list', { name: 'Étapes de la configuration' });
  await expect(steps.getByRole('button', { name: /Forfaits/ })).toBeVisible();
  await expect(steps.getByRole('button', { name: /Connecter Certn/ })).toHaveAttribute('aria-current', 'step');
  await expect(steps.getByRole('button', { name: /Mise en service/ })).toContainText('Pas commencée');
  await expect(page.getByRole('complementary', { name: 'Aide pour cette étape' })).toBeVisible();
  problems.push(...(await overflow(page, 'step bar')));

  // The audit log, with its French plural and dates.
  await sidebar.getByRole('button', { name: 'Journal d’audit' }).click();
  await expect(page.getByRole('heading', { name: 'Journal d’audit', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /entrées?$/ })).toHaveText(/^\d+ entrées?$/);
  await expect(page.getByRole('columnheader', { name: /^Quand \(/ })).toBeVisible();
  await page.getByLabel('Action', { exact: true }).selectOption({ index: 1 });
  await expect(page.getByRole('button', { name: 'Effacer les filtres' })).toBeVisible();
  problems.push(...(await overflow(page, 'audit log')));

  // A new integration: the first-run screen.
  await sidebar.getByRole('button', { name: '+ Nouvelle intégration' }).click();
  await expect(page.getByRole('heading', { name: 'Configurer Certn avec iCIMS', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Essayer avec le simulateur local' })).toBeVisible();
  await expect(page.getByLabel('Région')).toBeVisible();
  problems.push(...(await overflow(page, 'new integration')));
  await page.getByRole('button', { name: 'Annuler' }).click();

  // A reload keeps the language; so does the first screen, before anything else is asked.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expect(page.getByRole('list', { name: 'Étapes de la configuration' })).toBeVisible();
  await expect(page).toHaveTitle('Console d’intégration Certn × iCIMS');

  // Lock by hand, then unlock, in French.
  await sidebar.getByRole('button', { name: 'Paramètres' }).click();
  await page.getByRole('button', { name: 'Verrouiller maintenant' }).click();
  await expect(page.getByRole('heading', { name: 'Déverrouiller la console', level: 1 })).toBeVisible();
  await expect(page.getByText('Le coffre-fort a été verrouillé avec « Verrouiller maintenant ». Vos données sont en sécurité.')).toBeVisible();
  problems.push(...(await overflow(page, 'vault gate')));
  await page.getByLabel('Phrase de passe principale').fill(VAULT_PASSPHRASE);
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('list', { name: 'Étapes de la configuration' })).toBeVisible();

  // The page's own error, when the console stops answering, is worded in French too.
  await consoleServer.stop();
  await sidebar.getByRole('button', { name: 'Journal d’audit' }).click();
  await expect(page.getByRole('alert').first()).toContainText('La console ne répond pas. Vérifiez que la console fonctionne toujours (npm start), puis rechargez cette page.');

  // A restart: the unlock screen comes up in French straight away.
  const again = await startConsole(consoleServer.dataDir);
  try {
    await page.goto(again.openUrl);
    await expect(page.getByRole('heading', { name: 'Déverrouiller la console', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    await expect(page.getByText(/^La console vient de démarrer/)).toBeVisible();
    await page.getByLabel('Phrase de passe principale').fill('pas la phrase de passe');
    await page.getByRole('button', { name: 'Déverrouiller' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.getByLabel('Phrase de passe principale').fill(VAULT_PASSPHRASE);
    await page.getByRole('button', { name: 'Déverrouiller' }).click();
    await expect(page.getByRole('list', { name: 'Étapes de la configuration' })).toBeVisible();

    // Back to English, from the same menu under its French name.
    await page.getByRole('button', { name: 'Paramètres' }).click();
    await page.getByLabel('Langue de la console').selectOption({ label: 'English' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Integrations' }).getByRole('button', { name: 'Audit log' })).toBeVisible();
    await expect(page).toHaveTitle('Certn × iCIMS Integration Console');
  } finally {
    await again.stop();
  }
  expect(problems).toEqual([]);
});
