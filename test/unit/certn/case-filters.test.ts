// The case-list filters use CertnCentric's documented repeated keys, and the simulator, like a real
// server, ignores keys it does not know: a bracketed filter gets the whole list back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/simulator/index';
import { createCertnClient, type CertnClient } from '../../../main/certn';
import { connectIntegration, orderCase } from './helpers';

let sim: Simulator;
let certn: CertnClient;
let orderedGroup: string;
let otherGroup: string;

beforeAll(async () => {
  sim = await startSimulator({ rateLimitPerMinute: 100_000 });
  certn = createCertnClient({ environment: 'simulator', baseUrl: sim.certnUrl, apiKey: sim.demo.certnApiKey, timeoutMs: 5000 });
  const groups = await certn.listGroups();
  orderedGroup = groups[0].id;
  otherGroup = groups[1].id;
  await connectIntegration(sim, orderedGroup);
  await orderCase(sim, { firstname: 'Flo', lastname: 'Filter', email: 'flo.filter@example.com' }, 'Driver Screen');
});
afterAll(async () => {
  await sim?.stop();
});

async function rawCount(query: string): Promise<number> {
  const res = await fetch(`${sim.certnUrl}/api/public/cases/?${query}`, { headers: { Authorization: `Api-Key ${sim.demo.certnApiKey}` } });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { results: unknown[] };
  return body.results.length;
}

describe('case-list filters', () => {
  it('the simulator ignores a bracketed key (unfiltered list) and filters on the documented one', async () => {
    const all = await rawCount('');
    expect(all).toBeGreaterThan(0);
    expect(await rawCount(`group[]=${otherGroup}`)).toBe(all);
    expect(await rawCount(`group=${otherGroup}`)).toBe(0);
    expect(await rawCount(`overall_status[]=COMPLETE`)).toBe(all);
    expect(await rawCount(`overall_status=COMPLETE`)).toBe(0);
    expect(await rawCount(`check_type=NO_SUCH_CHECK_1`)).toBe(0);
    expect(await rawCount(`ordered_by=someone`)).toBe(0);
    expect(await rawCount(`group=${otherGroup}&group=${orderedGroup}`)).toBe(all);
  });

  it('the client sends the documented keys, so its filters really filter', async () => {
    expect(await certn.listCases({ group: otherGroup })).toHaveLength(0);
    expect(await certn.listCases({ group: [otherGroup, orderedGroup] })).toHaveLength(1);
    expect(await certn.listCases({ overallStatus: 'COMPLETE' })).toHaveLength(0);
    expect(await certn.listCases({ checkType: 'NO_SUCH_CHECK_1' })).toHaveLength(0);
    const [c] = await certn.listCases({ group: orderedGroup });
    expect(await certn.listCases({ checkType: c.check_types?.[0] ?? 'missing' })).toHaveLength(1);
    expect(await certn.listCases({ orderedBy: 'someone' })).toHaveLength(0);
  });
});
