import { api } from './api';
import { loadCatalog } from './i18n';

// The first screen needs the vault's state and the preferences before it can show anything:
// asked for as soon as this module runs, before React renders, so the answers travel while React
// starts. Read once by App; later reads go through api as usual.
// The chosen language's messages load before the first screen too, so it never shows in English first.
export const firstCalls = Promise.all([api.vault.status({}), api.prefs.get({})]).then(async (answers) => {
  await loadCatalog(answers[1].locale).catch(() => undefined);
  return answers;
});
