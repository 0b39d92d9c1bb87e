import { safeStorage } from 'electron';
import type { KeychainProtector } from '../vault/key-protector';
import { keychainBackend } from '../vault/keychain-policy';

/**
 * The OS keychain through safeStorage, only where it is real. On Linux without a keyring Electron
 * silently falls back to `basic_text` (a hard-coded key): that is refused here, and the vault uses
 * a master passphrase instead. Call after app 'ready'.
 */
export async function keychainProtector(): Promise<KeychainProtector | null> {
  const available = await safeStorage.isAsyncEncryptionAvailable();
  const backend = keychainBackend(process.platform, available, process.platform === 'linux' && available ? safeStorage.getSelectedStorageBackend() : '');
  if (!backend) return null;
  return {
    backend,
    encrypt: (data) => safeStorage.encryptStringAsync(data.toString('base64')),
    decrypt: async (data) => Buffer.from((await safeStorage.decryptStringAsync(data)).result, 'base64'),
  };
}
