// Certn publishes no CertnCentric rate limit: the console must not state one, and its own ceiling is a setting.
import { describe, expect, it } from 'vitest';
import { certnHttpError } from '../../../main/certn/errors';
import { configuredRateLimit, DEFAULT_RATE_LIMIT_PER_MINUTE } from '../../../main/certn';

describe('rate limit wording and ceiling', () => {
  it('words a 429 without any figure presented as Certn’s, and passes on Retry-After', () => {
    const e = certnHttpError(429, new Uint8Array(), { environment: 'ca', host: 'api.ca.certn.co' }, 7_000);
    expect(e.message).not.toMatch(/\d/);
    expect(e.hint).toBe('Wait about 7 seconds and try again.');
  });

  it('takes CERTN_RATE_LIMIT_PER_MINUTE when it is a sensible whole number, else the conservative default', () => {
    expect(configuredRateLimit({})).toBe(DEFAULT_RATE_LIMIT_PER_MINUTE);
    expect(configuredRateLimit({ CERTN_RATE_LIMIT_PER_MINUTE: '30' })).toBe(30);
    for (const bad of ['0', '-5', 'fast', '2.5', '999999']) expect(configuredRateLimit({ CERTN_RATE_LIMIT_PER_MINUTE: bad })).toBe(DEFAULT_RATE_LIMIT_PER_MINUTE);
    expect(DEFAULT_RATE_LIMIT_PER_MINUTE).toBeLessThan(240);
  });
});
