export { SendSafelyClient, normaliseHost, type PackageInfo, type SendSafelyClientOptions } from './client';
export { SENDSAFELY_ERROR_CODES, SendSafelyError, type SendSafelyErrorCode } from './errors';
export { decryptMessage, encryptMessage, escrowKeyCode, generateKeyCode, keyCodeChecksum, secureLink } from './crypto';
export { sendPackage, type SendPackageInput, type SendStep, type SentPackage } from './send';
export { API_BASE_PATH, parseRequestTimestamp, requestTimestamp, signRequest, TIMESTAMP_RE } from './sign';
