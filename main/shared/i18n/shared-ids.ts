// The ids of the `shared` area, and the translator main/shared modules take as a parameter: those
// modules run in main and in the renderer, and each side passes its own t() (main's words in the
// console's language, the renderer's from its own catalog), so neither bundles the other's catalogs.
import type { MessageValues } from './catalog';
import type sharedEn from './en/shared';

export type SharedMessageId = `shared.${keyof typeof sharedEn & string}`;

/** Main's `t` and the renderer's `useT()` both fit. */
export type SharedT = (id: SharedMessageId, values?: MessageValues) => string;
