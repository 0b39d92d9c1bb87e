// The shape of a message catalog. Messages are ICU MessageFormat strings, grouped in areas (one
// file per area per language, e.g. `en/steps.ts` and `fr-CA/steps.ts`), and an id is
// "area.key". A translation must have exactly the English area's keys: `satisfies
// Translation<typeof en>` makes a missing or extra key a type error, and
// test/unit/i18n/catalog.test.ts checks the same at run time, parses every message and compares
// each translation's placeholders with the English ones.

export type Area = Readonly<Record<string, string>>;

/** A translation of an English area: the same keys, each a string. */
export type Translation<T extends Area> = { readonly [K in keyof T]: string };

type Ids<A extends string, T> = `${A}.${keyof T & string}`;

/** Every id in a set of areas: "steps.connect", "settings.title"… */
export type MessageIds<T extends Readonly<Record<string, Area>>> = { [A in keyof T & string]: Ids<A, T[A]> }[keyof T & string];

/** The areas as one flat map of id → message, as FormatJS takes it. */
export function flatten<T extends Readonly<Record<string, Area>>>(areas: T): Record<MessageIds<T>, string> {
  const out: Record<string, string> = {};
  for (const [area, messages] of Object.entries(areas)) {
    for (const [key, message] of Object.entries(messages)) out[`${area}.${key}`] = message;
  }
  return out as Record<MessageIds<T>, string>;
}

/** The values a message can be given: text, numbers and dates (formatted in the message's locale). */
export type MessageValues = Readonly<Record<string, string | number | boolean | Date | null | undefined>>;
