export { createCertnClient, certnBaseUrl, configuredRateLimit, DEFAULT_RATE_LIMIT_PER_MINUTE } from './client';
export type {
  CertnClient, CertnClientOptions, CaseFilters, ListOptions, CallOptions, PageProgress, ConnectionTestResult,
  ReportFile, GeneratedReport,
} from './client';
export { probeWebhookEndpoint } from './probe';
export type { ProbeOptions, ProbeResult } from './probe';
export { CERTN_ERROR_CODES } from './errors';
export type { CertnErrorCode } from './errors';
export type { CertnCase, CertnGroup, CertnPackage, ReportFileJson, Pagination } from './schemas';
