// The simulator is only worth its strictness: each test here fails on a leniency a real server would
// not have, or on a shape the public documents do not show.
import { afterEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Simulator } from '../../../main/simulator/index';
import { createCertnClient } from '../../../main/certn';
import { ICIMS_WEBHOOK_PATH } from '../../../main/shared/regions';
import { parseLinkHeader } from '../../../main/simulator/link-header';
import { basic, candidate, certnAuth, connect, eventBody, icimsAuth, icimsBase, postEvent, start } from './helpers';

let sim: Simulator;
afterEach(async () => sim?.stop());

const certnGet = async (path: string) => {
  const r = await fetch(sim.certnUrl + path, { headers: certnAuth(sim) });
  expect(r.status).toBe(200);
  return (await r.json()) as { results: { id: string; overall_status?: string; is_active?: boolean }[] };
};

const search = (kind: string, body: unknown) =>
  fetch(`${icimsBase(sim)}/search/${kind}`, { method: 'POST', headers: icimsAuth(sim), body: JSON.stringify(body) });

async function twoCases() {
  await connect(sim);
  for (let i = 0; i < 2; i++) {
    const c = await candidate(sim, ['Standard Employment Screen']);
    expect((await sim.admin.moveWorkflow(c.workflowId, 'C2028')).delivery?.httpStatus).toBe(200);
  }
}

describe('Certn side', () => {
  it('ignores a bracketed case filter (unfiltered list) and honours the documented repeated keys', async () => {
    sim = await start();
    await twoCases();
    expect((await certnGet('/api/public/cases/?group[]=no-such-group')).results).toHaveLength(2);
    expect((await certnGet('/api/public/cases/?overall_status[]=COMPLETE')).results).toHaveLength(2);
    expect((await certnGet('/api/public/cases/?group=no-such-group')).results).toHaveLength(0);
    expect((await certnGet('/api/public/cases/?overall_status=COMPLETE&overall_status=CANCELLED')).results).toHaveLength(0);
    expect((await certnGet('/api/public/cases/?overall_status=COMPLETE&overall_status=APPLICANT_INVITED')).results).toHaveLength(2);
  });

  it('the client sends the documented keys, so its group filter really filters', async () => {
    sim = await start();
    await twoCases();
    const client = createCertnClient({ environment: 'simulator', baseUrl: sim.certnUrl, apiKey: sim.demo.certnApiKey });
    expect(await client.listCases({ group: 'no-such-group' })).toEqual([]);
    expect(await client.listCases({ overallStatus: ['COMPLETE'] })).toEqual([]);
    const group = (await sim.admin.listCases())[0].group.id;
    expect(await client.listCases({ group })).toHaveLength(2);
  });

  it('applies no undocumented filter to groups (is_active is an unknown key there)', async () => {
    sim = await start();
    const all = (await certnGet('/api/public/groups/?page_size=100')).results;
    expect(all.some((g) => g.is_active === false)).toBe(true);
    expect((await certnGet('/api/public/groups/?page_size=100&is_active=true')).results).toEqual(all);
  });

  it('does not gunzip a body whose Content-Encoding does not say gzip', async () => {
    sim = await start();
    const { created } = await connect(sim);
    const c = await candidate(sim, ['Standard Employment Screen']);
    const r = await fetch(sim.certnUrl + ICIMS_WEBHOOK_PATH, {
      method: 'POST',
      headers: { authorization: basic(created.webhook_username, created.webhook_password), 'content-type': 'application/json' },
      body: gzipSync(Buffer.from(JSON.stringify(eventBody(sim, c)))),
    });
    expect(r.status).toBe(400);
    expect(await sim.admin.listCases()).toHaveLength(0);
  });

  it('refuses event values that are not strings, or padded with spaces, naming the field', async () => {
    sim = await start();
    const { created } = await connect(sim);
    const c = await candidate(sim, ['Standard Employment Screen']);
    const numeric = await postEvent(sim, created.webhook_username, created.webhook_password, { ...eventBody(sim, c), personId: c.personId }, true);
    expect(numeric.status).toBe(400);
    expect(numeric.body.error?.debugErrorMessage).toContain('personId');
    const padded = await postEvent(sim, created.webhook_username, created.webhook_password, { ...eventBody(sim, c), customerId: ` ${sim.demo.icimsCustomerId}` }, true);
    expect(padded.status).toBe(400);
    expect(padded.body.error?.debugErrorMessage).toContain('customerId');
    expect(await sim.admin.listCases()).toHaveLength(0);
  });
});

