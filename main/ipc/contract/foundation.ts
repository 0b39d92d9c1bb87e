import { z } from 'zod';
import { ENVIRONMENTS } from '../../shared/regions';
import { STEP_IDS } from '../../shared/steps';
import { SECRET_KINDS } from '../../shared/secret-kinds';
import { LANGUAGE_PREFS, LOCALES } from '../../shared/i18n/locales';
import { channel, Id, Ok, refusal } from './define';

export const Integration = z.object({
  id: z.string(),
  name: z.string(),
  environment: z.enum(ENVIRONMENTS),
  currentStep: z.enum(STEP_IDS),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Integration = z.infer<typeof Integration>;

export const StepStatus = z.object({
  id: z.enum(STEP_IDS),
  state: z.enum(['todo', 'in_progress', 'done', 'attention']),
  summary: z.string(),
  missing: z.array(z.string()),
});
export type StepStatus = z.infer<typeof StepStatus>;

const IntegrationName = z
  .string()
  .trim()
  .min(1, refusal('integration.name.empty'))
  .max(80, refusal('integration.name.long'));

const Passphrase = z.string().min(1).max(1024);

export const VaultStatus = z.object({
  kind: z.enum(['keychain', 'passphrase']),
  backend: z.string(),
  initialized: z.boolean(),
  locked: z.boolean(),
  lockedBecause: z.enum(['start', 'idle', 'manual']).nullable(),
  autoLockMinutes: z.number(),
});

/** The kinds of secret the vault holds. */
export const SecretKind = z.enum(SECRET_KINDS);

export const SecretInfo = z.object({ kind: z.string(), masked: z.string(), updatedAt: z.string() });

export const Prefs = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  lastIntegrationId: z.string().nullable(),
  autoLockMinutes: z.number(),
  firstRunDone: z.boolean(),
  healthIntervalHours: z.number(),
  language: z.enum(LANGUAGE_PREFS),
  /** The language in effect: `language`, with "system" resolved by main. */
  locale: z.enum(LOCALES),
});

export const AuditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  integrationId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  /** The integration's name (or its last recorded name, once deleted); null for console-wide entries. */
  integrationName: z.string().nullable(),
  /** What happened, in words: "Webhook password stored in the vault". */
  summary: z.string(),
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
});

const AuditFilter = {
  integrationId: Id.optional(),
  action: z.string().max(64).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
};

export const foundation = {
  app: {
    info: channel({}, z.object({ version: z.string(), mode: z.enum(['electron', 'browser']), dataDir: z.string(), logDir: z.string().nullable() })),
  },
  vault: {
    status: channel({}, VaultStatus),
    init: channel({ passphrase: Passphrase }, VaultStatus),
    unlock: channel({ passphrase: Passphrase }, VaultStatus),
    lock: channel({}, VaultStatus),
    changePassphrase: channel({ current: Passphrase, next: Passphrase }, VaultStatus),
  },
  prefs: {
    get: channel({}, Prefs),
    set: channel(
      {
        theme: z.enum(['system', 'light', 'dark']).optional(),
        lastIntegrationId: z.string().nullable().optional(),
        autoLockMinutes: z.number().int().min(0).max(1440).optional(),
        firstRunDone: z.boolean().optional(),
        healthIntervalHours: z.number().int().min(0).max(24).optional(),
        language: z.enum(LANGUAGE_PREFS).optional(),
      },
      Prefs,
    ),
  },
  integrations: {
    list: channel({}, z.array(Integration)),
    create: channel({ name: IntegrationName, environment: z.enum(ENVIRONMENTS) }, Integration),
    rename: channel({ id: Id, name: IntegrationName }, Integration),
    remove: channel({ id: Id, confirmName: z.string() }, Ok),
    setStep: channel({ id: Id, step: z.enum(STEP_IDS) }, Integration),
    overview: channel({ id: Id }, z.object({ integration: Integration, steps: z.array(StepStatus) })),
  },
  secrets: {
    list: channel({ integrationId: Id }, z.array(SecretInfo)),
    reveal: channel({ integrationId: Id, kind: SecretKind, purpose: z.enum(['reveal', 'copy']) }, z.object({ value: z.string() })),
  },
  audit: {
    list: channel({ ...AuditFilter, limit: z.number().int().min(1).max(5000).optional() }, z.array(AuditEntry)),
    exportCsv: channel(AuditFilter, z.object({ fileName: z.string(), csv: z.string() })),
  },
};
