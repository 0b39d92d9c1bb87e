import { spawn } from 'node:child_process';
import { PASSPHRASE } from './app';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * One of the console's terminal commands (`main/cli/<name>.ts`) as a real process. The vault
 * passphrase comes only from `env`: an inherited CONSOLE_VAULT_PASSPHRASE is cleared first.
 */
export function runScript(script: string, args: string[], env: Record<string, string | undefined> = { CONSOLE_VAULT_PASSPHRASE: PASSPHRASE }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, CONSOLE_VAULT_PASSPHRASE: undefined, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
