import { z } from 'zod';
import { LOCALES } from '../../shared/i18n/locales';
import { STEP_IDS } from '../../shared/steps';
import { channel, Id, refusal } from './define';

// Step 4, the handoff: what the iCIMS consultant receives, encrypted. The webhook
// credentials never come back out of main: preview shows them masked; create returns only the
// encrypted files and the keycode, which is shown once and stored nowhere.

export const HANDOFF_METHOD_IDS = ['keycode', 'keycode-split', 'public-key', 'sendsafely'] as const;
export const DEFAULT_VALID_DAYS = 14;

const MaskedSecret = z.object({ saved: z.boolean(), masked: z.string().nullable() });

export const HandoffPackage = z.object({
  id: z.string(),
  /** Exactly as stored, spaces included. */
  name: z.string(),
  /** The name with each suspicious space shown as ␣ (leading, trailing, doubled) so it can be seen. */
  visibleName: z.string(),
  nameIssues: z.array(z.string()),
  /** The same verdict the packages step shows. */
  verdict: z.object({ level: z.enum(['ready', 'caution', 'blocked']), label: z.string(), blockers: z.array(z.string()), cautions: z.array(z.string()) }),
  /** Selected although it will fail when ordered, with a recorded override. */
  overridden: z.boolean(),
});

export const HandoffProblem = z.object({ message: z.string(), step: z.enum(STEP_IDS).nullable() });

export const HandoffPreview = z.object({
  integrationName: z.string(),
  companyLabel: z.string(),
  environment: z.string(),
  endpointUrl: z.string().nullable(),
  icimsCustomerId: z.string().nullable(),
  webhookUsername: MaskedSecret,
  webhookPassword: MaskedSecret,
  packages: z.array(HandoffPackage),
  /** The file names a handoff made now would get. */
  ascFileName: z.string(),
  htmlFileName: z.string(),
  missing: z.array(z.string()),
  /** The same problems with the step that fixes each one. */
  problems: z.array(HandoffProblem),
  ready: z.boolean(),
});
export type HandoffPreview = z.infer<typeof HandoffPreview>;

/** What a handoff sent through SendSafely keeps: never the keyCode or the link. */
export const SendSafelyTracking = z.object({
  packageId: z.string(),
  host: z.string(),
  recipientEmail: z.string(),
  lifeDays: z.number(),
  /** Whether SendSafely was allowed to e-mail the link (which hands it the keyCode). */
  notified: z.boolean(),
  /** SendSafely's package state as last seen, e.g. "Waiting for Pickup"; "deleted" once removed or gone. */
  state: z.string().nullable(),
  /** The consultant's first opening, from the package's per-recipient openings. */
  openedAt: z.string().nullable(),
  openings: z.number(),
  checkedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
});
export type SendSafelyTracking = z.infer<typeof SendSafelyTracking>;

export const HandoffRecord = z.object({
  id: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  expired: z.boolean(),
  recipientLabel: z.string(),
  method: z.enum(HANDOFF_METHOD_IDS),
  /** SHA-256 of the .asc file. */
  sha256: z.string(),
  sha256Html: z.string().nullable(),
  fileBase: z.string().nullable(),
  fingerprint: z.string().nullable(),
  leakedAt: z.string().nullable(),
  /** Set when a later handoff, made during a rotation of the webhook credentials, replaced this one. */
  supersededAt: z.string().nullable(),
  supersededBy: z.string().nullable(),
  /** For a leaked handoff: whether the webhook password was saved again since, and a newer handoff made. */
  rotatedSinceLeak: z.boolean().nullable(),
  reissuedSinceLeak: z.boolean().nullable(),
  sendsafely: SendSafelyTracking.nullable(),
});
export type HandoffRecord = z.infer<typeof HandoffRecord>;

export const HandoffFile = z.object({ name: z.string(), content: z.string(), mimeType: z.string(), sha256: z.string() });