describe('iCIMS side', () => {
  it('reads a path id as digits only', async () => {
    sim = await start();
    expect((await fetch(`${icimsBase(sim)}/people/102`, { headers: icimsAuth(sim) })).status).toBe(200);
    for (const id of ['102.0', '1.02e2', '0x66']) expect((await fetch(`${icimsBase(sim)}/people/${id}`, { headers: icimsAuth(sim) })).status).toBe(404);
  });

  it('does not treat a capitalised field name as the lowercase one', async () => {
    sim = await start();
    const p = (await (await fetch(`${icimsBase(sim)}/people/102?fields=FirstName,email`, { headers: icimsAuth(sim) })).json()) as Record<string, unknown>;
    expect(Object.keys(p)).toEqual(['email']);
  });

  it('searches workflows by the documented filter names only, with string ids, and refuses what the Search API page refuses', async () => {
    sim = await start();
    const ok = await search('applicantworkflows', { filters: [{ name: 'applicantworkflow.job.id', value: ['2001'] }] });
    expect(ok.status).toBe(200);
    const hits = ((await ok.json()) as { searchResults: { id: unknown }[] }).searchResults;
    expect(hits).toEqual([{ id: '30001', self: `${icimsBase(sim)}/applicantworkflows/30001` }]);
    const byPerson = await search('applicantworkflows', { filters: [{ name: 'applicantworkflow.person.id', value: ['102'] }] });
    expect(((await byPerson.json()) as { searchResults: { id: string }[] }).searchResults.map((h) => h.id)).toEqual(['30001']);
    const refused: [unknown, string][] = [
      [{ filters: [{ name: 'job.id', value: ['2001'] }] }, 'The following filter is either not valid or hidden: job.id'],
      [{ filters: [{ name: 'person.id', value: ['102'] }] }, 'The following filter is either not valid or hidden: person.id'],
      [{ filters: [] }, 'At least one filter must be specified'],
      [{}, 'At least one filter must be specified'],
      [{ filters: [{ name: 'applicantworkflow.id', value: ['1'], operatr: '>' }] }, 'The following filter attribute is unrecognized: operatr'],
      [{ filters: [{ name: 'applicantworkflow.id', value: ['1'], operator: '~' }] }, 'The following filter operator is not valid in the given context: ~'],
      [{ filters: [{ name: 'applicantworkflow.id', value: ['1'] }], operator: 'and' }, 'The following group operator is not valid in the given context: and'],
      [{ filters: [{ name: 'applicantworkflow.id', value: ['1'] }], sort: 'id' }, 'The following group attribute is unrecognized: sort'],
    ];
    for (const [body, message] of refused) {
      const r = await search('applicantworkflows', body);
      expect(r.status).toBe(400);
      expect(((await r.json()) as { errors: { errorMessage: string }[] }).errors[0].errorMessage).toBe(message);
    }
  });

  it('sets a background-screen status by its id only, and its ids are not iCIMS assessment ids', async () => {
    sim = await start();
    const url = `${icimsBase(sim)}/applicantworkflows/30001/fields/backgroundscreens`;
    const byValue = await fetch(url, { method: 'POST', headers: icimsAuth(sim), body: JSON.stringify({ package: 'P', status: { value: 'Sent' } }) });
    expect(byValue.status).toBe(400);
    const { BG_STATUS } = await import('../../../main/simulator/writeback');
    for (const s of Object.values(BG_STATUS)) expect(s.id).not.toMatch(/^D37002019/);
    const byId = await fetch(url, { method: 'POST', headers: icimsAuth(sim), body: JSON.stringify({ package: 'P', status: { id: BG_STATUS.Sent.id } }) });
    expect(byId.status).toBe(201);
  });
});

