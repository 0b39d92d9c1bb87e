// Which IPC senders main answers: only the console's own top-level frame, loaded from its own origin.
// Structural types keep this testable under plain Node (the Electron objects satisfy them).

export const APP_ORIGIN = 'app://console';

/**
 * Whether a URL belongs to the console's own pages. WHATWG URL gives custom schemes the opaque
 * origin "null", so comparing `.origin` would reject everything: compare scheme and host instead.
 */
export function isAppUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return u.protocol === 'app:' && u.host === 'console' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

interface FrameLike {
  url: string;
}
interface SenderEvent {
  sender: unknown;
  senderFrame: FrameLike | null;
}
interface WindowLike {
  webContents: { mainFrame: FrameLike };
}

export function isTrustedSender(event: SenderEvent, win: WindowLike | null): boolean {
  const frame = event.senderFrame;
  if (!win || !frame || event.sender !== win.webContents || frame !== win.webContents.mainFrame) return false;
  return isAppUrl(frame.url);
}
