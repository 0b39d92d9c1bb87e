// What the iCIMS consultant receives, and nothing more (Certn article step 4): the webhook
// credentials, each package's exact name and ID, Certn's regional iCIMS endpoint and the iCIMS
// customer ID. A strict schema so that no other field (an API key, the iCIMS password) can ride along.
import { z } from 'zod';
import { AppError } from '../shared/errors';
import { currentLocale, t, translator, type Translator } from '../shared/i18n';
import type { Locale } from '../shared/i18n/locales';
import { CERTN_API_BASE, ICIMS_WEBHOOK_PATH, certnIcimsEndpoint, sandboxEndpointNote, type Environment } from '../shared/regions';

export const HANDOFF_FORMAT = 'certn-icims-handoff/1';
export const DEFAULT_VALID_DAYS = 14;
const MAX_VALID_DAYS = 365;

const REGIONAL_ENDPOINT = /^https:\/\/api\.(ca|uk|au)\.certn\.co\/api\/external\/ats\/icims\/webhook\/$/;

/** A regional Certn endpoint, or the local simulator's on loopback (rehearsals only). */
export function isAllowedEndpoint(url: string): boolean {
  if (REGIONAL_ENDPOINT.test(url)) return true;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  return (u.protocol === 'http:' || u.protocol === 'https:') && loopback && u.pathname === ICIMS_WEBHOOK_PATH
    && !u.search && !u.hash && !u.username && !u.password;
}

const text = (max: number) => z.string().trim().min(1).max(max);
const token = (max: number) => text(max).regex(/^\S+$/, 'must not contain spaces');

// A package name is handed over exactly as Certn stores it: the consultant matches it character
// for character, so leading, trailing or doubled spaces are kept (and flagged in the console), never trimmed.
const exactName = (max: number) => z.string().min(1).max(max).refine((s) => s.trim().length > 0, 'must not be blank');

export const HandoffPackageSchema = z.strictObject({
  name: exactName(200),
  id: token(100),
});

export const HandoffPayloadSchema = z
  .strictObject({
    format: z.literal(HANDOFF_FORMAT),
    integrationName: text(120),
    companyLabel: text(200),
    icimsCustomerId: token(100),
    certnEndpointUrl: z.string().refine(isAllowedEndpoint, 'must be a Certn regional iCIMS endpoint or the local simulator'),
    webhookUsername: token(200),
    webhookPassword: token(500),
    packages: z.array(HandoffPackageSchema).min(1).max(200),
    instructions: text(2000),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  })
  .refine((p) => Date.parse(p.expiresAt) > Date.parse(p.createdAt), { message: 'expiresAt must be after createdAt', path: ['expiresAt'] });

export type HandoffPayload = z.infer<typeof HandoffPayloadSchema>;
export type HandoffPackage = z.infer<typeof HandoffPackageSchema>;

export interface BuildHandoffPayloadInput {
  integrationName: string;
  companyLabel: string;
  environment: Environment;
  /** Base URL of the running local simulator; required when environment is 'simulator'. */
  simulatorBaseUrl?: string;
  icimsCustomerId: string;
  webhookUsername: string;
  webhookPassword: string;
  packages: HandoffPackage[];
  /** Advisory lifetime shown to the consultant; 1–365 days like SendSafely's admin setting. */
  validForDays?: number;
  now?: Date;
  /** The language of the instructions inside; the console's when absent. */
  language?: Locale;
}

function endpointFor(input: BuildHandoffPayloadInput): string {
  if (input.environment === 'sandbox') {
    throw new AppError(
      'handoff_environment_unsupported',
      t('handoff.error.sandbox', { note: sandboxEndpointNote(t) }),
      t('handoff.error.sandbox.hint'),
    );
  }
  if (input.environment === 'simulator') {
    if (!input.simulatorBaseUrl) {
      throw new AppError('handoff_simulator_not_running', t('handoff.error.simulatorUnknown'), t('handoff.error.simulatorUnknown.hint'));
    }
    return certnIcimsEndpoint(input.simulatorBaseUrl);
  }
  return certnIcimsEndpoint(CERTN_API_BASE[input.environment]);
}

export function handoffInstructions(packageCount: number, tr: Translator = translator(currentLocale())): string {
  return tr.t('handoff.payload.instructions', { count: packageCount });
}

/** Assembles and validates the payload; every problem comes back as one AppError naming the field. */
export function buildHandoffPayload(input: BuildHandoffPayloadInput): HandoffPayload {
  const days = input.validForDays ?? DEFAULT_VALID_DAYS;
  if (!(days > 0 && days <= MAX_VALID_DAYS)) {
    throw new AppError('handoff_invalid', t('handoff.error.validity', { max: MAX_VALID_DAYS }), t('handoff.error.validity.hint'));
  }
  const now = input.now ?? new Date();
  const candidate = {
    format: HANDOFF_FORMAT,
    integrationName: input.integrationName,
    companyLabel: input.companyLabel,
    icimsCustomerId: input.icimsCustomerId,
    certnEndpointUrl: endpointFor(input),
    webhookUsername: input.webhookUsername,
    webhookPassword: input.webhookPassword,
    packages: input.packages.map((p) => ({ name: p.name, id: p.id })),
    instructions: handoffInstructions(input.packages.length, translator(input.language ?? currentLocale())),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString(),
  };
  return parseHandoffPayload(candidate);
}

/** Validates without echoing values: messages name fields only, since some values are secrets. */
export function parseHandoffPayload(value: unknown): HandoffPayload {
  const r = HandoffPayloadSchema.safeParse(value);
  if (r.success) return r.data;
  const fields = [...new Set(r.error.issues.map((i) => {
    if (i.code === 'unrecognized_keys') return t('handoff.error.extraFields', { keys: i.keys.join(', ') });
    return i.path.length ? i.path.join('.') : 'payload';
  }))];
  throw new AppError(
    'handoff_invalid',
    t('handoff.error.invalidValues', { fields: fields.join(', ') }),
    t('handoff.error.invalidValues.hint'),
  );
}
