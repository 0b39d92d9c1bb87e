export { createIcimsClient, icimsBaseUrl } from './client';
export type { IcimsClient, IcimsClientOptions, IcimsRateLimit, SearchKind, SearchFilter, CredentialCheck } from './client';
export { ICIMS_ERROR_CODES, parseIcimsError } from './errors';
export type { IcimsErrorCode, IcimsErrorDetail } from './errors';
export type { IcimsPerson, IcimsJob, IcimsWorkflow, IcimsListValue } from './schemas';
