import { describe, expect, it } from 'vitest';
import { HandoffPayloadSchema, buildHandoffPayload, handoffFileBase, parseHandoffPayload } from '../../../main/handoff';
import { AppError } from '../../../main/shared/errors';
import { samplePayload } from './fixtures';

describe('handoff payload', () => {
  it('holds exactly what the consultant needs, with the regional endpoint', () => {
    const p = samplePayload({ now: new Date('2030-01-02T03:04:05.000Z'), validForDays: 7 });
    expect(Object.keys(p).sort()).toEqual([
      'certnEndpointUrl', 'companyLabel', 'createdAt', 'expiresAt', 'format', 'icimsCustomerId', 'instructions',
      'integrationName', 'packages', 'webhookPassword', 'webhookUsername',
    ]);
    expect(p.format).toBe('certn-icims-handoff/1');
    expect(p.certnEndpointUrl).toBe('https://api.uk.certn.co/api/external/ats/icims/webhook/');
    expect(p.createdAt).toBe('2030-01-02T03:04:05.000Z');
    expect(p.expiresAt).toBe('2030-01-09T03:04:05.000Z');
    expect(p.instructions).toMatch(/each of the 2 packages/);
  });

  it('uses the simulator loopback endpoint and refuses the sandbox', () => {
    const sim = samplePayload({ environment: 'simulator', simulatorBaseUrl: 'http://127.0.0.1:45123/' });
    expect(sim.certnEndpointUrl).toBe('http://127.0.0.1:45123/api/external/ats/icims/webhook/');
    expect(() => samplePayload({ environment: 'sandbox' })).toThrow(AppError);
    expect(() => samplePayload({ environment: 'simulator' })).toThrow(/simulator/);
  });

  it('cannot carry any other field: strict at the top and in each package', () => {
    const p = samplePayload();
    expect(HandoffPayloadSchema.safeParse({ ...p, certnApiKey: 'k' }).success).toBe(false);
    expect(HandoffPayloadSchema.safeParse({ ...p, icimsPassword: 'p' }).success).toBe(false);
    expect(HandoffPayloadSchema.safeParse({ ...p, packages: [{ ...p.packages[0], secret: 'x' }] }).success).toBe(false);
    expect(HandoffPayloadSchema.safeParse({ ...p, format: 'other/1' }).success).toBe(false);
    expect(HandoffPayloadSchema.safeParse({ ...p, certnEndpointUrl: 'https://evil.example/api/external/ats/icims/webhook/' }).success).toBe(false);
    expect(HandoffPayloadSchema.safeParse({ ...p, expiresAt: p.createdAt }).success).toBe(false);
    expect(HandoffPayloadSchema.safeParse(p).success).toBe(true);
  });

  it('reports invalid fields by name, never by value', () => {
    const p = samplePayload();
    try {
      parseHandoffPayload({ ...p, webhookPassword: '', certnApiKey: 'sk_live_SECRET' });
      expect.unreachable();
    } catch (e) {
      const err = e as AppError;
      expect(err.code).toBe('handoff_invalid');
      expect(err.message).toContain('webhookPassword');
      expect(err.message).toContain('certnApiKey');
      expect(`${err.message}${err.hint}`).not.toContain('SECRET');
    }
    expect(() => buildHandoffPayload({ ...baseInput(), packages: [] })).toThrow(/packages/);
    expect(() => buildHandoffPayload({ ...baseInput(), validForDays: 0 })).toThrow(AppError);
  });

  it('makes a safe file name from the integration name', () => {
    expect(handoffFileBase('Acme Ltd — EMEA hiring')).toBe('acme-ltd-emea-hiring-icims-handoff');
    expect(handoffFileBase('../../etc/passwd')).toBe('etc-passwd-icims-handoff');
    expect(handoffFileBase('Café Zoë')).toBe('cafe-zoe-icims-handoff');
    expect(handoffFileBase('日本')).toBe('integration-icims-handoff');
  });
});

function baseInput() {
  return {
    integrationName: 'X', companyLabel: 'Y', environment: 'ca' as const, icimsCustomerId: '1',
    webhookUsername: 'u', webhookPassword: 'p', packages: [{ name: 'n', id: 'i' }],
  };
}
