import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/simulator';

// What the console relies on to bring a rehearsal back after a restart.
describe('simulator restore options', () => {
  const sims: Simulator[] = [];
  afterEach(async () => {
    await Promise.all(sims.splice(0).map((s) => s.stop()));
  });
  const start = async (opts: Parameters<typeof startSimulator>[0]) => {
    const s = await startSimulator(opts);
    sims.push(s);
    return s;
  };
  const list = async (sim: Simulator, path: string) => {
    const r = await fetch(`${sim.certnUrl}/api/public/${path}/?page_size=100`, { headers: { Authorization: `Api-Key ${sim.demo.certnApiKey}` } });
    expect(r.status).toBe(200);
    return ((await r.json()) as { results: { id: string; name: string }[] }).results;
  };

  it('the same seed key gives the same group and package ids; another key gives others', async () => {
    const a = await start({ seedKey: 'integration-1' });
    const b = await start({ seedKey: 'integration-1' });
    const c = await start({ seedKey: 'integration-2' });
    expect(await list(a, 'groups')).toEqual(await list(b, 'groups'));
    expect((await list(a, 'packages')).map((p) => p.id)).toEqual((await list(b, 'packages')).map((p) => p.id));
    expect((await list(a, 'packages')).map((p) => p.id)).not.toEqual((await list(c, 'packages')).map((p) => p.id));
  });

  it('fixed credentials are honoured on both sides', async () => {
    const creds = { certnApiKey: 'Fixed123.abcdefghijklmnopqrstuvwxyz123456', icimsCustomerId: '4242', icimsUsername: 'certn_integration_fixed', icimsPassword: 'fixed-password-1' };
    const sim = await start({ credentials: creds });
    expect(sim.demo).toMatchObject(creds);
    await list(sim, 'groups');
    const r = await fetch(`${sim.icimsUrl}/customers/4242/search/jobs?searchJson=${encodeURIComponent(JSON.stringify({ filters: [{ name: 'job.id', value: ['0'], operator: '>' }] }))}`, { headers: { Authorization: `Basic ${Buffer.from('certn_integration_fixed:fixed-password-1').toString('base64')}` } });
    expect(r.status).toBe(200);
  });

  it('a package can be restored with its id, once; an integration with its webhook credentials', async () => {
    const sim = await start({ seedKey: 'k' });
    const p = await sim.admin.createPackage({ id: 'restored-pkg-1', name: 'Restored', use_for_ats: true, check_types: ['IDENTITY_VERIFICATION_1'] });
    expect(p.id).toBe('restored-pkg-1');
    await expect(sim.admin.createPackage({ id: 'restored-pkg-1', name: 'Again', use_for_ats: true, check_types: ['X'] })).rejects.toMatchObject({ status: 422 });
    const group = (await list(sim, 'groups'))[0];
    const created = await sim.admin.createIcimsIntegration({
      icims_customer_id: sim.demo.icimsCustomerId, icims_username: sim.demo.icimsUsername, icims_password: sim.demo.icimsPassword,
      report_type: 'PDF', default_group_id: group.id, webhook_username: 'icims-restored', webhook_password: 'restored-webhook-password',
    });
    expect(created).toMatchObject({ webhook_username: 'icims-restored', webhook_password: 'restored-webhook-password' });
    const probe = await fetch(`${sim.certnUrl}/api/external/ats/icims/webhook/`, {
      method: 'POST', headers: { Authorization: `Basic ${Buffer.from('icims-restored:restored-webhook-password').toString('base64')}`, 'Content-Type': 'application/json' }, body: '{}',
    });
    expect(probe.status).toBe(400);
  });
});
