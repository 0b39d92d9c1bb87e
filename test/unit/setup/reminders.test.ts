import { describe, expect, it } from 'vitest';
import { call, makeApp, PASSPHRASE } from '../../support/app';
import { caseView } from '../../../main/setup/case-view';
import { formatDate } from '../../../main/shared/time';
import type { Clock } from '../../../main/shared/clock';

const DAY = 86_400_000;

describe('API key expiry reminder', () => {
  it('appears 30 days before the 365-day expiry, and says so once expired', async () => {
    let now = new Date('2026-11-27T12:00:00Z');
    const clock: Clock = { now: () => now };
    const app = await makeApp({ clock });
    try {
      await call(app, 'vault.init', { passphrase: PASSPHRASE });
      const { id } = await call<{ id: string }>(app, 'integrations.create', { name: 'Real region', environment: 'uk' });
      app.services.vault.put(id, 'certn_api_key', 'k');
      app.services.settings.set(id, { certnKeyCreatedOn: '2026-01-05', certnVerifiedAt: now.toISOString() });
      type Status = { expiresOn: string; daysLeft: number; reminder: string | null; endpointUrl: string };
      const at = async (iso: string) => ((now = new Date(iso)), call<Status>(app, 'certn.status', { integrationId: id }));
      expect(await at('2026-12-04T12:00:00Z')).toMatchObject({ expiresOn: '2027-01-05', daysLeft: 32, reminder: null, endpointUrl: 'https://api.uk.certn.co/api/external/ats/icims/webhook/' });
      expect((await at('2026-12-07T12:00:00Z')).reminder).toContain(`expires in 29 days (${formatDate('2027-01-05')})`);
      expect((await at('2027-01-06T12:00:00Z')).reminder).toContain(`expired on ${formatDate('2027-01-05')}`);
    } finally {
      await app.close();
    }
  });
});

describe('go-live case flags', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const base = { id: 'c1', short_id: 'CS_1', email_address: 'a@example.com', first_name: 'Ada', last_name: 'L', overall_score: null, report_url: null, created: new Date(now.getTime() - 20 * DAY).toISOString() };
  it.each([
    ['INVITE_UNDELIVERABLE', 1, /could not be delivered/],
    ['APPLICANT_ACTION_REQUIRED', 1, /candidate must act/],
    ['CLIENT_ACTION_REQUIRED', 1, /Your team must act/],
    ['APPLICANT_INVITED', 9, /Invited 9 days ago/],
    ['APPLICANT_INVITED', 3, null],
    ['IN_PROGRESS', 30, null],
    ['COMPLETE', 30, null],
  ])('%s, last change %i days ago', (status, days, expected) => {
    const v = caseView({ ...base, overall_status: status, modified: new Date(now.getTime() - (days as number) * DAY).toISOString() }, now, 5);
    if (expected) expect(v.stuck).toMatch(expected as RegExp);
    else expect(v.stuck).toBeNull();
  });
  it('uses the status words recruiters see', () => {
    expect(caseView({ ...base, overall_status: 'APPLICANT_OPENED', modified: null }, now, 5).statusLabel).toBe('Waiting on candidate');
    expect(caseView({ ...base, overall_status: 'COMPLETE', modified: null }, now, 5).statusLabel).toBe('Complete');
  });
});
