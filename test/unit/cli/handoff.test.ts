import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandoffRecord } from '../../../main/ipc/contract/handoff';
import { tempGpgHome, type GpgHome } from '../handoff/fixtures';
import { appWithIntegration, call, makeApp, PASSPHRASE, populate, runCli, scanFor, sha256, tempDir, WEBHOOK_PASSWORD } from '../../support/handoff';

// `npm run handoff` as an implementer runs it: a real process on a data folder the console made.

const count = (text: string, needle: string) => text.split(needle).length - 1;

let dataDir: string;
let home: GpgHome;
beforeAll(async () => {
  home = tempGpgHome();
  const made = await appWithIntegration('uk', 'Acme UK');
  dataDir = made.dataDir;
  populate(made.app, made.id);
  const bare = await call<{ id: string }>(made.app, 'integrations.create', { name: 'Bare Co', environment: 'ca' });
  populate(made.app, bare.id, { packages: false, webhook: 'none' });
  await made.app.close();
});
afterAll(() => home?.close());

async function records(): Promise<HandoffRecord[]> {
  const app = await makeApp({ dataDir });
  try {
    await call(app, 'vault.unlock', { passphrase: PASSPHRASE });
    const id = app.services.integrations.findByName('Acme UK')!.id;
    return await call<HandoffRecord[]>(app, 'handoff.list', { integrationId: id });
  } finally {
    await app.close();
  }
}

// Windows has no POSIX file modes (the files take the folder's ACL): the 0600 check runs elsewhere.
const POSIX = process.platform !== 'win32';

