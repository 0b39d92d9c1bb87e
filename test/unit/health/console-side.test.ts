import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../main/app';
import { call, handedOverSimulator, manualClock, runOnce, verdictOf } from './helpers';
import { checkKeyExpiry } from '../../../main/health';

// The checks that read the console's own records (handoff, milestones, the key's date), with the
// console's clock moved by hand; the records live in the real SQLite file.
describe('health checks of the console’s own records', () => {
  const clock = manualClock();
  let app: ConsoleApp;
  let id: string;

  beforeAll(async () => {
    ({ app, id } = await handedOverSimulator({ clock }));
  }, 60_000);
  afterAll(async () => app?.close());

  it('drift is measured against the packages the handoff recorded, not today’s selection', async () => {
    const stored = app.services.healthRuns.latestHandoff(id)!;
    expect(stored.packages?.map((p) => p.name).sort()).toEqual(['Driver Screen', 'Standard Employment Screen']);
    const driver = stored.packages!.find((p) => p.name === 'Driver Screen')!;
    await call(app, 'packages.select', { integrationId: id, packageId: driver.id, selected: false });
    const drift = verdictOf((await runOnce(app, id)).results, 'package-drift');
    expect(drift.verdict).toBe('ok');
    expect(drift.evidence.join('\n')).toContain('Driver Screen');
    // A handoff from before packages were recorded says drift cannot be measured.
    app.services.db.prepare('UPDATE handoffs SET packages = NULL WHERE integration_id = ?').run(id);
    expect(verdictOf((await runOnce(app, id)).results, 'package-drift')).toMatchObject({ verdict: 'warn', fixLink: { step: 'handoff' } });
  });

  it('handoff: leaked and not rotated fails; a new webhook password clears it', async () => {
    const h = app.services.healthRuns.latestHandoff(id)!;
    await call(app, 'handoff.markLeaked', { integrationId: id, handoffId: h.id });
    clock.advanceDays(0.01);
    expect(verdictOf((await runOnce(app, id)).results, 'handoff-expiry')).toMatchObject({ verdict: 'fail', summary: expect.stringMatching(/marked leaked/) });
    clock.advanceDays(0.01);
    app.services.vault.put(id, 'webhook_password', 'rotated-password-0123456789');
    expect(verdictOf((await runOnce(app, id)).results, 'handoff-expiry').verdict).not.toBe('fail');
  });

  it('handoff: expired before go-live fails, expiring within three days warns', async () => {
    app.services.db.prepare('DELETE FROM handoffs WHERE integration_id = ?').run(id);
    app.services.settings.set(id, { liveVerifiedAt: null });
    await call(app, 'handoff.create', { integrationId: id, recipientLabel: 'Dana (iCIMS)', method: 'keycode', validForDays: 5 });
    expect(verdictOf((await runOnce(app, id)).results, 'handoff-expiry').verdict).toBe('ok');
    clock.advanceDays(3);
    expect(verdictOf((await runOnce(app, id)).results, 'handoff-expiry').verdict).toBe('warn');
    clock.advanceDays(3);
    expect(verdictOf((await runOnce(app, id)).results, 'handoff-expiry')).toMatchObject({ verdict: 'fail', fixLink: { step: 'handoff' } });
    app.services.settings.set(id, { liveVerifiedAt: clock.now().toISOString() });
    expect(verdictOf((await runOnce(app, id)).results, 'handoff-expiry').summary).toMatch(/after the integration went live/);
  });

  it('iCIMS milestone: past twelve weeks without credentials warns', async () => {
    const day = (offset: number) => new Date(clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    await call(app, 'icims.clearMilestone', { integrationId: id, kind: 'credentials' }).catch(() => undefined);
    await call(app, 'icims.setMilestone', { integrationId: id, kind: 'requested', on: day(-30) });
    expect(verdictOf((await runOnce(app, id)).results, 'icims-milestone').verdict).toBe('ok');
    await call(app, 'icims.setMilestone', { integrationId: id, kind: 'requested', on: day(-90) });
    expect(verdictOf((await runOnce(app, id)).results, 'icims-milestone')).toMatchObject({ verdict: 'warn', fixLink: { step: 'icims' } });
    await call(app, 'icims.setMilestone', { integrationId: id, kind: 'credentials', on: day(-1) });
    expect(verdictOf((await runOnce(app, id)).results, 'icims-milestone').verdict).toBe('ok');
  });

  it('key expiry follows Certn’s 30/14/7/1-day reminders', () => {
    const now = new Date('2026-06-15T12:00:00Z');
    const made = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const at = (daysAgo: number) => checkKeyExpiry({ hasKey: true, keyCreatedOn: made(daysAgo), now });
    expect(at(300).verdict).toBe('ok');
    expect(at(335).evidence.join(' ')).toMatch(/30-day reminder/);
    expect(at(351).evidence.join(' ')).toMatch(/14-day reminder/);
    expect(at(358).evidence.join(' ')).toMatch(/7-day reminder/);
    expect(at(364)).toMatchObject({ verdict: 'warn', summary: expect.stringMatching(/expires in 1 day/) });
    expect(at(365).verdict).toBe('fail');
    expect(checkKeyExpiry({ hasKey: false, keyCreatedOn: null, now }).verdict).toBe('warn');
  });
});
