import { api } from './api';

// The first screen needs the vault's state and the preferences before it can show anything:
// asked for as soon as this module runs, before React renders, so the answers travel while React
// starts. Read once by App; later reads go through api as usual.
export const firstCalls = Promise.all([api.vault.status({}), api.prefs.get({})]);
