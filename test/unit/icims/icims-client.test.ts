// The iCIMS client against the simulated iCIMS over real loopback HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/simulator/index';
import { createIcimsClient, parseIcimsError, type IcimsClientOptions } from '../../../main/icims';
import { adminCall, appErrorOf, clearFaults, closedPort, injectFault } from '../certn/helpers';

let sim: Simulator;

function icims(o: Partial<IcimsClientOptions> = {}) {
  return createIcimsClient({
    hosting: 'simulator',
    baseUrl: sim.icimsUrl,
    customerId: sim.demo.icimsCustomerId,
    username: sim.demo.icimsUsername,
    password: sim.demo.icimsPassword,
    timeoutMs: 3000,
    retryBaseMs: 20,
    ...o,
  });
}

beforeAll(async () => {
  sim = await startSimulator({ rateLimitPerMinute: 100_000 });
});
afterAll(async () => {
  await sim?.stop();
});

describe('iCIMS credentials', () => {
  it('right credentials: the check passes and reports rate-limit headers', async () => {
    const r = await icims().checkCredentials();
    expect(r.ok).toBe(true);
    expect(r.jobsVisible).toBeGreaterThan(0);
    expect(r.rateLimit.limit).toBeGreaterThan(0);
    expect(r.rateLimit.remaining).toBeLessThanOrEqual(r.rateLimit.limit!);
    expect(typeof r.rateLimit.reset).toBe('number');
  });

  it('wrong password → "iCIMS rejected the username or password", with no secret in it', async () => {
    const e = await appErrorOf(icims({ password: 'Wr0ng-Pa55' }).checkCredentials());
    expect(e.code).toBe('icims_unauthorized');
    expect(e.status).toBe(401);
    expect(e.message).toBe('iCIMS rejected the username or password.');
    expect(JSON.stringify(e.toInfo())).not.toContain('Wr0ng-Pa55');
  });

  it('wrong customer id → access denied (404, code 3) worded as a customer/group problem', async () => {
    const e = await appErrorOf(icims({ customerId: '999999' }).checkCredentials());
    expect(e.code).toBe('icims_access_denied');
    expect(e.status).toBe(404);
    expect(e.message).toContain('this user cannot read that customer: check the Customer ID (999999) and the user\'s Integration User group');
  });

  it('parses X-Error when the body is missing (as from a proxy that strips it)', async () => {
    const res = await fetch(`${sim.icimsUrl}/customers/${sim.demo.icimsCustomerId}/jobs/1`, {
      headers: { authorization: 'Basic ' + Buffer.from('nobody:nothing').toString('base64') },
    });
    const realBody = new Uint8Array(await res.arrayBuffer());
    expect(res.headers.get('x-error')).toMatch(/^6:/);
    expect(parseIcimsError(res.headers, realBody)).toEqual({
      errorCode: 6, errorMessage: 'Invalid Username or Password credentials provided.', source: 'body',
    });
    expect(parseIcimsError(res.headers, new Uint8Array())).toEqual({
      errorCode: 6, errorMessage: 'Invalid Username or Password credentials provided.', source: 'header',
    });
  });

  it('uses the documented hosts for us and eu', () => {
    const base = { customerId: '1', username: 'u', password: 'p' };
    expect(createIcimsClient({ hosting: 'us', ...base }).baseUrl).toBe('https://api.icims.com');
    expect(createIcimsClient({ hosting: 'eu', ...base }).baseUrl).toBe('https://api-eu.icims.com');
  });

  it('connection refused → icims_network', async () => {
    const e = await appErrorOf(icims({ baseUrl: `http://127.0.0.1:${await closedPort()}` }).checkCredentials());
    expect(e.code).toBe('icims_network');
    expect(e.message).toMatch(/connection refused/);
  });
});

describe('iCIMS records', () => {
  it('reads a person (with fields), a job, a workflow, and changes its status', async () => {
    const c = icims();
    const wfIds = await c.search('applicantworkflows');
    const wf = await c.getWorkflow(wfIds[0]);
    const personId = wf.associatedprofile!.id!;
    const jobId = wf.baseprofile!.id!;
    const person = await c.getPerson(personId, ['firstname', 'email']);
    expect(person.firstname).toBeTruthy();
    expect(person.email).toMatch(/@/);
    const job = await c.getJob(jobId);
    expect(job.jobtitle).toBeTruthy();
    expect(job.bgcpackagetype?.[0]?.value).toBeTruthy();

    await c.patchWorkflowStatus(wfIds[0], 'D10900');
    expect((await c.getWorkflow(wfIds[0])).status?.id).toBe('D10900');
  });

  it('an unknown record → icims_not_found naming it', async () => {
    const e = await appErrorOf(icims().getJob(987654));
    expect(e.code).toBe('icims_not_found');
    expect(e.message).toBe(`iCIMS has no job 987654 for customer ${sim.demo.icimsCustomerId}.`);
  });

  it('a bad status change → icims_validation quoting iCIMS', async () => {
    const [wf] = await icims().search('applicantworkflows');
    const e = await appErrorOf(icims().patchWorkflowStatus(wf, 'C-NOPE'));
    expect(e.code).toBe('icims_validation');
    expect(e.message).toBe('iCIMS refused the request as invalid. iCIMS said: "Field status has an unknown id."');
  });

  it('a 503 on a read is retried; malformed JSON is a bad response', async () => {
    await injectFault(sim.icimsUrl, { route: '/customers/', kind: '503', count: 1, retryAfterSeconds: 0 });
    expect((await icims().checkCredentials()).ok).toBe(true);
    await injectFault(sim.icimsUrl, { route: '/customers/', kind: 'malformed' });
    expect((await appErrorOf(icims().checkCredentials())).code).toBe('icims_bad_response');
    await clearFaults(sim.icimsUrl);
  });

  it('a slow answer → icims_timeout; an abort → cancelled', async () => {
    await injectFault(sim.icimsUrl, { route: '/customers/', kind: 'latency', latencyMs: 1500, count: 3 });
    const e = await appErrorOf(icims({ timeoutMs: 150, maxRetries: 0 }).getJob(1));
    expect(e.code).toBe('icims_timeout');
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const t = performance.now();
    expect((await appErrorOf(icims().checkCredentials({ signal: ac.signal }))).code).toBe('cancelled');
    expect(performance.now() - t).toBeLessThan(800);
    await clearFaults(sim.icimsUrl);
  });

  it('search pages past the 1000-result cap with an id > filter, to the end', async () => {
    const c = icims();
    const before = await c.search('people');
    for (let i = 0; i < 1010; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, 1010 - i) }, (_, k) =>
          adminCall(sim.icimsUrl, 'POST', '/__simulator/people', { firstname: 'P', lastname: String(i + k), email: `p${i + k}@example.com` }),
        ),
      );
    }
    const loaded: number[] = [];
    const all = await c.search('people', [], { onProgress: (n) => loaded.push(n) });
    expect(all.length).toBe(before.length + 1010);
    expect(all).toEqual([...all].sort((a, b) => a - b));
    expect(new Set(all).size).toBe(all.length);
    expect(loaded).toEqual([1000, all.length]); // two pages, then an empty one ends it
    // a caller's own floor is respected
    const tail = await c.search('people', [{ name: 'person.id', value: [String(all[1004])], operator: '>' }]);
    expect(tail).toEqual(all.slice(1005));
  });
});
