import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, createVault, shot, startConsole, VAULT_PASSPHRASE } from './fixtures';
import { speaker, type Speaker, englishOnPage } from './i18n';
import type { StepId } from '../../main/shared/steps';

// Every screen a new admin meets, in light and dark: axe-core finds no serious or critical
// violation, and the screen is usable without sideways scrolling at 800×600 and at 200 % zoom
// (a 1280×800 window at 200 % is a 640×400 CSS viewport), with the step bar reachable. Each screen
// has one h1 and one main landmark.

const WIDE = { width: 1280, height: 800 };
const SMALL = [
  { width: 800, height: 600, label: '800×600' },
  { width: 640, height: 400, label: '200 % zoom' },
];

interface Finding {
  screen: string;
  what: string;
}

async function axeFindings(page: Page, screen: string): Promise<Finding[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => ({ screen, what: `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}` })));
}

async function layoutFindings(page: Page, screen: string, label: string): Promise<Finding[]> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    const main = document.querySelector('main');
    if (main && main.scrollWidth > main.clientWidth + 1) out.push(`the main area scrolls sideways (${main.scrollWidth} > ${main.clientWidth})`);
    const steps = document.querySelector('ol.step-nav');
    if (steps) {
      for (const b of steps.querySelectorAll('button')) {
        const r = b.getBoundingClientRect();
        if (r.width < 24 || r.left < 0 || r.right > doc.clientWidth) out.push(`step button "${b.textContent}" is not within the window (${Math.round(r.left)}–${Math.round(r.right)})`);
      }
    }
    return out;
  });
  return problems.map((what) => ({ screen, what: `${label}: ${what}` }));
}

