import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeApp, PASSPHRASE, fails } from '../../support/app';
import type { ConsoleApp } from '../../../main/app';
import { packageVerdict } from '../../../main/shared/package-verdict';
import { t } from '../../../main/shared/i18n';

// One verdict per package, the same in the list, the filters, the request text and the handoff;
// a package that will fail when ordered goes in only with an explicit, recorded override.
type Verdict = { level: string; label: string; blockers: string[]; cautions: string[] };
type Pkg = { id: string; name: string; selected: boolean; verification: { ready: boolean; verdict: Verdict }; override: { at: string; reasons: string[] } | null };
const pause = <T,>(v: T) => new Promise<T>((r) => setTimeout(() => r(v), 20));

let app: ConsoleApp;
let id: string;
let pkgs: Pkg[];
const byName = (n: string) => pkgs.find((p) => p.name === n)!;
const stepState = async () => (await call<{ steps: { id: string; state: string; missing: string[] }[] }>(app, 'integrations.overview', { id })).steps.find((s) => s.id === 'packages')!;

beforeAll(async () => {
  app = await makeApp();
  await call(app, 'vault.init', { passphrase: PASSPHRASE });
  id = (await call<{ id: string }>(app, 'integrations.create', { name: 'Verdicts', environment: 'simulator' })).id;
  await call(app, 'certn.connectSimulator', { integrationId: id });
  await call(app, 'packages.sync', { integrationId: id });
  let s: { running: boolean };
  do s = await call<{ running: boolean }>(app, 'packages.syncStatus', { integrationId: id }).then(pause);
  while (s.running);
  pkgs = (await call<{ rows: Pkg[] }>(app, 'packages.list', { integrationId: id, limit: 500 })).rows;
});
afterAll(async () => app?.close());

describe('one verdict per package', () => {
  it('a name with a trailing space is "check before handing over", never "ready" next to a warning', () => {
    const exec = byName('Executive Screen ').verification;
    expect(exec.verdict).toMatchObject({ level: 'caution', label: 'Check before handing over', blockers: [] });
    expect(exec.verdict.cautions).toContain('the name ends with a space');
    expect(exec.ready).toBe(false);
    expect(byName('Standard Employment Screen').verification.verdict).toMatchObject({ level: 'ready', label: 'Ready for iCIMS' });
    expect(byName('Legacy Criminal Check').verification.verdict).toMatchObject({ level: 'blocked', blockers: ['inactive in Certn'] });
    expect(byName('Volunteer Basic').verification.verdict).toMatchObject({ level: 'blocked', blockers: ['not marked for ATS use in Certn'] });
    // Every package is "ready" exactly when its verdict says so.
    for (const p of pkgs) expect(p.verification.ready).toBe(p.verification.verdict.level === 'ready');
  });

  it('is the pure function of the facts', () => {
    expect(packageVerdict({ name: 'A', exists: true, active: true, ats: 'on', lookalikes: [] }, t).level).toBe('ready');
    expect(packageVerdict({ name: 'A', exists: true, active: true, ats: 'unknown', lookalikes: [] }, t).level).toBe('caution');
    expect(packageVerdict({ name: 'A ', exists: false, active: true, ats: 'on', lookalikes: [] }, t)).toMatchObject({ level: 'blocked', blockers: ['not found in Certn'] });
  });
});

describe('a package that will fail when ordered', () => {
  it('cannot be selected without an override; with one it is recorded, audited and shown in the request and the handoff', async () => {
    const legacy = byName('Legacy Criminal Check');
    const refused = await fails(call(app, 'packages.select', { integrationId: id, packageId: legacy.id, selected: true }));
    expect(refused.code).toBe('package_will_fail');
    expect(refused.message).toBe('“Legacy Criminal Check” will fail when a recruiter orders it: inactive in Certn.');
    expect((await call<{ rows: Pkg[] }>(app, 'packages.list', { integrationId: id, limit: 500 })).rows.find((p) => p.id === legacy.id)!.selected).toBe(false);

    await call(app, 'packages.select', { integrationId: id, packageId: byName('Executive Screen ').id, selected: true });
    const picked = await call<Pkg>(app, 'packages.select', { integrationId: id, packageId: legacy.id, selected: true, override: true });
    expect(picked.selected).toBe(true);
    expect(picked.override).toMatchObject({ reasons: ['inactive in Certn'] });
    expect(app.services.audit.list().find((e) => e.action === 'package.override')?.detail).toMatchObject({ packageId: legacy.id, reasons: ['inactive in Certn'] });
    expect((await stepState()).state).toBe('done');

    const request = await call<{ requestText: string }>(app, 'icims.get', { integrationId: id });
    expect(request.requestText).toContain(`"Legacy Criminal Check"  ID ${legacy.id} (selected anyway, but it will fail when ordered: inactive in Certn)`);
    expect(request.requestText).toContain(`"Executive Screen "  ID ${byName('Executive Screen ').id} (check: the name ends with a space)`);

    const preview = await call<{ packages: { id: string; verdict: Verdict; overridden: boolean }[] }>(app, 'handoff.preview', { integrationId: id });
    const list = (await call<{ rows: Pkg[] }>(app, 'packages.list', { integrationId: id, limit: 500 })).rows;
    for (const p of preview.packages) expect(p.verdict).toEqual(list.find((x) => x.id === p.id)!.verification.verdict);
    expect(preview.packages.find((p) => p.id === legacy.id)!.overridden).toBe(true);

    // Unselecting drops the override: selecting again needs a new one.
    await call(app, 'packages.select', { integrationId: id, packageId: legacy.id, selected: false });
    expect((await fails(call(app, 'packages.select', { integrationId: id, packageId: legacy.id, selected: true }))).code).toBe('package_will_fail');
  });

  it('a selected package that Certn later reports inactive needs attention and blocks the handoff until dealt with', async () => {
    const std = byName('Standard Employment Screen');
    await call(app, 'packages.select', { integrationId: id, packageId: std.id, selected: true });
    app.services.db.prepare('UPDATE packages SET is_active = 0 WHERE integration_id = ? AND id = ?').run(id, std.id);
    const st = await stepState();
    expect(st.state).toBe('attention');
    expect(st.missing.join(' ')).toMatch(/“Standard Employment Screen” will fail when ordered \(inactive in Certn\)/);
    const preview = await call<{ problems: { message: string; step: string }[] }>(app, 'handoff.preview', { integrationId: id });
    expect(preview.problems).toContainEqual({ message: expect.stringMatching(/“Standard Employment Screen” will fail when ordered/), step: 'packages' });
    app.services.db.prepare('UPDATE packages SET is_active = 1 WHERE integration_id = ? AND id = ?').run(id, std.id);
  });

  it('adding one by its portal URL adds it without selecting it', async () => {
    const volunteer = byName('Volunteer Basic');
    const added = await call<Pkg>(app, 'packages.addByUrl', { integrationId: id, url: `https://client.certn.co/ca/package/${volunteer.id}/` });
    expect(added).toMatchObject({ selected: false, verification: { verdict: { level: 'blocked' } } });
  });
});
