// Regions and endpoints as Certn documents them (../shared/reference/certn.md, tagged [doc] there).
// Pure data: shared by main and the renderer.

export const CERTN_REGIONS = ['ca', 'uk', 'au'] as const;
export type CertnRegion = (typeof CERTN_REGIONS)[number];

export const ENVIRONMENTS = ['ca', 'uk', 'au', 'sandbox', 'simulator'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const ENVIRONMENT_LABELS: Record<Environment, string> = {
  ca: 'North America',
  uk: 'Europe, Middle East and Africa',
  au: 'Asia Pacific',
  sandbox: 'Certn sandbox',
  simulator: 'Local simulator',
};

/** Certn API base URL for a real environment; the simulator's is decided at run time. */
export const CERTN_API_BASE: Record<Exclude<Environment, 'simulator'>, string> = {
  ca: 'https://api.ca.certn.co',
  uk: 'https://api.uk.certn.co',
  au: 'https://api.au.certn.co',
  sandbox: 'https://api.sandbox.certn.co',
};

export const ICIMS_WEBHOOK_PATH = '/api/external/ats/icims/webhook/';

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