async function tour(page: Page, openUrl: string, theme: 'light' | 'dark', s: Speaker) {
  const findings: Finding[] = [];
  const check = async (screen: string) => {
    // Each step of the tour waits for its own content; nothing may still be loading.
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    findings.push(...(await axeFindings(page, screen)));
    const h1 = await page.getByRole('heading', { level: 1 }).count();
    if (h1 !== 1) findings.push({ screen, what: `${h1} h1 headings, not one` });
    // A French reader meets no English sentence (quoted portal labels aside).
    if (s.locale !== 'en') findings.push(...(await englishOnPage(page)).map((what) => ({ screen, what: `reads as English: ${what}` })));
    const main = await page.getByRole('main').count();
    if (main !== 1) findings.push({ screen, what: `${main} main landmarks, not one` });
    if (screen.startsWith('step')) {
      const links = page.getByRole('complementary', { name: s.say('Help for this step') }).getByRole('link');
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      const href = hrefs.find((h) => h.startsWith('https://help.certn.co/')) ?? null;
      if (!href?.startsWith('https://help.certn.co/hc/en-us/articles/50495958396307-ICIMS-Certn-Integration-Setup#:~:text=')) findings.push({ screen, what: `no link to its part of Certn's iCIMS article (${href})` });
    }
    for (const size of SMALL) {
      await page.setViewportSize(size);
      findings.push(...(await layoutFindings(page, screen, size.label)));
      if (size.width === 800 && theme === 'light' && screen === 'step 1, packages') await shot(page, s.locale === 'en' ? '06-packages-800x600' : 'fr-06-packages-800x600');
    }
    await page.setViewportSize(WIDE);
    if (theme === 'dark' && screen === 'step 3, Certn connection' && s.locale === 'en') await shot(page, '07-certn-dark');
  };
  const step = (id: StepId) => page.getByRole('list', { name: s.say('Setup steps') }).getByRole('button', { name: new RegExp(s.id(`steps.${id}`)) });

  await page.emulateMedia({ colorScheme: theme });
  await page.setViewportSize(WIDE);
  await page.goto(openUrl);
  await expect(page.getByRole('heading', { name: s.say('Protect your secrets') })).toBeVisible();
  await check('vault, create');
  await createVault(page, s);

  await expect(page.getByRole('button', { name: s.say('Try with the local simulator') })).toBeVisible();
  await check('first run');
  await page.getByLabel(s.say('Integration name')).first().fill('Screens tour');
  await page.getByRole('button', { name: s.say('Try with the local simulator') }).click();

  await expect(page.getByRole('heading', { name: s.say('Connect Certn'), exact: true })).toBeVisible();
  // An error as the admin sees it: its red must read in both themes too.
  await page.getByText(s.say('Enter an API key by hand instead')).click();
  await page.getByLabel(s.say('Certn API key'), { exact: true }).fill('not-a-real-key');
  await page.getByRole('button', { name: s.say('Verify and store the key') }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await check('step 0, a refused key');
  await page.getByRole('button', { name: s.say("Use the simulator's demo key") }).click();
  await expect(page.getByText(s.like('✓ Verified with Certn on {date}; stored in the vault.'))).toBeVisible();
  await check('step 0, connect');

  await step('packages').click();
  await page.getByRole('button', { name: s.say('Sync packages from Certn') }).click();
  await page.getByRole('checkbox', { name: s.say('Select {name} for iCIMS', { name: 'Standard Employment Screen' }) }).check();
  await check('step 1, packages');

  await step('icims').click();
  await page.getByRole('button', { name: s.say('Use the simulated iCIMS account') }).click();
  await expect(page.getByText(s.like('✓ iCIMS accepted these credentials ({when}).'))).toBeVisible();
  await check('step 2, iCIMS request');

  await step('certn').click();
  await page.getByRole('button', { name: s.say('Do it for me') }).click();
  await expect(page.getByText(s.like('✓ Saved in Certn on {when}'))).toBeVisible();
  await check('step 3, Certn connection');

  await step('handoff').click();
  await expect(page.getByRole('heading', { name: s.say('Handoff to the iCIMS consultant'), level: 1 })).toBeVisible();
  await check('step 4, handoff');
  await page.getByLabel(s.say('Recipient label')).fill('Dana Smith, iCIMS consultant');
  await page.getByRole('button', { name: s.say('Create handoff') }).click();
  await expect(page.getByLabel(s.say('Keycode'), { exact: true })).toBeVisible();
  await check('handoff created');
  await page.getByRole('button', { name: s.say('Done: hide the keycode') }).click();

  await step('golive').click();
  await page.getByRole('button', { name: s.say('Probe the endpoint') }).click();
  await expect(page.getByLabel(s.say('Probe result'), { exact: true })).toBeVisible();
  await check('step 5, go-live');

  await page.getByRole('button', { name: s.say('Health'), exact: true }).click();
  await expect(page.getByRole('heading', { name: s.say('Health of {name}', { name: 'Screens tour' }), level: 1 })).toBeVisible();
  await page.getByRole('button', { name: s.say('Run the checks now') }).click();
  await expect(page.getByRole('list', { name: s.say('Checks') })).toBeVisible();
  await check('health');

  await page.getByRole('button', { name: s.say('Audit log') }).click();
  await expect(page.getByRole('heading', { name: s.say('Audit log'), level: 1 })).toBeVisible();
  await check('audit log');

  await page.getByRole('button', { name: s.say('Settings') }).click();
  await expect(page.getByRole('heading', { name: s.say('Settings'), level: 1 })).toBeVisible();
  await check('settings');

  await page.getByRole('button', { name: s.say('Lock now') }).click();
  await expect(page.getByRole('heading', { name: s.say('Unlock the console') })).toBeVisible();
  await check('vault, unlock');
  await page.getByLabel(s.say('Master passphrase')).fill(VAULT_PASSPHRASE);
  await page.getByRole('button', { name: s.say('Unlock') }).click();
  await expect(page.getByRole('list', { name: s.say('Setup steps') })).toBeVisible();
  return findings;
}

for (const theme of ['light', 'dark'] as const) {
  test(`every screen in the ${theme} theme: no serious or critical axe violation, no sideways scrolling at 800×600 or 200 % zoom`, async ({ page, consoleServer }) => {
    test.setTimeout(300_000); // eleven screens, each checked at three sizes
    const findings = await tour(page, consoleServer.openUrl, theme, speaker('en'));
    expect(findings.map((f) => `${f.screen}: ${f.what}`)).toEqual([]);
  });
}

// French runs longer: the same checks on every screen with the console in Canadian French.
for (const theme of ['light', 'dark'] as const) {
  test(`every screen in French, ${theme} theme: the same axe and layout checks`, async ({ browser }) => {
    test.setTimeout(300_000);
    const server = await startConsole(undefined, { LANG: 'fr_CA.UTF-8', LANGUAGE: 'fr_CA' });
    const context = await browser.newContext({ locale: 'fr-CA' });
    try {
      const page = await context.newPage();
      const findings = await tour(page, server.openUrl, theme, speaker('fr-CA'));
      expect(findings.map((f) => `${f.screen}: ${f.what}`)).toEqual([]);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    } finally {
      await context.close();
      await server.stop();
    }
  });
}
