// Report links written back to iCIMS: a PDF that needs no login, or a portal page that demands one.
import { type Router, sendRaw } from './router';
import { apiKeyValid, type CertnState } from './state';
import type { SimClock } from './clock';
import { renderCasePdf } from './pdf';

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const SIGN_IN_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Sign in - Certn</title></head>
<body><h1>Sign in to Certn</h1><p>You need to sign in to the Certn Client Portal to view this report.</p>
<form method="post" action="/portal/login/"><label>Email <input name="email" type="email"></label>
<label>Password <input name="password" type="password"></label><button>Sign in</button></form></body></html>`;

export function registerReportRoutes(router: Router, deps: { state: CertnState; clock: SimClock }): void {
  router.on('GET', '/reports/pdf/:token/', async (ctx) => {
    const rec = deps.state.cases.find((r) => r.reportToken === ctx.params.token && r.pub.overall_status === 'COMPLETE');
    if (!rec) return sendRaw(ctx.res, 404, 'Report not found.\n', 'text/plain');
    const pdf = await renderCasePdf(rec.pub, deps.clock.iso());
    sendRaw(ctx.res, 200, pdf, 'application/pdf', { 'content-disposition': `inline; filename="${rec.pub.short_id}.pdf"` });
  });
  router.on('GET', '/portal/cases/:id/report/', (ctx) => {
    // The portal signs people in with a session; the simulator accepts an account API key in its place.
    const m = /^Api-Key\s+(\S+)$/i.exec(String(ctx.req.headers.authorization ?? ''));
    if (!m || !apiKeyValid(deps.state, m[1], deps.clock.now())) {
      return sendRaw(ctx.res, 401, SIGN_IN_PAGE, 'text/html; charset=utf-8', { 'www-authenticate': 'Api-Key realm="Certn portal"' });
    }
    const rec = deps.state.cases.find((r) => r.pub.id === ctx.params.id);
    if (!rec) return sendRaw(ctx.res, 404, 'Case not found.\n', 'text/plain');
    const c = rec.pub;
    sendRaw(
      ctx.res,
      200,
      `<!doctype html><html><head><meta charset="utf-8"><title>Report ${esc(c.short_id)}</title></head><body>
<h1>Report ${esc(c.short_id)}</h1><p>${esc(c.first_name)} ${esc(c.last_name)}: ${esc(c.overall_status)} / ${esc(c.overall_score ?? 'pending')}</p></body></html>`,
      'text/html; charset=utf-8',
    );
  });
}
