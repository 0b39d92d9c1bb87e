import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { call, makeApp, PASSPHRASE, tempDir } from '../../support/app';

// A rehearsal handoff names the simulator's endpoint: it must still answer after a restart.
type Status = { baseUrl: string | null; endpointUrl: string | null; portNotice: string | null };

async function openAgain(dataDir: string) {
  const app = await makeApp({ dataDir });
  await call(app, 'vault.unlock', { passphrase: PASSPHRASE });
  return app;
}

describe('the simulator keeps its port per integration', () => {
  it('comes back on the same port after a restart, and says so when that port was taken', async () => {
    const dataDir = tempDir();
    const first = await makeApp({ dataDir });
    await call(first, 'vault.init', { passphrase: PASSPHRASE });
    const id = (await call<{ id: string }>(first, 'integrations.create', { name: 'Rehearsal', environment: 'simulator' })).id;
    const before = await call<Status>(first, 'certn.connectSimulator', { integrationId: id });
    const port = Number(new URL(before.baseUrl!).port);
    expect(before.portNotice).toBeNull();
    await first.close();

    const second = await openAgain(dataDir);
    try {
      await second.services.setup.simulator(id);
      const again = await call<Status>(second, 'certn.status', { integrationId: id });
      expect(again.endpointUrl).toBe(before.endpointUrl);
      expect(again.portNotice).toBeNull();
      expect((await fetch(again.endpointUrl!, { method: 'POST' })).status).toBe(401);
    } finally {
      await second.close();
    }

    // Another program takes the port while the console is closed.
    const squatter = net.createServer();
    await new Promise<void>((r) => squatter.listen(port, '127.0.0.1', () => r()));
    const third = await openAgain(dataDir);
    try {
      await third.services.setup.simulator(id);
      const moved = await call<Status>(third, 'certn.status', { integrationId: id });
      expect(moved.baseUrl).not.toBe(before.baseUrl);
      expect(moved.portNotice).toMatch(new RegExp(`earlier port ${port} was taken.*Make a new handoff`));
      expect(third.services.audit.list().some((e) => e.action === 'simulator.port_changed')).toBe(true);
      // Read later in French, the same notice is French.
      await call(third, 'prefs.set', { language: 'fr-CA' });
      const fr = await call<Status>(third, 'certn.status', { integrationId: id });
      expect(fr.portNotice).toContain(`${port}`);
      expect(fr.portNotice).not.toMatch(/earlier port|Make a new handoff/);
      expect(fr.portNotice).toMatch(/transmission/);
      await call(third, 'prefs.set', { language: 'en' });
    } finally {
      await third.close();
      await new Promise((r) => squatter.close(r));
    }
  });
});
