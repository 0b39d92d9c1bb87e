import Conf from 'conf';
import type { KeyValueStore } from './prefs';

/** Preferences under plain Node: a JSON file `preferences.json` in the data directory. */
export function createConfStore(dataDir: string): KeyValueStore {
  return new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'preferences', projectName: 'certn-icims-console' });
}
