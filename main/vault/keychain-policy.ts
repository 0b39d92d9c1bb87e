// When the OS keychain may protect the vault. On Linux without a keyring, Electron's safeStorage
// silently uses `basic_text` (a hard-coded key): that is obscurity, so the console refuses it and
// asks for a master passphrase instead. Pure, so it is tested under plain Node.
export function keychainBackend(platform: NodeJS.Platform, available: boolean, linuxBackend: string): string | null {
  if (!available) return null;
  if (platform === 'darwin') return 'macOS Keychain';
  // i18n-ignore: the name of the operating system's key store
  if (platform === 'win32') return 'Windows DPAPI';
  if (platform === 'linux') return linuxBackend === 'basic_text' || linuxBackend === 'unknown' ? null : linuxBackend;
  return null;
}
