import { gzipSync } from 'node:zlib';
import type { ConsoleApp } from '../../../main/app';
import { call, makeApp, PASSPHRASE, tempDir } from '../../support/app';

const pause = <T,>(v: T) => new Promise<T>((r) => setTimeout(() => r(v), 20));

/**
 * A simulator integration taken through every setup step with the real services: key, packages,
 * iCIMS account, the Certn connection, event notifications and a first handoff.
 */
export async function liveSimulatorIntegration(name = 'Rotation rehearsal', dataDir = tempDir('rotation-')) {
  const app = await makeApp({ dataDir });
  await call(app, 'vault.init', { passphrase: PASSPHRASE });
  const id = (await call<{ id: string }>(app, 'integrations.create', { name, environment: 'simulator' })).id;
  await call(app, 'certn.connectSimulator', { integrationId: id });
  await call(app, 'packages.sync', { integrationId: id });
  let sync: { running: boolean };
  do sync = await call<typeof sync>(app, 'packages.syncStatus', { integrationId: id }).then(pause);
  while (sync.running);
  const list = (await call<{ rows: { id: string; name: string }[] }>(app, 'packages.list', { integrationId: id })).rows;
  await call(app, 'packages.select', { integrationId: id, packageId: list.find((p) => p.name === 'Standard Employment Screen')!.id, selected: true });
  await call(app, 'icims.useSimulatorAccount', { integrationId: id });
  await call(app, 'connection.doItForMe', { integrationId: id });
  await call(app, 'rehearsal.configureEvents', { integrationId: id });
  const first = await call<{ record: { id: string } }>(app, 'handoff.create', { integrationId: id, recipientLabel: 'Dana at iCIMS', method: 'keycode' });
  return { app, id, dataDir, firstHandoffId: first.record.id };
}

/** An iCIMS-shaped event sent straight to the simulated Certn endpoint with the given credentials. */
export async function postEvent(app: ConsoleApp, id: string, username: string, password: string): Promise<number> {
  const url = await app.services.setup.endpointUrl(id);
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`, 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: gzipSync(JSON.stringify({})),
  });
  await res.arrayBuffer();
  return res.status;
}

export async function moveNewCandidate(app: ConsoleApp, id: string, first: string) {
  const state = await call<{ candidates: { workflowId: string; name: string }[] }>(app, 'rehearsal.createCandidate', { integrationId: id, firstName: first, lastName: 'Test', email: `${first.toLowerCase()}@example.com` });
  const c = state.candidates.find((x) => x.name.includes(first))!;
  return call<{ delivery: { httpStatus: number; userMessage?: string } }>(app, 'rehearsal.moveToTrigger', { integrationId: id, workflowId: c.workflowId });
}
