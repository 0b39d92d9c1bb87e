import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedSender } from '../../../main/ipc/sender';
import { isAllowedExternalUrl } from '../../../main/shared/external-links';

// The Electron-only checks, run under plain Node with objects shaped like Electron's.
describe('IPC sender validation', () => {
  const mainFrame = { url: 'app://console/index.html' };
  const webContents = { mainFrame };
  const win = { webContents };

  it('accepts the console window’s own top frame', () => {
    expect(isTrustedSender({ sender: webContents, senderFrame: mainFrame }, win)).toBe(true);
  });

  it('refuses a subframe, another window, a foreign page, and no window at all', () => {
    expect(isTrustedSender({ sender: webContents, senderFrame: { url: 'app://console/index.html' } }, win)).toBe(false);
    expect(isTrustedSender({ sender: {}, senderFrame: mainFrame }, win)).toBe(false);
    const navigated = { url: 'https://evil.example/' };
    expect(isTrustedSender({ sender: { mainFrame: navigated }, senderFrame: navigated }, { webContents: { mainFrame: navigated } })).toBe(false);
    expect(isTrustedSender({ sender: webContents, senderFrame: null }, win)).toBe(false);
    expect(isTrustedSender({ sender: webContents, senderFrame: mainFrame }, null)).toBe(false);
  });

  it('recognises the app’s own URLs without relying on URL.origin (which is "null" for custom schemes)', () => {
    expect(new URL('app://console/index.html').origin).toBe('null');
    expect(isAppUrl('app://console/index.html')).toBe(true);
    expect(isAppUrl('app://console/steps?x=1#y')).toBe(true);
    for (const u of ['app://other/index.html', 'app://user:pw@console/', 'file:///etc/passwd', 'https://console/', 'javascript:alert(1)', 'not a url']) expect(isAppUrl(u), u).toBe(false);
  });
});

describe('external links', () => {
  it.each([
    ['https://client.certn.co/ca/packages/', true],
    ['https://help.certn.co/hc/en-us', true],
    ['https://www.icims.com/', true],
    ['http://client.certn.co/ca/', false],
    ['https://client.certn.co.evil.example/', false],
    ['https://user:pw@client.certn.co/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['https://example.com/', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });
});

describe('keychain policy', () => {
  it('uses a real keychain and refuses Linux’s basic_text fallback', async () => {
    const { keychainBackend } = await import('../../../main/vault/keychain-policy');
    expect(keychainBackend('darwin', true, '')).toBe('macOS Keychain');
    expect(keychainBackend('win32', true, '')).toBe('Windows DPAPI');
    expect(keychainBackend('linux', true, 'gnome_libsecret')).toBe('gnome_libsecret');
    expect(keychainBackend('linux', true, 'kwallet6')).toBe('kwallet6');
    expect(keychainBackend('linux', true, 'basic_text')).toBeNull();
    expect(keychainBackend('linux', true, 'unknown')).toBeNull();
    expect(keychainBackend('darwin', false, '')).toBeNull();
  });
});
