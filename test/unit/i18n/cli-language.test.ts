import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_EXIT } from '../../../main/shared/health';
import { handedOverSimulator, PASSPHRASE, runHealthCli } from '../health/helpers';
import { runScript } from '../../support/cli';

// The terminal commands speak the console's language: `--language` first, then the language saved
// in the data folder's preferences, then the POSIX locale. The exit codes never change with it.
const NO_LOCALE = { LANGUAGE: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'C.UTF-8' };
const env = (more: Record<string, string | undefined> = {}) => ({ CONSOLE_VAULT_PASSPHRASE: PASSPHRASE, ...NO_LOCALE, ...more });

describe('CLI output language', () => {
  let dataDir: string;
  const setLanguage = (language: string) => {
    const file = path.join(dataDir, 'preferences.json');
    const prefs = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(file, JSON.stringify({ ...prefs, language }));
  };

  beforeAll(async () => {
    const made = await handedOverSimulator({ name: 'Acme Rehearsal' });
    dataDir = made.dataDir;
    await made.app.close();
  }, 60_000);

  it('npm run health -- --language fr-CA prints French, with the same exit code as in English', async () => {
    setLanguage('system');
    const args = ['--integration', 'Acme Rehearsal', '--data-dir', dataDir];
    const [fr, en] = await Promise.all([runHealthCli([...args, '--language', 'fr-CA'], env()), runHealthCli(args, env())]);
    expect(fr.stderr).toBe('');
    expect(fr.stdout).toMatch(/^État de «\u00a0Acme Rehearsal\u00a0» \(.+\) le \d{1,2} [a-zéû]+\.? \d{4}/);
    expect(fr.stdout).toContain('Chaque forfait transmis existe toujours, est actif, est marqué pour utilisation par un ATS et porte le même nom.');
    expect(fr.stdout).toMatch(/Comparé à la transmission du .+ à Dana \(iCIMS\) \(2 forfaits\)\./);
    expect(fr.stdout).not.toContain('Every package handed over');
    expect(en.stdout).toMatch(/^Health of “Acme Rehearsal”/);
    expect(fr.code).toBe(en.code);
    expect([HEALTH_EXIT.healthy, HEALTH_EXIT.warning]).toContain(fr.code);
  }, 300_000);

  it('without --language: the data folder’s preference, else the POSIX locale; --language overrides both', async () => {
    setLanguage('system');
    const args = ['--integration', 'Nobody', '--data-dir', dataDir];
    const posix = await runHealthCli(args, env({ LANG: 'fr_CA.UTF-8' }));
    expect(posix).toMatchObject({ code: HEALTH_EXIT.cannotRun, stderr: expect.stringContaining('Aucune intégration nommée «\u00a0Nobody\u00a0» dans ce dossier de données.') });
    expect(posix.stderr).toContain('Intégrations connues\u00a0: «\u00a0Acme Rehearsal\u00a0».');

    setLanguage('fr-CA');
    const [saved, overridden] = await Promise.all([runHealthCli(args, env()), runHealthCli([...args, '--language', 'en'], env({ LANG: 'fr_CA.UTF-8' }))]);
    expect(saved.stderr).toContain('Aucune intégration nommée');
    expect(overridden.stderr).toContain('No integration called “Nobody”');
    expect(overridden.code).toBe(saved.code);

    // Usage errors read in the chosen language too, and keep their exit code.
    const [typo, badLanguage, record] = await Promise.all([
      runHealthCli(['--integraton', 'x', '--language', 'fr-CA'], env()),
      runHealthCli(['--integration', 'x', '--language', 'de'], env()),
      runScript('main/cli/record.ts', ['--language', 'fr-CA', '--help'], env()),
    ]);
    expect(typo).toMatchObject({ code: HEALTH_EXIT.usage, stderr: expect.stringContaining('Option inconnue\u00a0: --integraton. Vouliez-vous dire --integration?') });
    expect(badLanguage).toMatchObject({ code: HEALTH_EXIT.usage, stderr: expect.stringContaining('--language') });
    expect(record).toMatchObject({ code: 0, stdout: expect.stringContaining('Codes de sortie') });
    setLanguage('system');
  }, 300_000);
});
