import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { findGpg } from '../support/system-tools';
import { test, expect, shot, rpc, layoutProblems, openWithSimulator } from './fixtures';
import { expectNoEnglish } from './i18n';

// The handoff and the after-go-live screens with the console in French, at 800×600: walked by
// their French names, the consultant's handoff made in English from the French console (GnuPG
// opens it to English instructions, the offline page is English), no sideways scrolling or
// clipped button, and axe finds nothing serious on these screens in French.

test.use({ viewport: { width: 800, height: 600 } });

function gpgHome() {
  const tool = findGpg();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-handoff-gpg-'));
  const gpg = (args: string[]) => execFileSync(tool.path, ['--batch', '--no-tty', '--quiet', ...args], { env: { ...process.env, GNUPGHOME: dir }, encoding: 'utf8' });
  return { gpg, close: () => (execFileSync(tool.gpgconf, ['--kill', 'all'], { env: { ...process.env, GNUPGHOME: dir } }), fs.rmSync(dir, { recursive: true, force: true })) };
}

async function download(page: Page, button: RegExp | string): Promise<{ file: string; name: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-handoff-dl-')), dl.suggestedFilename());
  await dl.saveAs(file);
  return { file, name: dl.suggestedFilename() };
}

async function axeSerious(page: Page, include: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(include).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test('in French: a handoff made in English for the consultant, and the after-go-live screens, at 800×600', async ({ page, consoleServer }) => {
  const home = gpgHome();
  // A French message that fails to format (a placeholder not given, a bad tag) is logged by the i18n layer.
  const formatErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /FORMAT_ERROR|MISSING_VALUE|INVALID_TAG|formatjs|\[@formatjs/i.test(m.text())) formatErrors.push(m.text());
  });
  try {
    await openWithSimulator(page, consoleServer.openUrl, 'Northwind Québec');

    // Steps 0–3 through the page's own channels, then the console switched to French.
    const id = (await rpc<{ id: string }[]>(page, 'integrations.list', {}))[0].id;
    await rpc(page, 'certn.connectSimulator', { integrationId: id });
    await rpc(page, 'packages.sync', { integrationId: id });
    await expect.poll(async () => (await rpc<{ running: boolean }>(page, 'packages.syncStatus', { integrationId: id })).running).toBe(false);
    const pkgs = (await rpc<{ rows: { id: string; name: string }[] }>(page, 'packages.list', { integrationId: id, limit: 500 })).rows;
    for (const p of pkgs.filter((x) => x.name === 'Executive Screen ' || x.name === 'Driver Screen')) {
      await rpc(page, 'packages.select', { integrationId: id, packageId: p.id, selected: true });
    }
    await rpc(page, 'icims.useSimulatorAccount', { integrationId: id });
    await rpc(page, 'connection.doItForMe', { integrationId: id });
    await rpc(page, 'prefs.set', { language: 'fr-CA' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');

    const steps = page.getByRole('list', { name: 'Étapes de la configuration' });
    await steps.getByRole('button', { name: /Transmission/ }).click();
    await expect(page.getByRole('heading', { name: 'Transmission au consultant iCIMS', level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Forfaits transmis' })).toContainText('Executive Screen␣');
    expect(await layoutProblems(page, 'main button, main label, main legend, main th, main select')).toEqual([]);
    await shot(page, 'fr-handoff-800x600');
    await expectNoEnglish(page, 'fr-handoff-800x600');

    // Each way of opening it, in French, holds at 800×600.
    const methods = page.getByRole('group', { name: 'Comment le consultant l’ouvre' });
    await methods.getByRole('radio', { name: /Clé publique du consultant/ }).check();
    await expect(page.getByLabel('Texte de la clé publique (armure ASCII)')).toBeVisible();
    expect(await layoutProblems(page, 'main button, main label, main legend, main th, main select')).toEqual([]);
    await methods.getByRole('radio', { name: /SendSafely/ }).check();
    await expect(page.getByRole('group', { name: 'Connectez votre compte SendSafely' })).toContainText('abonnement Enterprise');
    await expect(page.getByLabel('Adresse courriel du consultant')).toBeVisible();
    expect(await layoutProblems(page, 'main button, main label, main legend, main th, main select')).toEqual([]);
    expect(await axeSerious(page, '.handoff')).toEqual([]);
    await shot(page, 'fr-handoff-sendsafely-800x600');
    await expectNoEnglish(page, 'fr-handoff-sendsafely-800x600');

    // The keycode handoff, for a consultant who reads English: the language is the console's until changed.
    await methods.getByRole('radio', { name: /^Code de clé Vous envoyez/ }).check();
    await page.getByLabel('Libellé du destinataire').fill('Dana, consultante iCIMS');
    const language = page.getByLabel('Langue de la transmission pour le consultant');
    await expect(language).toHaveValue('fr-CA');
    await language.selectOption({ label: 'English' });
    await page.getByRole('button', { name: 'Créer la transmission' }).click();
    await expect(page.getByRole('heading', { name: 'Transmission créée' })).toBeVisible();
    await expect(page.getByText('Ce code de clé ne sera plus affiché.')).toBeVisible();
    const keycode = (await page.getByLabel('Code de clé', { exact: true }).textContent())!;
    expect(keycode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);

    // What the admin sends along is English, and said to be.
    await expect(page.getByRole('heading', { name: 'Indications pour le consultant (en anglais)' })).toBeVisible();
    const told = page.locator('ol.handoff-instructions');
    await expect(told).toHaveAttribute('lang', 'en');
    await expect(told.getByRole('listitem').first()).toHaveText(/^Send .*\.asc and .*\.html to the consultant by email or a file share\.$/);
    expect(await layoutProblems(page, 'main button, main label, main legend, main th, main select')).toEqual([]);
    await shot(page, 'fr-handoff-created-800x600');
    await expectNoEnglish(page, 'fr-handoff-created-800x600');

    // The files: GnuPG opens the .asc to English instructions; the offline page is English.
    const asc = await download(page, /^Télécharger .*\.asc$/);
    const html = await download(page, /^Télécharger .*\.html$/);
    const payload = JSON.parse(home.gpg(['--pinentry-mode', 'loopback', '--passphrase', keycode, '-d', asc.file])) as { instructions: string; packages: { name: string }[] };
    expect(payload.instructions).toMatch(/^These are the Certn values for the Certn background screening integration in iCIMS\./);
    expect(payload.instructions).toContain('each of the 2 packages');
    expect(payload.packages.map((p) => p.name)).toEqual(['Driver Screen', 'Executive Screen ']);
    const pageHtml = fs.readFileSync(html.file, 'utf8');
    expect(pageHtml).toContain('<html lang="en">');
    expect(pageHtml).toContain('<h1>Encrypted Certn values for the iCIMS integration</h1>');

    await page.getByRole('button', { name: 'Terminé\u00a0: masquer le code de clé' }).click();
    const history = page.getByRole('table').filter({ hasText: 'SHA-256 du fichier .asc' });
    const row = history.getByRole('row').filter({ hasText: 'Dana, consultante iCIMS' });
    await expect(row).toContainText('Code de clé');
    await expect(row).toContainText('Valide');
    await row.getByRole('button', { name: 'Signaler une fuite' }).click();
    await expect(row.getByRole('button', { name: 'Oui, elle a fuité' })).toBeVisible();
    expect(await layoutProblems(page, 'main button, main label, main legend, main th, main select')).toEqual([]);
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'fr-handoff-history-800x600');
    await expectNoEnglish(page, 'fr-handoff-history-800x600');
    await row.getByRole('button', { name: 'Annuler' }).click();

    // After go-live, in French.
    await steps.getByRole('button', { name: /Mise en service/ }).click();
    const rotation = page.getByRole('region', { name: 'Renouvellement des identifiants' });
    await rotation.getByLabel('Identifiant à renouveler').selectOption({ label: 'Clé d’API Certn' });
    await rotation.getByLabel('Motif').selectOption({ label: 'La clé expire bientôt' });
    await rotation.getByRole('button', { name: 'Commencer le renouvellement' }).click();
    const current = rotation.getByRole('group', { name: /^Renouvellement\s*:\s*Clé d’API Certn$/ });
    await expect(current.getByRole('heading', { name: 'Renouvellement de la clé d’API Certn' })).toBeVisible();
    await expect(current.getByRole('button', { name: 'Terminer le renouvellement' })).toBeDisabled();
    expect(await layoutProblems(page, 'main button, main label, main legend, main th, main select')).toEqual([]);
    await current.scrollIntoViewIfNeeded();
    await shot(page, 'fr-rotation-800x600');
    await expectNoEnglish(page, 'fr-rotation-800x600');
    const after = ['Renouvellement des identifiants', 'Fiche d’intégration', 'Déplacer ou partager cette configuration'];
    for (const name of after) await expect(page.getByRole('region', { name })).toBeVisible();
    expect(await axeSerious(page, 'section[aria-labelledby="rotation-title"]')).toEqual([]);
    expect(await axeSerious(page, 'section[aria-labelledby="record-title"]')).toEqual([]);
    expect(await axeSerious(page, 'section[aria-labelledby="config-title"]')).toEqual([]);
    await current.getByRole('button', { name: 'Annuler le renouvellement' }).click();
    await expect(rotation.getByRole('list', { name: 'Renouvellements précédents' })).toContainText(/Clé d’API Certn\s*:\s*annulé le \d/);

    await expect(page.getByRole('region', { name: 'Fiche d’intégration' }).getByRole('button', { name: 'Télécharger la fiche d’intégration (PDF)' })).toBeVisible();
    await page.getByRole('region', { name: 'Déplacer ou partager cette configuration' }).scrollIntoViewIfNeeded();
    await shot(page, 'fr-record-export-800x600');
    await expectNoEnglish(page, 'fr-record-export-800x600');
    const exported = await download(page, 'Exporter la configuration (JSON)');
    expect(exported.name).toMatch(/-config\.json$/);

    // Its import, on the new-integration screen, in French too.
    await page.getByRole('complementary').getByRole('button', { name: /^\+/ }).click();
    const importCard = page.getByRole('region', { name: 'Importer une configuration' });
    await importCard.getByLabel('Fichier de configuration').setInputFiles(exported.file);
    await expect(importCard.getByLabel(/^Nom de l’intégration importée/)).toBeVisible();
    await expect(importCard.getByRole('button', { name: 'Importer la configuration' })).toBeEnabled();
    expect(await layoutProblems(page, 'main button, main label, main legend, main th, main select')).toEqual([]);
    await shot(page, 'fr-import-800x600');
    await expectNoEnglish(page, 'fr-import-800x600');
    expect(formatErrors).toEqual([]);
  } finally {
    home.close();
  }
});
