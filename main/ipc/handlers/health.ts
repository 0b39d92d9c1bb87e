import type { Services } from '../../services';
import type { Handlers } from '../contract';
import { rehearseHealth } from '../../setup/health-rehearsal';

// The health watch: badges, the Health page, a run on request, and the simulator's breaks.
export function healthHandlers(s: Services): Pick<Handlers, 'health'> {
  const watched = (id: string) => s.healthRuns.latestHandoff(id) !== null;
  return {
    health: {
      summary: () =>
        s.integrations.list().map((i) => {
          const last = s.healthRuns.latest(i.id);
          return { integrationId: i.id, verdict: last?.verdict ?? null, at: last?.at ?? null, watched: watched(i.id) };
        }),
      get: ({ integrationId, limit }) => {
        s.integrations.get(integrationId);
        const history = s.healthRuns.history(integrationId, limit ?? 50);
        return { latest: history[0] ?? null, history, watched: watched(integrationId) };
      },
      run: ({ integrationId }) => (s.integrations.get(integrationId), s.health.run(integrationId, 'manual')),
      rehearse: async ({ integrationId, action, undo }) => {
        await rehearseHealth({ apis: s.setup, vault: s.vault, settings: s.settings, repo: s.healthRuns, audit: s.audit, clock: s.clock }, integrationId, action, undo);
        return s.health.run(integrationId, 'manual');
      },
    },
  };
}
