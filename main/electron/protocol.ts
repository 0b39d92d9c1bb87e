import { protocol } from 'electron';
import fs from 'node:fs/promises';
import { SECURITY_HEADERS } from '../shared/csp';
import { contentType, rendererFile } from '../web/renderer-files';

export const APP_SCHEME = 'app';
export { APP_ORIGIN } from '../ipc/sender';


/** Must run before app 'ready'. A standard, secure scheme gives the renderer a real origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer with the CSP as a header (not a meta tag). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (req) => {
    const url = new URL(req.url);
    const file = url.host === 'console' ? rendererFile(rendererDir, url.pathname) : null;
    // i18n-ignore: an HTTP status text for the window's loader, never shown
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, { headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(file) } });
    } catch {
      // i18n-ignore: an HTTP status text for the window's loader, never shown
      return new Response('Not found', { status: 404 });
    }
  });
}
