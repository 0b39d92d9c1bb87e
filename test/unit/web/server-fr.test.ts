import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startWebServer, type WebServer } from '../../../main/web/server';
import type { ConsoleApp } from '../../../main/app';
import { setLocale } from '../../../main/shared/i18n';
import { makeApp, tempDir } from '../../support/app';

// The browser-mode server's refusals are read by a person (the page shows an RPC refusal as any
// error; the sign-in answer and a missing file by whoever opened the address), so they follow the
// console's language: here switched through the page's own prefs.set over real HTTP.
describe('browser-mode server in French', () => {
  let app: ConsoleApp;
  let server: WebServer;
  let cookie: string;
  const base = () => `http://127.0.0.1:${server.port}`;
  const exchange = () => fetch(`${base()}/session`, { method: 'POST', headers: { Authorization: `Bearer ${server.token}` } });
  const rpc = (channel: string, body: unknown, headers: Record<string, string> = { Cookie: cookie }) =>
    fetch(`${base()}/rpc/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    app = await makeApp();
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
    server = await startWebServer({ dispatch: app.dispatch, staticDir });
    const first = await exchange();
    expect(first.status).toBe(200);
    cookie = first.headers.get('set-cookie')!.split(';')[0];
  });
  afterEach(() => setLocale('en'));
  afterAll(async () => {
    await server.close();
    await app.close();
  });

  it('a used sign-in address, a tab not signed in, bad JSON and a missing file answer in French, then in English again', async () => {
    expect((await rpc('prefs.set', { language: 'fr-CA' })).status).toBe(200);

    const used = await exchange();
    expect(used.status).toBe(401);
    expect(await used.json()).toEqual({
      ok: false,
      error: {
        code: 'token_used',
        message: 'Cette adresse de connexion a déjà été utilisée une fois.',
        hint: 'Utilisez l’onglet du navigateur qui l’a ouverte, ou redémarrez la console pour obtenir une nouvelle adresse.',
      },
    });

    const stranger = await rpc('app.info', {}, {});
    expect(stranger.status).toBe(401);
    expect((await stranger.json()).error).toMatchObject({ code: 'unauthorized', message: 'Cet onglet du navigateur n’est pas connecté à la console.' });

    const garbled = await fetch(`${base()}/rpc/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: '{"a":' });
    expect(garbled.status).toBe(400);
    expect((await garbled.json()).error).toEqual({ code: 'invalid_json', message: 'La requête n’était pas du JSON valide.' });

    const missing = await fetch(`${base()}/nothing-here.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('Introuvable');

    expect((await rpc('prefs.set', { language: 'en' })).status).toBe(200);
    expect((await (await exchange()).json()).error.message).toBe('This sign-in address was already used once.');
  });
});
