import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/simulator/index';
import { decryptMessage, keyCodeChecksum } from '../../../main/sendsafely';
import type { SendSafelyStatus } from '../../../main/ipc/contract/handoff';
import { appWithIntegration, call, populate, runCli, WEBHOOK_PASSWORD } from '../../support/handoff';

// `npm run handoff -- --method sendsafely` as a real process, against a SendSafely simulator on loopback.

let sim: Simulator;
let dataDir: string;
beforeAll(async () => {
  sim = await startSimulator({ seed: false });
  const made = await appWithIntegration('uk', 'Acme UK');
  dataDir = made.dataDir;
  populate(made.app, made.id);
  const status = await call<SendSafelyStatus>(made.app, 'handoff.sendsafelyConnect', { integrationId: made.id, host: sim.sendsafelyUrl, apiKey: sim.demo.sendsafelyApiKey, apiSecret: sim.demo.sendsafelyApiSecret });
  expect(status.host).toBe(sim.sendsafelyUrl);
  const bare = await call<{ id: string }>(made.app, 'integrations.create', { name: 'Bare Co', environment: 'ca' });
  populate(made.app, bare.id);
  await made.app.close();
});
afterAll(async () => {
  await sim?.stop();
});

describe('npm run handoff -- --method sendsafely', () => {
  it('sends one package and prints the secure link once; the link opens the exact payload', async () => {
    const r = await runCli(['--method', 'sendsafely', '--recipient-email', 'dana@consultants.example', '--integration', 'Acme UK', '--data-dir', dataDir, '--days', '5', '--recipient', 'Dana']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const links = r.stdout.match(/http:\/\/127\.0\.0\.1:\d+\/receive\/\?thread=\S+#keyCode=[\w-]{43}/g) ?? [];
    expect(links).toHaveLength(1);
    expect(r.stdout).toContain('SECURE LINK: shown once, saved nowhere.');
    expect(r.stdout).toMatch(/sent through SendSafely \(http:\/\/127\.0\.0\.1:\d+\) to dana@consultants\.example/);
    const link = new URL(links[0]!);
    const keyCode = new URLSearchParams(link.hash.slice(1)).get('keyCode')!;
    const thread = link.searchParams.get('thread')!;
    const packageCode = link.searchParams.get('packageCode')!;
    const view = await sim.sendsafelyAdmin.pkg(thread);
    expect(view).toMatchObject({ life: 5, notified: [], checksum: keyCodeChecksum(keyCode, packageCode) });

    const post = (p: string, body: unknown) => fetch(`${sim.sendsafelyUrl}/receive/api/${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((x) => x.json() as Promise<{ serverSecret: string; message: string }>);
    await post('start', { thread, packageCode, email: 'dana@consultants.example' });
    const [{ code }] = await sim.sendsafelyAdmin.codes('dana@consultants.example');
    const opened = await post('open', { thread, packageCode, email: 'dana@consultants.example', code, checksum: keyCodeChecksum(keyCode, packageCode) });
    const payload = JSON.parse(await decryptMessage(opened.message, opened.serverSecret, keyCode)) as Record<string, unknown>;
    expect(payload.webhookPassword).toBe(WEBHOOK_PASSWORD);
  });

  it('fails plainly: options, an unconnected integration, and a secret SendSafely no longer accepts', async () => {
    const noEmail = await runCli(['--method', 'sendsafely', '--integration', 'Acme UK', '--data-dir', dataDir]);
    expect(noEmail.code).toBe(2);
    expect(noEmail.stderr).toContain('--recipient-email is required with --method sendsafely');
    const mixed = await runCli(['--method', 'sendsafely', '--split', '--recipient-email', 'a@b.example', '--integration', 'Acme UK', '--data-dir', dataDir]);
    expect(mixed.code).toBe(2);
    const bare = await runCli(['--method', 'sendsafely', '--recipient-email', 'a@b.example', '--integration', 'Bare Co', '--data-dir', dataDir]);
    expect(bare.code).toBe(7);
    expect(bare.stderr).toContain('SendSafely is not connected for this integration.');
    await sim.sendsafelyAdmin.setAccount({ apiKey: sim.demo.sendsafelyApiKey, apiSecret: 'rotated-secret-0000' });
    try {
      const refused = await runCli(['--method', 'sendsafely', '--recipient-email', 'a@b.example', '--integration', 'Acme UK', '--data-dir', dataDir]);
      expect(refused.code).toBe(7);
      expect(refused.stderr).toContain('did not accept this API key and secret');
      expect(refused.stdout).not.toContain('keyCode=');
    } finally {
      await sim.sendsafelyAdmin.setAccount({ apiKey: sim.demo.sendsafelyApiKey, apiSecret: sim.demo.sendsafelyApiSecret });
    }
  });
});
