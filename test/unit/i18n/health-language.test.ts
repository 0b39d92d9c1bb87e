import { afterEach, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../main/app';
import { setLocale } from '../../../main/shared/i18n';
import type { CheckResult } from '../../../main/shared/health';
import { call, handedOverSimulator, verdictOf } from '../health/helpers';

// A health run keeps its words as message ids and values in SQLite, so the history reads in the
// language of whoever opens it, not the language it happened to be recorded in.
let app: ConsoleApp | undefined;
afterEach(async () => {
  setLocale('en');
  await app?.close();
  app = undefined;
});

type Run = { id: number; results: CheckResult[] };

describe('health history in the reader’s language', () => {
  it('a run recorded in English reads in French once the console speaks French, and back', async () => {
    const made = await handedOverSimulator();
    app = made.app;
    await call(app, 'prefs.set', { language: 'en' });
    const run = await call<Run>(app, 'health.run', { integrationId: made.id });
    const drift = verdictOf(run.results, 'package-drift');
    expect(drift.summary).toBe('Every package handed over still exists, is active, is marked for ATS use and has the same name.');
    expect(drift.evidence[0]).toMatch(/^Compared with the handoff of .+ to Dana \(iCIMS\) \(2 packages\)\.$/);

    await call(app, 'prefs.set', { language: 'fr-CA' });
    const read = await call<{ history: Run[] }>(app, 'health.get', { integrationId: made.id });
    const same = read.history.find((r) => r.id === run.id)!;
    const fr = verdictOf(same.results, 'package-drift');
    expect(fr.summary).toBe('Chaque forfait transmis existe toujours, est actif, est marqué pour utilisation par un ATS et porte le même nom.');
    expect(fr.evidence[0]).toMatch(/^Comparé à la transmission du \d{1,2} [a-zéû]+\.? \d{4}.* à Dana \(iCIMS\) \(2 forfaits\)\.$/);
    // What is stored is the ids and values, never the English sentence alone.
    const stored = app.services.db.prepare('SELECT results FROM health_runs WHERE id = ?').get(run.id) as { results: string };
    expect(stored.results).toContain('"m":"health.drift.ok"');

    // A fix-it label reads in French too, with the step in French.
    app.services.db.prepare('UPDATE handoffs SET packages = NULL WHERE integration_id = ?').run(made.id);
    const warned = verdictOf((await call<Run>(app, 'health.run', { integrationId: made.id })).results, 'package-drift');
    expect(warned.fixLink?.label).toBe('Faites une nouvelle transmission pour que ses forfaits soient enregistrés');
    await call(app, 'prefs.set', { language: 'en' });
    const back = (await call<{ latest: Run }>(app, 'health.get', { integrationId: made.id })).latest;
    expect(verdictOf(back.results, 'package-drift').fixLink?.label).toBe('Make a new handoff so its packages are on record');
  }, 90_000);

  it('the webhook probe’s reading, recorded in a French run, reads in English later', async () => {
    const made = await handedOverSimulator();
    app = made.app;
    await call(app, 'prefs.set', { language: 'fr-CA' });
    const run = await call<Run>(app, 'health.run', { integrationId: made.id });
    const fr = verdictOf(run.results, 'webhook-endpoint');
    expect(fr.evidence.join(' ')).toMatch(/^Point de terminaison joint, identifiants probablement acceptés \(code HTTP 400\)\. Le point de terminaison iCIMS de Certn \(région\u00a0: simulateur local\) a répondu par le code HTTP 400/);
    expect(fr.evidence.join(' ')).toContain('lecture approximative');
    expect(fr.evidence.join(' ')).not.toMatch(/\b(?:the|endpoint|reading)\b/);

    await call(app, 'prefs.set', { language: 'en' });
    const read = await call<{ history: Run[] }>(app, 'health.get', { integrationId: made.id });
    const en = verdictOf(read.history.find((r) => r.id === run.id)!.results, 'webhook-endpoint');
    expect(en.evidence[0]).toBe('Endpoint reached, credentials probably accepted (HTTP 400).');
    expect(en.evidence[1]).toMatch(/^Certn's iCIMS endpoint for the local simulator answered HTTP 400 .* This is a best-effort reading:/);
  }, 90_000);
});
