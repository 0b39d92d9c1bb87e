import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../main/app';
import { HEALTH_REHEARSALS, type HealthCheckId, type HealthRehearsal } from '../../../main/shared/health';
import type { HealthRunView } from '../../../main/ipc/contract/health';
import { call, handedOverSimulator, verdictOf } from './helpers';

// Every failure the Health page offers in the simulator, through the same channel the page calls:
// it must make its check fail, and "put it right" must clear that failure.
const BREAKS: Record<HealthRehearsal, HealthCheckId> = {
  'rename-package': 'package-drift',
  'deactivate-package': 'package-drift',
  'ats-off': 'package-drift',
  'revoke-key': 'certn-key',
  'expire-key': 'certn-key-expiry',
  'drop-webhook': 'webhook-endpoint',
  'stuck-case': 'stuck-cases',
  'silent-orders': 'silent-orders',
};

describe('rehearsed failures', () => {
  let app: ConsoleApp;
  let id: string;
  beforeAll(async () => {
    ({ app, id } = await handedOverSimulator());
  }, 60_000);
  afterAll(async () => app?.close());

  it('offers one per check the simulator can break', () => {
    expect(Object.keys(BREAKS).sort()).toEqual([...HEALTH_REHEARSALS].sort());
  });

  for (const action of HEALTH_REHEARSALS) {
    it(`${action} fails ${BREAKS[action]}, and putting it right clears it`, async () => {
      const broken = await call<HealthRunView>(app, 'health.rehearse', { integrationId: id, action });
      expect(verdictOf(broken.results, BREAKS[action]).verdict).toBe('fail');
      const fixed = await call<HealthRunView>(app, 'health.rehearse', { integrationId: id, action, undo: true });
      expect(verdictOf(fixed.results, BREAKS[action]).verdict).not.toBe('fail');
      expect(fixed.results.filter((r) => r.verdict === 'fail')).toEqual([]);
    }, 120_000);
  }

  it('is refused for an integration that is not in the simulator', async () => {
    const real = await call<{ id: string }>(app, 'integrations.create', { name: 'Real UK', environment: 'uk' });
    await expect(call(app, 'health.rehearse', { integrationId: real.id, action: 'rename-package' })).rejects.toMatchObject({ code: 'not_simulator' });
  });
});