describe('npm run handoff', () => {
  if (!POSIX) it.skip('file mode 0600 on the handoff files: skipped on Windows, which has no POSIX file modes', () => {});

  it('writes the files (0600), prints the keycode exactly once, records and audits the handoff; gpg opens it', async () => {
    const out = path.join(tempDir('handoff-cli-'), 'out');
    const r = await runCli(['--data-dir', dataDir, '--integration', 'acme uk', '--out', out, '--recipient', 'Dana (iCIMS)', '--days', '7']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const keycode = /^ {2}([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})$/m.exec(r.stdout)![1];
    expect(count(r.stdout, keycode)).toBe(1);
    expect(r.stdout).toContain('shown once, saved nowhere');
    const asc = path.join(out, 'acme-uk-icims-handoff.asc');
    const html = path.join(out, 'acme-uk-icims-handoff.html');
    if (POSIX) for (const f of [asc, html]) expect(fs.statSync(f).mode & 0o777).toBe(0o600);
    const payload = JSON.parse(home.gpg(['--pinentry-mode', 'loopback', '--passphrase', keycode, '-d', asc]));
    expect(payload.packages).toEqual([
      { name: 'UK  Management', id: 'pkg-uk-mgmt-02' },
      { name: 'UK Standard — Criminal + ID ', id: 'pkg-uk-standard-01' },
    ]);
    expect(payload.webhookPassword).toBe(WEBHOOK_PASSWORD);
    expect(Date.parse(payload.expiresAt) - Date.parse(payload.createdAt)).toBe(7 * 86_400_000);

    const [rec] = await records();
    expect(rec).toMatchObject({ recipientLabel: 'Dana (iCIMS)', method: 'keycode', sha256: sha256(fs.readFileSync(asc, 'utf8')) });
    const app = await makeApp({ dataDir });
    const audit = app.services.audit.list().find((e) => e.action === 'handoff.created');
    await app.close();
    expect(audit?.detail).toMatchObject({ handoffId: rec.id, via: 'cli', sha256: rec.sha256 });
    expect(scanFor(dataDir, [keycode, WEBHOOK_PASSWORD])).toEqual([]);
    expect(scanFor(out, [keycode, keycode.replace(/-/g, ''), WEBHOOK_PASSWORD])).toEqual([]);
  });

  it('--split prints each part once; gpg opens the file with part 1, a dash, part 2', async () => {
    const out = tempDir('handoff-cli-');
    const r = await runCli(['--data-dir', dataDir, '--integration', 'Acme UK', '--out', out, '--split']);
    expect(r.code).toBe(0);
    const part1 = /Part 1: (\S+)/.exec(r.stdout)![1];
    const part2 = /Part 2: (\S+)/.exec(r.stdout)![1];
    expect(count(r.stdout, part1)).toBe(1);
    expect(count(r.stdout, part2)).toBe(1);
    expect(r.stdout).not.toContain(`${part1}-${part2}`);
    const payload = JSON.parse(home.gpg(['--pinentry-mode', 'loopback', '--passphrase', `${part1}-${part2}`, '-d', path.join(out, 'acme-uk-icims-handoff.asc')]));
    expect(payload.packages).toHaveLength(2);
  });

  it('--recipient-key: refuses without a confirmed fingerprint, then encrypts to a gpg-made key', async () => {
    home.gpg(['--passphrase', '', '--quick-gen-key', 'Lee Consultant <lee@example.test>', 'default', 'default', 'never']);
    const keyFile = path.join(tempDir('handoff-key-'), 'lee.asc');
    fs.writeFileSync(keyFile, home.gpg(['--armor', '--export', 'lee@example.test']));
    const fpr = /^fpr:+([0-9A-F]{40}):/m.exec(home.gpg(['--with-colons', '--fingerprint', 'lee@example.test']))![1];
    const out = tempDir('handoff-cli-');
    const base = ['--data-dir', dataDir, '--integration', 'Acme UK', '--out', out, '--recipient-key', keyFile];

    const unconfirmed = await runCli(base);
    expect(unconfirmed.code).toBe(6);
    expect(unconfirmed.stdout).toContain(fpr.match(/.{4}/g)!.join(' '));
    expect(unconfirmed.stderr).toMatch(/--fingerprint/);
    expect(fs.readdirSync(out)).toEqual([]);

    const r = await runCli([...base, '--fingerprint', fpr]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no keycode is needed/);
    expect(fs.readdirSync(out)).toEqual(['acme-uk-icims-handoff.asc']);
    const payload = JSON.parse(home.gpg(['-d', path.join(out, 'acme-uk-icims-handoff.asc')]));
    expect(payload.integrationName).toBe('Acme UK');
    expect((await records())[0]).toMatchObject({ method: 'public-key', fingerprint: fpr.match(/.{4}/g)!.join(' ') });
  });

  it('fails clearly, with distinct exit codes and nothing written or recorded', async () => {
    const before = (await records()).length;
    const out = tempDir('handoff-cli-');
    const base = ['--data-dir', dataDir, '--out', out];
    const [unknown, wrong, noPass, missing, noData, badDays] = await Promise.all([
      runCli([...base, '--integration', 'Nobody']),
      runCli([...base, '--integration', 'Acme UK'], { CONSOLE_VAULT_PASSPHRASE: 'not the passphrase at all' }),
      runCli([...base, '--integration', 'Acme UK'], {}),
      runCli([...base, '--integration', 'Bare Co']),
      runCli(['--data-dir', path.join(out, 'nothing-here'), '--out', out, '--integration', 'Acme UK']),
      runCli([...base, '--integration', 'Acme UK', '--days', '400']),
    ]);
    expect([unknown.code, wrong.code, noPass.code, missing.code, noData.code, badDays.code]).toEqual([3, 4, 4, 5, 3, 2]);
    expect(unknown.stderr).toMatch(/No integration called “Nobody”[\s\S]*“Acme UK”/);
    expect(wrong.stderr).toMatch(/passphrase does not open the vault/);
    expect(noPass.stderr).toMatch(/CONSOLE_VAULT_PASSPHRASE/);
    expect(missing.stderr).toContain('The webhook username and password from Certn are not saved: go to step 3, Certn connection.');
    expect(missing.stderr).toContain('No package is selected for iCIMS');
    expect(noData.stderr).toMatch(/No console data in/);
    expect(badDays.stderr).toMatch(/--days must be a whole number from 1 to 365/);
    expect(fs.readdirSync(out)).toEqual([]);
    expect((await records()).length).toBe(before);
  });

  it('refuses unknown or misspelled options with a suggestion, and an --out that is a file, before anything is made', async () => {
    const before = (await records()).length;
    const out = tempDir('handoff-cli-');
    const file = path.join(out, 'not-a-folder.txt');
    fs.writeFileSync(file, 'x');
    const base = ['--data-dir', dataDir, '--integration', 'Acme UK'];
    const [bogus, day, recipent, outFile] = await Promise.all([
      runCli([...base, '--out', out, '--bogus']),
      runCli([...base, '--out', out, '--day', '400']),
      runCli([...base, '--out', out, '--recipent', 'Dana']),
      runCli([...base, '--out', file]),
    ]);
    expect([bogus.code, day.code, recipent.code, outFile.code]).toEqual([2, 2, 2, 2]);
    expect(bogus.stderr).toContain('Unknown option --bogus.');
    expect(day.stderr).toContain('Unknown option --day. Did you mean --days?');
    expect(recipent.stderr).toContain('Unknown option --recipent. Did you mean --recipient?');
    expect(outFile.stderr).toContain(`--out must name a folder, but ${file} is a file.`);
    for (const r of [bogus, day, recipent, outFile]) expect(r.stderr).not.toMatch(/unexpectedly/);
    expect(fs.readdirSync(out)).toEqual(['not-a-folder.txt']);
    expect((await records()).length).toBe(before);
  });
});
