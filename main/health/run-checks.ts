// Runs every check for one integration from inputs gathered by the caller (store, vault, Certn), so
// the checks themselves stay free of where their facts come from.
import type { CheckResult, HealthCheckId } from '../shared/health';
import { checkKeyExpiry } from './key-expiry';
import { checkKeyWorks } from './key-works';
import { checkDrift, type CertnPackageFacts, type HandoffSnapshot } from './drift';
import { checkWebhook, type WebhookInput } from './webhook';
import { checkStuckCases, STUCK_LOOKBACK_DAYS, type CaseFacts } from './stuck-cases';
import { checkSilentOrders } from './silent-orders';
import { checkHandoffExpiry } from './handoff-expiry';
import { checkMilestones } from './milestone';
import { couldNotCheck } from './result';
import { AppError } from '../shared/errors';
import { t } from '../shared/i18n';
import { msg, type Message } from '../shared/health-words';
import { stepRef } from '../shared/step-ref';

/** What a run needs from Certn; absent when no API key is saved. */
export interface CertnReader {
  testConnection: () => Promise<{ groupCount: number; baseUrl: string }>;
  getPackage: (id: string) => Promise<CertnPackageFacts>;
  listCases: (groupId: string, orderedAfter: Date) => Promise<CaseFacts[]>;
  /** Certn's clock: the simulated one in the local simulator, else the console's. */
  now: () => Promise<Date>;
}

export interface HealthInputs {
  now: Date;
  hasKey: boolean;
  keyCreatedOn: string | null;
  certn: CertnReader | null;
  handoff: HandoffSnapshot | null;
  hasWebhookCredentials: boolean;
  probe: WebhookInput['probe'];
  defaultGroupId: string | null;
  silentDays: number;
  liveVerifiedAt: string | null;
  webhookPasswordSavedAt: string | null;
  milestones: { kind: string; on: string }[];
}

const noKey = () => Promise.reject(new AppError('certn_key_missing', t('health.noKey'), t('health.noKey.hint', { step: stepRef('connect') })));

export async function runChecks(i: HealthInputs): Promise<CheckResult[]> {
  const certnNow = i.certn ? await i.certn.now().catch(() => i.now) : i.now;
  // Stuck cases and the order count read the same cases: one listing serves both.
  let listing: Promise<CaseFacts[]> | null = null;
  const listCases = (group: string, after: Date): Promise<CaseFacts[]> => {
    listing ??= i.certn!.listCases(group, new Date(certnNow.getTime() - STUCK_LOOKBACK_DAYS * 86_400_000));
    return listing.then((all) => all.filter((c) => !c.created || Date.parse(c.created) >= after.getTime()));
  };
  const guarded = async (id: HealthCheckId, what: Message, fn: () => Promise<CheckResult> | CheckResult): Promise<CheckResult> => {
    try {
      return await fn();
    } catch (e) {
      return couldNotCheck(id, e, what);
    }
  };
  return [
    await guarded('certn-key-expiry', msg('health.what.keyExpiry'), () => checkKeyExpiry({ hasKey: i.hasKey, keyCreatedOn: i.keyCreatedOn, now: i.now })),
    await guarded('certn-key', msg('health.what.apiKey'), () => checkKeyWorks({ hasKey: i.hasKey && !!i.certn, testConnection: i.certn?.testConnection ?? noKey })),
    await guarded('package-drift', msg('health.what.packages'), () =>
      checkDrift({ handoff: i.handoff, getPackage: i.certn?.getPackage ?? noKey }),
    ),
    await guarded('webhook-endpoint', msg('health.what.webhook'), () => checkWebhook({ hasCredentials: i.hasWebhookCredentials, probe: i.probe })),
    await guarded('stuck-cases', msg('health.what.cases'), () => checkStuckCases({ defaultGroupId: i.defaultGroupId, listCases: i.certn ? listCases : noKey, now: certnNow, silentDays: i.silentDays })),
    await guarded('silent-orders', msg('health.what.orders'), () => checkSilentOrders({ defaultGroupId: i.defaultGroupId, listCases: i.certn ? listCases : noKey, now: certnNow })),
    await guarded('handoff-expiry', msg('health.what.handoff'), () => checkHandoffExpiry({ handoff: i.handoff, liveVerifiedAt: i.liveVerifiedAt, webhookPasswordSavedAt: i.webhookPasswordSavedAt, now: i.now })),
    await guarded('icims-milestone', msg('health.what.milestones'), () => checkMilestones({ milestones: i.milestones, now: i.now })),
  ];
}
