import type { Db } from './db';
import type { Clock } from '../shared/clock';
import type { ErrorInfo } from '../shared/errors';
import type { IcimsHosting } from '../shared/regions';

/** A package selected although it will fail when ordered: when, and the blockers it was selected over. */
export interface OrderOverride {
  at: string;
  /** As worded when the override was made (read when reasonIds is absent, on rows saved before it). */
  reasons: string[];
  /** The reasons as message ids, worded when read in the reader's language. */
  reasonIds?: string[];
}

export type ReportType = 'PDF' | 'PORTAL';

/**
 * Every non-secret per-integration value the steps keep, with its type: the one place a key is
 * named. Values are stored as JSON; secrets never go here (they go to the vault).
 */
export interface SettingsMap {
  // step 0, Connect Certn
  certnVerifiedAt: string;
  certnKeyCreatedOn: string;
  certnGroupCount: number;
  // step 1, Packages
  packagesSyncedAt: string;
  atsConfirmed: string[];
  orderOverrides: Record<string, OrderOverride>;
  // step 2, iCIMS request
  company: string;
  icimsCustomerId: string;
  icimsHosting: IcimsHosting | 'simulator';
  icimsVerifiedAt: string;
  icimsVerifyError: ErrorInfo;
  // step 3, Certn connection
  webhookSavedAt: string;
  reportType: ReportType;
  defaultGroupId: string;
  certnSavedAt: string;
  /** What was confirmed as saved in Certn, so later changes show as pending. */
  certnApplied: { reportType: ReportType | null; defaultGroupId: string | null };
  // step 4, Handoff (SendSafely)
  sendsafelyHost: string;
  sendsafelyOwnerEmail: string;
  sendsafelyVerifiedAt: string;
  // step 5, Go-live and the local simulator
  liveVerifiedAt: string;
  simEventsConfiguredAt: string;
  simIcimsCustomerId: string;
  simulatorPorts: { certn: number; icims: number; sendsafely?: number };
  /** The ports the simulator had to leave (worded when read, in the language of that moment); text in rows saved before. */
  simulatorPortNotice: string | { from: number; to: number };
}

export type SettingKey = keyof SettingsMap;
export type Settings = Partial<SettingsMap>;
/** A change: a value sets the key, null (or undefined) removes it. */
export type SettingsPatch = { [K in SettingKey]?: SettingsMap[K] | null };

/**
 * Non-secret per-integration values the steps fill in (customer id, hosting, report type, group…).
 * Values are JSON. Secrets never go here: they go to the vault.
 */
export class SettingsRepo {
  constructor(private readonly db: Db, private readonly clock: Clock) {}

  all(integrationId: string): Settings {
    const rows = this.db.prepare('SELECT key, value FROM integration_settings WHERE integration_id = ?').all(integrationId) as { key: string; value: string }[];
    return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)])) as Settings;
  }

  get<K extends SettingKey>(integrationId: string, key: K): SettingsMap[K] | undefined {
    const r = this.db.prepare('SELECT value FROM integration_settings WHERE integration_id = ? AND key = ?').get(integrationId, key) as { value: string } | undefined;
    return r ? (JSON.parse(r.value) as SettingsMap[K]) : undefined;
  }

  set(integrationId: string, values: SettingsPatch): void {
    const now = this.clock.now().toISOString();
    const upsert = this.db.prepare(
      `INSERT INTO integration_settings (integration_id, key, value, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (integration_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
    const del = this.db.prepare('DELETE FROM integration_settings WHERE integration_id = ? AND key = ?');
    this.db.transaction(() => {
      for (const [k, v] of Object.entries(values)) {
        if (v === undefined || v === null) del.run(integrationId, k);
        else upsert.run(integrationId, k, JSON.stringify(v), now);
      }
    })();
  }
}
