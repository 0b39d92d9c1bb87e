import { isAppUrl } from '../ipc/sender';
import { isAllowedExternalUrl } from '../shared/external-links';

// One decision for every way the page can try to leave: a link click (will-navigate), a redirect,
// or window.open. The console page stays; allow-listed https pages and mail drafts go to the
// system's browser or mail app; everything else is refused.

export type LinkDecision = 'stay' | 'open-external' | 'deny';

// Mail clients and the OS hand-off choke on very long URLs; a request message is far shorter.
const MAX_MAILTO_LENGTH = 16_000;

/** A mail draft the console composed: mailto: with no credentials or host tricks. */
export function isMailDraftUrl(raw: string): boolean {
  if (raw.length > MAX_MAILTO_LENGTH) return false;
  try {
    const u = new URL(raw);
    return u.protocol === 'mailto:' && u.host === '' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export function linkDecision(url: string): LinkDecision {
  if (isAppUrl(url)) return 'stay';
  if (isAllowedExternalUrl(url) || isMailDraftUrl(url)) return 'open-external';
  return 'deny';
}