describe('event Link header', () => {
  it('is written in iCIMS’s documented form (no angle brackets) and read on the Certn side', async () => {
    sim = await start();
    await connect(sim);
    const c = await candidate(sim, ['Standard Employment Screen']);
    expect((await sim.admin.moveWorkflow(c.workflowId, 'C2028')).delivery?.httpStatus).toBe(200);
    const [entry] = await sim.admin.webhookLog();
    expect(entry.links.map((l) => [l.rel, l.title])).toEqual([
      ['applicantWorkflow', 'Applicant Workflow'], ['job', 'Job Profile'], ['person', 'Person Profile'], ['user', 'Posting User'],
    ]);
    expect(entry.links[1].url).toBe(`${icimsBase(sim)}/jobs/${c.jobId}`);
  });

  it('parses both forms, including iCIMS’s trailing comma', () => {
    const bare = 'http://providertest.icims.com/customers/1234/jobs/1209;rel="job";title="Job Profile",http://providertest.icims.com/customers/1234/people/121;rel="user";title="Posting User",';
    const angled = '<http://providertest.icims.com/customers/1234/jobs/1209>; rel="job"; title="Job Profile", <http://providertest.icims.com/customers/1234/people/121>; rel="user"; title="Posting User"';
    const want = [
      { url: 'http://providertest.icims.com/customers/1234/jobs/1209', rel: 'job', title: 'Job Profile' },
      { url: 'http://providertest.icims.com/customers/1234/people/121', rel: 'user', title: 'Posting User' },
    ];
    expect(parseLinkHeader(bare)).toEqual(want);
    expect(parseLinkHeader(angled)).toEqual(want);
    expect(parseLinkHeader('<http://x/a,b>; rel="job"; title="A, B"')).toEqual([{ url: 'http://x/a,b', rel: 'job', title: 'A, B' }]);
    expect(parseLinkHeader(null)).toEqual([]);
  });
});

describe('replaying a real event', () => {
  it('accepts an event with arbitrary real-looking ids once they are created through the admin API', async () => {
    sim = await start({ credentials: { icimsCustomerId: '7383' }, seed: true });
    expect(sim.demo.icimsCustomerId).toBe('7383');
    const { created } = await connect(sim);
    const event = {
      eventType: 'WorkFlowStatusChangeEvent', customerId: '7383', systemId: '4188231', personId: '902317', jobId: '12634',
      userId: '57102', oldStatus: '2020', newStatus: '2028',
      links: [
        { rel: 'applicantWorkflow', title: 'Applicant Workflow', url: 'https://api.icims.com/customers/7383/applicantworkflows/4188231' },
        { rel: 'job', title: 'Job Profile', url: 'https://api.icims.com/customers/7383/jobs/12634' },
        { rel: 'person', title: 'Person Profile', url: 'https://api.icims.com/customers/7383/people/902317' },
        { rel: 'user', title: 'Posting User', url: 'https://api.icims.com/customers/7383/people/57102' },
      ],
    };
    const before = await postEvent(sim, created.webhook_username, created.webhook_password, event, true);
    expect(before.status).toBe(400);
    expect(await sim.admin.createJob({ id: '12634', jobtitle: 'Site Supervisor', bgcpackagetype: ['Standard Employment Screen'] })).toEqual({ id: 12634 });
    expect(await sim.admin.createPerson({ id: 902317, firstname: 'Real', lastname: 'Candidate', email: 'real.candidate@example.com' })).toEqual({ id: 902317 });
    expect(await sim.admin.createWorkflow({ id: '4188231', personId: 902317, jobId: 12634, statusId: 'C2020' })).toEqual({ id: 4188231 });
    await expect(sim.admin.createPerson({ id: 902317, firstname: 'A', lastname: 'B', email: 'a@b.c' })).rejects.toThrow(/already exists/);
    await expect(sim.admin.createJob({ id: '12.5', jobtitle: 'X', bgcpackagetype: [] })).rejects.toThrow(/positive whole number/);
    const after = await postEvent(sim, created.webhook_username, created.webhook_password, event, true);
    expect(after.status).toBe(200);
    const [kase] = await sim.admin.listCases();
    expect(kase.icims).toEqual({ customer_id: '7383', workflow_id: '4188231', person_id: '902317', job_id: '12634' });
    expect(kase.email_address).toBe('real.candidate@example.com');
    // Later ids skip past the chosen ones.
    expect((await sim.admin.createPerson({ firstname: 'N', lastname: 'X', email: 'n@x.y' })).id).toBe(902318);
  });
});
