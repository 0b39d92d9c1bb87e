import { describe, expect, it } from 'vitest';
import { visibleName, visibleNameParts } from '../../../main/shared/visible-name';

// One rule for every screen and text: the packages list (parts) and the handoff (text) used to
// mark different spaces, so one name could look different on two screens.
describe('visibleName', () => {
  const cases: [string, string][] = [
    ['Standard', 'Standard'],
    ['One space', 'One space'],
    ['Screen ', 'Screen␣'],
    ['  Two  inner  ', '␣␣Two␣␣inner␣␣'],
    ['Tab\there', 'Tab␣here'],
    ['No\u00A0break', 'No␣break'],
    ['\u00A0Lead', '␣Lead'],
    ['   ', '␣␣␣'],
    ['', ''],
  ];

  it.each(cases)('marks the spaces that matter in %j', (name, shown) => {
    expect(visibleName(name)).toBe(shown);
  });

  it.each(cases)('gives the screens the same marks, and the exact text back, for %j', (name, shown) => {
    const parts = visibleNameParts(name);
    expect(parts.map((p) => p.text).join('')).toBe(name);
    expect(parts.map((p) => (p.space ? '␣'.repeat(p.text.length) : p.text)).join('')).toBe(shown);
  });
});
