import { afterEach, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../../main/app';
import type { HandoffPreview } from '../../../../main/ipc/contract/handoff';
import { missingCustomerId, missingPackages, missingWebhook, missingWebhookPassword } from '../../../../main/setup/steps/handoff';
import { visibleName } from '../../../../main/shared/visible-name';
import { nameProblems as nameIssues } from '../../../../main/setup/package-checks';
import { appWithIntegration, call, populate, WEBHOOK_PASSWORD, WEBHOOK_USERNAME } from '../../../support/handoff';
import { sandboxEndpointNote } from '../../../../main/shared/regions';
import { t } from '../../../../main/shared/i18n';

let app: ConsoleApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('handoff.preview', () => {
  it('names every missing value precisely, with the step that fixes it', async () => {
    const made = await appWithIntegration('ca');
    app = made.app;
    const p = await call<HandoffPreview>(app, 'handoff.preview', { integrationId: made.id });
    expect(p.ready).toBe(false);
    expect(p.missing).toEqual([missingWebhook(), missingPackages(), missingCustomerId()]);
    expect(missingWebhook()).toBe('The webhook username and password from Certn are not saved: go to step 3, Certn connection.');
    expect(p.problems.map((x) => x.step)).toEqual(['certn', 'packages', 'icims']);
    expect(p.webhookUsername).toEqual({ saved: false, masked: null });
    expect(p.endpointUrl).toBe('https://api.ca.certn.co/api/external/ats/icims/webhook/');
    expect(p.companyLabel).toBe('Acme UK');
  });

  it('says which webhook value is missing when only one is saved', async () => {
    const made = await appWithIntegration('ca');
    app = made.app;
    populate(app, made.id, { webhook: 'username' });
    const p = await call<HandoffPreview>(app, 'handoff.preview', { integrationId: made.id });
    expect(p.missing).toEqual([missingWebhookPassword()]);
  });

  it('shows the values masked, the exact package names with their spaces flagged, and the regional endpoint', async () => {
    const made = await appWithIntegration('uk');
    app = made.app;
    populate(app, made.id, { company: 'Acme Ltd' });
    const p = await call<HandoffPreview>(app, 'handoff.preview', { integrationId: made.id });
    expect(p.ready).toBe(true);
    expect(p.missing).toEqual([]);
    expect(p.endpointUrl).toBe('https://api.uk.certn.co/api/external/ats/icims/webhook/');
    expect(p.icimsCustomerId).toBe('4321');
    expect(p.companyLabel).toBe('Acme Ltd');
    expect(p.webhookUsername.saved && p.webhookPassword.saved).toBe(true);
    expect(p.webhookPassword.masked).toMatch(/^•+$/);
    const text = JSON.stringify(p);
    expect(text).not.toContain(WEBHOOK_PASSWORD);
    expect(text).not.toContain(WEBHOOK_USERNAME);
    // Ordered by name, unselected left out, names byte for byte.
    expect(p.packages.map((x) => [x.id, x.name])).toEqual([
      ['pkg-uk-mgmt-02', 'UK  Management'],
      ['pkg-uk-standard-01', 'UK Standard — Criminal + ID '],
    ]);
    expect(p.packages[1].nameIssues).toEqual(['ends with a space']);
    expect(p.packages[1].visibleName).toBe('UK Standard — Criminal + ID␣');
    expect(p.packages[0].nameIssues).toEqual(['has two or more spaces in a row']);
    expect(p.packages[0].visibleName).toBe('UK␣␣Management');
    expect(p.ascFileName).toBe('acme-uk-icims-handoff.asc');
    expect(p.htmlFileName).toBe('acme-uk-icims-handoff.html');
  });

  it('does not hand over the Certn sandbox\'s unconfirmed iCIMS endpoint, and refuses an unknown integration', async () => {
    const made = await appWithIntegration('sandbox');
    app = made.app;
    populate(app, made.id);
    const p = await call<HandoffPreview>(app, 'handoff.preview', { integrationId: made.id });
    expect(p.ready).toBe(false);
    expect(p.endpointUrl).toBeNull();
    expect(p.missing).toEqual([expect.stringContaining(sandboxEndpointNote(t))]);
    await expect(call(app, 'handoff.preview', { integrationId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call(app, 'handoff.preview', { integrationId: made.id, extra: 1 })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('flags spaces that are easy to miss', () => {
    expect(nameIssues(' Lead')).toEqual(['starts with a space']);
    expect(nameIssues('Tab\there')).toEqual(['has a tab or an unusual space (for example a non-breaking space)']);
    expect(nameIssues('No\u00a0break')).toHaveLength(1);
    expect(nameIssues('Plain name')).toEqual([]);
    expect(visibleName('  Two  inner  ')).toBe('␣␣Two␣␣inner␣␣');
    expect(visibleName('One space')).toBe('One space');
  });
});
