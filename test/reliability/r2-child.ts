// R2's worker: acknowledged writes through the services, one after another, until it is killed.
// Each write is announced ("BEGIN") before it starts and acknowledged ("ACK") only after the
// service returned; both lines are written synchronously so a kill cannot reorder them.
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { call, makeHarness, PASSPHRASE } from './flow';

const dataDir = process.argv[2];
const say = (line: string) => fs.writeSync(1, line + '\n');

const h = await makeHarness({ dataDir });
const { app } = h;
if (app.services.vault.status().initialized) await call(app, 'vault.unlock', { passphrase: PASSPHRASE });
else await call(app, 'vault.init', { passphrase: PASSPHRASE });
say('READY');

for (let n = 0; ; n++) {
  const tag = `${process.pid}-${n}-${randomBytes(3).toString('hex')}`;
  say(`BEGIN create ${tag}`);
  const { id } = await call<{ id: string }>(app, 'integrations.create', { name: `Crash ${tag}`, environment: 'simulator' });
  say(`ACK create ${id} Crash ${tag}`);
  const secret = `secret-${tag}`;
  say(`BEGIN secret ${id}`);
  await call(app, 'connection.saveWebhookField', { integrationId: id, field: 'password', value: secret });
  say(`ACK secret ${id} ${secret}`);
  say(`BEGIN company ${id}`);
  await call(app, 'icims.setCompany', { integrationId: id, company: `Company ${tag}` });
  say(`ACK company ${id} Company ${tag}`);
  say(`BEGIN rename ${id}`);
  await call(app, 'integrations.rename', { id, name: `Renamed ${tag}` });
  say(`ACK rename ${id} Renamed ${tag}`);
  if (n % 2 === 1) {
    say(`BEGIN remove ${id}`);
    await call(app, 'integrations.remove', { id, confirmName: `Renamed ${tag}` });
    say(`ACK remove ${id}`);
  }
}
