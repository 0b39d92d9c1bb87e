import Store from 'electron-store';
import type { KeyValueStore } from '../prefs/prefs';

/** UI preferences in Electron: electron-store in userData (the same file format conf writes). */
export function electronPrefsStore(): KeyValueStore {
  return new Store<Record<string, unknown>>({ name: 'preferences', configFileMode: 0o600 });
}
