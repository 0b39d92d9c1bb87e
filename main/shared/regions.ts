// Regions and endpoints. Only the sandbox API host is on a Certn API page; the regional API hosts are
// the ones many integrators' code agrees on, and the iCIMS webhook path comes from Certn's iCIMS help
// article. Pure data: shared by main and the renderer.
import type { SharedMessageId, SharedT } from './i18n/shared-ids';

export const CERTN_REGIONS = ['ca', 'uk', 'au'] as const;
export type CertnRegion = (typeof CERTN_REGIONS)[number];

export const ENVIRONMENTS = ['ca', 'uk', 'au', 'sandbox', 'simulator'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const ENVIRONMENT_LABEL_IDS: Record<Environment, SharedMessageId> = {
  ca: 'shared.region.ca',
  uk: 'shared.region.uk',
  au: 'shared.region.au',
  sandbox: 'shared.region.sandbox',
  simulator: 'shared.region.simulator',
};

/** Certn API base URL for a real environment; the simulator's is decided at run time. */
export const CERTN_API_BASE: Record<Exclude<Environment, 'simulator'>, string> = {
  ca: 'https://api.ca.certn.co',
  uk: 'https://api.uk.certn.co',
  au: 'https://api.au.certn.co',
  sandbox: 'https://api.sandbox.certn.co',
};

export const ICIMS_WEBHOOK_PATH = '/api/external/ats/icims/webhook/';

/**
 * The one wording for the sandbox's iCIMS endpoint: the URL follows the regional pattern, but no Certn
 * document lists an iCIMS endpoint for the sandbox, so it is shown everywhere as unconfirmed.
 */
export function sandboxEndpointNote(t: SharedT): string {
  return t('shared.region.sandboxEndpointNote');
}

/** The note to show beside an environment's iCIMS endpoint, if any. */
export function endpointNote(env: Environment, t: SharedT): string | null {
  return env === 'sandbox' ? sandboxEndpointNote(t) : null;
}

/** The regional endpoint the iCIMS consultant configures for events. */
export function certnIcimsEndpoint(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '') + ICIMS_WEBHOOK_PATH;
}

/** Portal region segment used in package URLs (client.certn.co/<region>/package/<id>/). */
export function portalRegion(env: Environment): CertnRegion {
  return env === 'uk' || env === 'au' ? env : 'ca';
}

export const ICIMS_HOSTINGS = ['us', 'eu'] as const;
export type IcimsHosting = (typeof ICIMS_HOSTINGS)[number];
export const ICIMS_API_BASE: Record<IcimsHosting, string> = {
  us: 'https://api.icims.com',
  eu: 'https://api-eu.icims.com',
};
