import Conf from 'conf';
import fs from 'node:fs';
import path from 'node:path';
import type { KeyValueStore } from './prefs';

/** Preferences under plain Node: a JSON file `preferences.json` in the data directory, readable by its owner only. */
export function createConfStore(dataDir: string): KeyValueStore {
  removeStaleTempFiles(dataDir);
  return new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'preferences', projectName: 'certn-icims-console', configFileMode: 0o600 });
}

/**
 * Preferences are written to `preferences.json.tmp-*` and renamed into place; a crash between the
 * two leaves the temporary file behind. At start nothing is writing yet, so any left are stale.
 */
export function removeStaleTempFiles(dataDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    return [];
  }
  const stale = names.filter((n) => n.startsWith('preferences.json.tmp-'));
  for (const n of stale) fs.rmSync(path.join(dataDir, n), { force: true });
  return stale;
}
