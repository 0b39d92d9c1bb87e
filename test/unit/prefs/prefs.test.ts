import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { PrefsService } from '../../../main/prefs/prefs';
import { createConfStore } from '../../../main/prefs/conf-store';
import { tempDir } from '../../support/app';

// electron-store is a thin layer over conf; the console's preferences are exercised through conf.
describe('preferences', () => {
  it('persist to preferences.json and come back in a new process', () => {
    const dir = tempDir();
    new PrefsService(createConfStore(dir)).set({ theme: 'dark', lastIntegrationId: 'abc', autoLockMinutes: 30 });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'preferences.json'), 'utf8'))).toMatchObject({ theme: 'dark', lastIntegrationId: 'abc' });
    expect(new PrefsService(createConfStore(dir)).get()).toMatchObject({ theme: 'dark', lastIntegrationId: 'abc', autoLockMinutes: 30, firstRunDone: false });
  });

  it('refuses values outside the schema and keeps the previous ones', () => {
    const prefs = new PrefsService(createConfStore(tempDir()));
    prefs.set({ theme: 'light' });
    expect(() => prefs.set({ theme: 'neon' as never })).toThrow();
    expect(prefs.get().theme).toBe('light');
  });

  it('a hand-edited, invalid file falls back to defaults instead of stopping the console', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'preferences.json'), JSON.stringify({ theme: 42, autoLockMinutes: 'soon' }));
    expect(new PrefsService(createConfStore(dir)).get()).toMatchObject({ theme: 'system', autoLockMinutes: 15 });
  });
});
