import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { sendsafelySimulator } from './simulator';
import { SendSafelyClient, normaliseHost, sendPackage } from '../../../main/sendsafely';
import { setLocale } from '../../../main/shared/i18n';

// SendSafely's refusals, from real calls to the simulator on loopback, in the console's French:
// each one worded whole (no English piece left), SendSafely's own words quoted as it wrote them.
const env = sendsafelySimulator();
const client = (over: Partial<ConstructorParameters<typeof SendSafelyClient>[0]> = {}) =>
  new SendSafelyClient({ host: env.sim.sendsafelyUrl, apiKey: env.sim.demo.sendsafelyApiKey, apiSecret: env.sim.demo.sendsafelyApiSecret, retryBaseMs: 20, ...over });
const host = () => new URL(env.sim.sendsafelyUrl).host;

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string; hint?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string; hint?: string };
  }
  throw new Error('expected a failure');
}

/** Words that would betray an English sentence left inside a French message. */
const ENGLISH = /\b(the|was|did|not|could|please|try|check|refused the|this computer)\b/i;

beforeEach(() => {
  setLocale('fr-CA');
});
afterEach(() => setLocale('en'));

describe('SendSafely errors in French', () => {
  it('a wrong secret: the portal label stays English in « », the French beside it', async () => {
    const e = await failure(client({ apiSecret: 'not-the-secret' }).verifyCredentials());
    expect(e.code).toBe('sendsafely_auth_failed');
    expect(e.message).toBe(`SendSafely (${host()}) n’a pas accepté cette clé d’API et ce secret d’API.`);
    expect(e.hint).toContain('«\u00a0Edit Profile → API Keys\u00a0» (Modifier le profil → Clés d’API)');
    expect(`${e.message} ${e.hint}`).not.toContain('not-the-secret');
  });

  it('the clock: minutes behind or ahead, chosen by a select, not pasted in', async () => {
    await env.sim.sendsafelyAdmin.setClockOffset(20 * 60_000);
    const behind = await failure(client().verifyCredentials());
    expect(behind.code).toBe('sendsafely_clock_skew');
    expect(behind.message).toBe('SendSafely a refusé la requête parce que l’horloge de cet ordinateur est trop décalée (cet ordinateur a environ 20 minutes de retard).');
    expect(behind.hint).toBe('Activez le réglage automatique de la date et de l’heure dans les paramètres de votre système, puis réessayez.');
    await env.sim.sendsafelyAdmin.setClockOffset(-20 * 60_000);
    expect((await failure(client().verifyCredentials())).message).toMatch(/\(cet ordinateur a environ 20 minutes d’avance\)\.$/);
  });

  it('an account without the Enterprise plan', async () => {
    await env.sim.sendsafelyAdmin.setAccount({ apiKey: env.sim.demo.sendsafelyApiKey, enterprise: false });
    const e = await failure(client().verifyCredentials());
    expect(e.code).toBe('sendsafely_plan');
    expect(e.message).toBe('Ce compte SendSafely ne peut pas utiliser l’API\u00a0: SendSafely ne donne accès à son API REST qu’avec l’offre «\u00a0Enterprise\u00a0».');
    expect(e.hint).not.toMatch(ENGLISH);
  });

  it('a bad address and a refused package life quote SendSafely’s own words in « »', async () => {
    const bad = await failure(sendPackage({ client: client(), message: '{"x":1}', recipientEmail: 'not an address', lifeDays: 3 }));
    expect(bad.code).toBe('sendsafely_invalid_email');
    expect(bad.message).toBe('SendSafely n’a pas accepté l’adresse courriel du destinataire (réponse de SendSafely\u00a0: «\u00a0Invalid email address\u00a0»).');
    expect(bad.hint).toBe('Vérifiez l’adresse courriel du consultant iCIMS.');
    const c = client();
    const pkg = await c.createPackage();
    const life = await failure(c.setLife(pkg.packageId, 400));
    expect(life.code).toBe('sendsafely_rejected');
    expect(life.message).toBe('SendSafely a refusé la requête (réponse de SendSafely\u00a0: «\u00a0Package life must be between 1 and 365 days\u00a0»).');
  });

  it('a deleted package', async () => {
    const c = client();
    const pkg = await c.createPackage();
    await c.deletePackage(pkg.packageId);
    const e = await failure(c.packageInfo(pkg.packageId));
    expect(e.code).toBe('sendsafely_unknown_package');
    expect(e.message).toBe('SendSafely n’a plus ce paquet (il a été supprimé ou il a expiré).');
  });

  it('network failures: refused, a timeout in seconds (plural by count), cancelled', async () => {
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const port = (srv.address() as { port: number }).port;
    await new Promise<void>((r) => srv.close(() => r()));
    const refused = await failure(client({ host: `http://127.0.0.1:${port}` }).verifyCredentials());
    expect(refused.code).toBe('sendsafely_unreachable');
    expect(refused.message).toBe(`Impossible de joindre 127.0.0.1:${port}\u00a0: la connexion a été refusée.`);

    await env.sim.sendsafelyAdmin.addFault({ route: '/api/v2.0/config/', kind: 'latency', latencyMs: 4_000, count: 1 });
    const slow = await failure(client({ timeoutMs: 1_000, retries: 0 }).verifyCredentials());
    expect(slow.code).toBe('sendsafely_timeout');
    expect(slow.message).toBe(`${host()} n’a pas répondu dans un délai de 1 seconde.`);

    const stop = new AbortController();
    stop.abort();
    const cancelled = await failure(client().verifyCredentials(stop.signal));
    expect(cancelled).toMatchObject({ code: 'sendsafely_cancelled', message: 'La requête à SendSafely a été annulée.' });
  });

  it('server trouble: a 500, throttling past the longest wait, an answer that is not JSON', async () => {
    await env.sim.sendsafelyAdmin.addFault({ route: '/api/v2.0/config/', kind: '500', count: 1 });
    const down = await failure(client({ retries: 0 }).verifyCredentials());
    expect(down.code).toBe('sendsafely_unavailable');
    expect(down.message).toBe(`SendSafely (${host()}) a eu une erreur de serveur (HTTP 500).`);

    await env.sim.sendsafelyAdmin.addFault({ route: '/api/v2.0/config/', kind: '429', count: 1, retryAfterSeconds: 120 });
    const slowDown = await failure(client({ retries: 0 }).verifyCredentials());
    expect(slowDown).toMatchObject({ code: 'sendsafely_rate_limited', hint: 'Attendez une minute, puis réessayez.' });
    expect(slowDown.message).not.toMatch(ENGLISH);

    await env.sim.sendsafelyAdmin.addFault({ route: '/api/v2.0/config/', kind: 'malformed', count: 1 });
    const garbled = await failure(client({ retries: 0 }).verifyCredentials());
    expect(garbled.code).toBe('sendsafely_bad_answer');
    expect(garbled.message).toBe(`${host()} a envoyé une réponse qui ne vient pas de SendSafely (ce n’est pas du JSON).`);
  });

  it('a host that is not SendSafely’s, or not HTTPS', () => {
    expect(() => normaliseHost('https://acme.sendsafely.com/api?x=1')).toThrow('Ce n’est pas un hôte d’organisation SendSafely.');
    expect(() => normaliseHost('http://acme.sendsafely.com')).toThrow('SendSafely doit être joint en HTTPS.');
  });

  it('the same calls word English again once the console speaks English', async () => {
    setLocale('en');
    await env.sim.sendsafelyAdmin.setClockOffset(-20 * 60_000);
    expect((await failure(client().verifyCredentials())).message).toMatch(/\(this computer is about 20 minutes ahead\)\.$/);
  });
});
