import { safeStorage } from 'electron';
import type { KeychainProtector } from '../vault/key-protector';

/**
 * The OS keychain through safeStorage, only where it is real. On Linux without a keyring Electron
 * silently falls back to `basic_text` (a hard-coded key): that is refused here, and the vault uses
 * a master passphrase instead. Call after app 'ready'.
 */
export async function keychainProtector(): Promise<KeychainProtector | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
  let backend: string = process.platform === 'darwin' ? 'macOS Keychain' : process.platform === 'win32' ? 'Windows DPAPI' : 'unknown';
  if (process.platform === 'linux') {
    backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') return null;
  }
  return {
    backend,
    encrypt: (data) => safeStorage.encryptStringAsync(data.toString('base64')),
    decrypt: async (data) => Buffer.from((await safeStorage.decryptStringAsync(data)).result, 'base64'),
  };
}
