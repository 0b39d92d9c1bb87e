import { describe, expect, it } from 'vitest';
import { call, makeApp, PASSPHRASE } from '../../support/app';
import type { ConsoleApp } from '../../../main/app';

// "Do it for me" performs the portal form in the simulator. The webhook credentials it leaves
// behind must be the same in the vault, in the simulator and in the handoff.
type Step = { notice: string | null; hasWebhookUsername: boolean; hasWebhookPassword: boolean; certnSavedAt: string | null };

async function ready(app: ConsoleApp): Promise<string> {
  const id = (await call<{ id: string }>(app, 'integrations.create', { name: `Sim ${Math.random()}`, environment: 'simulator' })).id;
  await call(app, 'certn.connectSimulator', { integrationId: id });
  await call(app, 'icims.useSimulatorAccount', { integrationId: id });
  return id;
}

/** What Certn's event endpoint answers to these credentials: 401 if it does not know them. */
async function endpointAnswer(app: ConsoleApp, id: string, user: string, pass: string): Promise<number> {
  const url = await app.services.setup.endpointUrl(id);
  const r = await fetch(url, { method: 'POST', headers: { Authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`, 'Content-Type': 'application/json' }, body: '{}' });
  return r.status;
}

describe('Do it for me', () => {
  it('uses the webhook credentials the admin typed; the typed ones are accepted, not 401', async () => {
    const app = await makeApp();
    try {
      await call(app, 'vault.init', { passphrase: PASSPHRASE });
      const id = await ready(app);
      await call(app, 'connection.saveWebhookField', { integrationId: id, field: 'username', value: 'typed-webhook-user' });
      await call(app, 'connection.saveWebhookField', { integrationId: id, field: 'password', value: 'typed-webhook-password-123' });
      const step = await call<Step>(app, 'connection.doItForMe', { integrationId: id });
      expect(step.certnSavedAt).not.toBeNull();
      expect(step.notice).toMatch(/used the webhook username and password you entered/);
      expect(app.services.vault.read(id, 'webhook_username')).toBe('typed-webhook-user');
      expect(app.services.vault.read(id, 'webhook_password')).toBe('typed-webhook-password-123');
      expect(await endpointAnswer(app, id, 'typed-webhook-user', 'typed-webhook-password-123')).not.toBe(401);
      expect(await endpointAnswer(app, id, 'typed-webhook-user', 'something else')).toBe(401);

      // Run again after the admin re-typed the password: the simulator follows the vault.
      await call(app, 'connection.saveWebhookField', { integrationId: id, field: 'password', value: 'second-password-456' });
      await call(app, 'connection.doItForMe', { integrationId: id });
      expect(await endpointAnswer(app, id, 'typed-webhook-user', 'second-password-456')).not.toBe(401);
      expect(await endpointAnswer(app, id, 'typed-webhook-user', 'typed-webhook-password-123')).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('when nothing was typed, says it generated them; the vault holds what the simulator accepts', async () => {
    const app = await makeApp();
    try {
      await call(app, 'vault.init', { passphrase: PASSPHRASE });
      const id = await ready(app);
      const step = await call<Step>(app, 'connection.doItForMe', { integrationId: id });
      expect(step).toMatchObject({ hasWebhookUsername: true, hasWebhookPassword: true });
      expect(step.notice).toMatch(/generated the webhook username and password/);
      expect(await endpointAnswer(app, id, app.services.vault.read(id, 'webhook_username'), app.services.vault.read(id, 'webhook_password'))).not.toBe(401);
      // What is shown and handed over is what is stored: the preview reads the same vault entries.
      const preview = await call<{ webhookUsername: { saved: boolean }; webhookPassword: { saved: boolean } }>(app, 'handoff.preview', { integrationId: id });
      expect(preview.webhookUsername.saved && preview.webhookPassword.saved).toBe(true);
    } finally {
      await app.close();
    }
  });
});
