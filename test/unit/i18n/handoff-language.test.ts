import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../main/app';
import type { HandoffCreated } from '../../../main/ipc/contract/handoff';
import { setLocale } from '../../../main/shared/i18n';
import { tempGpgHome, type GpgHome } from '../handoff/fixtures';
import { appWithIntegration, call, populate, runCli, tempDir } from '../../support/handoff';
import { chromiumLaunchOptions } from '../../support/system-tools';
import { PASSPHRASE } from '../../support/app';

// The consultant's handoff is worded in the language chosen for it, whatever the console speaks:
// the instructions sent along, the note inside the encrypted file and the offline page.
let home: GpgHome;
let browser: Browser;
let app: ConsoleApp | undefined;
beforeAll(async () => {
  home = tempGpgHome();
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
  home?.close();
});
afterEach(async () => {
  setLocale('en');
  await app?.close();
  app = undefined;
});

function gpgDecrypt(armored: string, passphrase: string): Record<string, unknown> {
  const file = path.join(tempDir('handoff-lang-'), 'h.asc');
  fs.writeFileSync(file, armored);
  return JSON.parse(home.gpg(['--pinentry-mode', 'loopback', '--passphrase', passphrase, '-d', file])) as Record<string, unknown>;
}

async function make(language?: 'en' | 'fr-CA', method = 'keycode', consoleLanguage: 'en' | 'fr-CA' = 'en'): Promise<HandoffCreated> {
  const made = await appWithIntegration('uk');
  app = made.app;
  await call(app, 'prefs.set', { language: consoleLanguage });
  populate(app, made.id, { company: 'Acme Ltd' });
  return call<HandoffCreated>(app, 'handoff.create', { integrationId: made.id, recipientLabel: 'Dana', method, ...(language ? { language } : {}) });
}

