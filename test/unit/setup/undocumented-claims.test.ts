// Nothing shown to the admin states an undocumented figure as Certn's, and the sandbox's iCIMS
// endpoint is worded one way (unconfirmed) wherever it appears.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeApp, PASSPHRASE } from '../../support/app';
import type { ConsoleApp } from '../../../main/app';
import { sandboxEndpointNote } from '../../../main/shared/regions';
import { t } from '../../../main/shared/i18n';

const ROOT = join(__dirname, '../../..');

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

/** Source with comments removed, so only what can reach a screen or a message is searched. */
function codeOnly(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('undocumented claims', () => {
  it('no rate figure (e.g. "60 a minute") appears in UI text or messages', () => {
    const hits: string[] = [];
    for (const f of [...files(join(ROOT, 'renderer')), ...files(join(ROOT, 'main'))]) {
      const code = codeOnly(readFileSync(f, 'utf8'));
      for (const m of code.matchAll(/\b\d[\d,]*\s*(?:requests?\s*)?(?:a|per|\/)\s*(?:minute|min|day|hour)\b/gi)) hits.push(`${f}: ${m[0]}`);
    }
    expect(hits).toEqual([]);
  });

  it('nothing says the sandbox has no iCIMS endpoint while other screens show one', () => {
    const hits = [...files(join(ROOT, 'renderer')), ...files(join(ROOT, 'main'))].filter((f) => /has no iCIMS endpoint/i.test(codeOnly(readFileSync(f, 'utf8'))));
    expect(hits).toEqual([]);
  });
});

describe('the sandbox iCIMS endpoint, one wording', () => {
  let app: ConsoleApp;
  let id: string;
  beforeAll(async () => {
    app = await makeApp();
    await call(app, 'vault.init', { passphrase: PASSPHRASE });
    id = (await call<{ id: string }>(app, 'integrations.create', { name: 'Sandbox', environment: 'sandbox' })).id;
  });
  afterAll(async () => app?.close());

  it('the request e-mail shows the endpoint with the unconfirmed note, and the handoff declines it with the same note', async () => {
    const req = await call<{ requestText: string; endpointUrl: string | null }>(app, 'icims.get', { integrationId: id });
    expect(req.endpointUrl).toBe('https://api.sandbox.certn.co/api/external/ats/icims/webhook/');
    expect(req.requestText).toContain(`Certn endpoint for iCIMS events: ${req.endpointUrl}\n${sandboxEndpointNote(t)}`);
    const preview = await call<{ missing: string[] }>(app, 'handoff.preview', { integrationId: id });
    expect(preview.missing.some((m) => m.includes(sandboxEndpointNote(t)))).toBe(true);
  });
});
