/**
 * Wraps the vault's data key with the operating system's keychain (Electron safeStorage).
 * Implemented in main/electron/ so the vault itself never imports electron.
 */
export interface KeychainProtector {
  /** Human name of the backend, e.g. "macOS Keychain", "gnome_libsecret". */
  readonly backend: string;
  encrypt(data: Buffer): Promise<Buffer>;
  decrypt(data: Buffer): Promise<Buffer>;
}
