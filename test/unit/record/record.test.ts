import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ConsoleApp } from '../../../main/app';
import type { SecretKind } from '../../../main/shared/secret-kinds';
import { allSpacesVisible } from '../../../main/record/pdf';
import { appWithIntegration, call, populate, tempDir, WEBHOOK_PASSWORD, WEBHOOK_USERNAME } from '../../support/handoff';

// The integration record read back as an auditor would: pdftotext for its words, pdftoppm for its
// pages. Canary secrets sit in the vault under every kind the console keeps; none may appear.
const CANARIES: Partial<Record<SecretKind, string>> = {
  certn_api_key: 'CANARYk1.certnkeycertnkeycertnkey00000001',
  icims_username: 'CANARY-icims-user-77',
  icims_password: 'CANARY-icims-pw-3f9a',
  webhook_username: WEBHOOK_USERNAME,
  webhook_password: WEBHOOK_PASSWORD,
  sendsafely_api_key: 'CANARY-ss-key-5521',
  sendsafely_api_secret: 'CANARY-ss-secret-8812',
  webhook_password_retired: 'CANARY-old-webhook-pw-0042',
  certn_api_key_retired: 'CANARYold.oldkeyoldkeyoldkeyoldkey000002',
};
const COMPANY = 'Société Générale — Équipe RH, Québec';

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('integration record (PDF)', () => {
  let app: ConsoleApp;
  let id: string;
  let dataDir: string;
  const out = tempDir('record-out-');
  let handoffSha: string;
  afterAll(async () => app?.close());

  beforeAll(async () => {
    ({ app, id, dataDir } = await appWithIntegration('uk', 'Acme Écosse'));
    populate(app, id, { company: COMPANY });
    for (const [kind, value] of Object.entries(CANARIES)) app.services.vault.put(id, kind as SecretKind, value!);
    app.services.db.prepare('INSERT INTO groups (integration_id, id, short_id, name, is_active) VALUES (?, ?, ?, ?, 1)').run(id, 'grp-7a', 'CG_UK_RH', 'Recrutement été');
    app.services.settings.set(id, { reportType: 'PORTAL', defaultGroupId: 'grp-7a', icimsHosting: 'eu' });
    await call(app, 'icims.setMilestone', { integrationId: id, kind: 'requested', on: '2026-01-05' });
    await call(app, 'icims.setMilestone', { integrationId: id, kind: 'credentials', on: '2026-03-02' });
    const made = await call<{ record: { sha256: string; sha256Html: string } }>(app, 'handoff.create', { integrationId: id, recipientLabel: 'Hélène Dubois (iCIMS)', method: 'keycode' });
    handoffSha = made.record.sha256;
  });

  it('shows every field, French accents and ␣ included, and no secret', async () => {
    const { fileName, base64 } = await call<{ fileName: string; base64: string }>(app, 'record.pdf', { integrationId: id });
    expect(fileName).toBe('acme-ecosse-record.pdf');
    const bytes = Buffer.from(base64, 'base64');
    const file = path.join(out, fileName);
    fs.writeFileSync(file, bytes);
    const text = pdfText(file);
    const flat = text.replace(/\s+/g, ' ');
    for (const want of [
      'Integration record: Acme Écosse', COMPANY, 'Europe, Middle East and Africa (uk)',
      'https://api.uk.certn.co/api/external/ats/icims/webhook/', 'iCIMS Customer ID 4321', 'iCIMS hosting eu',
      'Secure Certn portal link', 'Recrutement été (CG_UK_RH), ID grp-7a',
      allSpacesVisible('UK Standard — Criminal + ID '), 'UK␣Standard␣—␣Criminal␣+␣ID␣', 'UK␣␣Management', 'pkg-uk-standard-01', 'pkg-uk-mgmt-02',
      'Request sent to iCIMS', 'iCIMS credentials received', 'Hélène Dubois (iCIMS)', 'keycode by another channel', handoffSha,
      'No health check run yet.', 'Audit summary', 'Handoff created',
    ]) expect(flat).toContain(want);
    // Not selected for iCIMS, so not in the record.
    expect(flat).not.toContain('Not for iCIMS');
    for (const secret of Object.values(CANARIES) as string[]) {
      expect(text).not.toContain(secret);
      expect(bytes.includes(Buffer.from(secret))).toBe(false);
    }
    // Rendered as pages a printer would get: pdftoppm draws page 1 with ink on it.
    execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', '-png', file, path.join(out, 'page')]);
    const png = fs.readdirSync(out).find((f) => f.startsWith('page') && f.endsWith('.png'))!;
    expect(fs.statSync(path.join(out, png)).size).toBeGreaterThan(2000);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans.*yes/);
    expect(app.services.audit.list({ integrationId: id, action: 'record.exported' })).toHaveLength(1);
  });

  it('shows the latest health result when a health reader supplies one', async () => {
    const { makeRecord } = await import('../../../main/setup/record');
    const made = await makeRecord({ ...app.services.steps, auditLog: app.services.audit }, id, 'console', {
      latest: () => ({ checkedAt: '2026-11-20T10:00:00.000Z', verdict: '1 check failing', checks: [{ name: 'Package drift', verdict: 'Failing', evidence: 'renamed to « Standard »' }] }),
    });
    const file = path.join(out, 'health.pdf');
    fs.writeFileSync(file, made.bytes);
    const flat = pdfText(file).replace(/\s+/g, ' ');
    expect(flat).toContain('1 check failing');
    expect(flat).toContain('Failing: renamed to « Standard »');
    expect(flat).not.toContain('No health check run yet.');
  });

  describe('npm run record', () => {
    const run = (args: string[]) => new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'main/cli/record.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CONSOLE_VAULT_PASSPHRASE: undefined } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

    it('writes the record without the vault passphrase, and exits with the documented codes', async () => {
      await app.close();
      const target = path.join(out, 'cli-record.pdf');
      const ok = await run(['--integration', 'Acme Écosse', '--out', target, '--data-dir', dataDir]);
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain('holds no secret');
      const text = pdfText(target);
      expect(text).toContain('Hélène Dubois (iCIMS)');
      for (const secret of Object.values(CANARIES) as string[]) expect(text).not.toContain(secret);

      // Independent refusals, run side by side (each is a process start).
      const [again, forced, folder, noParent, typo, nobody, empty, help] = await Promise.all([
        run(['--integration', 'Acme Écosse', '--out', target, '--data-dir', dataDir]),
        run(['--integration', 'Acme Écosse', '--out', path.join(out, 'forced.pdf'), '--data-dir', dataDir, '--force']),
        run(['--integration', 'Acme Écosse', '--out', out, '--data-dir', dataDir]),
        run(['--integration', 'Acme Écosse', '--out', path.join(out, 'no-such-dir', 'r.pdf'), '--data-dir', dataDir]),
        run(['--integraton', 'x', '--out', target]),
        run(['--integration', 'Nobody', '--out', path.join(out, 'n.pdf'), '--data-dir', dataDir]),
        run(['--integration', 'Acme', '--out', path.join(out, 'n.pdf'), '--data-dir', tempDir('empty-')]),
        run(['--help']),
      ]);
      expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining('already exists') });
      expect(forced.code).toBe(0);
      expect(folder).toMatchObject({ code: 2, stderr: expect.stringContaining('is a folder') });
      expect(noParent).toMatchObject({ code: 2, stderr: expect.stringContaining('does not exist') });
      expect(typo).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown option --integraton') });
      expect(nobody).toMatchObject({ code: 3, stderr: expect.stringContaining('Known integrations: “Acme Écosse”') });
      expect(empty.code).toBe(3);
      expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('Exit codes') });
    }, 180_000);
  });
});
