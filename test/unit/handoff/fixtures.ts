import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findGpg } from '../../support/system-tools';
import { buildHandoffPayload, type BuildHandoffPayloadInput, type HandoffPayload } from '../../../main/handoff';

export function samplePayload(over: Partial<BuildHandoffPayloadInput> = {}): HandoffPayload {
  return buildHandoffPayload({
    integrationName: 'Acme Ltd — EMEA hiring',
    companyLabel: 'Acme Ltd',
    environment: 'uk',
    icimsCustomerId: '4321',
    webhookUsername: 'icims-acme-7f3a',
    webhookPassword: 'wH-9q!x<script>&"pass',
    packages: [
      { name: 'UK Standard — Criminal + ID', id: '3f6c2a1e-8b7d-4c55-9e0f-1a2b3c4d5e6f' },
      { name: 'UK Management', id: 'a1b2c3d4-0000-4111-8222-333344445555' },
    ],
    ...over,
  });
}

export interface GpgHome {
  dir: string;
  gpg(args: string[], input?: string): string;
  /** Runs gpg and returns stdout and stderr whatever the exit status (gpg reports details on stderr). */
  gpgStatus(args: string[]): { status: number | null; stdout: string; stderr: string };
  close(): void;
}

/**
 * A throw-away GNUPGHOME (mode 700) so tests never touch a real keyring. GnuPG is found as for
 * `npm test`; where there is none this throws the one line saying what to install, so the
 * interoperability tests fail rather than skip.
 */
export function tempGpgHome(): GpgHome {
  const { path: gpg, gpgconf } = findGpg();
  const dir = mkdtempSync(path.join(tmpdir(), 'handoff-gpg-'));
  const env = { ...process.env, GNUPGHOME: dir };
  return {
    dir,
    gpg: (args, input) => execFileSync(gpg, ['--batch', '--no-tty', '--quiet', ...args], { env, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], timeout: 30_000 }),
    gpgStatus: (args) => {
      const r = spawnSync(gpg, ['--batch', '--no-tty', ...args], { env, encoding: 'utf8', timeout: 30_000 });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    close: () => {
      try {
        execFileSync(gpgconf, ['--kill', 'all'], { env, stdio: 'ignore' });
      } catch {
        // no agent was started
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
