import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { MAIN_AREAS_EN } from '../../../main/shared/i18n/en';
import { MAIN_AREAS_FR_CA } from '../../../main/shared/i18n/fr-CA';
import { AREAS_EN } from '../../../renderer/i18n/messages-en';
import { AREAS_FR_CA } from '../../../renderer/i18n/messages-fr-CA';

// The French catalog must say everything the English one says: the same keys, messages that parse
// as ICU MessageFormat, the same placeholders (a French message that drops {count} or renames it
// would show a wrong sentence), and a translation rather than a copy of the English.
type Areas = Readonly<Record<string, Readonly<Record<string, string>>>>;
const CATALOGS: [string, Areas, Areas][] = [
  ['main/shared/i18n', MAIN_AREAS_EN, MAIN_AREAS_FR_CA],
  ['renderer/i18n', AREAS_EN, AREAS_FR_CA],
];

/** Each placeholder with its kind ("count:plural", "name:argument", "b:tag"), and plural/select options. */
function placeholders(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument) out.add(`${e.value}:argument`);
    else if (e.type === TYPE.number) out.add(`${e.value}:number`);
    else if (e.type === TYPE.date) out.add(`${e.value}:date`);
    else if (e.type === TYPE.time) out.add(`${e.value}:time`);
    else if (e.type === TYPE.tag) {
      out.add(`${e.value}:tag`);
      placeholders(e.children, out);
    }
    else if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.add(`${e.value}:${e.type === TYPE.plural ? 'plural' : 'select'}`);
      for (const o of Object.values(e.options)) placeholders(o.value, out);
    }
  }
  return out;
}

function options(elements: MessageFormatElement[], out: string[] = []): string[] {
  for (const e of elements) {
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.push(`${e.value}:${Object.keys(e.options).sort().join('|')}`);
      for (const o of Object.values(e.options)) options(o.value, out);
    } else if (e.type === TYPE.tag) options(e.children, out);
  }
  return out;
}

/** Words that are the same in both languages and may make up a whole message. */
const SAME_IN_BOTH = /^(?:[\s\d.,:;·•×✓✗→←—–\-/()[\]+%#@&|'"“”«»!?*…{}]|Certn|iCIMS|SendSafely|OpenPGP|GnuPG|API|URL|ID|PDF|JSON|CSV|HTML|OK|Webhook|Certn × iCIMS|Total|Production|Sandbox|Simulation|Description|Notes?|Type|Message|Actions?|Options?|Version|Date|Source|Destination|Code|Services)*$/iu;

describe.each(CATALOGS)('%s', (_name, en, fr) => {
  it('fr-CA has exactly the English areas and keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const area of Object.keys(en)) {
      const missing = Object.keys(en[area]).filter((k) => !(k in fr[area])).map((k) => `${area}.${k}`);
      const extra = Object.keys(fr[area]).filter((k) => !(k in en[area])).map((k) => `${area}.${k}`);
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    }
  });

  it('every message parses, and each translation keeps its placeholders and plural cases', () => {
    const problems: string[] = [];
    for (const [area, messages] of Object.entries(en)) {
      for (const [key, english] of Object.entries(messages)) {
        const id = `${area}.${key}`;
        const french = fr[area]?.[key];
        let a: MessageFormatElement[] = [];
        let b: MessageFormatElement[] = [];
        try {
          a = parse(english);
        } catch (e) {
          problems.push(`${id} (en) does not parse: ${(e as Error).message}`);
          continue;
        }
        if (french === undefined) continue;
        try {
          b = parse(french);
        } catch (e) {
          problems.push(`${id} (fr-CA) does not parse: ${(e as Error).message}`);
          continue;
        }
        const pa = [...placeholders(a)].sort();
        const pb = [...placeholders(b)].sort();
        if (JSON.stringify(pa) !== JSON.stringify(pb)) problems.push(`${id}: placeholders differ, en ${pa.join(' ')} / fr-CA ${pb.join(' ')}`);
        for (const o of options(b)) if (!/(^|[:|])other($|\|)/.test(o)) problems.push(`${id} (fr-CA): ${o} has no "other" case`);
        for (const o of options(a)) if (!/(^|[:|])other($|\|)/.test(o)) problems.push(`${id} (en): ${o} has no "other" case`);
        if (french === english && !SAME_IN_BOTH.test(english.replace(/\{[^}]*\}/g, ''))) problems.push(`${id}: the French is a copy of the English`);
      }
    }
    expect(problems).toEqual([]);
  });
});

it('the parser check can fail: a broken message, a lost placeholder and an English copy are all caught', () => {
  expect(() => parse('{count, plural, one {# forfait}')).toThrow();
  expect([...placeholders(parse('{count, plural, one {# package} other {# packages}} in {name}'))].sort()).toEqual(['count:plural', 'name:argument']);
  expect([...placeholders(parse('{count, plural, one {# forfait} other {# forfaits}}'))]).toEqual(['count:plural']);
  expect(SAME_IN_BOTH.test('Save the key')).toBe(false);
  expect(SAME_IN_BOTH.test('Certn × iCIMS')).toBe(true);
});
