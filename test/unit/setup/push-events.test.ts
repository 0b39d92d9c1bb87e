import { afterAll, describe, expect, it, vi } from 'vitest';
import { call, makeApp, PASSPHRASE } from '../../support/app';
import type { ConsoleApp } from '../../../main/app';
import type { EventMap } from '../../../main/ipc/contract/push';

// What the window is told without asking: a sync's progress, and changes in the local simulator
// made by anyone (here the simulated iCIMS, driven from outside the console).

type Pushed = { [E in keyof EventMap]: { name: E; payload: EventMap[E] } }[keyof EventMap];

describe('pushed events from the wizard services', () => {
  let app: ConsoleApp;
  let id: string;
  const pushed: Pushed[] = [];
  afterAll(async () => app?.close());

  it('a package sync pushes its progress, from start to end, and the end matches syncStatus', async () => {
    app = await makeApp();
    app.events.on((name, payload) => pushed.push({ name, payload } as Pushed));
    await call(app, 'vault.init', { passphrase: PASSPHRASE });
    id = (await call<{ id: string }>(app, 'integrations.create', { name: 'Pushed', environment: 'simulator' })).id;
    await call(app, 'certn.connectSimulator', { integrationId: id });
    const started = await call<{ running: boolean; startedAt: string }>(app, 'packages.sync', { integrationId: id });
    expect(started.running).toBe(true);
    const progressOf = () => pushed.flatMap((e) => (e.name === 'packages.syncProgress' ? [e.payload] : []));
    await vi.waitFor(() => expect(progressOf().some((p) => !p.running)).toBe(true), { timeout: 30_000 });
    const progress = progressOf();
    expect(new Set(progress.map((p) => p.startedAt))).toEqual(new Set([started.startedAt]));
    expect(progress[0]).toMatchObject({ integrationId: id, running: true, loaded: 0 });
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ integrationId: id, running: false, error: null });
    expect(last.loaded).toBeGreaterThanOrEqual(5);
    expect(last.loaded).toBe(last.total);
    // Loaded never goes backwards within one sync.
    expect(progress.map((p) => p.loaded)).toEqual([...progress.map((p) => p.loaded)].sort((a, b) => a - b));
    const { integrationId: _, ...status } = last;
    expect(await call(app, 'packages.syncStatus', { integrationId: id })).toEqual(status);
    const list = await call<{ total: number }>(app, 'packages.list', { integrationId: id });
    expect(list.total).toBe(last.loaded);
  });

  it('a change made in the simulator from outside the console pushes rehearsal.changed; reading the state pushes nothing', async () => {
    await call(app, 'icims.useSimulatorAccount', { integrationId: id });
    await call(app, 'connection.doItForMe', { integrationId: id });
    await call(app, 'rehearsal.configureEvents', { integrationId: id });
    const state = await call<{ candidates: { workflowId: string; name: string; status: string }[]; triggerStatus: { id: string; name: string } }>(
      app, 'rehearsal.createCandidate', { integrationId: id, firstName: 'Ravi', lastName: 'Singh', email: 'ravi@example.com' },
    );
    const ravi = state.candidates.find((c) => c.name.includes('Ravi'))!;
    await quiet(app);

    // The recruiter moves Ravi in (simulated) iCIMS itself: iCIMS sends the event, Certn opens a case and writes back.
    const sim = await app.services.setup.simulator(id);
    const changed = app.events.once('rehearsal.changed');
    await sim.admin.moveWorkflow(Number(ravi.workflowId), state.triggerStatus.id);
    expect(await changed).toEqual({ integrationId: id });
    const after = await call<{ candidates: typeof state.candidates; cases: unknown[] }>(app, 'rehearsal.state', { integrationId: id });
    expect(after.candidates.find((c) => c.workflowId === ravi.workflowId)!.status).toBe(state.triggerStatus.name);
    expect(after.cases).toHaveLength(1);

    // Reading is not a change: no event follows a read (a loop would refresh the window for ever).
    await quiet(app);
    const before = pushed.length;
    await call(app, 'rehearsal.state', { integrationId: id });
    await new Promise((r) => setTimeout(r, 600));
    expect(pushed.slice(before).filter((e) => e.name === 'rehearsal.changed')).toEqual([]);
  });
});

/** Waits until no rehearsal.changed has been pushed for a while (a burst is coalesced into one). */
async function quiet(app: ConsoleApp): Promise<void> {
  for (;;) {
    const next = app.events.once('rehearsal.changed');
    const timedOut = await Promise.race([next.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 500))]);
    if (timedOut) return;
  }
}
