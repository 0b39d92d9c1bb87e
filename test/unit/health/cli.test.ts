import { beforeAll, describe, expect, it } from 'vitest';
import { handedOverSimulator, runHealthCli } from './helpers';
import { HEALTH_EXIT } from '../../../main/shared/health';
import { openDatabase } from '../../../main/store/db';

// `npm run health` as a scheduler runs it: a real process on a real data folder, judged by its exit code.
describe('npm run health', () => {
  let dataDir: string;
  const day = 86_400_000;
  const setKeyMadeDaysAgo = (days: number) => {
    const db = openDatabase(dataDir);
    db.prepare("UPDATE integration_settings SET value = ? WHERE key = 'certnKeyCreatedOn'").run(JSON.stringify(new Date(Date.now() - days * day).toISOString().slice(0, 10)));
    db.close();
  };

  beforeAll(async () => {
    const made = await handedOverSimulator({ name: 'Acme Rehearsal' });
    dataDir = made.dataDir;
    await made.app.close();
  }, 60_000);

  it('exits 0 when every check is healthy, and stores the run', async () => {
    const r = await runHealthCli(['--integration', 'Acme Rehearsal', '--data-dir', dataDir]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Health of “Acme Rehearsal” \(Local simulator\) at .*: Healthy/);
    expect(r.stdout).toMatch(/OK +Packages as handed over/);
    expect(r.code).toBe(HEALTH_EXIT.healthy);
    const db = openDatabase(dataDir);
    expect(db.prepare("SELECT COUNT(*) AS n FROM health_runs WHERE trigger = 'cli'").get()).toEqual({ n: 1 });
    db.close();
  }, 60_000);

  it('exits 1 on warnings only (key inside its 30-day reminder)', async () => {
    setKeyMadeDaysAgo(340);
    const r = await runHealthCli(['--integration', 'Acme Rehearsal', '--data-dir', dataDir]);
    expect(r.stdout).toMatch(/WARN +Certn API key expiry: The Certn API key expires in 25 days/);
    expect(r.code).toBe(HEALTH_EXIT.warning);
  }, 60_000);

  it('exits 3 on a failure, and --json gives the verdicts, evidence and fix-it links', async () => {
    setKeyMadeDaysAgo(400);
    const r = await runHealthCli(['--integration', 'Acme Rehearsal', '--json', '--data-dir', dataDir]);
    expect(r.code).toBe(HEALTH_EXIT.failure);
    const out = JSON.parse(r.stdout) as { run: { verdict: string; results: { check: string; verdict: string; fixLink: { step: string } | null }[] } };
    expect(out.run.verdict).toBe('fail');
    expect(out.run.results.find((c) => c.check === 'certn-key-expiry')).toMatchObject({ verdict: 'fail', fixLink: { step: 'connect' } });
    setKeyMadeDaysAgo(0);
  }, 60_000);

  it('exits 2 on wrong options and 4 when the checks cannot run', async () => {
    const typo = await runHealthCli(['--integraton', 'Acme Rehearsal', '--data-dir', dataDir]);
    expect(typo).toMatchObject({ code: HEALTH_EXIT.usage, stderr: expect.stringMatching(/Unknown option --integraton/) });
    expect((await runHealthCli(['Acme Rehearsal'])).code).toBe(HEALTH_EXIT.usage);
    expect((await runHealthCli(['--json', '--data-dir', dataDir])).code).toBe(HEALTH_EXIT.usage);
    const unknown = await runHealthCli(['--integration', 'Nope', '--data-dir', dataDir]);
    expect(unknown).toMatchObject({ code: HEALTH_EXIT.cannotRun, stderr: expect.stringMatching(/Known integrations: “Acme Rehearsal”/) });
    const locked = await runHealthCli(['--integration', 'Acme Rehearsal', '--data-dir', dataDir], {});
    expect(locked).toMatchObject({ code: HEALTH_EXIT.cannotRun, stderr: expect.stringMatching(/CONSOLE_VAULT_PASSPHRASE/) });
    const wrong = await runHealthCli(['--integration', 'Acme Rehearsal', '--data-dir', dataDir], { CONSOLE_VAULT_PASSPHRASE: 'not the passphrase' });
    expect(wrong.code).toBe(HEALTH_EXIT.cannotRun);
  }, 120_000);
});
