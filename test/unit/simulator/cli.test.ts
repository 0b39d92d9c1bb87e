import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

// Windows has no SIGINT to send to a child (kill() ends it outright), so the clean exit on Ctrl-C
// is checked on POSIX only.
const POSIX = process.platform !== 'win32';

describe('npm run simulator', () => {
  if (!POSIX) it.skip('exits 0 on Ctrl-C: skipped on Windows, where a test cannot send a child Ctrl-C', () => {});

  it(`prints one labelled value per line, serves with them${POSIX ? ', and stops on Ctrl-C' : ''}`, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'main/cli/simulator.ts', '--port-certn', '0', '--port-icims', '0', '--icims-customer-id', '7383'], { cwd: root });
    let out = '';
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      await new Promise<void>((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`no banner: ${out}`)), 15_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('Ctrl-C')) {
            clearTimeout(timer);
            ok();
          }
        });
      });
      const values = Object.fromEntries(
        out.split(/\r?\n/).filter((l) => l.includes(': ')).map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)]),
      );
      expect(Object.keys(values)).toEqual([
        'Certn API base URL', 'Certn API key', 'iCIMS API base URL', 'iCIMS customer ID', 'iCIMS username', 'iCIMS password',
        'SendSafely host', 'SendSafely API key', 'SendSafely API secret', 'SendSafely key owner',
      ]);
      expect(values['iCIMS customer ID']).toBe('7383');
      expect(values['Certn API base URL']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const r = await fetch(`${values['Certn API base URL']}/api/public/groups/?page=1&page_size=1`, {
        headers: { authorization: `Api-Key ${values['Certn API key']}` },
      });
      expect(r.status).toBe(200);
      const auth = 'Basic ' + Buffer.from(`${values['iCIMS username']}:${values['iCIMS password']}`).toString('base64');
      const j = await fetch(`${values['iCIMS API base URL']}/customers/${values['iCIMS customer ID']}/jobs/2001`, { headers: { authorization: auth } });
      expect(j.status).toBe(200);
      const { SendSafelyClient } = await import('../../../main/sendsafely');
      const ss = new SendSafelyClient({ host: values['SendSafely host'], apiKey: values['SendSafely API key'], apiSecret: values['SendSafely API secret'] });
      expect(await ss.verifyCredentials()).toBe(values['SendSafely key owner']);
    } finally {
      child.kill('SIGINT');
    }
    const code = await exited;
    if (POSIX) expect(code).toBe(0);
  }, 20_000);
});