export const HandoffCreated = z.object({
  record: HandoffRecord,
  files: z.array(HandoffFile),
  /** Shown once, never stored. For a split keycode this is the joined form (part 1, a dash, part 2). */
  keycode: z.string().nullable(),
  keycodeParts: z.object({ part1: z.string(), part2: z.string() }).nullable(),
  fingerprint: z.string().nullable(),
  /** SendSafely only: the secure link with the keyCode in its #fragment. Shown once, never stored. */
  secureLink: z.string().nullable(),
  /** Plain-language steps to send with (never inside) the files. */
  consultantInstructions: z.array(z.string()),
});
export type HandoffCreated = z.infer<typeof HandoffCreated>;

export const RecipientKeyView = z.object({
  fingerprint: z.string().nullable(),
  userIds: z.array(z.string()),
  expires: z.string().nullable(),
  canEncrypt: z.boolean(),
  problems: z.array(z.string()),
});
export type RecipientKeyView = z.infer<typeof RecipientKeyView>;

const ArmoredKey = z.string().min(1).max(200_000);

export const SendSafelyStatus = z.object({
  connected: z.boolean(),
  host: z.string().nullable(),
  /** The e-mail address verify-credentials returned for the key. */
  ownerEmail: z.string().nullable(),
  apiKeyMasked: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  /** A "Local simulator" integration can connect to the simulated SendSafely. */
  simulatorAvailable: z.boolean(),
});
export type SendSafelyStatus = z.infer<typeof SendSafelyStatus>;

export const handoff = {
  handoff: {
    preview: channel({ integrationId: Id }, HandoffPreview),
    create: channel(
      {
        integrationId: Id,
        recipientLabel: z.string().trim().min(1, refusal('handoff.recipient.empty')).max(120, refusal('handoff.recipient.long')),
        validForDays: z.number().int().min(1, refusal('handoff.days')).max(365, refusal('handoff.days')).default(DEFAULT_VALID_DAYS),
        method: z.enum(HANDOFF_METHOD_IDS),
        recipientPublicKey: ArmoredKey.optional(),
        /** The fingerprint the admin confirmed by phone; if given, the key must still match it. */
        confirmedFingerprint: z.string().max(100).optional(),
        /** SendSafely: the consultant's e-mail address, the package's only recipient. */
        recipientEmail: z.email(refusal('handoff.email')).max(254).optional(),
        /** SendSafely: let SendSafely e-mail the link (hands it the keyCode). Off unless chosen. */
        notifyBySendSafely: z.boolean().default(false),
        /** The language of what the consultant reads (instructions, the page, the file's own note); the console's when absent. */
        language: z.enum(LOCALES).optional(),
      },
      HandoffCreated,
    ),
    list: channel({ integrationId: Id }, z.array(HandoffRecord)),
    markLeaked: channel(
      { integrationId: Id, handoffId: Id, deleteFromSendSafely: z.boolean().default(false) },
      z.object({ record: HandoffRecord, guidance: z.array(z.string()), sendsafelyProblem: z.string().nullable() }),
    ),
    /** Asks SendSafely whether the consultant opened each package sent through it. */
    refreshTracking: channel({ integrationId: Id }, z.array(HandoffRecord)),
    sendsafelyStatus: channel({ integrationId: Id }, SendSafelyStatus),
    sendsafelyConnect: channel(
      {
        integrationId: Id,
        host: z.string().trim().min(1, refusal('sendsafely.host')).max(300),
        apiKey: z.string().trim().min(1, refusal('sendsafely.apiKey')).max(500),
        apiSecret: z.string().trim().min(1, refusal('sendsafely.apiSecret')).max(500),
      },
      SendSafelyStatus,
    ),
    sendsafelyDisconnect: channel({ integrationId: Id }, SendSafelyStatus),
    /** The local simulator's demo SendSafely account, to fill the form with (simulator integrations only). */
    sendsafelySimulatorAccount: channel({ integrationId: Id }, z.object({ host: z.string(), apiKey: z.string(), apiSecret: z.string() })),
    readRecipientKey: channel({ armored: ArmoredKey }, RecipientKeyView),
  },
};