describe('the handoff in a language other than the console’s', () => {
  it('made in fr-CA from an English console: GnuPG opens it to French instructions, and the page opens in French', async () => {
    const h = await make('fr-CA');
    const [asc, html] = h.files;
    const payload = gpgDecrypt(asc.content, h.keycode!);
    expect(payload.instructions).toMatch(/^Voici les valeurs Certn pour l’intégration/);
    expect(payload.instructions).toContain('chacun des 2 forfaits');
    expect(h.consultantInstructions[0]).toBe('Envoyez acme-uk-icims-handoff.asc et acme-uk-icims-handoff.html au consultant iCIMS par courriel ou par un partage de fichiers.');
    expect(h.consultantInstructions.join('\n')).toContain('gpg --output certn-icims-handoff.json --decrypt acme-uk-icims-handoff.asc');
    expect(h.consultantInstructions.at(-1)).toMatch(/^La transmission est indiquée comme valide jusqu’au \d/);

    expect(html.content).toContain('<html lang="fr-CA">');
    const file = path.join(tempDir('handoff-lang-page-'), 'h.html');
    fs.writeFileSync(file, html.content);
    const context = await browser.newContext();
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.goto(pathToFileURL(file).href);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Valeurs Certn chiffrées pour l’intégration iCIMS');
      await page.getByLabel('Code de clé').fill('00000-00000');
      await page.getByRole('button', { name: 'Ouvrir' }).click();
      await expect(page.locator('#error').textContent()).resolves.toBe('Un code de clé compte 25 caractères; celui-ci en compte 10.');
      await page.getByLabel('Code de clé').fill(h.keycode!);
      await page.getByRole('button', { name: 'Ouvrir' }).click();
      await page.getByRole('status').filter({ hasText: 'Ouvert.' }).waitFor();
      const labels = await page.$$eval('#fields th', (ths) => ths.map((th) => th.firstChild?.textContent));
      expect(labels).toEqual([
        'Intégration', 'Entreprise', 'Numéro de client iCIMS (Customer ID)', 'URL du point de terminaison Certn',
        'Nom d’utilisateur du webhook', 'Mot de passe du webhook',
        'Nom du forfait 1', 'ID du forfait 1', 'Nom du forfait 2', 'ID du forfait 2', 'Créée le', 'Expire le',
      ]);
      // A package name with a doubled space is flagged in French.
      expect(await page.locator('#fields th .name-note').first().textContent()).toBe('Le nom contient deux espaces ou plus à la suite (surligné). Entrez-le exactement; «\u00a0Copier\u00a0» le copie tel quel.');
      await expect(page.locator('#instructions').textContent()).resolves.toBe(payload.instructions);
      expect(await page.getByRole('button', { name: 'Copier' }).count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('made in English from a French console gives English; without a language it follows the console', async () => {
    const en = await make('en', 'keycode-split', 'fr-CA');
    expect(gpgDecrypt(en.files[0].content, en.keycode!).instructions).toMatch(/^These are the Certn values/);
    expect(en.consultantInstructions.join(' ')).toMatch(/two different channels/);
    expect(en.files[1].content).toContain('<html lang="en">');
    expect(en.files[1].content).toContain('<h1>Encrypted Certn values for the iCIMS integration</h1>');
    await app?.close();

    const fr = await make(undefined, 'keycode', 'fr-CA');
    expect(gpgDecrypt(fr.files[0].content, fr.keycode!).instructions).toMatch(/^Voici les valeurs Certn/);
    expect(fr.consultantInstructions[1]).toMatch(/^Communiquez le code de clé au consultant iCIMS/);
    expect(fr.files[1].content).toContain('<html lang="fr-CA">');
  });

  it('npm run handoff -- --language fr-CA makes the consultant’s handoff in French; GnuPG opens it', async () => {
    const made = await appWithIntegration('uk');
    populate(made.app, made.id);
    await made.app.close();
    const out = path.join(tempDir('handoff-lang-cli-'), 'out');
    const r = await runCli(['--data-dir', made.dataDir, '--integration', 'Acme UK', '--out', out, '--language', 'fr-CA'], { CONSOLE_VAULT_PASSPHRASE: PASSPHRASE, LANG: 'C.UTF-8', LANGUAGE: undefined, LC_ALL: undefined });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Communiquez le code de clé au consultant iCIMS');
    const keycode = /^ {2}([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})$/m.exec(r.stdout)![1];
    expect(gpgDecrypt(fs.readFileSync(path.join(out, 'acme-uk-icims-handoff.asc'), 'utf8'), keycode).instructions).toMatch(/^Voici les valeurs Certn/);
    expect(fs.readFileSync(path.join(out, 'acme-uk-icims-handoff.html'), 'utf8')).toContain('<html lang="fr-CA">');
    // The command's own words are French too: what it wrote, the keycode's warning, the consultant's list.
    expect(r.stdout).toMatch(/^Transmission pour «\u00a0Acme UK\u00a0» \(.+\), pour consultant iCIMS\u00a0:$/m);
    expect(r.stdout).toMatch(/^ {2}écrit .+acme-uk-icims-handoff\.asc {2}\(SHA-256 [0-9a-f]{64}\)$/m);
    expect(r.stdout).toMatch(/^ {2}valide jusqu’au \d{1,2} [a-zéû]+\.? \d{4}/m);
    expect(r.stdout).toContain('CODE DE CLÉ\u00a0: affiché une fois, enregistré nulle part.');
    expect(r.stdout).toContain('Pour le consultant\u00a0:');
    for (const english of ['Handoff for', 'wrote ', 'valid until', 'KEYCODE', 'For the consultant']) expect(r.stdout).not.toContain(english);
  }, 120_000);

  it('npm run handoff in French for the admin, with --handoff-language en for a consultant who reads English', async () => {
    const made = await appWithIntegration('uk');
    populate(made.app, made.id);
    await made.app.close();
    const out = path.join(tempDir('handoff-lang-cli-'), 'out');
    const env = { CONSOLE_VAULT_PASSPHRASE: PASSPHRASE, LANG: 'fr_CA.UTF-8', LANGUAGE: undefined, LC_ALL: undefined };
    const r = await runCli(['--data-dir', made.dataDir, '--integration', 'Acme UK', '--out', out, '--handoff-language', 'en'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('CODE DE CLÉ\u00a0:');
    expect(r.stdout).toContain('Tell the consultant the keycode by a different channel');
    const keycode = /^ {2}([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})$/m.exec(r.stdout)![1];
    expect(gpgDecrypt(fs.readFileSync(path.join(out, 'acme-uk-icims-handoff.asc'), 'utf8'), keycode).instructions).toMatch(/^These are the Certn values/);
    expect(fs.readFileSync(path.join(out, 'acme-uk-icims-handoff.html'), 'utf8')).toContain('<html lang="en">');
    const bad = await runCli(['--data-dir', made.dataDir, '--integration', 'Acme UK', '--out', out, '--handoff-language', 'de'], env);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('Langue inconnue') });
    const help = await runCli(['--help'], env);
    expect(help.stdout).toMatch(/^Utilisation\u00a0: npm run handoff/);
    expect(help.stdout).toContain('--handoff-language');
  }, 120_000);
});
