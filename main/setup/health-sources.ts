// Gathers one integration's facts for the health watch from the store, the vault and Certn (or the
// running simulator), so the checks in main/health see only narrow inputs.
import { AppError } from '../shared/errors';
import type { Clock } from '../shared/clock';
import { probeWebhookEndpoint } from '../certn';
import type { HealthInputs } from '../health';
import type { HealthRepo } from '../store/health';
import type { SettingsRepo } from '../store/settings';
import type { Vault } from '../vault/vault';
import type { IntegrationApis } from './apis';
import type { HealthReader } from '../record/types';
import { CHECK_TITLE_IDS, VERDICT_LABEL_IDS } from '../shared/health';
import { t } from '../shared/i18n';

/** Days without news before a candidate counts as silent (the go-live view uses the same). */
export const SILENT_DAYS = 5;

export interface HealthSourceDeps {
  apis: IntegrationApis;
  vault: Pick<Vault, 'status' | 'has' | 'read' | 'info'>;
  settings: Pick<SettingsRepo, 'all'>;
  clock: Clock;
  repo: Pick<HealthRepo, 'latestHandoff' | 'milestones'>;
}

export async function healthInputs(d: HealthSourceDeps, id: string, o: { background?: boolean } = {}): Promise<HealthInputs> {
  const { vault, apis } = d;
  if (vault.status().locked) throw new AppError('vault_locked', t('setup.health.vaultLocked'), t('setup.health.vaultLocked.hint'));
  const env = apis.environment(id);
  // A scheduled run never starts a simulator by itself: it checks the one the admin is using.
  if (env === 'simulator' && o.background && !apis.simulators.isRunning(id)) {
    throw new AppError('simulator_stopped', t('setup.health.simulatorStopped'), t('setup.health.simulatorStopped.hint'));
  }
  const s = d.settings.all(id);
  const hasKey = vault.has(id, 'certn_api_key');
  const client = hasKey ? await apis.certn(id) : null;
  const certnNow = env === 'simulator' ? async () => new Date((await (await apis.simulator(id)).admin.clock()).now) : async () => d.clock.now();
  return {
    now: d.clock.now(),
    hasKey,
    keyCreatedOn: s.certnKeyCreatedOn ?? null,
    certn: client && {
      testConnection: () => client.testConnection(),
      getPackage: (pid) => client.getPackage(pid),
      listCases: (group, after) => client.listCases({ group, orderedAfter: after }),
      now: certnNow,
    },
    handoff: d.repo.latestHandoff(id),
    hasWebhookCredentials: vault.has(id, 'webhook_username') && vault.has(id, 'webhook_password'),
    probe: async () =>
      probeWebhookEndpoint({
        environment: env,
        baseUrl: env === 'simulator' ? await apis.certnBaseUrl(id) : undefined,
        username: vault.read(id, 'webhook_username'),
        password: vault.read(id, 'webhook_password'),
      }),
    defaultGroupId: s.defaultGroupId ?? null,
    silentDays: SILENT_DAYS,
    liveVerifiedAt: s.liveVerifiedAt ?? null,
    webhookPasswordSavedAt: vault.info(id, 'webhook_password')?.updatedAt ?? null,
    milestones: d.repo.milestones(id),
  };
}

/** The latest stored run in the words the integration record prints. */
export function healthRecordReader(repo: Pick<HealthRepo, 'latest'>): HealthReader {
  return {
    latest(integrationId) {
      const run = repo.latest(integrationId);
      if (!run) return null;
      const failing = run.results.filter((r) => r.verdict === 'fail').length;
      const warning = run.results.filter((r) => r.verdict === 'warn').length;
      return {
        checkedAt: run.at,
        verdict: failing ? `${failing} check${failing === 1 ? '' : 's'} failing` : warning ? `${warning} warning${warning === 1 ? '' : 's'}` : t(VERDICT_LABEL_IDS.ok),
        checks: run.results.map((r) => ({ name: t(CHECK_TITLE_IDS[r.check]), verdict: t(VERDICT_LABEL_IDS[r.verdict]), evidence: [r.summary, ...r.evidence].join(' ') })),
      };
    },
  };
}
