import { describe, expect, it } from 'vitest';
import { CERTN_ICIMS_ARTICLE, STEP_HELP } from '../../../main/shared/help-links';
import { isAllowedExternalUrl } from '../../../main/shared/external-links';
import { STEP_IDS } from '../../../main/shared/steps';

describe('help links', () => {
  it('every step links to its part of Certn’s iCIMS article, and every link may be opened', () => {
    for (const id of STEP_IDS) {
      const links = STEP_HELP[id];
      expect(links.some((l) => l.url.startsWith(`${CERTN_ICIMS_ARTICLE}#:~:text=`)), id).toBe(true);
      for (const l of links) expect(isAllowedExternalUrl(l.url), l.url).toBe(true);
    }
    // The steps that involve iCIMS link to iCIMS's own documentation too.
    for (const id of ['icims', 'handoff', 'golive'] as const) expect(STEP_HELP[id].some((l) => new URL(l.url).hostname.endsWith('icims.com')), id).toBe(true);
    // Each numbered part of the article is linked from the step that does it.
    expect(STEP_HELP.packages[0].url).toMatch(/#:~:text=Step%201$/);
    expect(STEP_HELP.icims[0].url).toMatch(/#:~:text=Step%202$/);
    expect(STEP_HELP.certn[0].url).toMatch(/#:~:text=Step%203$/);
    expect(STEP_HELP.handoff[0].url).toMatch(/#:~:text=Step%204$/);
  });
});
